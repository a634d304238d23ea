//! Suspending to the host: how an embedder runs a Lua thread and gets back
//! control whenever the thread yields at its root, ends, fails, or a native
//! function anywhere inside it asks for something only the host can give
//! (a timer, a socket read). This is what the OpenResty scheduler is built
//! on: `ngx.sleep` is a native returning `Outcome::Suspend(request)`.
//!
//! A thread the host resumes with `resume_thread` is a *host root*. Inside
//! it Lua code may resume its own coroutines, call pcall, metamethods and
//! so on, to any depth. When a native in that chain returns
//! `Outcome::Suspend`, the whole chain stops where it is (no Rust stack is
//! held: every frame lives in the threads' own stacks) and `resume_thread`
//! returns `Suspended(request)`. The host later calls `resume_suspended`
//! with the values that become that native's results, or with an error
//! raised at that point, and the chain runs on. `kill_thread` ends a
//! suspended or yielded thread and every coroutine of its chain.
//!
//! `tests/tests/host.rs` builds a small scheduler on this API alone (a
//! `sleep(n)` native, a run queue, several threads sleeping from inside
//! coroutines, pcalls and metamethods).
//!
//! Host roots stay referenced from the registry while they can still run,
//! so the host may keep just the `ThreadRef`.

use std::any::Any;

use crate::error::LuaError;
use crate::gc::ThreadRef;
use crate::state::Vm;
use crate::thread::Status;
use crate::value::Value;

/// What running a host root gave back.
pub enum ThreadOutcome {
    /// The thread's body returned these values; the thread is dead.
    Finished(Vec<Value>),
    /// The thread yielded these values at its root (`coroutine.yield`).
    Yielded(Vec<Value>),
    /// A native in the thread's chain asked the host for something.
    Suspended(Box<dyn Any>),
    /// The thread died of this error (message and traceback filled).
    Error(LuaError),
}

/// Why the driver loop returns to the host.
pub(crate) enum HostExit {
    Yielded(Vec<Value>),
    Finished(Vec<Value>),
    Failed(Value),
    Suspended(Box<dyn Any>),
}

impl Vm {
    /// Starts or continues `thread` (a coroutine from `new_thread`, or one
    /// that yielded to the host) with `args`, and runs it until it yields
    /// at its root, ends, fails or suspends to the host.
    pub fn resume_thread(&mut self, thread: ThreadRef, args: &[Value]) -> ThreadOutcome {
        if let Some(refused) = self.refuse_host_resume(thread) {
            return refused;
        }
        let coroutine = self.heap.thread_mut(thread);
        coroutine.status = Status::Running;
        coroutine.resumer = None;
        coroutine.host_root = true;
        self.root_host_thread(thread, true);
        self.switch_to(thread);
        let entered = self.enter_thread(args);
        self.drive_host(entered)
    }

    /// Continues a thread that suspended to the host: `Ok(values)` become
    /// the results of the native that suspended, `Err(value)` is raised
    /// there as an error.
    pub fn resume_suspended(
        &mut self,
        thread: ThreadRef,
        result: Result<Vec<Value>, Value>,
    ) -> ThreadOutcome {
        if self.current != self.main_thread {
            return self.host_error("resume_suspended called from inside Lua");
        }
        let Some(leaf) = self.heap.thread_mut(thread).suspended_leaf.take() else {
            return self.host_error("the thread is not suspended to the host");
        };
        self.switch_to(leaf);
        let entered = match result {
            Ok(values) => self.enter_thread(&values),
            Err(value) => Err(LuaError::new(value)),
        };
        self.drive_host(entered)
    }

    /// Ends a host root that yielded or suspended, and every coroutine of
    /// its chain: they become dead and their open upvalues are closed.
    pub fn kill_thread(&mut self, thread: ThreadRef) {
        let mut next = self.heap.thread_mut(thread).suspended_leaf.take();
        while let Some(leaf) = next.filter(|&leaf| leaf != thread) {
            next = self.heap.thread(leaf).resumer;
            self.end_parked_thread(leaf);
        }
        self.end_parked_thread(thread);
        self.heap.thread_mut(thread).host_root = false;
        self.root_host_thread(thread, false);
    }

    /// Closes the upvalues of a thread that is not running and marks it dead.
    fn end_parked_thread(&mut self, thread: ThreadRef) {
        if thread == self.current || self.heap.thread(thread).status == Status::Dead {
            return;
        }
        self.switch_to(thread);
        self.close_upvalues(0);
        self.thread = Default::default();
        self.switch_to(self.main_thread);
        let coroutine = self.heap.thread_mut(thread);
        coroutine.status = Status::Dead;
        coroutine.resumer = None;
    }

    /// The outcome when `thread` cannot be resumed by the host right now.
    fn refuse_host_resume(&mut self, thread: ThreadRef) -> Option<ThreadOutcome> {
        if self.current != self.main_thread {
            return Some(self.host_error("resume_thread called from inside Lua"));
        }
        let coroutine = self.heap.thread(thread);
        if coroutine.suspended_leaf.is_some() {
            return Some(self.host_error("the thread waits for resume_suspended"));
        }
        match coroutine.status {
            Status::Suspended => None,
            Status::Dead => Some(self.host_error("cannot resume dead coroutine")),
            _ => Some(self.host_error("cannot resume running coroutine")),
        }
    }

    fn host_error(&mut self, message: &str) -> ThreadOutcome {
        let value = self.new_string(message.as_bytes());
        let mut error = LuaError::new(value);
        error.message = message.to_string();
        ThreadOutcome::Error(error)
    }

    /// Keeps a host root alive from the registry while it can still run.
    fn root_host_thread(&mut self, thread: ThreadRef, keep: bool) {
        let registry = self.registry;
        let value = if keep {
            Value::boolean(true)
        } else {
            Value::NIL
        };
        let _ = self
            .heap
            .table_mut(registry)
            .set(Value::thread(thread), value);
    }

    /// `coroutine.yield` at a host root, or its end: parks the thread with
    /// `status` and tells the driver to return `exit` to the host.
    pub(crate) fn exit_to_host(&mut self, status: Status, exit: HostExit) {
        let current = self.current;
        self.heap.thread_mut(current).status = status;
        self.switch_to(self.main_thread);
        self.host_exit = Some(exit);
    }

    /// `Outcome::Suspend`: parks the chain from the running thread up to
    /// its host root, which remembers where to deliver the host's answer.
    pub(crate) fn suspend_to_host(&mut self, request: Box<dyn Any>) -> Result<(), LuaError> {
        let leaf = self.current;
        let mut root = leaf;
        while !self.heap.thread(root).host_root {
            match self.heap.thread(root).resumer {
                Some(resumer) => root = resumer,
                None => {
                    let message = b"attempt to suspend outside a thread the host runs";
                    return Err(self.located_error(message, 1));
                }
            }
        }
        self.heap.thread_mut(root).suspended_leaf = Some(leaf);
        self.switch_to(self.main_thread);
        self.host_exit = Some(HostExit::Suspended(request));
        Ok(())
    }

    /// Runs the host root until it hands control back to the host.
    fn drive_host(&mut self, entered: Result<(), LuaError>) -> ThreadOutcome {
        let stop_depth = self.heap.thread(self.main_thread).state.frames.len();
        let mut step = entered;
        loop {
            if let Err(err) = step {
                if let Err(err) = self.throw(err, stop_depth) {
                    return ThreadOutcome::Error(err);
                }
            }
            if let Some(exit) = self.host_exit.take() {
                return self.host_outcome(exit);
            }
            step = self.step(stop_depth);
        }
    }

    fn host_outcome(&mut self, exit: HostExit) -> ThreadOutcome {
        match exit {
            HostExit::Yielded(values) => ThreadOutcome::Yielded(values),
            HostExit::Suspended(request) => ThreadOutcome::Suspended(request),
            HostExit::Finished(values) => ThreadOutcome::Finished(values),
            HostExit::Failed(value) => {
                let mut error = LuaError::new(value);
                error.message = self.error_text(value);
                error.traceback = std::mem::take(&mut self.host_traceback);
                ThreadOutcome::Error(error)
            }
        }
    }
}
