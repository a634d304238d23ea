//! The interpreter: the driver loop (`Vm::execute`) and the dispatch loop
//! of Lua frames (`Vm::run_lua`). Lua-to-Lua calls, returns, metamethods
//! and errors change frames and come back to the driver; nothing recurses
//! on the Rust stack.
//!
//! The loop relies on the compiler's promises in `bytecode::isa` (the
//! Notes block): comparisons and tests are followed by a `Jmp`, `SetList`
//! by a raw word, `TForCall` by its `TForLoop`.

pub mod arith;
mod call;
mod finalize;

pub use arith::{modulo, pow, ArithOp};
pub(crate) use call::Called;
pub(crate) use finalize::run_finalizers;

use std::rc::Rc;

use crate::bytecode::Op;
use crate::error::{LuaError, RuntimeError};
use crate::function::{Function, LuaClosure};
use crate::gc::TableRef;
use crate::meta::{IndexError, IndexFailure, IndexStep, MetaMethod, NewIndexStep};
use crate::state::{Vm, MAX_STACK, STACK_EXTRA};
use crate::table::Table;
use crate::thread::ReturnTo;
use crate::value::{Type, Value};

/// What a slow path did.
enum Flow {
    /// Finished; the loop goes on.
    Next,
    /// Pushed a frame (or changed this one); back to the driver.
    Reload,
}

impl Vm {
    /// Runs frames until the frame stack is back to `stop_depth` frames.
    pub(crate) fn execute(&mut self, stop_depth: usize) -> Result<(), LuaError> {
        while self.current != self.main_thread || self.thread.frames.len() > stop_depth {
            if let Err(err) = self.step(stop_depth) {
                self.throw(err, stop_depth)?;
            }
        }
        Ok(())
    }

    /// One step of the driver: due finalizers first, then the Lua frames on
    /// top (until they need the driver) or the native on top.
    pub(crate) fn step(&mut self, stop_depth: usize) -> Result<(), LuaError> {
        if !self.finalizers.is_empty() {
            self.start_finalizers()?;
        }
        let is_lua = self.thread.frames.last().is_some_and(|f| f.proto.is_some());
        if is_lua {
            self.run_lua(stop_depth)
        } else {
            self.step_native()
        }
    }

    /// Runs Lua frames: the top one, and the ones it calls or returns to,
    /// for as long as the top frame is a Lua frame the driver would run
    /// next; returns to the driver for natives, thread switches, errors and
    /// the end of `stop_depth`.
    fn run_lua(&mut self, stop_depth: usize) -> Result<(), LuaError> {
        // Set by the Lua call fast path: a pushed frame can neither reach
        // `stop_depth` nor make finalizers due, so the checks are skipped.
        let mut entering_call = false;
        'frame: loop {
            if !std::mem::take(&mut entering_call)
                && (self.current == self.main_thread && self.thread.frames.len() <= stop_depth
                    || !self.finalizers.is_empty() && !self.finalizers_running())
            {
                return Ok(());
            }
            let fi = self.thread.frames.len() - 1;
            let frame = &self.thread.frames[fi];
            let Some(proto) = frame.proto.clone() else {
                return Ok(());
            };
            let closure = frame.function;
            let base = frame.base;
            let mut pc = frame.pc;
            let code = &proto.code[..];
            let k = &proto.constants[..];

            macro_rules! reg {
                ($index:expr) => {
                    self.thread.stack[base + usize::from($index)]
                };
            }
            macro_rules! save_pc {
                () => {
                    self.thread.frames[fi].pc = pc
                };
            }
            macro_rules! check {
                ($result:expr) => {
                    match $result {
                        Ok(value) => value,
                        Err(err) => {
                            save_pc!();
                            return Err(err);
                        }
                    }
                };
            }
            macro_rules! slow {
                ($flow:expr) => {{
                    save_pc!();
                    match $flow? {
                        Flow::Next => {}
                        Flow::Reload => continue 'frame,
                    }
                }};
            }
            // A safepoint: collect if due; finalizers that became due run
            // (from the driver) before this frame goes on.
            macro_rules! gc_point {
                () => {{
                    save_pc!();
                    self.check_gc();
                    if !self.finalizers.is_empty() {
                        continue 'frame;
                    }
                }};
            }
            macro_rules! arith {
                ($a:expr, $op:expr, $lhs:expr, $rhs:expr, $lreg:expr, $rreg:expr) => {{
                    let (lhs, rhs) = ($lhs, $rhs);
                    let dest = base + usize::from($a);
                    if let (Some(x), Some(y)) = (lhs.as_number(), rhs.as_number()) {
                        self.thread.stack[dest] = Value::arith_result($op.apply(x, y));
                    } else {
                        slow!(self.arith_slow($op, lhs, rhs, dest, $lreg, $rreg));
                    }
                }};
            }

            // `R(dest) := R(obj)[key]`: raw hit, or a table without
            // `__index`, stays here; the rest goes through `index_slow`.
            macro_rules! get {
                ($dest:expr, $obj:expr, $key:expr, $lookup:ident) => {{
                    let obj = reg!($obj);
                    let key = $key;
                    if let Some(t) = obj.as_table() {
                        let table = self.heap.table(t);
                        let value = table.$lookup(key);
                        let Some(metatable) = table.metatable.filter(|_| value.is_nil()) else {
                            reg!($dest) = value;
                            continue;
                        };
                        if let Some(value) = self.index_tables(metatable, key) {
                            reg!($dest) = value;
                            continue;
                        }
                    }
                    let dest = base + usize::from($dest);
                    slow!(self.index_slow(obj, key, dest, Some(usize::from($obj))));
                }};
            }
            // `R(obj)[key] := R(value)`: raw when the table has no
            // `__newindex` or the key already holds a value (Lua 5.1 only
            // consults `__newindex` for absent keys).
            macro_rules! set {
                ($obj:expr, $key:expr, $value:expr) => {
                    set!($obj, $key, $value, |table: &mut Table, key, value| table
                        .set(key, value))
                };
                ($obj:expr, $key:expr, $value:expr, $store:expr) => {{
                    let obj = reg!($obj);
                    let key = $key;
                    let value = reg!($value);
                    if let Some(t) = obj.as_table() {
                        let table = self.heap.table(t);
                        let raw = match table.metatable {
                            None => true,
                            Some(mt) => {
                                !table.get(key).is_nil()
                                    || self.metatable_field(mt, MetaMethod::NewIndex).is_nil()
                            }
                        };
                        if raw {
                            if let Err(err) = $store(self.heap.table_mut(t), key, value) {
                                save_pc!();
                                return Err(self.runtime_error(err));
                            }
                            self.heap.charge_growth(t);
                            continue;
                        }
                    }
                    slow!(self.new_index_slow(obj, key, value, Some(usize::from($obj))));
                }};
            }
            // The `Jmp` after a comparison or test is executed right here
            // (see the notes in `bytecode::isa`), saving a dispatch.
            macro_rules! branch {
                ($taken:expr) => {{
                    if $taken {
                        let jump = code[pc];
                        debug_assert_eq!(jump.op(), Op::Jmp);
                        pc = (pc as isize + 1 + jump.sj() as isize) as usize;
                    } else {
                        pc += 1;
                    }
                }};
            }
            macro_rules! equal {
                ($lhs:expr, $rhs:expr, $a:expr) => {{
                    let (lhs, rhs) = ($lhs, $rhs);
                    // Only two tables or two userdata can have `__eq`.
                    let equal = if lhs == rhs {
                        true
                    } else if !(lhs.as_table().is_some() && rhs.as_table().is_some()
                        || lhs.as_userdata().is_some() && rhs.as_userdata().is_some())
                    {
                        false
                    } else {
                        let handler = self.eq_metamethod(lhs, rhs);
                        if !handler.is_nil() {
                            save_pc!();
                            let ret = ReturnTo::Compare { negate: false };
                            check!(self.call_metamethod(handler, &[lhs, rhs], ret));
                            continue 'frame;
                        }
                        false
                    };
                    branch!(equal == ($a != 0));
                }};
            }
            macro_rules! order {
                ($lhs:expr, $rhs:expr, $or_equal:expr, $a:expr) => {{
                    let (lhs, rhs) = ($lhs, $rhs);
                    let result = if let (Some(x), Some(y)) = (lhs.as_number(), rhs.as_number()) {
                        if $or_equal {
                            x <= y
                        } else {
                            x < y
                        }
                    } else if let (Some(x), Some(y)) = (lhs.as_string(), rhs.as_string()) {
                        let ordering = self
                            .heap
                            .string(x)
                            .as_bytes()
                            .cmp(self.heap.string(y).as_bytes());
                        if $or_equal {
                            ordering.is_le()
                        } else {
                            ordering.is_lt()
                        }
                    } else {
                        save_pc!();
                        check!(self.compare_slow(lhs, rhs, $or_equal));
                        continue 'frame;
                    };
                    branch!(result == ($a != 0));
                }};
            }

            loop {
                let ins = code[pc];
                pc += 1;
                match ins.op() {
                    Op::Move => reg!(ins.a()) = reg!(ins.d()),
                    Op::LoadK => reg!(ins.a()) = k[usize::from(ins.d())],
                    Op::LoadInt => reg!(ins.a()) = Value::number(f64::from(ins.sd())),
                    Op::LoadPrim => reg!(ins.a()) = primitive(ins.d()),
                    Op::LoadNil => {
                        let a = base + usize::from(ins.a());
                        self.thread.stack[a..=a + usize::from(ins.d())].fill(Value::NIL);
                    }
                    Op::GetUpval => reg!(ins.a()) = self.upvalue_get(closure, usize::from(ins.d())),
                    Op::SetUpval => {
                        let value = reg!(ins.a());
                        self.upvalue_set(closure, usize::from(ins.d()), value);
                    }
                    Op::GetGlobal => {
                        let env = self.heap.function(closure).env();
                        let key = k[usize::from(ins.d())];
                        let table = self.heap.table(env);
                        let value = table.get_hashed(key);
                        if !value.is_nil() || table.metatable.is_none() {
                            reg!(ins.a()) = value;
                        } else {
                            let dest = base + usize::from(ins.a());
                            slow!(self.index_slow(Value::table(env), key, dest, None));
                        }
                    }
                    Op::SetGlobal => {
                        let env = self.heap.function(closure).env();
                        let key = k[usize::from(ins.d())];
                        let value = reg!(ins.a());
                        slow!(self.new_index_slow(Value::table(env), key, value, None));
                    }
                    Op::GetTable => {
                        let key = reg!(ins.c());
                        get!(ins.a(), ins.b(), key, get);
                    }
                    Op::GetField => {
                        let key = k[usize::from(ins.c())];
                        get!(ins.a(), ins.b(), key, get_hashed);
                    }
                    Op::GetIndex => {
                        let key = Value::number(f64::from(ins.c()));
                        get!(ins.a(), ins.b(), key, get_index);
                    }
                    Op::SetTable => {
                        let key = reg!(ins.b());
                        set!(ins.a(), key, ins.c());
                    }
                    Op::SetField => {
                        let key = k[usize::from(ins.b())];
                        set!(ins.a(), key, ins.c(), |table: &mut Table, key, value| {
                            table.set_hashed(key, value);
                            Ok::<(), RuntimeError>(())
                        });
                    }
                    Op::SetIndex => {
                        let index = i64::from(ins.b());
                        let key = Value::number(index as f64);
                        set!(ins.a(), key, ins.c(), |table: &mut Table, _, value| {
                            table.set_int(index, value);
                            Ok::<(), RuntimeError>(())
                        });
                    }
                    Op::NewTable => {
                        let table =
                            Table::with_capacity(usize::from(ins.b()), usize::from(ins.c()));
                        let table = self.heap.alloc_table(table);
                        reg!(ins.a()) = Value::table(table);
                        gc_point!();
                    }
                    Op::SetList => {
                        let a = base + usize::from(ins.a());
                        let count = match ins.b() {
                            0 => self.thread.top - a - 1,
                            b => usize::from(b) - 1,
                        };
                        let start = i64::from(code[pc].bits());
                        pc += 1;
                        if let Some(t) = self.thread.stack[a].as_table() {
                            for i in 1..=count {
                                let value = self.thread.stack[a + i];
                                self.heap.table_mut(t).set_int(start + i as i64, value);
                            }
                            self.heap.charge_growth(t);
                        }
                    }
                    Op::SelfCall => {
                        let obj = reg!(ins.b());
                        let a = base + usize::from(ins.a());
                        self.thread.stack[a + 1] = obj;
                        let key = k[usize::from(ins.c())];
                        if let Some(t) = obj.as_table() {
                            let table = self.heap.table(t);
                            let value = table.get_hashed(key);
                            let Some(metatable) = table.metatable.filter(|_| value.is_nil()) else {
                                self.thread.stack[a] = value;
                                continue;
                            };
                            if let Some(value) = self.index_tables(metatable, key) {
                                self.thread.stack[a] = value;
                                continue;
                            }
                        }
                        slow!(self.index_slow(obj, key, a, Some(usize::from(ins.b()))));
                    }
                    Op::AddVV => arith!(
                        ins.a(),
                        ArithOp::Add,
                        reg!(ins.b()),
                        reg!(ins.c()),
                        Some(ins.b()),
                        Some(ins.c())
                    ),
                    Op::AddVK => arith!(
                        ins.a(),
                        ArithOp::Add,
                        reg!(ins.b()),
                        k[usize::from(ins.c())],
                        Some(ins.b()),
                        None
                    ),
                    Op::AddKV => arith!(
                        ins.a(),
                        ArithOp::Add,
                        k[usize::from(ins.b())],
                        reg!(ins.c()),
                        None,
                        Some(ins.c())
                    ),
                    Op::SubVV => arith!(
                        ins.a(),
                        ArithOp::Sub,
                        reg!(ins.b()),
                        reg!(ins.c()),
                        Some(ins.b()),
                        Some(ins.c())
                    ),
                    Op::SubVK => arith!(
                        ins.a(),
                        ArithOp::Sub,
                        reg!(ins.b()),
                        k[usize::from(ins.c())],
                        Some(ins.b()),
                        None
                    ),
                    Op::SubKV => arith!(
                        ins.a(),
                        ArithOp::Sub,
                        k[usize::from(ins.b())],
                        reg!(ins.c()),
                        None,
                        Some(ins.c())
                    ),
                    Op::MulVV => arith!(
                        ins.a(),
                        ArithOp::Mul,
                        reg!(ins.b()),
                        reg!(ins.c()),
                        Some(ins.b()),
                        Some(ins.c())
                    ),
                    Op::MulVK => arith!(
                        ins.a(),
                        ArithOp::Mul,
                        reg!(ins.b()),
                        k[usize::from(ins.c())],
                        Some(ins.b()),
                        None
                    ),
                    Op::MulKV => arith!(
                        ins.a(),
                        ArithOp::Mul,
                        k[usize::from(ins.b())],
                        reg!(ins.c()),
                        None,
                        Some(ins.c())
                    ),
                    Op::DivVV => arith!(
                        ins.a(),
                        ArithOp::Div,
                        reg!(ins.b()),
                        reg!(ins.c()),
                        Some(ins.b()),
                        Some(ins.c())
                    ),
                    Op::DivVK => arith!(
                        ins.a(),
                        ArithOp::Div,
                        reg!(ins.b()),
                        k[usize::from(ins.c())],
                        Some(ins.b()),
                        None
                    ),
                    Op::DivKV => arith!(
                        ins.a(),
                        ArithOp::Div,
                        k[usize::from(ins.b())],
                        reg!(ins.c()),
                        None,
                        Some(ins.c())
                    ),
                    Op::ModVV => arith!(
                        ins.a(),
                        ArithOp::Mod,
                        reg!(ins.b()),
                        reg!(ins.c()),
                        Some(ins.b()),
                        Some(ins.c())
                    ),
                    Op::ModVK => arith!(
                        ins.a(),
                        ArithOp::Mod,
                        reg!(ins.b()),
                        k[usize::from(ins.c())],
                        Some(ins.b()),
                        None
                    ),
                    Op::ModKV => arith!(
                        ins.a(),
                        ArithOp::Mod,
                        k[usize::from(ins.b())],
                        reg!(ins.c()),
                        None,
                        Some(ins.c())
                    ),
                    Op::PowVV => arith!(
                        ins.a(),
                        ArithOp::Pow,
                        reg!(ins.b()),
                        reg!(ins.c()),
                        Some(ins.b()),
                        Some(ins.c())
                    ),
                    Op::PowVK => arith!(
                        ins.a(),
                        ArithOp::Pow,
                        reg!(ins.b()),
                        k[usize::from(ins.c())],
                        Some(ins.b()),
                        None
                    ),
                    Op::PowKV => arith!(
                        ins.a(),
                        ArithOp::Pow,
                        k[usize::from(ins.b())],
                        reg!(ins.c()),
                        None,
                        Some(ins.c())
                    ),
                    Op::Unm => {
                        let value = reg!(ins.d());
                        match value.as_number() {
                            Some(n) => reg!(ins.a()) = Value::number(-n),
                            None => {
                                let dest = base + usize::from(ins.a());
                                slow!(self.unm_slow(value, dest, usize::from(ins.d())));
                            }
                        }
                    }
                    Op::Not => reg!(ins.a()) = Value::boolean(!reg!(ins.d()).is_truthy()),
                    Op::Len => {
                        let value = reg!(ins.d());
                        let dest = base + usize::from(ins.a());
                        slow!(self.len(value, dest, usize::from(ins.d())));
                    }
                    Op::Concat => {
                        save_pc!();
                        let flow = self.concat(
                            base + usize::from(ins.a()),
                            base + usize::from(ins.b()),
                            base + usize::from(ins.c()),
                        );
                        match check!(flow) {
                            Flow::Next => gc_point!(),
                            Flow::Reload => continue 'frame,
                        }
                    }
                    Op::Jmp => pc = (pc as isize + ins.sj() as isize) as usize,
                    Op::EqVV => equal!(reg!(ins.b()), reg!(ins.c()), ins.a()),
                    Op::EqVK => equal!(reg!(ins.b()), k[usize::from(ins.c())], ins.a()),
                    Op::EqVP => equal!(reg!(ins.b()), primitive(u16::from(ins.c())), ins.a()),
                    Op::LtVV => order!(reg!(ins.b()), reg!(ins.c()), false, ins.a()),
                    Op::LtVK => order!(reg!(ins.b()), k[usize::from(ins.c())], false, ins.a()),
                    Op::LtKV => order!(k[usize::from(ins.b())], reg!(ins.c()), false, ins.a()),
                    Op::LeVV => order!(reg!(ins.b()), reg!(ins.c()), true, ins.a()),
                    Op::LeVK => order!(reg!(ins.b()), k[usize::from(ins.c())], true, ins.a()),
                    Op::LeKV => order!(k[usize::from(ins.b())], reg!(ins.c()), true, ins.a()),
                    Op::Test => branch!(reg!(ins.a()).is_truthy() == (ins.d() != 0)),
                    Op::TestSet => {
                        let value = reg!(ins.b());
                        let taken = value.is_truthy() == (ins.c() != 0);
                        if taken {
                            reg!(ins.a()) = value;
                        }
                        branch!(taken);
                    }
                    Op::Call => {
                        let a = base + usize::from(ins.a());
                        let n_args = match ins.b() {
                            0 => self.thread.top - a - 1,
                            b => usize::from(b) - 1,
                        };
                        let wanted = i32::from(ins.c()) - 1;
                        save_pc!();
                        let ret = ReturnTo::Values { dest: a, wanted };
                        if self.push_lua_frame(a, n_args, ret) {
                            entering_call = true;
                            continue 'frame;
                        }
                        match check!(self.precall(a, n_args, ret, true, Some(usize::from(ins.a()))))
                        {
                            Called::Done => {}
                            Called::Lua | Called::Pending => continue 'frame,
                        }
                    }
                    Op::TailCall => {
                        let a = base + usize::from(ins.a());
                        let n_args = match ins.b() {
                            0 => self.thread.top - a - 1,
                            b => usize::from(b) - 1,
                        };
                        save_pc!();
                        let callee = self.thread.stack[a];
                        if callee.as_function().is_none()
                            && self
                                .metamethod(callee, MetaMethod::Call)
                                .as_function()
                                .is_none()
                        {
                            let operand = self.operand(callee, Some(usize::from(ins.a())));
                            return Err(self.runtime_error(RuntimeError::Call(operand)));
                        }
                        self.tail_call(a, n_args)?;
                        continue 'frame;
                    }
                    Op::Return => {
                        let a = base + usize::from(ins.a());
                        let n = match ins.b() {
                            0 => self.thread.top - a,
                            b => usize::from(b) - 1,
                        };
                        // The common return, to a `Call` with no upvalue to
                        // close, is done here; `finish_frame` does the rest.
                        let frame = &self.thread.frames[fi];
                        if let ReturnTo::Values { dest, wanted } = frame.ret {
                            let level = frame.func_slot + 1;
                            let no_open_upvalues = self
                                .thread
                                .open_upvalues
                                .last()
                                .is_none_or(|&(slot, _)| slot < level);
                            if no_open_upvalues && n <= 4 && wanted >= 0 {
                                // `pop`, not `truncate`: the latter runs the
                                // generic slice drop loop.
                                drop(self.thread.frames.pop());
                                let wanted = wanted as usize;
                                let stack = &mut self.thread.stack;
                                for i in 0..wanted {
                                    stack[dest + i] = if i < n { stack[a + i] } else { Value::NIL };
                                }
                                continue 'frame;
                            }
                        }
                        save_pc!();
                        self.finish_frame(a, n)?;
                        continue 'frame;
                    }
                    Op::ForPrep => {
                        let a = base + usize::from(ins.a());
                        let errors = [
                            RuntimeError::ForInit,
                            RuntimeError::ForLimit,
                            RuntimeError::ForStep,
                        ];
                        let mut numbers = [0.0; 3];
                        for (i, err) in errors.into_iter().enumerate() {
                            match self.to_number(self.thread.stack[a + i]) {
                                Some(n) => {
                                    numbers[i] = n;
                                    self.thread.stack[a + i] = Value::number(n);
                                }
                                None => {
                                    save_pc!();
                                    return Err(self.runtime_error(err));
                                }
                            }
                        }
                        let [start, limit, step] = numbers;
                        // LuaJIT checks the condition before the first iteration
                        // instead of pre-subtracting the step.
                        if for_continues(start, limit, step) {
                            self.thread.stack[a + 3] = Value::number(start);
                        } else {
                            pc = (pc as isize + ins.sd() as isize) as usize + 1;
                        }
                    }
                    Op::ForLoop => {
                        let a = base + usize::from(ins.a());
                        let stack = &mut self.thread.stack;
                        let index = stack[a].as_number().unwrap_or(f64::NAN);
                        let limit = stack[a + 1].as_number().unwrap_or(f64::NAN);
                        let step = stack[a + 2].as_number().unwrap_or(f64::NAN);
                        let next = index + step;
                        if for_continues(next, limit, step) {
                            stack[a] = Value::number(next);
                            stack[a + 3] = Value::number(next);
                            pc = (pc as isize + ins.sd() as isize) as usize;
                        }
                    }
                    Op::TForCall => {
                        let a = base + usize::from(ins.a());
                        let stack = &mut self.thread.stack;
                        stack.copy_within(a..a + 3, a + 3);
                        save_pc!();
                        let ret = ReturnTo::Values {
                            dest: a + 3,
                            wanted: i32::from(ins.d()),
                        };
                        match check!(self.precall(a + 3, 2, ret, true, None)) {
                            Called::Done => {}
                            Called::Lua | Called::Pending => continue 'frame,
                        }
                    }
                    Op::TForLoop => {
                        let a = base + usize::from(ins.a());
                        let value = self.thread.stack[a + 1];
                        if !value.is_nil() {
                            self.thread.stack[a] = value;
                            pc = (pc as isize + ins.sd() as isize) as usize;
                        }
                    }
                    Op::Close => self.close_upvalues(base + usize::from(ins.a())),
                    Op::Closure => {
                        let child = proto.protos[usize::from(ins.d())].clone();
                        let (parent_upvalues, env) = match self.heap.function(closure) {
                            Function::Lua(parent) => (parent.upvalues.clone(), parent.env),
                            Function::Native(native) => (Rc::from([]), native.env),
                        };
                        let captured = child
                            .upvalues
                            .iter()
                            .map(|desc| {
                                if desc.in_parent_registers {
                                    self.find_upvalue(base + usize::from(desc.index))
                                } else {
                                    parent_upvalues[usize::from(desc.index)]
                                }
                            })
                            .collect();
                        let function = self.heap.alloc_function(Function::Lua(LuaClosure {
                            proto: child,
                            upvalues: captured,
                            env,
                        }));
                        reg!(ins.a()) = Value::function(function);
                        gc_point!();
                    }
                    Op::VarArg => {
                        let a = base + usize::from(ins.a());
                        let n_varargs = self.thread.frames[fi].n_varargs;
                        let source = base - n_varargs;
                        if ins.b() == 0 {
                            if a + n_varargs + STACK_EXTRA > MAX_STACK {
                                save_pc!();
                                return Err(self.runtime_error(RuntimeError::StackOverflow));
                            }
                            self.ensure_stack(a + n_varargs + STACK_EXTRA);
                            self.thread.stack.copy_within(source..source + n_varargs, a);
                            self.thread.top = a + n_varargs;
                        } else {
                            let wanted = usize::from(ins.b()) - 1;
                            for i in 0..wanted {
                                self.thread.stack[a + i] = if i < n_varargs {
                                    self.thread.stack[source + i]
                                } else {
                                    Value::NIL
                                };
                            }
                        }
                    }
                }
            }
        }
    }

    /// `t[key]` after a raw miss on `t`, whose metatable is `metatable`,
    /// when it needs no Lua call: the value found by following `__index`
    /// tables a few levels (the common method lookup), or nil; `None`
    /// leaves the case to `index_slow`. Kept out of line: the dispatch
    /// loop inlines only the raw hit.
    #[inline(never)]
    fn index_tables(&self, metatable: TableRef, key: Value) -> Option<Value> {
        let mut metatable = metatable;
        for _ in 0..4 {
            let handler = self.metatable_field(metatable, MetaMethod::Index);
            if handler.is_nil() {
                return Some(Value::NIL);
            }
            let table = self.heap.table(handler.as_table()?);
            let value = table.get(key);
            if !value.is_nil() {
                return Some(value);
            }
            let Some(next) = table.metatable else {
                return Some(Value::NIL);
            };
            metatable = next;
        }
        None
    }

    fn index_slow(
        &mut self,
        obj: Value,
        key: Value,
        dest: usize,
        register: Option<usize>,
    ) -> Result<Flow, LuaError> {
        match self.index_step(obj, key) {
            Ok(IndexStep::Value(value)) => {
                self.thread.stack[dest] = value;
                Ok(Flow::Next)
            }
            Ok(IndexStep::Call(handler, target)) => {
                self.call_metamethod(handler, &[target, key], ReturnTo::One(dest))?;
                Ok(Flow::Reload)
            }
            Err(failure) => Err(self.index_error(failure, register, RuntimeError::LoopInGettable)),
        }
    }

    fn new_index_slow(
        &mut self,
        obj: Value,
        key: Value,
        value: Value,
        register: Option<usize>,
    ) -> Result<Flow, LuaError> {
        match self.new_index_step(obj, key, value) {
            Ok(NewIndexStep::Done) => Ok(Flow::Next),
            Ok(NewIndexStep::Call(handler, target)) => {
                self.call_metamethod(handler, &[target, key, value], ReturnTo::Discard)?;
                Ok(Flow::Reload)
            }
            Err(failure) => Err(self.index_error(failure, register, RuntimeError::LoopInSettable)),
        }
    }

    fn index_error(
        &mut self,
        failure: IndexFailure,
        register: Option<usize>,
        loop_error: RuntimeError,
    ) -> LuaError {
        let err = match failure.error {
            IndexError::NotIndexable => {
                let register = if failure.is_operand { register } else { None };
                RuntimeError::Index(self.operand(failure.culprit, register))
            }
            IndexError::Loop => loop_error,
            IndexError::Key(err) => err,
        };
        self.runtime_error(err)
    }

    fn arith_slow(
        &mut self,
        op: ArithOp,
        lhs: Value,
        rhs: Value,
        dest: usize,
        lhs_register: Option<u8>,
        rhs_register: Option<u8>,
    ) -> Result<Flow, LuaError> {
        let x = self.to_number(lhs);
        if let (Some(x), Some(y)) = (x, self.to_number(rhs)) {
            self.thread.stack[dest] = Value::number(op.apply(x, y));
            return Ok(Flow::Next);
        }
        let handler = self.arith_metamethod(lhs, rhs, op.event());
        if handler.is_nil() {
            let (culprit, register) = if x.is_none() {
                (lhs, lhs_register)
            } else {
                (rhs, rhs_register)
            };
            let operand = self.operand(culprit, register.map(usize::from));
            return Err(self.runtime_error(RuntimeError::Arith(operand)));
        }
        self.call_metamethod(handler, &[lhs, rhs], ReturnTo::One(dest))?;
        Ok(Flow::Reload)
    }

    fn unm_slow(&mut self, value: Value, dest: usize, register: usize) -> Result<Flow, LuaError> {
        if let Some(n) = self.to_number(value) {
            self.thread.stack[dest] = Value::number(-n);
            return Ok(Flow::Next);
        }
        let handler = self.metamethod(value, MetaMethod::Unm);
        if handler.is_nil() {
            let operand = self.operand(value, Some(register));
            return Err(self.runtime_error(RuntimeError::Arith(operand)));
        }
        self.call_metamethod(handler, &[value, value], ReturnTo::One(dest))?;
        Ok(Flow::Reload)
    }

    fn len(&mut self, value: Value, dest: usize, register: usize) -> Result<Flow, LuaError> {
        if let Some(s) = value.as_string() {
            self.thread.stack[dest] = Value::number(self.heap.string(s).len() as f64);
            return Ok(Flow::Next);
        }
        if let Some(t) = value.as_table() {
            self.thread.stack[dest] = Value::number(self.heap.table(t).border() as f64);
            return Ok(Flow::Next);
        }
        let handler = self.metamethod(value, MetaMethod::Len);
        if handler.is_nil() {
            let operand = self.operand(value, Some(register));
            return Err(self.runtime_error(RuntimeError::Len(operand)));
        }
        self.call_metamethod(handler, &[value, Value::NIL], ReturnTo::One(dest))?;
        Ok(Flow::Reload)
    }

    /// `<` or `<=` of two values that are not both numbers or both strings:
    /// calls the metamethod (the frame's pc is then adjusted on return) or
    /// raises the comparison error.
    fn compare_slow(&mut self, lhs: Value, rhs: Value, or_equal: bool) -> Result<(), LuaError> {
        let (tl, tr) = (lhs.type_of(), rhs.type_of());
        if tl == tr && tl != Type::Number && tl != Type::String {
            let event = if or_equal {
                MetaMethod::Le
            } else {
                MetaMethod::Lt
            };
            let handler = self.order_metamethod(lhs, rhs, event);
            if !handler.is_nil() {
                return self.call_metamethod(
                    handler,
                    &[lhs, rhs],
                    ReturnTo::Compare { negate: false },
                );
            }
            if or_equal {
                // 5.1: a <= b is not (b < a) when there is no __le.
                let handler = self.order_metamethod(rhs, lhs, MetaMethod::Lt);
                if !handler.is_nil() {
                    return self.call_metamethod(
                        handler,
                        &[rhs, lhs],
                        ReturnTo::Compare { negate: true },
                    );
                }
            }
        }
        let err = if tl == tr {
            RuntimeError::CompareSame(tl.name())
        } else {
            RuntimeError::Compare(tl.name(), tr.name())
        };
        Err(self.runtime_error(err))
    }

    /// `R(dest) := R(first) .. ... .. R(last)` (absolute slots), working
    /// leftwards from `last` as Lua 5.1's `luaV_concat` does; intermediate
    /// results are kept in the operand slots, so a `__concat` call can
    /// resume the operation through `ReturnTo::Concat`.
    fn concat(&mut self, dest: usize, first: usize, mut last: usize) -> Result<Flow, LuaError> {
        let is_text = |value: Value| matches!(value.type_of(), Type::String | Type::Number);
        while last > first {
            let right = self.thread.stack[last];
            let left = self.thread.stack[last - 1];
            if is_text(left) && is_text(right) {
                let mut start = last - 1;
                while start > first && is_text(self.thread.stack[start - 1]) {
                    start -= 1;
                }
                let mut bytes = Vec::new();
                for slot in start..=last {
                    let value = self.thread.stack[slot];
                    if let Some(s) = value.as_string() {
                        bytes.extend_from_slice(self.heap.string(s).as_bytes());
                    } else if let Some(n) = value.as_number() {
                        bytes.extend_from_slice(crate::number::format(n).as_bytes());
                    }
                }
                self.thread.stack[start] = self.new_string(&bytes);
                last = start;
            } else {
                let handler = self.arith_metamethod(left, right, MetaMethod::Concat);
                if handler.is_nil() {
                    let (culprit, slot) = if is_text(left) {
                        (right, last)
                    } else {
                        (left, last - 1)
                    };
                    let base = self.thread.frames.last().map_or(0, |frame| frame.base);
                    let operand = self.operand(culprit, slot.checked_sub(base));
                    return Err(self.runtime_error(RuntimeError::Concat(operand)));
                }
                self.call_metamethod(handler, &[left, right], ReturnTo::Concat { slot: last - 1 })?;
                return Ok(Flow::Reload);
            }
        }
        self.thread.stack[dest] = self.thread.stack[first];
        Ok(Flow::Next)
    }
}

/// The numeric `for` condition: `index <= limit` for a non-negative step,
/// `index >= limit` otherwise.
#[inline]
fn for_continues(index: f64, limit: f64, step: f64) -> bool {
    if step >= 0.0 {
        index <= limit
    } else {
        index >= limit
    }
}

/// The primitive operand: 0 nil, 1 false, 2 true.
#[inline]
fn primitive(d: u16) -> Value {
    match d {
        1 => Value::FALSE,
        2 => Value::TRUE,
        _ => Value::NIL,
    }
}
