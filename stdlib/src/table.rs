//! The table library (LuaJIT's `lib_table.c`): `insert`, `remove`,
//! `concat`, `sort`, `move`, the 5.0 leftovers `getn`, `maxn`, `foreach`
//! and `foreachi`, and the modules `table.new` and `table.clear` that
//! `require` finds in `package.preload`. All element access is raw, as in
//! LuaJIT (even its Lua-written `move` and `foreachi` read and write raw).
//!
//! `sort` is Lua 5.1's quicksort (`auxsort`) written as a resumable state
//! machine, so comparisons that call Lua (a comparator, `__lt`) run as
//! ordinary frames through `Outcome::Call`; the same algorithm gives the
//! same order as LuaJIT for every comparator.

use lunaris_vm::meta::MetaMethod;
use lunaris_vm::native::{Completion, Continuation};
use lunaris_vm::table::Table;
use lunaris_vm::userdata::Userdata;
use lunaris_vm::{Ctx, LuaError, NativeFn, Outcome, Protect, RuntimeError, Value, Vm};

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("concat", concat),
    ("foreach", foreach),
    ("foreachi", foreachi),
    ("getn", getn),
    ("insert", insert),
    ("maxn", maxn),
    ("move", move_),
    ("remove", remove),
    ("sort", sort),
];

/// The preloaded modules: `require "table.new"` returns `new` and, as
/// LuaJIT's `lj_lib_postreg` does, also stores it in the table library as
/// `table.new` (the library table itself, even if the global `table` was
/// replaced). Before the `require` the field is absent.
const MODULES: &[(&str, &str, NativeFn)] =
    &[("table.new", "new", new), ("table.clear", "clear", clear)];

/// LuaJIT's limits for `table.new`: at most 2^27 array slots (`LJ_MAX_ASIZE`
/// less the slot for index 0) and 2^26 hash slots (`LJ_MAX_HBITS`).
const MAX_ARRAY: i64 = 1 << 27;
const MAX_HASH: i64 = 1 << 26;
/// LuaJIT's `LJ_ERR_TABOV`, raised without a position.
const TABLE_OVERFLOW: &str = "table overflow";

/// Opens the table library and registers its preloaded modules.
pub fn open(vm: &mut Vm) {
    let library = crate::register_library(vm, "table", FUNCTIONS);
    for &(module, name, function) in MODULES {
        let function = vm.native(function);
        let name = vm.new_string(name.as_bytes());
        let loader =
            vm.native_with_upvalues(load_module, vec![Value::table(library), name, function]);
        crate::package::preload(vm, module, loader);
    }
}

/// The loader of a `MODULES` entry; upvalues: the library, the field
/// name, the function.
fn load_module(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let library = ctx
        .upvalue(0)
        .as_table()
        .expect("the table library upvalue");
    let (name, function) = (ctx.upvalue(1), ctx.upvalue(2));
    let _ = ctx.vm.raw_set(library, name, function);
    ctx.ret1(function)
}

/// `table.new(narray, nhash)`: an empty table with preallocated parts.
fn new(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let array = ctx.check_integer(0)?;
    let hash = ctx.check_integer(1)?;
    if array > MAX_ARRAY || !(0..=MAX_HASH).contains(&hash) {
        let message = ctx.string(TABLE_OVERFLOW.as_bytes());
        return Err(LuaError::new(message));
    }
    let table = Table::with_capacity(array.max(0) as usize, hash as usize);
    let table = ctx.vm.heap.alloc_table(table);
    ctx.ret1(Value::table(table))
}

/// `table.clear(t)`: removes every key, keeping the table (and its
/// metatable) the same object.
fn clear(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let table = ctx.check_table(0)?;
    let mut keys = Vec::new();
    let mut key = Value::NIL;
    while let Ok(Some((k, _))) = ctx.vm.heap.table(table).next(key) {
        keys.push(k);
        key = k;
    }
    for key in keys {
        let _ = ctx.vm.raw_set(table, key, Value::NIL);
    }
    ctx.ret0()
}

/// Checks argument `index` of a function LuaJIT writes in Lua (`foreach`,
/// `foreachi`, `move`): there a missing argument is a nil parameter, so
/// the message says "got nil", never "got no value".
fn lua_arg<'vm, T>(
    ctx: &mut Ctx<'vm>,
    index: usize,
    expected: &str,
    check: impl FnOnce(&mut Ctx<'vm>, usize) -> Result<T, LuaError>,
) -> Result<T, LuaError> {
    if index >= ctx.n_args() {
        return Err(ctx.arg_error(index, &format!("{expected} expected, got nil")));
    }
    check(ctx, index)
}

/// Frame slots of `foreach`: the table, the function, the last key, then
/// the call.
const FOREACH_KEY: usize = 2;
const FOREACH_CALL: usize = 3;

/// `table.foreach(t, f)`: calls `f(k, v)` for every pair in `next` order
/// and returns the first non-nil result.
fn foreach(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    lua_arg(ctx, 0, "table", Ctx::check_table)?;
    lua_arg(ctx, 1, "function", Ctx::check_function)?;
    ctx.set_len(FOREACH_KEY);
    ctx.push(Value::NIL);
    foreach_step(ctx)
}

fn foreach_step(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let table = ctx.get(0).as_table().expect("foreach's table");
    let next = match ctx.vm.heap.table(table).next(ctx.get(FOREACH_KEY)) {
        Ok(next) => next,
        Err(err) => return Err(ctx.error(&err.to_string())),
    };
    let Some((key, value)) = next else {
        return ctx.ret0();
    };
    ctx.set(FOREACH_KEY, key);
    visit(ctx, FOREACH_CALL, key, value, foreach_continue)
}

fn foreach_continue(ctx: &mut Ctx<'_>, _: Completion) -> Result<Outcome, LuaError> {
    if let Some(result) = visit_result(ctx, FOREACH_CALL) {
        return ctx.ret1(result);
    }
    foreach_step(ctx)
}

/// Calls the function in slot 1 with `key` and `value` from slot `call`,
/// as `foreach` and `foreachi` do for every pair.
fn visit(
    ctx: &mut Ctx<'_>,
    call: usize,
    key: Value,
    value: Value,
    cont: Continuation,
) -> Result<Outcome, LuaError> {
    let function = ctx.get(1);
    ctx.set_len(call);
    ctx.push(function);
    ctx.push(key);
    ctx.push(value);
    Ok(Outcome::Call {
        func: call,
        cont,
        protect: Protect::None,
    })
}

/// The first result of `visit`'s call, if it is not nil: that result ends
/// the traversal.
fn visit_result(ctx: &Ctx<'_>, call: usize) -> Option<Value> {
    let result = if ctx.len() > call {
        ctx.get(call)
    } else {
        Value::NIL
    };
    (!result.is_nil()).then_some(result)
}

/// Frame slots of `foreachi`: the table, the function, the next index,
/// the length taken at the start, then the call.
const FOREACHI_INDEX: usize = 2;
const FOREACHI_END: usize = 3;
const FOREACHI_CALL: usize = 4;

/// `table.foreachi(t, f)`: calls `f(i, t[i])` for `i = 1, #t` (the length
/// read once) and returns the first non-nil result.
fn foreachi(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let table = lua_arg(ctx, 0, "table", Ctx::check_table)?;
    lua_arg(ctx, 1, "function", Ctx::check_function)?;
    let end = ctx.vm.heap.table(table).border();
    ctx.set_len(FOREACHI_INDEX);
    ctx.push(Value::number(1.0));
    ctx.push(Value::number(end as f64));
    foreachi_step(ctx)
}

fn foreachi_step(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let table = ctx.get(0).as_table().expect("foreachi's table");
    let index = ctx
        .get(FOREACHI_INDEX)
        .as_number()
        .expect("foreachi's index");
    if index > ctx.get(FOREACHI_END).as_number().expect("foreachi's end") {
        return ctx.ret0();
    }
    let value = get(ctx, table, index as i64);
    visit(
        ctx,
        FOREACHI_CALL,
        Value::number(index),
        value,
        foreachi_continue,
    )
}

fn foreachi_continue(ctx: &mut Ctx<'_>, _: Completion) -> Result<Outcome, LuaError> {
    if let Some(result) = visit_result(ctx, FOREACHI_CALL) {
        return ctx.ret1(result);
    }
    let index = ctx
        .get(FOREACHI_INDEX)
        .as_number()
        .expect("foreachi's index");
    ctx.set(FOREACHI_INDEX, Value::number(index + 1.0));
    foreachi_step(ctx)
}

/// `table.move(a1, f, e, t [, a2])`: `a2[t..] = a1[f..e]`, copying
/// backwards when the ranges overlap in the same table; returns `a2`.
fn move_(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let source = lua_arg(ctx, 0, "table", Ctx::check_table)?;
    let first = lua_arg(ctx, 1, "number", Ctx::check_integer)?;
    let last = lua_arg(ctx, 2, "number", Ctx::check_integer)?;
    let target = lua_arg(ctx, 3, "number", Ctx::check_integer)?;
    let destination = if ctx.arg(4).is_nil() {
        source
    } else {
        ctx.check_table(4)?
    };
    if last >= first {
        let offset = target - first;
        let copy = |ctx: &mut Ctx<'_>, index: i64| {
            let value = get(ctx, source, index);
            let _ = ctx
                .vm
                .raw_set(destination, Value::number((index + offset) as f64), value);
        };
        if target > last || target <= first || destination != source {
            (first..=last).for_each(|index| copy(ctx, index));
        } else {
            (first..=last).rev().for_each(|index| copy(ctx, index));
        }
    }
    ctx.ret1(Value::table(destination))
}

fn get(ctx: &Ctx<'_>, table: lunaris_vm::gc::TableRef, index: i64) -> Value {
    ctx.vm.heap.table(table).get_int(index)
}

fn set(ctx: &mut Ctx<'_>, table: lunaris_vm::gc::TableRef, index: i64, value: Value) {
    // Integer keys are never nil or NaN.
    let _ = ctx.vm.raw_set(table, Value::number(index as f64), value);
}

fn insert(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let table = ctx.check_table(0)?;
    let mut end = ctx.vm.heap.table(table).border() as i64 + 1;
    let position = match ctx.n_args() {
        2 => end,
        3 => {
            let position = ctx.check_integer(1)?;
            while end > position {
                let value = get(ctx, table, end - 1);
                set(ctx, table, end, value);
                end -= 1;
            }
            position
        }
        _ => return Err(ctx.error("wrong number of arguments to 'insert'")),
    };
    let value = ctx.arg(ctx.n_args() - 1);
    set(ctx, table, position, value);
    ctx.ret0()
}

fn remove(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let table = ctx.check_table(0)?;
    let end = ctx.vm.heap.table(table).border() as i64;
    let mut position = ctx.opt_integer(1, end)?;
    if !(1 <= position && position <= end) {
        return ctx.ret0();
    }
    let removed = get(ctx, table, position);
    while position < end {
        let value = get(ctx, table, position + 1);
        set(ctx, table, position, value);
        position += 1;
    }
    set(ctx, table, end, Value::NIL);
    ctx.ret1(removed)
}

fn concat(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let table = ctx.check_table(0)?;
    let separator = match ctx.opt_string(1)? {
        Some(s) => ctx.vm.heap.string(s).as_bytes().to_vec(),
        None => Vec::new(),
    };
    let first = ctx.opt_integer(2, 1)?;
    let last = if ctx.arg(3).is_nil() {
        ctx.vm.heap.table(table).border() as i64
    } else {
        ctx.check_integer(3)?
    };
    let mut out = Vec::new();
    let mut index = first;
    while index <= last {
        let value = get(ctx, table, index);
        match ctx.vm.to_bytes(value) {
            Some(bytes) => out.extend_from_slice(&bytes),
            None => {
                let message = format!(
                    "invalid value ({}) at index {index} in table for 'concat'",
                    value.type_name()
                );
                return Err(ctx.error(&message));
            }
        }
        if index < last {
            out.extend_from_slice(&separator);
        }
        index += 1;
    }
    let result = ctx.string(&out);
    ctx.ret1(result)
}

fn getn(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let table = ctx.check_table(0)?;
    let n = ctx.vm.heap.table(table).border();
    ctx.ret1(Value::number(n as f64))
}

fn maxn(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let table = ctx.check_table(0)?;
    let mut best = 0.0f64;
    let mut key = Value::NIL;
    while let Ok(Some((k, _))) = ctx.vm.heap.table(table).next(key) {
        if let Some(n) = k.as_number() {
            best = best.max(n);
        }
        key = k;
    }
    ctx.ret1(Value::number(best))
}

/// Where the sort machine stands between two comparisons.
#[derive(Clone, Copy)]
enum Step {
    /// Start sorting the range `l..=u` (or pop the next one).
    Range,
    /// Answer to `a[u] < a[l]`.
    UpperLower,
    /// Answer to `a[i] < a[l]` (i the middle).
    MiddleLower,
    /// Answer to `a[u] < a[i]`.
    UpperMiddle,
    /// After the median of three: pick the pivot and start scanning.
    Partition,
    /// Answer to `a[i] < P` while scanning up.
    ScanUp,
    /// Answer to `P < a[j]` while scanning down.
    ScanDown,
}

/// The state of one `table.sort` call.
struct Sort {
    table: lunaris_vm::gc::TableRef,
    ranges: Vec<(i64, i64)>,
    l: i64,
    u: i64,
    i: i64,
    j: i64,
    step: Step,
}

/// Stack layout of a sort frame: 0 table, 1 comparator, 2 state, 3 pivot,
/// 4.. a comparison call.
const STATE: usize = 2;
const PIVOT: usize = 3;
const CALL: usize = 4;

/// A comparison the machine needs.
struct Ask(Value, Value);

fn sort(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let table = ctx.check_table(0)?;
    if !ctx.arg(1).is_nil() {
        ctx.check_function(1)?;
    }
    let n = ctx.vm.heap.table(table).border() as i64;
    let state = Sort {
        table,
        ranges: Vec::new(),
        l: 1,
        u: n,
        i: 0,
        j: 0,
        step: Step::Range,
    };
    ctx.set_len(2);
    let userdata = ctx.vm.heap.alloc_userdata(Userdata {
        metatable: None,
        env: None,
        data: Box::new(state),
    });
    ctx.push(Value::userdata(userdata));
    ctx.push(Value::NIL);
    run_sort(ctx, None)
}

fn sort_continue(ctx: &mut Ctx<'_>, _: Completion) -> Result<Outcome, LuaError> {
    let answer = ctx.len() > CALL && ctx.get(CALL).is_truthy();
    ctx.set_len(CALL);
    run_sort(ctx, Some(answer))
}

fn take_state(ctx: &mut Ctx<'_>) -> Box<Sort> {
    let userdata = ctx.get(STATE).as_userdata().expect("sort state");
    let data = std::mem::replace(&mut ctx.vm.heap.userdata_mut(userdata).data, Box::new(()));
    data.downcast::<Sort>().expect("sort state")
}

fn put_state(ctx: &mut Ctx<'_>, state: Box<Sort>) {
    let userdata = ctx.get(STATE).as_userdata().expect("sort state");
    ctx.vm.heap.userdata_mut(userdata).data = state;
}

fn run_sort(ctx: &mut Ctx<'_>, mut answer: Option<bool>) -> Result<Outcome, LuaError> {
    let mut state = take_state(ctx);
    loop {
        let ask = match advance(ctx, &mut state, answer.take())? {
            Some(ask) => ask,
            None => return ctx.ret0(),
        };
        match compare(ctx, ask)? {
            Some(result) => answer = Some(result),
            None => {
                put_state(ctx, state);
                return Ok(Outcome::Call {
                    func: CALL,
                    cont: sort_continue,
                    protect: Protect::None,
                });
            }
        }
    }
}

/// Compares directly when no Lua code is needed; otherwise pushes the call
/// (comparator or `__lt`) and returns `None`.
fn compare(ctx: &mut Ctx<'_>, Ask(a, b): Ask) -> Result<Option<bool>, LuaError> {
    let comparator = ctx.get(1);
    let handler = if comparator.is_nil() {
        if let (Some(x), Some(y)) = (a.as_number(), b.as_number()) {
            return Ok(Some(x < y));
        }
        if let (Some(x), Some(y)) = (a.as_string(), b.as_string()) {
            let heap = &ctx.vm.heap;
            return Ok(Some(heap.string(x).as_bytes() < heap.string(y).as_bytes()));
        }
        let handler = ctx.vm.metamethod(a, MetaMethod::Lt);
        let same_type = a.type_of() == b.type_of();
        if !same_type || handler.is_nil() || ctx.vm.metamethod(b, MetaMethod::Lt) != handler {
            let err = if same_type {
                RuntimeError::CompareSame(a.type_name())
            } else {
                RuntimeError::Compare(a.type_name(), b.type_name())
            };
            let message = ctx.string(err.to_string().as_bytes());
            return Err(LuaError::new(message));
        }
        handler
    } else {
        comparator
    };
    ctx.set_len(CALL);
    ctx.push(handler);
    ctx.push(a);
    ctx.push(b);
    Ok(None)
}

/// Runs the machine until it needs a comparison (`Some`) or is done.
fn advance(ctx: &mut Ctx<'_>, s: &mut Sort, answer: Option<bool>) -> Result<Option<Ask>, LuaError> {
    let table = s.table;
    let answer = answer.unwrap_or(false);
    let swap = |ctx: &mut Ctx<'_>, x: i64, y: i64| {
        let (vx, vy) = (get(ctx, table, x), get(ctx, table, y));
        set(ctx, table, x, vy);
        set(ctx, table, y, vx);
    };
    loop {
        match s.step {
            Step::Range => {
                if s.l >= s.u {
                    match s.ranges.pop() {
                        Some((l, u)) => {
                            s.l = l;
                            s.u = u;
                            continue;
                        }
                        None => return Ok(None),
                    }
                }
                s.step = Step::UpperLower;
                return Ok(Some(Ask(get(ctx, table, s.u), get(ctx, table, s.l))));
            }
            Step::UpperLower => {
                if answer {
                    swap(ctx, s.l, s.u);
                }
                if s.u - s.l == 1 {
                    s.l = s.u;
                    s.step = Step::Range;
                    continue;
                }
                s.i = (s.l + s.u) / 2;
                s.step = Step::MiddleLower;
                return Ok(Some(Ask(get(ctx, table, s.i), get(ctx, table, s.l))));
            }
            Step::MiddleLower => {
                if !answer {
                    s.step = Step::UpperMiddle;
                    return Ok(Some(Ask(get(ctx, table, s.u), get(ctx, table, s.i))));
                }
                swap(ctx, s.i, s.l);
                s.step = Step::Partition;
            }
            Step::UpperMiddle => {
                if answer {
                    swap(ctx, s.i, s.u);
                }
                s.step = Step::Partition;
            }
            Step::Partition => {
                if s.u - s.l == 2 {
                    s.l = s.u;
                    s.step = Step::Range;
                    continue;
                }
                let pivot = get(ctx, table, s.i);
                ctx.set(PIVOT, pivot);
                let before_upper = get(ctx, table, s.u - 1);
                set(ctx, table, s.i, before_upper);
                set(ctx, table, s.u - 1, pivot);
                s.i = s.l + 1;
                s.j = s.u - 1;
                s.step = Step::ScanUp;
                return Ok(Some(Ask(get(ctx, table, s.i), pivot)));
            }
            Step::ScanUp => {
                if answer {
                    if s.i > s.u {
                        return Err(ctx.error("invalid order function for sorting"));
                    }
                    s.i += 1;
                    return Ok(Some(Ask(get(ctx, table, s.i), ctx.get(PIVOT))));
                }
                s.step = Step::ScanDown;
                s.j -= 1;
                return Ok(Some(Ask(ctx.get(PIVOT), get(ctx, table, s.j))));
            }
            Step::ScanDown => {
                if answer {
                    if s.j < s.l {
                        return Err(ctx.error("invalid order function for sorting"));
                    }
                    s.j -= 1;
                    return Ok(Some(Ask(ctx.get(PIVOT), get(ctx, table, s.j))));
                }
                if s.j < s.i {
                    swap(ctx, s.u - 1, s.i);
                    let (l, u, i) = (s.l, s.u, s.i);
                    let (small, large) = if i - l < u - i {
                        ((l, i - 1), (i + 1, u))
                    } else {
                        ((i + 1, u), (l, i - 1))
                    };
                    s.ranges.push(large);
                    s.l = small.0;
                    s.u = small.1;
                    s.step = Step::Range;
                    continue;
                }
                swap(ctx, s.i, s.j);
                s.step = Step::ScanUp;
                s.i += 1;
                return Ok(Some(Ask(get(ctx, table, s.i), ctx.get(PIVOT))));
            }
        }
    }
}
