//! Converting a native's arguments one at a time through Lua calls, as
//! `print` (through the global `tostring`) and `string.format` (through
//! `__tostring`) do, without recursing on the Rust stack.
//!
//! Slot layout while a conversion runs: the native's arguments, then the
//! index of the argument being converted, then the call and its results.

use lunaris_vm::native::Continuation;
use lunaris_vm::{Ctx, LuaError, Outcome, Protect, Value};

/// Calls `func(value)` for argument `index` and continues in `cont`, which
/// gets the index and the result back from `converted`.
pub(crate) fn convert_arg(
    ctx: &mut Ctx<'_>,
    index: usize,
    func: Value,
    value: Value,
    cont: Continuation,
) -> Result<Outcome, LuaError> {
    let n = ctx.n_args();
    ctx.set_len(n + 1);
    ctx.set(n, Value::number(index as f64));
    ctx.push(func);
    ctx.push(value);
    Ok(Outcome::Call {
        func: n + 1,
        cont,
        protect: Protect::None,
    })
}

/// In the continuation of `convert_arg`: the argument's index and the
/// call's first result (nil if none). The results are dropped, so the
/// frame holds the arguments and the index slot again.
pub(crate) fn converted(ctx: &mut Ctx<'_>) -> (usize, Value) {
    let n = ctx.n_args();
    let index = ctx.get(n).as_number().unwrap_or(0.0) as usize;
    let result = if ctx.len() > n + 1 {
        ctx.get(n + 1)
    } else {
        Value::NIL
    };
    ctx.set_len(n + 1);
    (index, result)
}
