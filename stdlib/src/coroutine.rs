//! The coroutine library (LuaJIT's `lib_base.c` coroutine part). Resuming
//! and yielding switch the interpreter between thread states; no Rust
//! stack is used per coroutine.

use lunaris_vm::gc::ThreadRef;
use lunaris_vm::native::Completion;
use lunaris_vm::{Ctx, LuaError, NativeFn, Outcome, Value, Vm};

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("create", create),
    ("isyieldable", isyieldable),
    ("resume", resume),
    ("running", running),
    ("status", status),
    ("wrap", wrap),
    ("yield", yield_),
];

/// Opens the coroutine library.
pub fn open(vm: &mut Vm) {
    crate::register_library(vm, "coroutine", FUNCTIONS);
}

fn check_thread(ctx: &mut Ctx<'_>, index: usize) -> Result<ThreadRef, LuaError> {
    match ctx.arg(index).as_thread() {
        Some(thread) => Ok(thread),
        None => Err(ctx.arg_error(index, "coroutine expected")),
    }
}

fn create(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    ctx.check_function(0)?;
    let function = ctx.arg(0);
    let thread = ctx.vm.new_thread(function);
    ctx.ret1(thread)
}

fn resume(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let thread = check_thread(ctx, 0)?;
    Ok(Outcome::Resume {
        thread,
        first: 1,
        cont: resumed,
    })
}

/// The frame holds `ok, values...`: return them all.
fn resumed(ctx: &mut Ctx<'_>, _: Completion) -> Result<Outcome, LuaError> {
    Ok(Outcome::Return(ctx.len()))
}

fn yield_(_: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    Ok(Outcome::Yield { first: 0 })
}

fn status(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let thread = check_thread(ctx, 0)?;
    let name = ctx.vm.thread_status(thread).name();
    let name = ctx.string(name.as_bytes());
    ctx.ret1(name)
}

/// True inside any coroutine: Lunaris can yield from everywhere a coroutine
/// runs Lua code (LuaJIT says false inside C calls such as sort comparators).
fn isyieldable(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let yieldable = ctx.vm.running_thread().is_some();
    ctx.ret1(Value::boolean(yieldable))
}

fn running(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let thread = ctx.vm.running_thread().map_or(Value::NIL, Value::thread);
    ctx.ret1(thread)
}

fn wrap(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    ctx.check_function(0)?;
    let function = ctx.arg(0);
    let thread = ctx.vm.new_thread(function);
    let wrapper = ctx.vm.native_with_upvalues(wrapped, vec![thread]);
    ctx.ret1(wrapper)
}

fn wrapped(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let thread = ctx.upvalue(0).as_thread().expect("a wrapped coroutine");
    ctx.insert(0, Value::NIL);
    Ok(Outcome::Resume {
        thread,
        first: 1,
        cont: wrapped_resumed,
    })
}

/// Like `resumed`, but errors propagate (strings get the caller's position).
fn wrapped_resumed(ctx: &mut Ctx<'_>, _: Completion) -> Result<Outcome, LuaError> {
    if ctx.get(0).is_truthy() {
        return Ok(Outcome::Return(ctx.len() - 1));
    }
    let value = if ctx.len() > 1 {
        ctx.get(1)
    } else {
        Value::NIL
    };
    match value.as_string() {
        Some(s) => {
            let bytes = ctx.vm.heap.string(s).as_bytes().to_vec();
            Err(ctx.vm.located_error(&bytes, 1))
        }
        None => Err(LuaError::new(value)),
    }
}
