//! lunaris: Lua 5.1 as LuaJIT speaks it, in pure Rust.
//!
//! This facade ties the crates together: `lunaris_compiler` turns source
//! into `ProtoBlueprint`s, `lunaris_vm` runs them, `lunaris_stdlib` provides
//! the libraries. `run_script` is what the CLI and the script tests share.

pub use lunaris_compiler as compiler;
pub use lunaris_stdlib as stdlib;
pub use lunaris_vm as vm;

use std::io::Write;

/// Where a chunk comes from, which decides its chunk name.
pub enum Source<'a> {
    /// A file, named `@path` as luajit names it.
    File(&'a str),
    /// `-e` code, named `=(command line)`.
    CommandLine(&'a str),
    /// Standard input, named `=stdin`.
    Stdin,
}

/// Compiles and runs one chunk as the `lunaris` CLI does: `args` become the
/// `arg` table (`args[0]` is the script), output goes to `stdout`, an
/// uncaught error is reported on `stderr` as `lunaris: message` with a
/// traceback. Returns the process exit status.
pub fn run_script(
    source: Source,
    args: &[String],
    stdout: Box<dyn Write>,
    stderr: &mut dyn Write,
) -> i32 {
    let (code, chunk_name) = match source {
        Source::File(path) => match std::fs::read(path) {
            Ok(code) => (code, format!("@{path}")),
            Err(error) => {
                let _ = writeln!(stderr, "lunaris: cannot open {path}: {error}");
                return 1;
            }
        },
        Source::CommandLine(code) => (code.as_bytes().to_vec(), "=(command line)".to_string()),
        Source::Stdin => {
            let mut code = Vec::new();
            if let Err(error) = std::io::Read::read_to_end(&mut std::io::stdin(), &mut code) {
                let _ = writeln!(stderr, "lunaris: cannot read stdin: {error}");
                return 1;
            }
            (code, "=stdin".to_string())
        }
    };
    run_script_named(&code, &chunk_name, args, stdout, stderr)
}

/// `run_script` for source already read, with its chunk name.
pub fn run_script_named(
    code: &[u8],
    chunk_name: &str,
    args: &[String],
    stdout: Box<dyn Write>,
    stderr: &mut dyn Write,
) -> i32 {
    let blueprint = match compiler::compile(code, chunk_name.as_bytes()) {
        Ok(blueprint) => blueprint,
        Err(error) => {
            let _ = stderr.write_all(b"lunaris: ");
            let _ = stderr.write_all(&error.to_bytes());
            let _ = stderr.write_all(b"\n");
            return 1;
        }
    };
    let mut vm = vm::Vm::new();
    stdlib::open_libs(&mut vm);
    stdlib::set_output(&mut vm, stdout);
    let arg = vm.new_table();
    if let Some(table) = arg.as_table() {
        for (index, value) in args.iter().enumerate() {
            let value = vm.new_string(value.as_bytes());
            let _ = vm.raw_set(table, vm::Value::number(index as f64), value);
        }
    }
    vm.set_global("arg", arg);
    let result = vm.load(&blueprint).and_then(|main| {
        let script_args: Vec<vm::Value> = args
            .iter()
            .skip(1)
            .map(|a| vm.new_string(a.as_bytes()))
            .collect();
        vm.call(main, &script_args)
    });
    match result {
        Ok(_) => 0,
        Err(error) => {
            if !error.value.is_nil() {
                let _ = writeln!(stderr, "lunaris: {}", error.message);
                if !error.traceback.is_empty() {
                    let _ = writeln!(stderr, "{}", error.traceback);
                }
            }
            1
        }
    }
}

/// The bytecode listing of a file (`lunaris -bl file.lua`).
pub fn listing(path: &str) -> Result<String, String> {
    let code = std::fs::read(path).map_err(|error| format!("cannot open {path}: {error}"))?;
    let blueprint = compiler::compile(&code, format!("@{path}").as_bytes())
        .map_err(|error| error.to_string())?;
    Ok(vm::bytecode::disasm::listing(&blueprint))
}
