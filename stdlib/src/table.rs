//! The table library (LuaJIT's `lib_table.c`): `insert`, `remove`,
//! `concat`, `sort` and the 5.0 leftovers `getn` and `maxn`. All element
//! access is raw, as in Lua 5.1.
//!
//! `sort` is Lua 5.1's quicksort (`auxsort`) written as a resumable state
//! machine, so comparisons that call Lua (a comparator, `__lt`) run as
//! ordinary frames through `Outcome::Call`; the same algorithm gives the
//! same order as LuaJIT for every comparator.

use lunaris_vm::meta::MetaMethod;
use lunaris_vm::native::Completion;
use lunaris_vm::userdata::Userdata;
use lunaris_vm::{Ctx, LuaError, NativeFn, Outcome, Protect, RuntimeError, Value, Vm};

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("concat", concat),
    ("getn", getn),
    ("insert", insert),
    ("maxn", maxn),
    ("remove", remove),
    ("sort", sort),
];

/// Opens the table library.
pub fn open(vm: &mut Vm) {
    crate::register_library(vm, "table", FUNCTIONS);
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
