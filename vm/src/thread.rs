//! One thread's execution state (the value stack, the call-frame stack and
//! the open upvalues) and the coroutine object that keeps it while the
//! thread is not running; `Vm` swaps states in and out on resume/yield.
//!
//! Invariants:
//! - Every slot of `stack` is a GC root; slots above the live top are set
//!   to nil before a collection, so they keep nothing alive.
//! - `open_upvalues` is sorted by stack slot, ascending, and holds at most
//!   one upvalue per slot.

use std::rc::Rc;

use crate::function::Prototype;
use crate::gc::{FunctionRef, ThreadRef, UpvalueRef};
use crate::native::{Continuation, Resume};
use crate::value::Value;

/// Where the results of a finished frame go.
#[derive(Clone, Copy, Debug)]
pub(crate) enum ReturnTo {
    /// A `Call`: results to `dest..`, `wanted` of them (negative: all, and
    /// set the top).
    Values { dest: usize, wanted: i32 },
    /// A metamethod producing one value into a slot.
    One(usize),
    /// A metamethod whose results are dropped (`__newindex`).
    Discard,
    /// A comparison metamethod: its truth (flipped if `negate`) decides the
    /// jump after the caller's comparison instruction.
    Compare { negate: bool },
    /// A `__concat` step: the result goes to `slot`, then the caller's
    /// `Concat` continues leftwards from there.
    Concat { slot: usize },
    /// A call made by a native function: results to the frame's function
    /// slot, then the native's continuation runs.
    Native,
    /// The call the host made with `Vm::call`.
    Host,
    /// The body of a coroutine: its results go back to the resumer.
    CoroutineEnd,
    /// An `xpcall` message handler; its result finishes the protected call
    /// of the frame at index `frame`.
    ErrorHandler { frame: usize },
}

/// How a native frame protects the call it makes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Protect {
    /// Errors pass through.
    None,
    /// Errors are caught and handed to the continuation (`pcall`).
    Catch,
    /// Errors first go through the handler at this index (`xpcall`):
    /// relative to the native's first argument in `Outcome::Call`, an
    /// absolute stack slot once stored in the frame.
    Handler(usize),
}

/// One activation record.
pub(crate) struct CallFrame {
    /// The function running.
    pub function: FunctionRef,
    /// Its prototype, for Lua functions.
    pub proto: Option<Rc<Prototype>>,
    /// The slot of the function value.
    pub func_slot: usize,
    /// Register 0 (Lua) or the first argument (native).
    pub base: usize,
    /// Lua: the next instruction.
    pub pc: usize,
    /// Lua vararg functions: how many extra arguments sit below `base`.
    pub n_varargs: usize,
    /// Native: the number of arguments it was called with.
    pub n_args: usize,
    /// Where the results go.
    pub ret: ReturnTo,
    /// Native: what runs when the call it made finishes.
    pub cont: Option<Continuation>,
    /// Native: how errors in the call it made are handled.
    pub protect: Protect,
    /// Native: work the driver loop owes this frame.
    pub pending: Option<Resume>,
}

impl CallFrame {
    /// A blank frame, to be filled in place after a push.
    pub(crate) const EMPTY: CallFrame = CallFrame {
        function: FunctionRef(0),
        proto: None,
        func_slot: 0,
        base: 0,
        pc: 0,
        n_varargs: 0,
        n_args: 0,
        ret: ReturnTo::Discard,
        cont: None,
        protect: Protect::None,
        pending: None,
    };
}

/// A coroutine's status, as `coroutine.status` names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Suspended,
    Running,
    Normal,
    Dead,
}

impl Status {
    /// The name `coroutine.status` returns.
    pub fn name(self) -> &'static str {
        match self {
            Status::Suspended => "suspended",
            Status::Running => "running",
            Status::Normal => "normal",
            Status::Dead => "dead",
        }
    }
}

/// A thread object. While a thread runs, its `state` lives in the `Vm`
/// and this slot holds an empty placeholder.
pub(crate) struct Coroutine {
    pub state: ThreadState,
    pub status: Status,
    /// The thread that resumed this one and waits for it.
    pub resumer: Option<ThreadRef>,
    /// Whether the host resumed it (`Vm::resume_thread`): its yields,
    /// end and suspensions go back to the host.
    pub host_root: bool,
    /// For a host root suspended to the host: the thread of its chain whose
    /// native frame waits for the host's answer.
    pub suspended_leaf: Option<ThreadRef>,
}

/// A coroutine's stack and frame list start exact: most coroutines stay
/// small (a generator parked in `yield`), and a million of them must fit in
/// less memory than LuaJIT needs. Past this size they grow by doubling.
const SMALL: usize = 4;

/// The execution state of one thread.
#[derive(Default)]
pub(crate) struct ThreadState {
    pub stack: Vec<Value>,
    /// One past the last value of a variable-length list (results, varargs,
    /// native arguments).
    pub top: usize,
    pub frames: Vec<CallFrame>,
    pub open_upvalues: Vec<(usize, UpvalueRef)>,
}

impl ThreadState {
    /// Makes room for one more frame: exactly while the list is small.
    #[inline]
    pub(crate) fn reserve_frame(&mut self) {
        if self.frames.len() == self.frames.capacity() && self.frames.len() < SMALL {
            self.frames.reserve_exact(1);
        }
    }

    /// Grows the stack to `len` slots: exactly while it is small.
    #[inline]
    pub(crate) fn grow_stack(&mut self, len: usize) {
        if self.stack.len() < len {
            if len <= SMALL * 16 {
                self.stack.reserve_exact(len - self.stack.len());
            }
            self.stack.resize(len, Value::NIL);
        }
    }
}
