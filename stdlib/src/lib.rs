//! lunaris-stdlib: the Lua standard libraries on top of `lunaris-vm`.
//!
//! One file per library, each with one `open` function and one
//! registration table: `base` (the global functions), `coroutine`, `string`,
//! `table`, `math`, `bit`, `os`, `io`, `jit`, `debug`, `package`, and
//! `buffer` (`string.buffer`, loaded with `require`). `open_libs` opens them all. Output
//! of `print` goes to the sink set with `set_output` (standard output by
//! default).
//!
//! This crate knows nothing of the interpreter's internals: it uses the
//! `Vm` embedding API and the native-function interface (`Ctx`, `Outcome`).

pub mod base;
pub mod bit;
pub mod buffer;
mod convert;
pub mod coroutine;
pub mod debug;
pub mod io;
pub mod jit;
pub mod math;
pub mod os;
pub mod package;
pub mod string;
pub mod table;

use lunaris_vm::gc::TableRef;
use lunaris_vm::{NativeFn, Vm};

/// Opens every library into the globals of `vm`.
pub fn open_libs(vm: &mut Vm) {
    base::open(vm);
    coroutine::open(vm);
    string::open(vm);
    table::open(vm);
    math::open(vm);
    bit::open(vm);
    os::open(vm);
    io::open(vm);
    jit::open(vm);
    debug::open(vm);
    buffer::open(vm);
    package::open(vm);
}

/// Redirects `print` (tests capture output this way).
pub fn set_output(vm: &mut Vm, output: Box<dyn std::io::Write>) {
    base::set_output(vm, output);
}

/// Creates the global table `name` holding `functions`, and returns it.
pub(crate) fn register_library(
    vm: &mut Vm,
    name: &str,
    functions: &[(&str, NativeFn)],
) -> TableRef {
    let table = vm.new_table();
    let table_ref = table.as_table().expect("a new table");
    for &(function_name, func) in functions {
        let function = vm.native(func);
        vm.set_field(table_ref, function_name, function);
    }
    vm.set_global(name, table);
    table_ref
}

/// The C library's `strerror` text of an OS error, as LuaJIT's messages
/// show it (Rust's `Display` appends ` (os error N)`).
pub fn strerror(err: &std::io::Error) -> String {
    let text = err.to_string();
    match text.find(" (os error ") {
        Some(end) => text[..end].to_string(),
        None => text,
    }
}

/// The result of a file operation as LuaJIT's `luaL_fileresult`: `true`,
/// or `nil, "[name: ]strerror", errno`.
pub(crate) fn file_result(
    ctx: &mut lunaris_vm::Ctx<'_>,
    result: std::io::Result<()>,
    name: Option<&[u8]>,
) -> Result<lunaris_vm::Outcome, lunaris_vm::LuaError> {
    let err = match result {
        Ok(()) => return ctx.ret1(lunaris_vm::Value::boolean(true)),
        Err(err) => err,
    };
    let mut message = Vec::new();
    if let Some(name) = name {
        message.extend_from_slice(name);
        message.extend_from_slice(b": ");
    }
    message.extend_from_slice(strerror(&err).as_bytes());
    ctx.push(lunaris_vm::Value::NIL);
    let message = ctx.string(&message);
    ctx.push(message);
    ctx.push(lunaris_vm::Value::number(f64::from(
        err.raw_os_error().unwrap_or(0),
    )));
    Ok(lunaris_vm::Outcome::Return(3))
}

#[cfg(test)]
mod tests;
