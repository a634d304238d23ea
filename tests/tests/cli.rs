//! The command line, driven in-process through `lunaris::cli::run`.
//!
//! Each `tests/cli/<case>.args` holds one argument per line, `<case>.stdin`
//! (optional) what stdin holds, and `<case>.expected` the record of
//! `luajit` run the same way from `tests/cli` (stdout, stderr, status; see
//! scripts.rs). Comparison maps the program name, masks addresses and drops
//! the version banner, whose text is each program's own.

use crate::scripts::{luajit_available, mask_addresses, record, Captured};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn cli_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("cli")
}

fn case_args(case: &Path) -> Vec<String> {
    std::fs::read_to_string(case)
        .expect("args file is readable")
        .lines()
        .map(str::to_owned)
        .collect()
}

fn case_stdin(case: &Path) -> Vec<u8> {
    std::fs::read(case.with_extension("stdin")).unwrap_or_default()
}

fn luajit_record(case: &Path) -> Vec<u8> {
    let mut child = Command::new("luajit")
        .args(case_args(case))
        .current_dir(cli_dir())
        .env_remove("LUA_INIT")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("luajit starts");
    let stdin = case_stdin(case);
    let mut pipe = child.stdin.take().expect("piped stdin");
    std::io::Write::write_all(&mut pipe, &stdin).expect("stdin is written");
    drop(pipe);
    let out = child.wait_with_output().expect("luajit finishes");
    record(&out.stdout, &out.stderr, out.status.code().unwrap_or(-1))
}

fn lunaris_record(case: &Path) -> Vec<u8> {
    let mut argv = vec!["lunaris".to_string()];
    argv.extend(case_args(case));
    let stdout = Captured::default();
    let stderr = Captured::default();
    let streams = lunaris::cli::Streams {
        stdout: lunaris::cli::SharedWriter::new(stdout.clone()),
        stderr: Box::new(stderr.clone()),
        stdin: Box::new(std::io::Cursor::new(case_stdin(case))),
        terminal: false,
        lua_init: None,
    };
    let status = lunaris::cli::run(&argv, streams);
    record(&stdout.bytes(), &stderr.bytes(), status)
}

/// Maps a record to what both programs must agree on.
fn normalize(record: &[u8]) -> String {
    let text = String::from_utf8_lossy(&mask_addresses(record)).replace("luajit", "lunaris");
    text.lines()
        .filter(|line| {
            !line.starts_with("LuaJIT ")
                && !line.starts_with("JIT: ")
                && !line.starts_with("Lunaris ")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn command_line_matches_luajit() {
    // The cases name files relative to tests/cli, as a user would from there.
    std::env::set_current_dir(cli_dir()).expect("tests/cli exists");
    let mut cases: Vec<PathBuf> = std::fs::read_dir(cli_dir())
        .expect("tests/cli exists")
        .map(|entry| entry.expect("readable").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "args"))
        .collect();
    cases.sort();
    assert!(cases.len() >= 15, "the command-line cases are missing");
    let mut failures = Vec::new();
    for case in cases {
        let expected_path = case.with_extension("expected");
        if std::env::var_os("LUNARIS_REGENERATE").is_some() {
            std::fs::write(&expected_path, mask_addresses(&luajit_record(&case)))
                .expect("expected file is writable");
        }
        let expected = std::fs::read(&expected_path).expect("case has an expected record");
        if luajit_available() {
            assert_eq!(
                normalize(&luajit_record(&case)),
                normalize(&expected),
                "{} drifted from luajit",
                case.display()
            );
        }
        let actual = lunaris_record(&case);
        if normalize(&actual) != normalize(&expected) {
            failures.push(format!(
                "{}:\n--- expected\n{}\n--- actual\n{}",
                case.display(),
                normalize(&expected),
                normalize(&actual)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
