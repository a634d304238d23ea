//! The `ngx` table: output (`say`, `print`, `flush`, `eof`), `log` and its
//! level constants, `exit`, the status constants, `null`, `config`, `ctx`,
//! the clocks, and the sub-tables `ngx.thread` (light_thread.rs) and
//! `ngx.timer` (timer.rs), with `ngx.sleep` from sleep.rs. Every function
//! is a native with the scheduler's state as its first upvalue.

use std::io::Write;

use lunaris_vm::gc::TableRef;
use lunaris_vm::userdata::Userdata;
use lunaris_vm::{Ctx, LuaError, NativeFn, Outcome, Type, Value, Vm};

use crate::scheduler::{self, Request};

/// The functions of `ngx` itself.
const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("say", say),
    ("print", print),
    ("flush", flush),
    ("eof", eof),
    ("log", log),
    ("exit", exit),
    ("sleep", crate::sleep::sleep),
    ("now", now),
    ("time", time),
    ("update_time", update_time),
];

/// The functions of `ngx.worker`.
const WORKER_FUNCTIONS: &[(&str, NativeFn)] = &[("exiting", exiting)];

/// Numeric constants of `ngx`: statuses and log levels.
const CONSTANTS: &[(&str, f64)] = &[
    ("OK", 0.0),
    ("ERROR", -1.0),
    ("AGAIN", -2.0),
    ("DONE", -4.0),
    ("DECLINED", -5.0),
    ("HTTP_OK", 200.0),
    ("STDERR", 0.0),
    ("EMERG", 1.0),
    ("ALERT", 2.0),
    ("CRIT", 3.0),
    ("ERR", 4.0),
    ("WARN", 5.0),
    ("NOTICE", 6.0),
    ("INFO", 7.0),
    ("DEBUG", 8.0),
];

/// Log level names, indexed by level.
const LEVEL_NAMES: [&str; 9] = [
    "stderr", "emerg", "alert", "crit", "error", "warn", "notice", "info", "debug",
];

/// The default `--errlog-level` of `resty` (warn): higher levels are dropped.
const LOG_LEVEL: usize = 5;

/// The version lua-resty-core checks for (0.10.23).
const NGX_LUA_VERSION: f64 = 10023.0;

/// Builds the global `ngx` table; `state` is the scheduler's upvalue.
pub(crate) fn open(vm: &mut Vm, state: Value) {
    let ngx = vm.new_table();
    let ngx_ref = ngx.as_table().expect("a new table");
    register(vm, ngx_ref, FUNCTIONS, state);
    for &(name, value) in CONSTANTS {
        vm.set_field(ngx_ref, name, Value::number(value));
    }
    let null = vm.heap.alloc_userdata(Userdata {
        metatable: None,
        env: None,
        data: Box::new(()),
    });
    vm.set_field(ngx_ref, "null", Value::userdata(null));
    for (name, functions) in [
        ("thread", crate::light_thread::FUNCTIONS),
        ("timer", crate::timer::FUNCTIONS),
        ("worker", WORKER_FUNCTIONS),
    ] {
        let table = vm.new_table();
        register(vm, table.as_table().expect("a new table"), functions, state);
        vm.set_field(ngx_ref, name, table);
    }
    let config = vm.new_table();
    let config_ref = config.as_table().expect("a new table");
    vm.set_field(
        config_ref,
        "ngx_lua_version",
        Value::number(NGX_LUA_VERSION),
    );
    vm.set_field(config_ref, "is_console", Value::boolean(true));
    let subsystem = vm.new_string(b"http");
    vm.set_field(config_ref, "subsystem", subsystem);
    vm.set_field(ngx_ref, "config", config);
    let metatable = vm.new_table();
    let metatable_ref = metatable.as_table().expect("a new table");
    register(
        vm,
        metatable_ref,
        &[("__index", index), ("__newindex", new_index)],
        state,
    );
    vm.heap.table_mut(ngx_ref).metatable = Some(metatable_ref);
    vm.set_global("ngx", ngx);
}

fn register(vm: &mut Vm, table: TableRef, functions: &[(&str, NativeFn)], state: Value) {
    for &(name, func) in functions {
        let function = vm.native_with_upvalues(func, vec![state]);
        vm.set_field(table, name, function);
    }
}

/// Appends the text of `value` as `ngx.say` prints it: strings, numbers,
/// booleans, nil, `ngx.null` and array tables of those.
fn append_output(ctx: &mut Ctx<'_>, value: Value, out: &mut Vec<u8>, depth: usize) -> bool {
    match value.type_of() {
        Type::Nil | Type::Boolean | Type::Number | Type::String => {
            out.extend_from_slice(&ctx.vm.to_display(value));
            true
        }
        Type::Userdata if is_null(ctx, value) => {
            out.extend_from_slice(b"null");
            true
        }
        Type::Table if depth < 100 => {
            let table = value.as_table().expect("a table");
            let mut index = 1.0;
            loop {
                let element = ctx.vm.raw_get(table, Value::number(index));
                if element.is_nil() {
                    return true;
                }
                if !append_output(ctx, element, out, depth + 1) {
                    return false;
                }
                index += 1.0;
            }
        }
        _ => false,
    }
}

fn is_null(ctx: &mut Ctx<'_>, value: Value) -> bool {
    let Some(ngx) = ctx.vm.get_global("ngx").as_table() else {
        return false;
    };
    let key = ctx.string(b"null");
    ctx.vm.raw_get(ngx, key) == value
}

/// The bytes of all arguments, or the argument error of `say`/`print`.
fn output_text(ctx: &mut Ctx<'_>) -> Result<Vec<u8>, LuaError> {
    let mut out = Vec::new();
    for index in 0..ctx.n_args() {
        let value = ctx.arg(index);
        if !append_output(ctx, value, &mut out, 0) {
            let message = format!(
                "string, number, boolean, nil, ngx.null, or array table expected, got {}",
                value.type_name()
            );
            return Err(ctx.arg_error(index, &message));
        }
    }
    Ok(out)
}

fn write_output(ctx: &mut Ctx<'_>, text: &[u8]) -> Result<Outcome, LuaError> {
    let shared = scheduler::shared(ctx);
    let _ = shared.borrow_mut().output.write_all(text);
    ctx.ret1(Value::number(1.0))
}

/// `ngx.say(...)`: the arguments and a newline; returns 1.
fn say(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let mut text = output_text(ctx)?;
    text.push(b'\n');
    write_output(ctx, &text)
}

/// `ngx.print(...)`: the arguments; returns 1.
fn print(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let text = output_text(ctx)?;
    write_output(ctx, &text)
}

/// `ngx.flush()`: returns 1.
fn flush(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let shared = scheduler::shared(ctx);
    let _ = shared.borrow_mut().output.flush();
    ctx.ret1(Value::number(1.0))
}

/// `ngx.eof()`: returns 1 (the console has no response to end).
fn eof(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    ctx.ret1(Value::number(1.0))
}

/// `ngx.log(level, ...)`: one line on the error log when `level` is at
/// most the log level.
fn log(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let level = ctx.check_integer(0)?;
    if !(0..=8).contains(&level) {
        let message = format!("bad log level: {level}");
        return Err(ctx.error(&message));
    }
    let level = level as usize;
    if level > LOG_LEVEL {
        return ctx.ret0();
    }
    let mut line = format!("[{}] ", LEVEL_NAMES[level]).into_bytes();
    for index in 1..ctx.n_args() {
        let value = ctx.arg(index);
        if !append_output(ctx, value, &mut line, 0) {
            line.extend_from_slice(&ctx.vm.to_display(value));
        }
    }
    line.push(b'\n');
    let shared = scheduler::shared(ctx);
    let _ = shared.borrow_mut().errlog.write_all(&line);
    ctx.ret0()
}

/// `ngx.exit(status)`: records the status and stops the handler's world;
/// nothing after it runs (§2.6).
fn exit(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let status = ctx.check_integer(0)?;
    if status == -2 || status == -4 {
        return Err(ctx.error("bad argument to 'ngx.exit': does not accept NGX_AGAIN or NGX_DONE"));
    }
    Ok(Outcome::Suspend(Box::new(Request::Exit)))
}

/// `ngx.now()`: the cached wall-clock time, millisecond resolution.
fn now(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let now = scheduler::shared(ctx).borrow().clock.cached_wall;
    ctx.ret1(Value::number(now))
}

/// `ngx.time()`: the cached time in whole seconds.
fn time(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let now = scheduler::shared(ctx).borrow().clock.cached_wall;
    ctx.ret1(Value::number(now.floor()))
}

/// `ngx.update_time()`: refreshes the cached time.
fn update_time(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    scheduler::shared(ctx).borrow_mut().clock.update();
    ctx.ret0()
}

/// `ngx.worker.exiting()`: false (no graceful shutdown in the console).
fn exiting(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    ctx.ret1(Value::boolean(false))
}

/// `ngx.__index`: `ngx.ctx` is the current handler's own table.
fn index(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let key = ctx.arg(1);
    if ctx.vm.to_bytes(key).as_deref() != Some(b"ctx") || key.as_string().is_none() {
        return ctx.ret1(Value::NIL);
    }
    let shared = scheduler::shared(ctx);
    let mut state = shared.borrow_mut();
    let Some(handler) = state.current else {
        return ctx.ret1(Value::NIL);
    };
    let existing = state.handlers.get(&handler).and_then(|context| context.ctx);
    let table = match existing {
        Some(key) => state.anchors.get(ctx.vm, key).first().copied(),
        None => None,
    };
    let table = match table {
        Some(table) => table,
        None => {
            let table = ctx.vm.new_table();
            let key = state.anchors.hold(ctx.vm, &[table]);
            if let Some(context) = state.handlers.get_mut(&handler) {
                context.ctx = Some(key);
            }
            table
        }
    };
    drop(state);
    ctx.ret1(table)
}

/// `ngx.__newindex`: assigning `ngx.ctx` replaces the handler's table;
/// other fields are stored as usual.
fn new_index(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let table = ctx.check_table(0)?;
    let key = ctx.arg(1);
    let value = ctx.arg(2);
    let is_ctx = key.as_string().is_some() && ctx.vm.to_bytes(key).as_deref() == Some(b"ctx");
    if !is_ctx {
        if let Err(error) = ctx.vm.raw_set(table, key, value) {
            return Err(ctx.error(&error.to_string()));
        }
        return ctx.ret0();
    }
    let shared = scheduler::shared(ctx);
    let mut state = shared.borrow_mut();
    if let Some(handler) = state.current {
        let old = state.handlers.get(&handler).and_then(|context| context.ctx);
        if let Some(old) = old {
            state.anchors.release(ctx.vm, old);
        }
        let key = state.anchors.hold(ctx.vm, &[value]);
        if let Some(context) = state.handlers.get_mut(&handler) {
            context.ctx = Some(key);
        }
    }
    ctx.ret0()
}
