//! lunaris: Lua 5.1 as LuaJIT speaks it, in pure Rust.
//!
//! This facade ties the crates together: `lunaris_compiler` turns source
//! into `ProtoBlueprint`s, `lunaris_vm` runs them, `lunaris_stdlib` provides
//! the libraries. `Session` is one interpreter with the standard library;
//! `cli` is the `lunaris` command line built on it (the binary only calls
//! `cli::run`), and the script tests run through the same code.
//! `run_resty` runs a script on `lunaris_runtime`'s OpenResty scheduler
//! (`lunaris resty script.lua`).

pub mod cli;

pub use lunaris_compiler as compiler;
pub use lunaris_runtime as runtime;
pub use lunaris_stdlib as stdlib;
pub use lunaris_vm as vm;

use std::io::Write;

/// Why running a chunk failed.
pub enum Failure {
    /// The chunk did not compile.
    Syntax(compiler::SyntaxError),
    /// It raised an error.
    Runtime(vm::LuaError),
}

impl Failure {
    /// The report luajit's front end prints for an error: the message and,
    /// for runtime errors, the traceback; nothing for a `nil` error value.
    pub fn report(&self) -> Vec<u8> {
        match self {
            Failure::Syntax(error) => {
                let mut out = error.to_bytes();
                out.push(b'\n');
                out
            }
            Failure::Runtime(error) if error.value.is_nil() => Vec::new(),
            Failure::Runtime(error) => {
                let mut out = format!("{}\n", error.message).into_bytes();
                if !error.traceback.is_empty() {
                    out.extend_from_slice(error.traceback.as_bytes());
                    out.push(b'\n');
                }
                out
            }
        }
    }
}

/// One interpreter with the standard library opened.
pub struct Session {
    vm: vm::Vm,
}

impl Session {
    /// A fresh interpreter whose `print` writes to `stdout`.
    pub fn new(stdout: Box<dyn Write>) -> Session {
        let mut vm = vm::Vm::new();
        stdlib::open_libs(&mut vm);
        stdlib::set_output(&mut vm, stdout);
        Session { vm }
    }

    /// The interpreter, for embedding uses beyond running chunks.
    pub fn vm(&mut self) -> &mut vm::Vm {
        &mut self.vm
    }

    /// Sets the global `arg` table: `argv[i]` at index `i - script_index`,
    /// as luajit numbers them (the script at 0, options below it).
    pub fn set_arg_table(&mut self, argv: &[String], script_index: usize) {
        let arg = self.vm.new_table();
        if let Some(table) = arg.as_table() {
            for (index, value) in argv.iter().enumerate() {
                let key = vm::Value::number(index as f64 - script_index as f64);
                let value = self.vm.new_string(value.as_bytes());
                let _ = self.vm.raw_set(table, key, value);
            }
        }
        self.vm.set_global("arg", arg);
    }

    /// Compiles `code` under `chunk_name` and calls it with `args`;
    /// returns its results as printable text values.
    pub fn run(
        &mut self,
        code: &[u8],
        chunk_name: &str,
        args: &[String],
    ) -> Result<Vec<vm::Value>, Failure> {
        let blueprint = compiler::compile(code, chunk_name.as_bytes()).map_err(Failure::Syntax)?;
        let main = self.vm.load(&blueprint).map_err(Failure::Runtime)?;
        let args: Vec<vm::Value> = args
            .iter()
            .map(|a| self.vm.new_string(a.as_bytes()))
            .collect();
        self.vm.call(main, &args).map_err(Failure::Runtime)
    }

    /// Calls the global `print` with `values` (the REPL shows results so).
    pub fn print(&mut self, values: &[vm::Value]) -> Result<(), Failure> {
        let print = self.vm.get_global("print");
        self.vm
            .call(print, values)
            .map(|_| ())
            .map_err(Failure::Runtime)
    }
}

/// Runs source already read as `lunaris <name>` would: `args[0]` is the
/// script, the rest are its arguments. Returns the exit status; errors go
/// to `stderr` with the `lunaris: ` prefix.
pub fn run_script_named(
    code: &[u8],
    chunk_name: &str,
    args: &[String],
    stdout: Box<dyn Write>,
    stderr: &mut dyn Write,
) -> i32 {
    let mut session = Session::new(stdout);
    session.set_arg_table(args, 0);
    match session.run(code, chunk_name, args.get(1..).unwrap_or_default()) {
        Ok(_) => 0,
        Err(failure) => {
            let report = failure.report();
            if !report.is_empty() {
                let _ = stderr.write_all(b"lunaris: ");
                let _ = stderr.write_all(&report);
            }
            1
        }
    }
}

/// Runs source as `lunaris resty <name>` would: `args[0]` is the script,
/// the rest are its arguments; the chunk is the entry thread of a handler
/// with the `ngx` API, and the call returns once it, its light threads and
/// every timer are done. `print`, `ngx.say` and `ngx.print` write to
/// `stdout`; the error log goes to `stderr`. Returns the exit status.
pub fn run_resty<W: Write + Clone + 'static>(
    code: &[u8],
    chunk_name: &str,
    args: &[String],
    stdout: W,
    mut stderr: Box<dyn Write>,
) -> i32 {
    let mut session = Session::new(Box::new(stdout.clone()));
    session.set_arg_table(args, 0);
    let main = compiler::compile(code, chunk_name.as_bytes())
        .map_err(Failure::Syntax)
        .and_then(|blueprint| session.vm.load(&blueprint).map_err(Failure::Runtime));
    let main = match main {
        Ok(main) => main,
        Err(failure) => {
            let _ = stderr.write_all(b"ERROR: ");
            let _ = stderr.write_all(&failure.report());
            return 1;
        }
    };
    let vm = &mut session.vm;
    let script_args: Vec<vm::Value> = args
        .get(1..)
        .unwrap_or_default()
        .iter()
        .map(|arg| vm.new_string(arg.as_bytes()))
        .collect();
    runtime::run(vm, main, script_args, Box::new(stdout), stderr)
}

/// The bytecode listing of a file (`lunaris -bl file.lua`).
pub fn listing(path: &str) -> Result<String, String> {
    let code = std::fs::read(path)
        .map_err(|error| format!("cannot open {path}: {}", stdlib::strerror(&error)))?;
    let blueprint = compiler::compile(&code, format!("@{path}").as_bytes())
        .map_err(|error| error.to_string())?;
    Ok(vm::bytecode::disasm::listing(&blueprint))
}
