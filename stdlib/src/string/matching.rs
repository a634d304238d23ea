//! The pattern functions of the string library: `find`, `match`, `gmatch`
//! and `gsub` (LuaJIT's `lib_string.c`), on the engine in `pattern.rs`.
//!
//! `gsub` with a function, or a table whose `__index` is a function, calls
//! Lua through a continuation, so the callback can yield like any Lua code.
//! Its progress lives in a `Replacing` state kept in a frame slot.

use lunaris_vm::gc::TableRef;
use lunaris_vm::meta::MetaMethod;
use lunaris_vm::native::Completion;
use lunaris_vm::userdata::Userdata;
use lunaris_vm::{Ctx, LuaError, Outcome, Protect, Type, Value};

use super::pattern::{self, CaptureValue, Match, PatternError, Scan};
use super::relative_position;

/// LuaJIT's bound on `__index` chains (`loop in gettable`).
const MAX_INDEX_CHAIN: usize = 100;

fn pattern_error(ctx: &mut Ctx<'_>, error: PatternError) -> LuaError {
    ctx.error(error.message())
}

/// Lua 5.1's start position of `find`/`match`: 1-based, negative from the
/// end, clamped into the subject; returned 0-based.
fn start_index(ctx: &mut Ctx<'_>, index: usize, len: usize) -> Result<usize, LuaError> {
    let init = relative_position(ctx.opt_integer(index, 1)?, len) - 1;
    Ok(init.clamp(0, len as i64) as usize)
}

/// Pushes the captures of `found` (the whole match when it has none).
fn push_captures(ctx: &mut Ctx<'_>, subject: &[u8], found: &Match) -> Result<usize, LuaError> {
    let values = found
        .values(subject)
        .map_err(|error| pattern_error(ctx, error))?;
    let count = values.len();
    for value in values {
        let value = capture_value(ctx, value);
        ctx.push(value);
    }
    Ok(count)
}

fn capture_value(ctx: &mut Ctx<'_>, value: CaptureValue<'_>) -> Value {
    match value {
        CaptureValue::Bytes(bytes) => ctx.string(bytes),
        CaptureValue::Position(position) => Value::number(position as f64),
    }
}

/// `string.find(s, pattern [, init [, plain]])`.
pub(super) fn find(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let subject = ctx.check_bytes(0)?;
    let pattern = ctx.check_bytes(1)?;
    let init = start_index(ctx, 2, subject.len())?;
    if ctx.arg(3).is_truthy() || !pattern::has_specials(&pattern) {
        return match pattern::find_plain(&subject, &pattern, init) {
            Some(start) => {
                ctx.push(Value::number(start as f64 + 1.0));
                ctx.push(Value::number((start + pattern.len()) as f64));
                Ok(Outcome::Return(2))
            }
            None => ctx.ret1(Value::NIL),
        };
    }
    match pattern::find(&subject, &pattern, init) {
        Ok(Some(found)) => {
            ctx.push(Value::number(found.start as f64 + 1.0));
            ctx.push(Value::number(found.end as f64));
            let captures = if found.captures.is_empty() {
                0
            } else {
                push_captures(ctx, &subject, &found)?
            };
            Ok(Outcome::Return(2 + captures))
        }
        Ok(None) => ctx.ret1(Value::NIL),
        Err(error) => Err(pattern_error(ctx, error)),
    }
}

/// `string.match(s, pattern [, init])`.
pub(super) fn match_(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let subject = ctx.check_bytes(0)?;
    let pattern = ctx.check_bytes(1)?;
    let init = start_index(ctx, 2, subject.len())?;
    match pattern::find(&subject, &pattern, init) {
        Ok(Some(found)) => {
            let count = push_captures(ctx, &subject, &found)?;
            Ok(Outcome::Return(count))
        }
        Ok(None) => ctx.ret1(Value::NIL),
        Err(error) => Err(pattern_error(ctx, error)),
    }
}

/// `string.gmatch(s, pattern)`: an iterator over the matches.
pub(super) fn gmatch(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let subject = ctx.check_bytes(0)?;
    let pattern = ctx.check_bytes(1)?;
    let state = Matching {
        scan: Scan::gmatch(),
        subject,
        pattern,
    };
    let state = ctx.vm.heap.alloc_userdata(Userdata {
        metatable: None,
        env: None,
        data: Box::new(state),
    });
    let iterator = ctx
        .vm
        .native_with_upvalues(gmatch_next, vec![Value::userdata(state)]);
    ctx.ret1(iterator)
}

/// A `gmatch` iterator's state: its own copy of the subject and pattern.
struct Matching {
    scan: Scan,
    subject: Vec<u8>,
    pattern: Vec<u8>,
}

/// A capture copied out of the subject, so the subject can stay borrowed
/// only while matching.
enum OwnedCapture {
    Bytes(Vec<u8>),
    Position(usize),
}

fn owned(values: Vec<CaptureValue<'_>>) -> Vec<OwnedCapture> {
    values
        .into_iter()
        .map(|value| match value {
            CaptureValue::Bytes(bytes) => OwnedCapture::Bytes(bytes.to_vec()),
            CaptureValue::Position(position) => OwnedCapture::Position(position),
        })
        .collect()
}

fn gmatch_next(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let state = ctx.upvalue(0).as_userdata().expect("the gmatch state");
    let found = {
        let data = &mut ctx.vm.heap.userdata_mut(state).data;
        let matching = data.downcast_mut::<Matching>().expect("a gmatch state");
        match matching.scan.next(&matching.subject, &matching.pattern) {
            Ok(Some(found)) => found
                .values(&matching.subject)
                .map(|values| Some(owned(values))),
            Ok(None) => Ok(None),
            Err(error) => Err(error),
        }
    };
    match found {
        Ok(Some(values)) => {
            let count = values.len();
            for value in values {
                let value = match value {
                    OwnedCapture::Bytes(bytes) => ctx.string(&bytes),
                    OwnedCapture::Position(position) => Value::number(position as f64),
                };
                ctx.push(value);
            }
            Ok(Outcome::Return(count))
        }
        Ok(None) => ctx.ret0(),
        Err(error) => Err(pattern_error(ctx, error)),
    }
}

/// Frame slots of `gsub`: its four arguments, the state, then a call.
const SUBJECT: usize = 0;
const PATTERN: usize = 1;
const REPLACEMENT: usize = 2;
const STATE: usize = 4;
const CALL: usize = 5;

/// `gsub`'s progress between calls into Lua, with its own copy of the
/// subject and pattern (copied once per call, not per match).
struct Replacing {
    scan: Scan,
    subject: Vec<u8>,
    pattern: Vec<u8>,
    out: Vec<u8>,
    /// Where the text not yet copied to `out` starts.
    kept_from: usize,
    /// The match whose replacement a Lua call is computing.
    current: Option<Match>,
}

/// `string.gsub(s, pattern, replacement [, n])`.
pub(super) fn gsub(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let subject = ctx.check_bytes(SUBJECT)?;
    let pattern = ctx.check_bytes(PATTERN)?;
    let replacement = ctx.arg(REPLACEMENT);
    if !matches!(
        replacement.type_of(),
        Type::String | Type::Number | Type::Table | Type::Function
    ) {
        return Err(ctx.arg_error(REPLACEMENT, "string/function/table expected"));
    }
    let max_n = if ctx.arg(3).is_nil() {
        None
    } else {
        Some(ctx.check_integer(3)?.max(0) as usize)
    };
    let state = Replacing {
        scan: Scan::gsub(&pattern, max_n),
        out: Vec::with_capacity(subject.len()),
        subject,
        pattern,
        kept_from: 0,
        current: None,
    };
    let state = ctx.vm.heap.alloc_userdata(Userdata {
        metatable: None,
        env: None,
        data: Box::new(state),
    });
    ctx.set_len(STATE);
    ctx.push(Value::userdata(state));
    replace_from(ctx)
}

fn take_state(ctx: &mut Ctx<'_>) -> Replacing {
    let state = ctx.get(STATE).as_userdata().expect("the gsub state");
    let data = &mut ctx.vm.heap.userdata_mut(state).data;
    let state = data.downcast_mut::<Replacing>().expect("a gsub state");
    Replacing {
        scan: state.scan,
        subject: std::mem::take(&mut state.subject),
        pattern: std::mem::take(&mut state.pattern),
        out: std::mem::take(&mut state.out),
        kept_from: state.kept_from,
        current: state.current.take(),
    }
}

fn put_state(ctx: &mut Ctx<'_>, replacing: Replacing) {
    let state = ctx.get(STATE).as_userdata().expect("the gsub state");
    *ctx.vm
        .heap
        .userdata_mut(state)
        .data
        .downcast_mut::<Replacing>()
        .expect("a gsub state") = replacing;
}

/// Replaces matches until the subject is done or a Lua call is needed.
fn replace_from(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let replacement = ctx.get(REPLACEMENT);
    let mut state = take_state(ctx);
    let subject = std::mem::take(&mut state.subject);
    let pattern = std::mem::take(&mut state.pattern);
    loop {
        let found = match state.scan.next(&subject, &pattern) {
            Ok(Some(found)) => found,
            Ok(None) => break,
            Err(error) => return Err(pattern_error(ctx, error)),
        };
        state
            .out
            .extend_from_slice(&subject[state.kept_from..found.start]);
        state.kept_from = found.end;
        match replacement.type_of() {
            Type::String | Type::Number => {
                let text = ctx.vm.to_bytes(replacement).expect("a string replacement");
                if let Err(error) =
                    pattern::expand_replacement(&text, &subject, &found, &mut state.out)
                {
                    return Err(pattern_error(ctx, error));
                }
            }
            Type::Table => {
                let key = found
                    .capture(&subject, 0)
                    .map_err(|error| pattern_error(ctx, error))?;
                let key = capture_value(ctx, key);
                match table_lookup(ctx, replacement.as_table().expect("a table"), key)? {
                    Lookup::Value(value) => {
                        append_value(ctx, &mut state.out, &subject, &found, value)?
                    }
                    Lookup::Call(handler, table) => {
                        state.current = Some(found);
                        state.subject = subject;
                        state.pattern = pattern;
                        put_state(ctx, state);
                        ctx.set_len(CALL);
                        ctx.push(handler);
                        ctx.push(table);
                        ctx.push(key);
                        return Ok(Outcome::Call {
                            func: CALL,
                            cont: replaced,
                            protect: Protect::None,
                        });
                    }
                }
            }
            _ => {
                let values = found
                    .values(&subject)
                    .map_err(|error| pattern_error(ctx, error))?;
                let values: Vec<Value> = values
                    .into_iter()
                    .map(|value| capture_value(ctx, value))
                    .collect();
                state.current = Some(found);
                state.subject = subject;
                state.pattern = pattern;
                put_state(ctx, state);
                ctx.set_len(CALL);
                ctx.push(replacement);
                for value in values {
                    ctx.push(value);
                }
                return Ok(Outcome::Call {
                    func: CALL,
                    cont: replaced,
                    protect: Protect::None,
                });
            }
        }
    }
    state.out.extend_from_slice(&subject[state.kept_from..]);
    let count = state.scan.count;
    let result = ctx.string(&state.out);
    ctx.push(result);
    ctx.push(Value::number(count as f64));
    Ok(Outcome::Return(2))
}

/// A Lua replacement function (or `__index` handler) returned.
fn replaced(ctx: &mut Ctx<'_>, _: Completion) -> Result<Outcome, LuaError> {
    let value = if ctx.len() > CALL {
        ctx.get(CALL)
    } else {
        Value::NIL
    };
    let mut state = take_state(ctx);
    let found = state.current.take().expect("the match being replaced");
    let mut out = std::mem::take(&mut state.out);
    append_value(ctx, &mut out, &state.subject, &found, value)?;
    state.out = out;
    put_state(ctx, state);
    ctx.set_len(CALL);
    replace_from(ctx)
}

/// Appends what a function or table gave for `found`: false or nil keep
/// the match, strings and numbers replace it, anything else is an error.
fn append_value(
    ctx: &mut Ctx<'_>,
    out: &mut Vec<u8>,
    subject: &[u8],
    found: &Match,
    value: Value,
) -> Result<(), LuaError> {
    match value.type_of() {
        Type::Nil => out.extend_from_slice(&subject[found.start..found.end]),
        Type::Boolean if !value.is_truthy() => {
            out.extend_from_slice(&subject[found.start..found.end])
        }
        Type::String | Type::Number => {
            out.extend(ctx.vm.to_bytes(value).expect("a string or number"))
        }
        _ => {
            return Err(ctx.error(&format!(
                "invalid replacement value (a {})",
                value.type_name()
            )))
        }
    }
    Ok(())
}

/// What indexing a replacement table gives: a value, or an `__index`
/// function to call with (table, key).
enum Lookup {
    Value(Value),
    Call(Value, Value),
}

/// `table[key]` with `__index` tables followed; a function handler is
/// returned for the caller to run as a Lua call.
fn table_lookup(ctx: &mut Ctx<'_>, mut table: TableRef, key: Value) -> Result<Lookup, LuaError> {
    for _ in 0..MAX_INDEX_CHAIN {
        let value = ctx.vm.raw_get(table, key);
        if !value.is_nil() {
            return Ok(Lookup::Value(value));
        }
        let handler = match ctx.vm.metatable(Value::table(table)) {
            Some(metatable) => ctx.vm.metatable_field(metatable, MetaMethod::Index),
            None => Value::NIL,
        };
        match handler.type_of() {
            Type::Nil => return Ok(Lookup::Value(Value::NIL)),
            Type::Table => table = handler.as_table().expect("a table"),
            _ => return Ok(Lookup::Call(handler, Value::table(table))),
        }
    }
    Err(ctx.error("loop in gettable"))
}
