//! The differential script harness.
//!
//! Every `tests/lua/<area>/<name>.lua` has a sibling `<name>.expected`: what
//! `luajit <name>.lua` printed when run from the area's directory, recorded
//! as stdout, then (if any) stderr and the exit status. The records are only
//! ever produced by luajit: with `LUNARIS_REGENERATE=1` the harness rewrites
//! them, and whenever `luajit` is on PATH it checks that they have not
//! drifted. Lunaris's own result is compared with the record after mapping
//! the interpreter name in messages (`lunaris:` for `luajit:`).
//!
//! Areas: `syntax` scripts must fail to compile with LuaJIT's exact message;
//! every other area runs end to end through `lunaris::run_script_named`, the
//! function the CLI uses. Addresses (`0x...`) are masked on both sides.
//! `wishlist/<area>` holds scripts Lunaris does not match yet; they are not
//! run (see COMPATIBILITY.md). `beyond/` is the one area whose expected
//! files are written by hand: behaviour where Lunaris is deliberately more
//! capable than LuaJIT.

use std::path::{Path, PathBuf};
use std::process::Command;

fn lua_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("lua")
}

fn scripts(area: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(lua_root().join(area))
        .expect("area directory exists")
        .map(|entry| entry.expect("readable directory").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "lua"))
        .collect();
    files.sort();
    files
}

/// The record of one run: stdout, then stderr and the status when either is set.
pub fn record(stdout: &[u8], stderr: &[u8], status: i32) -> Vec<u8> {
    let mut out = stdout.to_vec();
    if !stderr.is_empty() || status != 0 {
        out.extend_from_slice(b"\n--- stderr ---\n");
        out.extend_from_slice(stderr);
        out.extend_from_slice(format!("--- exit {status} ---\n").as_bytes());
    }
    out
}

pub fn luajit_available() -> bool {
    Command::new("luajit")
        .arg("-v")
        .output()
        .is_ok_and(|out| out.status.success())
}

/// Runs `luajit` on a script the way the records are made.
fn luajit_record(script: &Path) -> Vec<u8> {
    let out = Command::new("luajit")
        .arg(script.file_name().expect("script has a name"))
        .current_dir(script.parent().expect("script has a directory"))
        .output()
        .expect("luajit runs");
    record(&out.stdout, &out.stderr, out.status.code().unwrap_or(-1))
}

/// Loads the committed record, regenerating or checking it against luajit.
fn expected_record(script: &Path) -> Vec<u8> {
    let path = script.with_extension("expected");
    if is_beyond_luajit(script) {
        return std::fs::read(&path)
            .unwrap_or_else(|_| panic!("{} has no .expected file", script.display()));
    }
    if std::env::var_os("LUNARIS_REGENERATE").is_some() {
        // Addresses are masked when written, so regenerating changes no
        // file whose output did not change.
        std::fs::write(&path, mask_addresses(&luajit_record(script)))
            .expect("expected file is writable");
    }
    let expected = std::fs::read(&path)
        .unwrap_or_else(|_| panic!("{} has no .expected file", script.display()));
    if luajit_available() {
        assert!(
            mask_addresses(&luajit_record(script)) == mask_addresses(&expected),
            "{} drifted from luajit; regenerate with LUNARIS_REGENERATE=1",
            path.display()
        );
    }
    expected
}

/// Scripts in `beyond/` test what Lunaris does deliberately beyond LuaJIT
/// (yielding where LuaJIT says "attempt to yield across C-call boundary");
/// their expected output is written by hand, each script says why, and
/// luajit is never asked about them.
fn is_beyond_luajit(script: &Path) -> bool {
    script
        .parent()
        .and_then(Path::file_name)
        .is_some_and(|area| area == "beyond")
}

/// Compiles a script as the CLI would (`@name.lua` chunk name).
fn compile(
    script: &Path,
) -> Result<lunaris_vm::bytecode::ProtoBlueprint, lunaris_compiler::SyntaxError> {
    let source = std::fs::read(script).expect("script is readable");
    let name = script
        .file_name()
        .expect("script has a name")
        .to_string_lossy();
    lunaris_compiler::compile(&source, format!("@{name}").as_bytes())
}

/// Runs `check` on every script of an area in a thread with a main-thread
/// sized stack; returns the failures.
fn check_area(area: &str, check: fn(&Path) -> Result<(), String>) -> Vec<String> {
    let owned = area.to_owned();
    std::thread::Builder::new()
        .stack_size(16 << 20)
        .spawn(move || {
            scripts(&owned)
                .iter()
                .filter_map(|script| match std::panic::catch_unwind(|| check(script)) {
                    Ok(result) => result.err(),
                    Err(_) => Some(format!("{}: panicked", script.display())),
                })
                .collect()
        })
        .expect("thread starts")
        .join()
        .expect("checks do not panic")
}

/// Fails with every failure of every area listed.
fn assert_no_failures(failures: Vec<String>) {
    assert!(
        failures.is_empty(),
        "{} scripts failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn syntax_errors_match_luajit() {
    assert_no_failures(check_area("syntax", |script| {
        let expected = expected_record(script);
        let name = script
            .file_name()
            .expect("named")
            .to_string_lossy()
            .into_owned();
        let error = match compile(script) {
            Ok(_) => return Err(format!("{name}: compiled, but luajit rejects it")),
            Err(error) => error,
        };
        let mut stderr = b"luajit: ".to_vec();
        stderr.extend_from_slice(&error.to_bytes());
        stderr.push(b'\n');
        let actual = record(b"", &stderr, 1);
        if actual == expected {
            Ok(())
        } else {
            Err(format!(
                "{name}:\n  expected: {}\n  actual:   {}",
                String::from_utf8_lossy(&expected)
                    .lines()
                    .nth(2)
                    .unwrap_or(""),
                String::from_utf8_lossy(&actual)
                    .lines()
                    .nth(2)
                    .unwrap_or("")
            ))
        }
    }));
}

/// A writer whose bytes can be read after the VM that owns it is gone.
#[derive(Clone, Default)]
pub struct Captured(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

impl Captured {
    /// Everything written so far.
    pub fn bytes(&self) -> Vec<u8> {
        self.0.lock().expect("not poisoned").clone()
    }
}

impl std::io::Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().expect("not poisoned").extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Replaces addresses (`0x` and at least 8 hex digits after `at ` or `: `,
/// as in `[C]: at 0x...` and `table: 0x...`), which differ between runs and
/// runtimes; other hex numbers are program output and stay.
pub fn mask_addresses(text: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    let mut index = 0;
    while index < text.len() {
        let after_label = text[..index].ends_with(b"at ") || text[..index].ends_with(b": ");
        if after_label && text[index..].starts_with(b"0x") {
            let digits = text[index + 2..]
                .iter()
                .take_while(|b| b.is_ascii_hexdigit())
                .count();
            if digits >= 8 {
                out.extend_from_slice(b"0x?");
                index += 2 + digits;
                continue;
            }
        }
        out.push(text[index]);
        index += 1;
    }
    out
}

/// Runs a script in-process as `lunaris name.lua` from its directory would.
fn lunaris_record(script: &Path) -> Vec<u8> {
    let name = script
        .file_name()
        .expect("named")
        .to_string_lossy()
        .into_owned();
    let stdout = Captured::default();
    let mut stderr = Vec::new();
    let path = script.to_string_lossy().into_owned();
    let source = std::fs::read(script).expect("readable");
    let status = lunaris::run_script_named(
        &source,
        &format!("@{name}"),
        &[path],
        Box::new(stdout.clone()),
        &mut stderr,
    );
    let stderr = String::from_utf8_lossy(&stderr)
        .replace("lunaris: ", "luajit: ")
        .into_bytes();
    let stdout = stdout.0.lock().expect("not poisoned").clone();
    record(&stdout, &stderr, status)
}

/// Every area that runs end to end.
fn run_areas() -> Vec<String> {
    let mut areas: Vec<String> = std::fs::read_dir(lua_root())
        .expect("tests/lua exists")
        .map(|entry| entry.expect("readable directory").path())
        .filter(|path| path.is_dir())
        .filter_map(|path| {
            path.file_name()
                .map(|name| name.to_string_lossy().into_owned())
        })
        .filter(|name| name != "syntax" && name != "wishlist")
        .filter(|name| name != "debian_libs" || debian_libs_installed())
        .collect();
    areas.sort();
    areas
}

/// The `debian_libs` area runs real pure-Lua libraries from Debian's
/// packages (lua-dkjson, lua-inspect, lua-penlight, lua-argparse), which
/// `.ci/run` installs; a machine without them skips that area, loudly.
fn debian_libs_installed() -> bool {
    let installed = ["dkjson.lua", "inspect.lua", "argparse.lua", "pl/init.lua"]
        .iter()
        .all(|file| Path::new("/usr/share/lua/5.1").join(file).exists());
    if !installed {
        eprintln!("skipping tests/lua/debian_libs: install lua-dkjson lua-inspect lua-penlight lua-argparse");
    }
    installed
}

#[test]
fn scripts_match_luajit() {
    assert_no_failures(
        run_areas()
            .iter()
            .flat_map(|area| check_area(area, run_and_compare))
            .collect(),
    );
}

fn run_and_compare(script: &Path) -> Result<(), String> {
    {
        let expected = mask_addresses(&expected_record(script));
        let actual = mask_addresses(&lunaris_record(script));
        if actual == expected {
            Ok(())
        } else {
            Err(format!(
                "{}:\n--- expected\n{}\n--- actual\n{}",
                script.display(),
                String::from_utf8_lossy(&expected),
                String::from_utf8_lossy(&actual)
            ))
        }
    }
}
