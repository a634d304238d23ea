//! Converting a native's arguments one at a time through Lua calls, as
//! `print` (through the global `tostring`) and `string.format` (through
//! `__tostring`) do, without recursing on the Rust stack.
//!
//! Slot layout while a conversion runs: the native's arguments, then the
//! index of the argument being converted, then the call and its results.

use lunaris_vm::meta::MetaMethod;
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

/// Converts, from argument `from` on, the first non-string argument with a
/// `__tostring` metamethod, continuing in `cont` (which stores the result
/// with `store_converted` and calls this again). `None` once every such
/// argument is converted, with the frame holding just the arguments, as
/// `string.format` and `buf:putf` need before they build their text.
pub(crate) fn convert_tostring_from(
    ctx: &mut Ctx<'_>,
    from: usize,
    cont: Continuation,
) -> Option<Result<Outcome, LuaError>> {
    let n = ctx.n_args();
    for index in from..n {
        let value = ctx.arg(index);
        let handler = ctx.vm.metamethod(value, MetaMethod::Tostring);
        if !handler.is_nil() && value.as_string().is_none() {
            return Some(convert_arg(ctx, index, handler, value, cont));
        }
    }
    ctx.set_len(n);
    None
}

/// In `convert_tostring_from`'s continuation: puts the result in place of
/// the argument and returns the index to go on from.
pub(crate) fn store_converted(ctx: &mut Ctx<'_>) -> usize {
    let (index, result) = converted(ctx);
    ctx.set(index, result);
    index + 1
}
