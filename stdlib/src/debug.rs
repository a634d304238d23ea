//! The debug library (LuaJIT's `lib_debug.c`): `getinfo`, `getlocal`,
//! `setlocal`, `getupvalue`, `setupvalue`, `traceback`, `getmetatable`,
//! `setmetatable`, `getregistry`, `getfenv`, `setfenv`. The introspection
//! itself is the VM's (`vm::debug`); this file only shapes it as Lua sees it.
//! Hooks (`sethook`/`gethook`) need the interpreter's cooperation and are
//! not there yet.

use lunaris_vm::debug::DebugInfo;
use lunaris_vm::gc::TableRef;
use lunaris_vm::{Ctx, LuaError, NativeFn, Outcome, Type, Value, Vm};

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("getfenv", getfenv),
    ("getinfo", getinfo),
    ("getlocal", getlocal),
    ("getmetatable", getmetatable),
    ("getregistry", getregistry),
    ("getupvalue", getupvalue),
    ("setfenv", setfenv),
    ("setlocal", setlocal),
    ("setmetatable", setmetatable),
    ("setupvalue", setupvalue),
    ("traceback", traceback),
];

/// Opens the debug library.
pub fn open(vm: &mut Vm) {
    crate::register_library(vm, "debug", FUNCTIONS);
}

/// `getinfo([f | level] [, what])`; `what` defaults to `flnSu`.
fn getinfo(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let what = if ctx.arg(1).is_nil() {
        b"flnSu".to_vec()
    } else {
        ctx.check_bytes(1)?
    };
    let info = if let Some(function) = ctx.arg(0).as_function() {
        ctx.vm.function_info(function)
    } else {
        let level = ctx.check_integer(0)?;
        // Level 0 is getinfo itself, as in LuaJIT.
        match usize::try_from(level)
            .ok()
            .and_then(|level| ctx.vm.frame_info(level))
        {
            Some(info) => info,
            None => return ctx.ret1(Value::NIL),
        }
    };
    if what.iter().any(|option| !b"SlnufL".contains(option)) {
        return Err(ctx.arg_error(1, "invalid option"));
    }
    let table = ctx.vm.new_table().as_table().expect("a new table");
    for option in what {
        fill(ctx, table, option, &info);
    }
    ctx.ret1(Value::table(table))
}

/// Sets the `getinfo` fields of one option letter.
fn fill(ctx: &mut Ctx<'_>, table: TableRef, option: u8, info: &DebugInfo) {
    match option {
        b'S' => {
            let source = ctx.string(&info.source);
            ctx.vm.set_field(table, "source", source);
            let short_src = ctx.string(info.short_src.as_bytes());
            ctx.vm.set_field(table, "short_src", short_src);
            let what = ctx.string(info.what.as_bytes());
            ctx.vm.set_field(table, "what", what);
            ctx.vm.set_field(
                table,
                "linedefined",
                Value::number(info.line_defined as f64),
            );
            ctx.vm.set_field(
                table,
                "lastlinedefined",
                Value::number(info.last_line_defined as f64),
            );
        }
        b'l' => ctx.vm.set_field(
            table,
            "currentline",
            Value::number(info.current_line as f64),
        ),
        b'u' => {
            ctx.vm
                .set_field(table, "nups", Value::number(info.nups as f64));
            ctx.vm
                .set_field(table, "nparams", Value::number(info.nparams as f64));
            ctx.vm
                .set_field(table, "isvararg", Value::boolean(info.is_vararg));
        }
        b'n' => {
            let (namewhat, name) = match &info.name {
                Some((kind, name)) => (*kind, Some(name.as_str())),
                None => ("", None),
            };
            let namewhat = ctx.string(namewhat.as_bytes());
            ctx.vm.set_field(table, "namewhat", namewhat);
            if let Some(name) = name {
                let name = ctx.string(name.as_bytes());
                ctx.vm.set_field(table, "name", name);
            }
        }
        b'f' => ctx
            .vm
            .set_field(table, "func", Value::function(info.function)),
        b'L' => {
            let lines = ctx.vm.new_table();
            let lines_ref = lines.as_table().expect("a new table");
            for &line in &info.active_lines {
                let _ = ctx.vm.raw_set(
                    lines_ref,
                    Value::number(f64::from(line)),
                    Value::boolean(true),
                );
            }
            ctx.vm.set_field(table, "activelines", lines);
        }
        _ => {}
    }
}

/// The stack level argument of getlocal/setlocal.
fn check_level(ctx: &mut Ctx<'_>) -> Result<usize, LuaError> {
    let level = ctx.check_integer(0)?;
    let valid = usize::try_from(level)
        .ok()
        .filter(|&level| ctx.vm.frame_info(level).is_some());
    valid.ok_or_else(|| ctx.arg_error(0, "level out of range"))
}

/// `getlocal(level, n)`: the name and value of a local, or nil; with a
/// function instead of a level, the name of its parameter `n`.
fn getlocal(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    if let Some(function) = ctx.arg(0).as_function() {
        let n = ctx.check_integer(1)?;
        let info = ctx.vm.function_info(function);
        let name = match usize::try_from(n)
            .ok()
            .filter(|&n| n >= 1 && n <= info.nparams && info.what != "C")
        {
            Some(n) => ctx
                .vm
                .parameter_name(function, n)
                .map(|name| ctx.string(&name)),
            None => None,
        };
        return ctx.ret1(name.unwrap_or(Value::NIL));
    }
    let level = check_level(ctx)?;
    let n = ctx.check_integer(1)?;
    match usize::try_from(n)
        .ok()
        .and_then(|n| ctx.vm.frame_local(level, n))
    {
        Some((name, value)) => {
            let name = ctx.string(&name);
            ctx.push(name);
            ctx.push(value);
            Ok(Outcome::Return(2))
        }
        None => ctx.ret1(Value::NIL),
    }
}

/// `setlocal(level, n, value)`: returns the local's name, or nil.
fn setlocal(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let level = check_level(ctx)?;
    let n = ctx.check_integer(1)?;
    let value = ctx.check_any(2)?;
    let name = usize::try_from(n)
        .ok()
        .and_then(|n| ctx.vm.set_frame_local(level, n, value));
    let name = name.map_or(Value::NIL, |name| ctx.string(&name));
    ctx.ret1(name)
}

/// `getupvalue(f, n)`: the name and value of an upvalue, or nothing.
fn getupvalue(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let function = ctx.check_function(0)?;
    let n = ctx.check_integer(1)?;
    match usize::try_from(n)
        .ok()
        .and_then(|n| ctx.vm.function_upvalue(function, n))
    {
        Some((name, value)) => {
            let name = ctx.string(&name);
            ctx.push(name);
            ctx.push(value);
            Ok(Outcome::Return(2))
        }
        None => ctx.ret0(),
    }
}

/// `setupvalue(f, n, value)`: returns the upvalue's name, or nothing.
fn setupvalue(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let function = ctx.check_function(0)?;
    let n = ctx.check_integer(1)?;
    let value = ctx.check_any(2)?;
    match usize::try_from(n)
        .ok()
        .and_then(|n| ctx.vm.set_function_upvalue(function, n, value))
    {
        Some(name) => {
            let name = ctx.string(&name);
            ctx.ret1(name)
        }
        None => ctx.ret0(),
    }
}

/// `traceback([msg [, level]])`: a non-string message is returned as is.
fn traceback(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let message = ctx.arg(0);
    // Any given message that is not a string (nil included) comes back as is.
    if ctx.n_args() > 0 && !matches!(message.type_of(), Type::String | Type::Number) {
        return ctx.ret1(message);
    }
    let level = ctx.opt_integer(1, 1)?.max(0) as usize;
    let mut text = ctx.vm.to_bytes(message).map(|mut text| {
        text.push(b'\n');
        text
    });
    let trace = ctx.vm.traceback_from(level);
    let mut out = text.take().unwrap_or_default();
    out.extend_from_slice(trace.as_bytes());
    let out = ctx.string(&out);
    ctx.ret1(out)
}

/// `getmetatable(v)`, ignoring `__metatable`.
fn getmetatable(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let value = ctx.check_any(0)?;
    let metatable = ctx.vm.metatable(value).map_or(Value::NIL, Value::table);
    ctx.ret1(metatable)
}

/// `setmetatable(v, mt)`, for tables, userdata and the string metatable;
/// returns true, as LuaJIT does.
fn setmetatable(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let value = ctx.check_any(0)?;
    let metatable = ctx.arg(1);
    if !metatable.is_nil() && metatable.as_table().is_none() {
        return Err(ctx.arg_error(1, "nil or table expected"));
    }
    if !ctx.vm.set_raw_metatable(value, metatable.as_table()) {
        return Err(ctx.error("cannot change the metatable of this type in Lunaris"));
    }
    ctx.ret1(Value::boolean(true))
}

fn getregistry(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let registry = ctx.vm.registry();
    ctx.ret1(Value::table(registry))
}

/// `getfenv(o)`: the environment of a function or userdata, else nil.
fn getfenv(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let value = ctx.check_any(0)?;
    let env = ctx.vm.environment(value).map_or(Value::NIL, Value::table);
    ctx.ret1(env)
}

/// `setfenv(o, table)`: returns `o`.
fn setfenv(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let value = ctx.check_any(0)?;
    let env = ctx.check_table(1)?;
    if !ctx.vm.set_environment(value, env) {
        return Err(ctx.error("'setfenv' cannot change environment of given object"));
    }
    ctx.ret1(value)
}
