//! The base library: the global functions (`print`, `type`, `pcall`, ...),
//! `_G` and `_VERSION`, following LuaJIT's `lib_base.c`. Loading chunks
//! at run time lives in `load.rs`.

mod load;

pub(crate) use load::{compile, path_from_bytes, read_chunk};

use std::io::Write;

use lunaris_vm::meta::MetaMethod;
use lunaris_vm::native::Completion;
use lunaris_vm::number;
use lunaris_vm::userdata::Userdata;
use lunaris_vm::{Ctx, LuaError, NativeFn, Outcome, Protect, Type, Value, Vm};

use crate::convert::{convert_arg, converted};

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("assert", assert),
    ("collectgarbage", collectgarbage),
    ("dofile", load::dofile),
    ("error", error),
    ("gcinfo", gcinfo),
    ("getfenv", getfenv),
    ("getmetatable", getmetatable),
    ("load", load::load),
    ("loadfile", load::loadfile),
    ("loadstring", load::load),
    ("newproxy", newproxy),
    ("next", next),
    ("pcall", pcall),
    ("print", print),
    ("rawequal", rawequal),
    ("rawget", rawget),
    ("rawset", rawset),
    ("select", select),
    ("setfenv", setfenv),
    ("setmetatable", setmetatable),
    ("tonumber", tonumber),
    ("tostring", tostring),
    ("type", type_),
    ("unpack", unpack),
    ("xpcall", xpcall),
];

/// The registry key of the output sink of `print`.
const OUTPUT_KEY: &str = "lunaris.output";

struct Output(Box<dyn Write>);

/// Opens the base library.
pub fn open(vm: &mut Vm) {
    let globals = vm.globals();
    for &(name, func) in FUNCTIONS {
        let function = vm.native(func);
        vm.set_field(globals, name, function);
    }
    let next_function = vm.get_global("next");
    let pairs_function = vm.native_with_upvalues(pairs, vec![next_function]);
    vm.set_field(globals, "pairs", pairs_function);
    let ipairs_aux = vm.native(ipairs_aux);
    let ipairs_function = vm.native_with_upvalues(ipairs, vec![ipairs_aux]);
    vm.set_field(globals, "ipairs", ipairs_function);
    vm.set_field(globals, "_G", Value::table(globals));
    let version = vm.new_string(b"Lua 5.1");
    vm.set_field(globals, "_VERSION", version);
}

pub(crate) fn set_output(vm: &mut Vm, output: Box<dyn Write>) {
    let userdata = vm.heap.alloc_userdata(Userdata {
        metatable: None,
        env: None,
        data: Box::new(Output(output)),
    });
    let registry = vm.registry();
    vm.set_field(registry, OUTPUT_KEY, Value::userdata(userdata));
}

/// Runs `action` on the output sink of `print` (the process's standard
/// output when none is set); `io.stdout` writes through here too.
pub(crate) fn with_output<R>(vm: &mut Vm, action: impl FnOnce(&mut dyn Write) -> R) -> R {
    let key = vm.new_string(OUTPUT_KEY.as_bytes());
    let sink = vm.raw_get(vm.registry(), key).as_userdata();
    match sink {
        Some(userdata) => match vm.heap.userdata_mut(userdata).data.downcast_mut::<Output>() {
            Some(Output(out)) => action(out.as_mut()),
            None => action(&mut std::io::stdout()),
        },
        None => action(&mut std::io::stdout()),
    }
}

fn write_output(vm: &mut Vm, bytes: &[u8]) {
    // LuaJIT ignores write errors in print as well.
    let _ = with_output(vm, |out| out.write_all(bytes));
}

/// `print(...)`: converts every argument with the global `tostring` (or
/// directly, for strings and numbers) and writes them tab-separated.
fn print(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let n = ctx.n_args();
    ctx.push(Value::number(0.0));
    print_from(ctx, n, 0, Vec::new())
}

fn print_from(
    ctx: &mut Ctx<'_>,
    n: usize,
    mut index: usize,
    mut line: Vec<u8>,
) -> Result<Outcome, LuaError> {
    let tostring_function = ctx.vm.get_global("tostring");
    let builtin_tostring = is_builtin(ctx.vm, tostring_function, tostring);
    while index < n {
        let value = ctx.arg(index);
        if index > 0 {
            line.push(b'\t');
        }
        match ctx.vm.to_bytes(value) {
            Some(bytes) => line.extend_from_slice(&bytes),
            None if builtin_tostring && ctx.vm.metamethod(value, MetaMethod::Tostring).is_nil() => {
                line.extend_from_slice(&ctx.vm.to_display(value));
            }
            None => {
                write_output(ctx.vm, &line);
                return convert_arg(ctx, index, tostring_function, value, print_continue);
            }
        }
        index += 1;
    }
    line.push(b'\n');
    write_output(ctx.vm, &line);
    Ok(Outcome::Return(0))
}

fn print_continue(ctx: &mut Ctx<'_>, _: Completion) -> Result<Outcome, LuaError> {
    let (index, result) = converted(ctx);
    let Some(bytes) = ctx.vm.to_bytes(result) else {
        return Err(ctx.error("'tostring' must return a string to 'print'"));
    };
    let n = ctx.n_args();
    print_from(ctx, n, index + 1, bytes)
}

fn is_builtin(vm: &Vm, value: Value, func: NativeFn) -> bool {
    match value.as_function().map(|f| vm.heap.function(f)) {
        Some(lunaris_vm::function::Function::Native(native)) => {
            std::ptr::fn_addr_eq(native.func, func)
        }
        _ => false,
    }
}

fn type_(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let value = ctx.check_any(0)?;
    let name = ctx.string(value.type_name().as_bytes());
    ctx.ret1(name)
}

/// `tostring(v)`: `__tostring` if present, else the default form.
fn tostring(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let value = ctx.check_any(0)?;
    let handler = ctx.vm.metamethod(value, MetaMethod::Tostring);
    if !handler.is_nil() {
        ctx.set_len(1);
        ctx.push(handler);
        ctx.push(value);
        return Ok(Outcome::Call {
            func: 1,
            cont: first_result,
            protect: Protect::None,
        });
    }
    if value.type_of() == Type::String {
        return ctx.ret1(value);
    }
    let text = ctx.vm.to_display(value);
    let text = ctx.string(&text);
    ctx.ret1(text)
}

/// A continuation returning the first result of a call made at index 1.
fn first_result(ctx: &mut Ctx<'_>, _: Completion) -> Result<Outcome, LuaError> {
    let result = if ctx.len() > 1 {
        ctx.get(1)
    } else {
        Value::NIL
    };
    ctx.ret1(result)
}

fn tonumber(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let value = ctx.check_any(0)?;
    let base = ctx.opt_integer(1, 10)?;
    if base == 10 {
        let result = ctx.vm.to_number(value).map_or(Value::NIL, Value::number);
        return ctx.ret1(result);
    }
    let text = ctx.check_bytes(0)?;
    if !(2..=36).contains(&base) {
        return Err(ctx.arg_error(1, "base out of range"));
    }
    let result = parse_in_base(&text, base as u32).map_or(Value::NIL, Value::number);
    ctx.ret1(result)
}

/// `strtoul`-style parsing as LuaJIT's `tonumber(s, base)` does it.
fn parse_in_base(text: &[u8], base: u32) -> Option<f64> {
    let mut pos = 0;
    let skip_space = |pos: &mut usize| {
        while text.get(*pos).is_some_and(|&b| number::is_space(b)) {
            *pos += 1;
        }
    };
    skip_space(&mut pos);
    let mut negative = false;
    if text.get(pos) == Some(&b'-') {
        negative = true;
        pos += 1;
    }
    skip_space(&mut pos);
    match text.get(pos) {
        Some(b'-') => {
            negative = !negative;
            pos += 1;
        }
        Some(b'+') => pos += 1,
        _ => {}
    }
    let hex_prefix = text.get(pos) == Some(&b'0')
        && matches!(text.get(pos + 1), Some(b'x' | b'X'))
        && text.get(pos + 2).is_some_and(u8::is_ascii_hexdigit);
    if base == 16 && hex_prefix {
        pos += 2;
    }
    let start = pos;
    let mut value: u64 = 0;
    let mut overflow = false;
    while let Some(digit) = text.get(pos).and_then(|&b| (b as char).to_digit(base)) {
        match value
            .checked_mul(u64::from(base))
            .and_then(|v| v.checked_add(u64::from(digit)))
        {
            Some(v) => value = v,
            None => overflow = true,
        }
        pos += 1;
    }
    if pos == start {
        return None;
    }
    skip_space(&mut pos);
    if pos != text.len() {
        return None;
    }
    let n = if overflow {
        u64::MAX as f64
    } else {
        value as f64
    };
    Some(if negative { -n } else { n })
}

fn ipairs(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    ctx.check_table(0)?;
    let aux = ctx.upvalue(0);
    let table = ctx.arg(0);
    ctx.push(aux);
    ctx.push(table);
    ctx.push(Value::number(0.0));
    Ok(Outcome::Return(3))
}

fn ipairs_aux(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let table = ctx.check_table(0)?;
    let index = ctx.check_number(1)? + 1.0;
    let value = ctx.vm.heap.table(table).get(Value::number(index));
    if value.is_nil() {
        return ctx.ret0();
    }
    ctx.push(Value::number(index));
    ctx.push(value);
    Ok(Outcome::Return(2))
}

fn pairs(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    ctx.check_table(0)?;
    let next_function = ctx.upvalue(0);
    let table = ctx.arg(0);
    ctx.push(next_function);
    ctx.push(table);
    ctx.push(Value::NIL);
    Ok(Outcome::Return(3))
}

fn next(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let table = ctx.check_table(0)?;
    let key = ctx.arg(1);
    match ctx.vm.heap.table(table).next(key) {
        Ok(Some((key, value))) => {
            ctx.push(key);
            ctx.push(value);
            Ok(Outcome::Return(2))
        }
        Ok(None) => ctx.ret1(Value::NIL),
        Err(err) => Err(ctx.error(&err.to_string())),
    }
}

fn select(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let n = ctx.n_args();
    let selector = ctx.arg(0);
    if let Some(s) = selector.as_string() {
        if ctx.vm.heap.string(s).as_bytes().first() == Some(&b'#') {
            return ctx.ret1(Value::number((n - 1) as f64));
        }
    }
    let index = ctx.check_integer(0)?;
    let start = if index < 0 {
        let from_end = n as i64 + index;
        if from_end < 1 {
            return Err(ctx.arg_error(0, "index out of range"));
        }
        from_end as usize
    } else if index == 0 {
        return Err(ctx.arg_error(0, "index out of range"));
    } else {
        (index as usize).min(n)
    };
    Ok(Outcome::Return(n - start))
}

fn rawget(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let table = ctx.check_table(0)?;
    let key = ctx.check_any(1)?;
    let value = ctx.vm.raw_get(table, key);
    ctx.ret1(value)
}

fn rawset(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let table = ctx.check_table(0)?;
    let key = ctx.check_any(1)?;
    let value = ctx.check_any(2)?;
    if let Err(err) = ctx.vm.raw_set(table, key, value) {
        // LuaJIT reports a bad key without a position here.
        let message = ctx.string(err.to_string().as_bytes());
        return Err(LuaError::new(message));
    }
    ctx.ret1(Value::table(table))
}

fn rawequal(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let a = ctx.check_any(0)?;
    let b = ctx.check_any(1)?;
    ctx.ret1(Value::boolean(a == b))
}

fn setmetatable(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let table = ctx.check_table(0)?;
    let metatable = ctx.arg(1);
    if !metatable.is_nil() && metatable.as_table().is_none() || ctx.n_args() < 2 {
        return Err(ctx.arg_error(1, "nil or table expected"));
    }
    if let Some(old) = ctx.vm.heap.table(table).metatable {
        if !ctx.vm.metatable_field(old, MetaMethod::Metatable).is_nil() {
            return Err(ctx.error("cannot change a protected metatable"));
        }
    }
    ctx.vm.heap.table_mut(table).metatable = metatable.as_table();
    ctx.ret1(Value::table(table))
}

fn getmetatable(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let value = ctx.check_any(0)?;
    let Some(metatable) = ctx.vm.metatable(value) else {
        return ctx.ret1(Value::NIL);
    };
    let protected = ctx.vm.metatable_field(metatable, MetaMethod::Metatable);
    if protected.is_nil() {
        ctx.ret1(Value::table(metatable))
    } else {
        ctx.ret1(protected)
    }
}

fn assert(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let value = ctx.check_any(0)?;
    if value.is_truthy() {
        return Ok(Outcome::Return(ctx.n_args()));
    }
    if ctx.n_args() >= 2 {
        let message = ctx.arg(1);
        match ctx.vm.to_bytes(message) {
            Some(bytes) => Err(ctx.vm.located_error(&bytes, 1)),
            None => Err(LuaError::new(message)),
        }
    } else {
        Err(ctx.error("assertion failed!"))
    }
}

fn error(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let value = ctx.arg(0);
    let level = ctx.opt_integer(1, 1)?;
    if level > 0 {
        if let Some(bytes) = ctx.vm.to_bytes(value) {
            return Err(ctx.vm.located_error(&bytes, level as usize));
        }
    }
    Err(LuaError::new(value))
}

/// `pcall(f, ...)`: `true` is slotted in front of `f`, so on success the
/// results follow it directly.
fn pcall(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    ctx.check_any(0)?;
    ctx.insert(0, Value::TRUE);
    Ok(Outcome::Call {
        func: 1,
        cont: protected_done,
        protect: Protect::Catch,
    })
}

/// `xpcall(f, handler, ...)`: the stack becomes `handler, true, f, ...`.
fn xpcall(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    ctx.check_any(1)?;
    let function = ctx.arg(0);
    let handler = ctx.arg(1);
    ctx.set(0, handler);
    ctx.set(1, Value::TRUE);
    ctx.insert(2, function);
    Ok(Outcome::Call {
        func: 2,
        cont: xpcall_done,
        protect: Protect::Handler(0),
    })
}

fn protected_done(ctx: &mut Ctx<'_>, completion: Completion) -> Result<Outcome, LuaError> {
    match completion {
        Completion::Returned => Ok(Outcome::Return(ctx.len())),
        Completion::Failed(value) => {
            ctx.set_len(0);
            ctx.push(Value::FALSE);
            ctx.push(value);
            Ok(Outcome::Return(2))
        }
    }
}

fn xpcall_done(ctx: &mut Ctx<'_>, completion: Completion) -> Result<Outcome, LuaError> {
    match completion {
        Completion::Returned => Ok(Outcome::Return(ctx.len() - 1)),
        Completion::Failed(value) => {
            ctx.set_len(0);
            ctx.push(Value::FALSE);
            ctx.push(value);
            Ok(Outcome::Return(2))
        }
    }
}

fn unpack(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let table = ctx.check_table(0)?;
    let first = ctx.opt_integer(1, 1)?;
    let last = if ctx.arg(2).is_nil() {
        ctx.vm.heap.table(table).border() as i64
    } else {
        ctx.check_integer(2)?
    };
    if first > last {
        return ctx.ret0();
    }
    let count = (last as i128 - first as i128 + 1) as u128;
    if count >= 8000 {
        return Err(ctx.error("too many results to unpack"));
    }
    for i in first..=last {
        let value = ctx.vm.heap.table(table).get_int(i);
        ctx.push(value);
    }
    Ok(Outcome::Return(count as usize))
}

/// The function at `level` (1: the caller of the native running), or the
/// function given.
fn function_argument(ctx: &mut Ctx<'_>, name: &str) -> Result<Option<Value>, LuaError> {
    let value = ctx.arg(0);
    if value.as_function().is_some() {
        return Ok(Some(value));
    }
    let level = ctx.opt_integer(0, 1)?;
    if level < 0 {
        return Err(ctx.arg_error(0, "level must be non-negative"));
    }
    if level == 0 {
        return Ok(None);
    }
    match ctx.vm.function_at_level(level as usize) {
        Some(function) => Ok(Some(Value::function(function))),
        None => {
            let _ = name;
            Err(ctx.arg_error(0, "invalid level"))
        }
    }
}

fn getfenv(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let env = match function_argument(ctx, "getfenv")? {
        Some(function) => {
            let function = function.as_function().expect("a function");
            ctx.vm.heap.function(function).env()
        }
        None => ctx.vm.globals(),
    };
    ctx.ret1(Value::table(env))
}

fn setfenv(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let env = ctx.check_table(1)?;
    let Some(function) = function_argument(ctx, "setfenv")? else {
        ctx.vm.set_globals(env);
        return ctx.ret0();
    };
    let function_ref = function.as_function().expect("a function");
    match ctx.vm.heap.function_mut(function_ref) {
        lunaris_vm::function::Function::Lua(closure) => closure.env = env,
        lunaris_vm::function::Function::Native(_) => {
            return Err(ctx.error("'setfenv' cannot change environment of given object"));
        }
    }
    ctx.ret1(function)
}

/// `collectgarbage(opt [, arg])` with LuaJIT's results. A collection's due
/// `__gc` finalizers run before it returns, so their output and errors
/// happen inside the call, as in LuaJIT.
fn collectgarbage(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let option = match ctx.opt_string(0)? {
        Some(s) => ctx.vm.heap.string(s).as_bytes().to_vec(),
        None => b"collect".to_vec(),
    };
    let argument = ctx.opt_number(1, 0.0)?;
    let result = match &option[..] {
        b"collect" => {
            ctx.vm.collect_garbage();
            Value::number(0.0)
        }
        b"count" => Value::number(ctx.vm.heap.allocated_bytes() as f64 / 1024.0),
        b"step" => {
            let due = ctx.vm.heap.step_is_due(argument.max(0.0) as usize);
            if due {
                ctx.vm.collect_garbage();
            }
            Value::boolean(due)
        }
        b"stop" => {
            ctx.vm.heap.set_running(false);
            Value::number(0.0)
        }
        b"restart" => {
            ctx.vm.heap.set_running(true);
            Value::number(0.0)
        }
        b"isrunning" => Value::boolean(ctx.vm.heap.is_running()),
        b"setpause" => Value::number(f64::from(ctx.vm.heap.set_pause(argument as u32))),
        b"setstepmul" => Value::number(f64::from(ctx.vm.heap.set_step_multiplier(argument as u32))),
        _ => {
            let message = format!("invalid option '{}'", String::from_utf8_lossy(&option));
            return Err(ctx.arg_error(0, &message));
        }
    };
    ctx.set_len(0);
    ctx.push(result);
    match ctx.vm.pending_finalizers() {
        Some(runner) => {
            ctx.push(runner);
            Ok(Outcome::Call {
                func: 1,
                cont: collected,
                protect: Protect::None,
            })
        }
        None => Ok(Outcome::Return(1)),
    }
}

/// After the finalizers ran: the result saved at index 0.
fn collected(ctx: &mut Ctx<'_>, _: Completion) -> Result<Outcome, LuaError> {
    ctx.set_len(1);
    Ok(Outcome::Return(1))
}

fn gcinfo(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let kilobytes = (ctx.vm.heap.allocated_bytes() / 1024) as f64;
    ctx.ret1(Value::number(kilobytes))
}

fn newproxy(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let argument = ctx.arg(0);
    let metatable = if argument.as_boolean() == Some(true) {
        ctx.vm.new_table().as_table()
    } else if let Some(userdata) = argument.as_userdata() {
        ctx.vm.heap.userdata(userdata).metatable
    } else if argument.is_nil() || argument.as_boolean() == Some(false) {
        None
    } else {
        return Err(ctx.arg_error(0, "boolean or proxy expected"));
    };
    let userdata = ctx.vm.heap.alloc_userdata(Userdata {
        metatable,
        env: None,
        data: Box::new(()),
    });
    ctx.ret1(Value::userdata(userdata))
}
