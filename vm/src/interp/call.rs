//! Calls, returns, tail calls, upvalue closing and error unwinding. Lua
//! calls only push and pop frames; natives run from here or from the
//! driver loop in `interp::execute`, never nested on the Rust stack.

use crate::error::{LuaError, RuntimeError};
use crate::function::{Function, Upvalue};
use crate::gc::{FunctionRef, ThreadRef, UpvalueRef};
use crate::meta::MetaMethod;
use crate::native::{Completion, Ctx, Outcome, Resume};
use crate::state::{Vm, MAX_STACK, STACK_EXTRA};
use crate::thread::{CallFrame, Protect, ReturnTo, Status};
use crate::value::Value;

/// How far `Vm::precall` got.
pub(crate) enum Called {
    /// A Lua frame was pushed; the driver runs it.
    Lua,
    /// A native ran to completion; its results are delivered.
    Done,
    /// A native frame waits for the driver (to start, or to continue
    /// after a call it made).
    Pending,
}

impl Vm {
    /// Starts calling the value in `func_slot` with the `n_args` values
    /// above it. `run_native` runs a native at once (only from places that
    /// are not themselves inside a native, so Rust never nests natives);
    /// `callee_register` names the function in "attempt to call" errors.
    pub(crate) fn precall(
        &mut self,
        func_slot: usize,
        mut n_args: usize,
        ret: ReturnTo,
        run_native: bool,
        callee_register: Option<usize>,
    ) -> Result<Called, LuaError> {
        let mut callee = self.thread.stack[func_slot];
        if callee.as_function().is_none() {
            let handler = self.metamethod(callee, MetaMethod::Call);
            if handler.as_function().is_none() {
                let operand = self.operand(callee, callee_register);
                return Err(self.runtime_error(RuntimeError::Call(operand)));
            }
            self.ensure_stack(func_slot + n_args + 2 + STACK_EXTRA);
            self.thread
                .stack
                .copy_within(func_slot..func_slot + n_args + 1, func_slot + 1);
            self.thread.stack[func_slot] = handler;
            n_args += 1;
            callee = handler;
        }
        let function = callee.as_function().expect("callee is a function");
        match self.heap.function(function) {
            Function::Lua(closure) => {
                let proto = closure.proto.clone();
                let num_params = proto.num_params;
                let (base, n_varargs) = if proto.is_vararg {
                    (func_slot + 1 + n_args, n_args.saturating_sub(num_params))
                } else {
                    (func_slot + 1, 0)
                };
                let frame_top = base + proto.max_stack;
                if frame_top + STACK_EXTRA > MAX_STACK {
                    return Err(self.runtime_error(RuntimeError::StackOverflow));
                }
                self.ensure_stack(frame_top + STACK_EXTRA);
                let stack = &mut self.thread.stack;
                if proto.is_vararg {
                    for i in 0..num_params {
                        stack[base + i] = if i < n_args {
                            stack[func_slot + 1 + i]
                        } else {
                            Value::NIL
                        };
                    }
                    stack[base + num_params..frame_top].fill(Value::NIL);
                } else {
                    stack[func_slot + 1 + n_args.min(num_params)..frame_top].fill(Value::NIL);
                }
                self.thread.reserve_frame();
                self.thread.frames.push(CallFrame {
                    function,
                    proto: Some(proto),
                    func_slot,
                    base,
                    pc: 0,
                    n_varargs,
                    n_args,
                    ret,
                    cont: None,
                    protect: Protect::None,
                    pending: None,
                });
                Ok(Called::Lua)
            }
            Function::Native(native) => {
                let func = native.func;
                if func_slot + n_args + 1 + STACK_EXTRA > MAX_STACK
                    || self.thread.frames.len() >= MAX_STACK
                {
                    return Err(self.runtime_error(RuntimeError::StackOverflow));
                }
                self.thread.reserve_frame();
                self.thread.frames.push(CallFrame {
                    function,
                    proto: None,
                    func_slot,
                    base: func_slot + 1,
                    pc: 0,
                    n_varargs: 0,
                    n_args,
                    ret,
                    cont: None,
                    protect: Protect::None,
                    pending: (!run_native).then_some(Resume::Start),
                });
                self.thread.top = func_slot + 1 + n_args;
                if !run_native {
                    return Ok(Called::Pending);
                }
                let result = func(&mut Ctx::new(self, func_slot + 1, n_args));
                self.native_outcome(result)
            }
        }
    }

    /// The fast path of `precall` for the common case, a Lua function
    /// without varargs that fits the stack: pushes its frame and returns
    /// true, or returns false and leaves everything to `precall`.
    #[inline]
    pub(crate) fn push_lua_frame(
        &mut self,
        func_slot: usize,
        n_args: usize,
        ret: ReturnTo,
    ) -> bool {
        let Some(function) = self.thread.stack[func_slot].as_function() else {
            return false;
        };
        let Function::Lua(closure) = self.heap.function(function) else {
            return false;
        };
        let proto = &closure.proto;
        let base = func_slot + 1;
        let frame_top = base + proto.max_stack;
        if proto.is_vararg || frame_top + STACK_EXTRA > MAX_STACK {
            return false;
        }
        let proto = proto.clone();
        self.ensure_stack(frame_top + STACK_EXTRA);
        self.thread.stack[base + n_args.min(proto.num_params)..frame_top].fill(Value::NIL);
        // Filled in place: building the frame on the Rust stack and moving
        // it costs a store-forwarding stall per call.
        self.thread.reserve_frame();
        self.thread.frames.push(CallFrame::EMPTY);
        let frame = self.thread.frames.last_mut().expect("just pushed");
        frame.function = function;
        frame.proto = Some(proto);
        frame.func_slot = func_slot;
        frame.base = base;
        frame.n_args = n_args;
        frame.ret = ret;
        true
    }

    /// Acts on what a native returned.
    pub(crate) fn native_outcome(
        &mut self,
        result: Result<Outcome, LuaError>,
    ) -> Result<Called, LuaError> {
        match result? {
            Outcome::Return(n) => {
                let top = self.thread.top;
                self.finish_frame(top - n, n)?;
                self.check_gc();
                Ok(Called::Done)
            }
            Outcome::Resume {
                thread,
                first,
                cont,
            } => {
                let frame = self.thread.frames.last_mut().expect("a native frame");
                frame.cont = Some(cont);
                let first = frame.base + first;
                self.resume(thread, first)?;
                Ok(Called::Pending)
            }
            Outcome::Yield { first } => {
                let base = self.thread.frames.last().expect("a native frame").base;
                self.yield_values(base + first)?;
                Ok(Called::Pending)
            }
            Outcome::Suspend(request) => {
                self.suspend_to_host(request)?;
                Ok(Called::Pending)
            }
            Outcome::Call {
                func,
                cont,
                protect,
            } => {
                let frame = self.thread.frames.last_mut().expect("a native frame");
                frame.cont = Some(cont);
                frame.protect = match protect {
                    Protect::Handler(index) => Protect::Handler(frame.base + index),
                    protect => protect,
                };
                let func_slot = frame.base + func;
                let n_args = self.thread.top - func_slot - 1;
                self.precall(func_slot, n_args, ReturnTo::Native, false, None)?;
                Ok(Called::Pending)
            }
        }
    }

    /// Runs the work the top (native) frame is owed: its start, or its
    /// continuation after the call it made.
    pub(crate) fn step_native(&mut self) -> Result<(), LuaError> {
        let frame = self.thread.frames.last_mut().expect("a native frame");
        let resume = frame
            .pending
            .take()
            .expect("a native frame on top always has pending work");
        frame.protect = Protect::None;
        let (base, n_args, function) = (frame.base, frame.n_args, frame.function);
        let result = match resume {
            Resume::Start => {
                let Function::Native(native) = self.heap.function(function) else {
                    unreachable!("native frames run native functions");
                };
                let func = native.func;
                func(&mut Ctx::new(self, base, n_args))
            }
            Resume::Continue(completion) => {
                let cont = self
                    .thread
                    .frames
                    .last_mut()
                    .and_then(|frame| frame.cont.take())
                    .expect("a continuation for a finished call");
                cont(&mut Ctx::new(self, base, n_args), completion)
            }
        };
        self.native_outcome(result).map(|_| ())
    }

    /// Pops the top frame and delivers its `n` results, which start at
    /// slot `first`, as its `ReturnTo` says.
    pub(crate) fn finish_frame(&mut self, first: usize, n: usize) -> Result<(), LuaError> {
        // Read field by field and dropped in place, not moved out whole
        // (see `push_lua_frame`).
        let frame = self.thread.frames.last().expect("a frame to return from");
        let (is_lua, func_slot, ret) = (frame.proto.is_some(), frame.func_slot, frame.ret);
        drop(self.thread.frames.pop());
        if is_lua {
            self.close_upvalues(func_slot + 1);
        }
        let first_value = if n > 0 {
            self.thread.stack[first]
        } else {
            Value::NIL
        };
        match ret {
            ReturnTo::Values { dest, wanted } => {
                let stack = &mut self.thread.stack;
                // Results move down (`dest < first`); a short loop beats
                // a `memmove` call for the usual one or two values.
                let copied = if wanted < 0 {
                    n
                } else {
                    n.min(wanted as usize)
                };
                if copied <= 4 {
                    for i in 0..copied {
                        stack[dest + i] = stack[first + i];
                    }
                } else {
                    stack.copy_within(first..first + copied, dest);
                }
                if wanted < 0 {
                    self.thread.top = dest + n;
                } else {
                    stack[dest + copied..dest + wanted as usize].fill(Value::NIL);
                }
            }
            ReturnTo::One(slot) => self.thread.stack[slot] = first_value,
            ReturnTo::Discard => {}
            ReturnTo::Compare { negate } => {
                let caller = self.thread.frames.last_mut().expect("a Lua caller");
                let proto = caller.proto.as_ref().expect("a Lua caller");
                let expected = proto.code[caller.pc - 1].a() != 0;
                if (first_value.is_truthy() != negate) != expected {
                    caller.pc += 1;
                }
            }
            ReturnTo::Concat { slot } => {
                self.thread.stack[slot] = first_value;
                let caller = self.thread.frames.last().expect("a Lua caller");
                let proto = caller.proto.as_ref().expect("a Lua caller");
                let ins = proto.code[caller.pc - 1];
                let base = caller.base;
                self.concat(
                    base + usize::from(ins.a()),
                    base + usize::from(ins.b()),
                    slot,
                )?;
            }
            ReturnTo::Native => {
                let dest = func_slot;
                self.thread.stack.copy_within(first..first + n, dest);
                self.thread.top = dest + n;
                let caller = self.thread.frames.last_mut().expect("a native caller");
                caller.pending = Some(Resume::Continue(Completion::Returned));
            }
            ReturnTo::Host => {
                self.host_results.clear();
                self.host_results
                    .extend_from_slice(&self.thread.stack[first..first + n]);
            }
            ReturnTo::ErrorHandler { frame } => self.deliver_error(frame, first_value),
            ReturnTo::CoroutineEnd => {
                self.with_transferred(first..first + n, |vm, values| {
                    vm.end_coroutine(true, values)
                });
            }
        }
        Ok(())
    }

    /// `return f(args)` from the top Lua frame: the callee replaces the
    /// frame, so tail recursion runs in constant space.
    pub(crate) fn tail_call(
        &mut self,
        func_slot: usize,
        n_args: usize,
    ) -> Result<Called, LuaError> {
        let frame = self.thread.frames.pop().expect("a Lua frame");
        self.close_upvalues(frame.func_slot + 1);
        let dest = frame.func_slot;
        self.thread
            .stack
            .copy_within(func_slot..func_slot + n_args + 1, dest);
        self.precall(dest, n_args, frame.ret, true, None)
    }

    /// Calls a metamethod above the running frame's registers.
    pub(crate) fn call_metamethod(
        &mut self,
        handler: Value,
        args: &[Value],
        ret: ReturnTo,
    ) -> Result<(), LuaError> {
        let slot = self.call_top();
        self.ensure_stack(slot + args.len() + 1 + STACK_EXTRA);
        self.thread.stack[slot] = handler;
        self.thread.stack[slot + 1..slot + 1 + args.len()].copy_from_slice(args);
        self.thread.top = slot + 1 + args.len();
        self.precall(slot, args.len(), ret, true, None)?;
        Ok(())
    }

    /// The upvalue for stack slot `slot`, shared with any closure that
    /// already captured it.
    pub(crate) fn find_upvalue(&mut self, slot: usize) -> UpvalueRef {
        let list = &self.thread.open_upvalues;
        let mut pos = list.len();
        while pos > 0 && list[pos - 1].0 >= slot {
            if list[pos - 1].0 == slot {
                return list[pos - 1].1;
            }
            pos -= 1;
        }
        let upvalue = self.heap.alloc_upvalue(Upvalue::Open(self.current, slot));
        self.thread.open_upvalues.insert(pos, (slot, upvalue));
        upvalue
    }

    /// Closes every open upvalue at or above `level`.
    pub(crate) fn close_upvalues(&mut self, level: usize) {
        while let Some(&(slot, upvalue)) = self.thread.open_upvalues.last() {
            if slot < level {
                break;
            }
            let value = self.thread.stack[slot];
            self.heap.set_upvalue(upvalue, Upvalue::Closed(value));
            self.thread.open_upvalues.pop();
        }
    }

    /// Reads upvalue `index` of the Lua closure `closure`.
    #[inline(always)]
    pub(crate) fn upvalue_get(&self, closure: FunctionRef, index: usize) -> Value {
        let Function::Lua(closure) = self.heap.function(closure) else {
            return Value::NIL;
        };
        self.upvalue_value(closure.upvalues[index])
    }

    /// Writes upvalue `index` of the Lua closure `closure`.
    #[inline]
    pub(crate) fn upvalue_set(&mut self, closure: FunctionRef, index: usize, value: Value) {
        let Function::Lua(closure) = self.heap.function(closure) else {
            return;
        };
        let upvalue = closure.upvalues[index];
        self.set_upvalue_value(upvalue, value);
    }

    /// The value of an upvalue cell: a stack slot while open, its own
    /// value once closed.
    #[inline(always)]
    pub(crate) fn upvalue_value(&self, upvalue: UpvalueRef) -> Value {
        match self.heap.upvalue(upvalue) {
            Upvalue::Open(thread, slot) if thread == self.current => self.thread.stack[slot],
            Upvalue::Open(thread, slot) => self.heap.thread(thread).state.stack[slot],
            Upvalue::Closed(value) => value,
        }
    }

    /// Writes an upvalue cell (see `upvalue_value`).
    #[inline]
    pub(crate) fn set_upvalue_value(&mut self, upvalue: UpvalueRef, value: Value) {
        match self.heap.upvalue(upvalue) {
            Upvalue::Open(thread, slot) if thread == self.current => {
                self.thread.stack[slot] = value
            }
            Upvalue::Open(thread, slot) => self.heap.thread_mut(thread).state.stack[slot] = value,
            Upvalue::Closed(_) => self.heap.set_upvalue(upvalue, Upvalue::Closed(value)),
        }
    }

    /// Unwinds to the nearest protected frame above `stop_depth` and hands
    /// it the error; returns the error (with message and traceback filled)
    /// when nothing catches it.
    pub(crate) fn throw(&mut self, err: LuaError, stop_depth: usize) -> Result<(), LuaError> {
        let value = err.value;
        // Only the host's own thread has frames below `stop_depth` that
        // belong to someone else; a coroutine's frames are all its own.
        let stop_depth = if self.current == self.main_thread {
            stop_depth
        } else {
            0
        };
        let mut index = self.thread.frames.len();
        while index > stop_depth {
            index -= 1;
            let frame = &self.thread.frames[index];
            if let ReturnTo::ErrorHandler { frame: protected } = frame.ret {
                let message =
                    self.new_string(RuntimeError::ErrorInErrorHandling.to_string().as_bytes());
                self.deliver_error(protected, message);
                return Ok(());
            }
            match frame.protect {
                Protect::None => {}
                Protect::Catch => {
                    self.deliver_error(index, value);
                    return Ok(());
                }
                Protect::Handler(slot) => {
                    let handler = self.thread.stack[slot];
                    let ret = ReturnTo::ErrorHandler { frame: index };
                    if self.call_metamethod_deferred(handler, value, ret).is_err() {
                        let message = self
                            .new_string(RuntimeError::ErrorInErrorHandling.to_string().as_bytes());
                        self.deliver_error(index, message);
                    }
                    return Ok(());
                }
            }
        }
        if self.current != self.main_thread {
            // Nothing in the coroutine catches it: the coroutine dies and
            // its resumer gets `false, value` (the host gets the traceback
            // too, taken before the thread's frames go).
            if self.heap.thread(self.current).host_root {
                self.host_traceback = self.traceback();
            }
            self.end_coroutine(false, &[value]);
            return Ok(());
        }
        let mut err = err;
        err.message = self.error_text(value);
        err.traceback = if value.as_string().is_some() || value.as_number().is_some() {
            self.traceback()
        } else {
            String::new()
        };
        if let Some(frame) = self.thread.frames.get(stop_depth) {
            self.close_upvalues(frame.func_slot);
        }
        self.thread.frames.truncate(stop_depth);
        Err(err)
    }

    fn call_metamethod_deferred(
        &mut self,
        handler: Value,
        arg: Value,
        ret: ReturnTo,
    ) -> Result<(), LuaError> {
        let slot = self.call_top().max(self.thread.top);
        self.ensure_stack(slot + 2 + STACK_EXTRA);
        self.thread.stack[slot] = handler;
        self.thread.stack[slot + 1] = arg;
        self.thread.top = slot + 2;
        self.precall(slot, 1, ret, false, None)?;
        Ok(())
    }

    /// Makes `target` the running thread, parking the current state in
    /// the current thread's object.
    pub(crate) fn switch_to(&mut self, target: ThreadRef) {
        let current = self.current;
        std::mem::swap(&mut self.thread, &mut self.heap.thread_mut(current).state);
        std::mem::swap(&mut self.thread, &mut self.heap.thread_mut(target).state);
        self.current = target;
    }

    /// `coroutine.resume`: moves the values from slot `first` up to the
    /// top into `thread` and runs it. The caller (a native frame) is
    /// continued when the thread yields, returns or dies.
    pub(crate) fn resume(&mut self, thread: ThreadRef, first: usize) -> Result<(), LuaError> {
        self.with_transferred(first..self.thread.top, |vm, values| {
            vm.resume_with(thread, values)
        })
    }

    /// Runs `f` with the values of the stack slots `range`, copied into a
    /// reused buffer so they can cross to another thread: a resume/yield
    /// round trip allocates nothing.
    fn with_transferred<R>(
        &mut self,
        range: std::ops::Range<usize>,
        f: impl FnOnce(&mut Self, &[Value]) -> R,
    ) -> R {
        let mut values = std::mem::take(&mut self.transfer);
        values.clear();
        values.extend_from_slice(&self.thread.stack[range]);
        let result = f(self, &values);
        self.transfer = values;
        result
    }

    fn resume_with(&mut self, thread: ThreadRef, values: &[Value]) -> Result<(), LuaError> {
        let base = self.thread.frames.last().expect("the resume frame").base;
        self.thread.top = base;
        let status = self.heap.thread(thread).status;
        if status != Status::Suspended {
            let message = if status == Status::Dead {
                "cannot resume dead coroutine"
            } else {
                "cannot resume running coroutine"
            };
            let message = self.new_string(message.as_bytes());
            self.deliver_resume(false, &[message]);
            return Ok(());
        }
        let resumer = self.current;
        self.heap.thread_mut(resumer).status = Status::Normal;
        let coroutine = self.heap.thread_mut(thread);
        coroutine.status = Status::Running;
        coroutine.resumer = Some(resumer);
        self.switch_to(thread);
        self.enter_thread(values)
    }

    /// Runs the thread just switched to with `values`: as the arguments of
    /// its body on the first resume, otherwise as the results of the native
    /// frame it waits in (`yield`, or a suspension to the host).
    pub(crate) fn enter_thread(&mut self, values: &[Value]) -> Result<(), LuaError> {
        let top = self.thread.top;
        self.ensure_stack(top + values.len() + STACK_EXTRA);
        self.thread.stack[top..top + values.len()].copy_from_slice(values);
        self.thread.top = top + values.len();
        if self.thread.frames.is_empty() {
            // First resume: slot 0 holds the body.
            self.precall(0, values.len(), ReturnTo::CoroutineEnd, false, None)?;
        } else {
            self.finish_frame(top, values.len())?;
        }
        Ok(())
    }

    /// `coroutine.yield`: hands the values from slot `first` up to the top
    /// to the resumer; the yield frame stays until the next resume.
    pub(crate) fn yield_values(&mut self, first: usize) -> Result<(), LuaError> {
        if self.heap.thread(self.current).host_root {
            let values = self.thread.stack[first..self.thread.top].to_vec();
            self.thread.top = first;
            self.exit_to_host(Status::Suspended, crate::host::HostExit::Yielded(values));
            return Ok(());
        }
        let Some(resumer) = self.heap.thread(self.current).resumer else {
            let message = RuntimeError::YieldOutside.to_string();
            return Err(self.located_error(message.as_bytes(), 1));
        };
        self.with_transferred(first..self.thread.top, |vm, values| {
            let current = vm.current;
            let coroutine = vm.heap.thread_mut(current);
            coroutine.status = Status::Suspended;
            coroutine.resumer = None;
            vm.thread.top = first;
            vm.heap.thread_mut(resumer).status = Status::Running;
            vm.switch_to(resumer);
            vm.deliver_resume(true, values);
        });
        Ok(())
    }

    /// The running coroutine finished (`ok`) or died: back to its resumer.
    fn end_coroutine(&mut self, ok: bool, values: &[Value]) {
        let current = self.current;
        self.close_upvalues(0);
        self.thread = Default::default();
        if self.heap.thread(current).host_root {
            let exit = if ok {
                crate::host::HostExit::Finished(values.to_vec())
            } else {
                crate::host::HostExit::Failed(values.first().copied().unwrap_or(Value::NIL))
            };
            self.exit_to_host(Status::Dead, exit);
            return;
        }
        let coroutine = self.heap.thread_mut(current);
        coroutine.status = Status::Dead;
        let resumer = coroutine.resumer.take().expect("a coroutine has a resumer");
        self.heap.thread_mut(resumer).status = Status::Running;
        self.switch_to(resumer);
        self.deliver_resume(ok, values);
    }

    /// Gives the resume frame on top its results: `ok, values...`.
    fn deliver_resume(&mut self, ok: bool, values: &[Value]) {
        let frame = self.thread.frames.last_mut().expect("the resume frame");
        frame.pending = Some(Resume::Continue(Completion::Returned));
        let base = frame.base;
        self.ensure_stack(base + values.len() + 1 + STACK_EXTRA);
        self.thread.stack[base] = Value::boolean(ok);
        self.thread.stack[base + 1..base + 1 + values.len()].copy_from_slice(values);
        self.thread.top = base + 1 + values.len();
    }

    /// Unwinds to the native frame at `index` and resumes it with a failure.
    fn deliver_error(&mut self, index: usize, value: Value) {
        let child_slot = self
            .thread
            .frames
            .get(index + 1)
            .map(|frame| frame.func_slot);
        let base = self.thread.frames[index].base;
        self.close_upvalues(base);
        self.thread.frames.truncate(index + 1);
        if let Some(slot) = child_slot {
            self.thread.top = slot;
        }
        let frame = &mut self.thread.frames[index];
        frame.protect = Protect::None;
        frame.pending = Some(Resume::Continue(Completion::Failed(value)));
    }

    /// The text the CLI prints for an uncaught error value.
    pub(crate) fn error_text(&self, value: Value) -> String {
        match self.to_bytes(value) {
            Some(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
            None => "(error object is not a string)".to_string(),
        }
    }
}
