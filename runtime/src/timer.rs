//! The timer heap (deadlines in milliseconds of the monotonic clock, equal
//! deadlines in creation order) and `ngx.timer.at`, `ngx.timer.running_count`,
//! `ngx.timer.pending_count` (lua-nginx-module `ngx_http_lua_timer.c`).
//! Firing is the scheduler's business: this file only arms and cancels.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};

use lunaris_vm::function::Function;
use lunaris_vm::gc::ThreadRef;
use lunaris_vm::{Ctx, LuaError, NativeFn, Outcome, Value};

use crate::anchor::AnchorKey;
use crate::scheduler;

/// `lua_max_pending_timers`' default.
pub(crate) const MAX_PENDING: usize = 1024;
/// `lua_max_running_timers`' default.
pub(crate) const MAX_RUNNING: usize = 256;

/// The functions of `ngx.timer`.
pub(crate) const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("at", at),
    ("running_count", running_count),
    ("pending_count", pending_count),
];

/// A timer's identity; later timers have larger ids.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct TimerId(u64);

/// What happens when a timer expires.
pub(crate) enum TimerEvent {
    /// A sleeping host root wakes up.
    Wake(ThreadRef),
    /// `ngx.timer.at`: the callback and its arguments start a new handler.
    Callback(AnchorKey),
}

/// Armed timers, ordered by (deadline, id). Cancelled timers leave a stale
/// heap entry behind that is skipped when it comes up.
#[derive(Default)]
pub(crate) struct TimerHeap {
    order: BinaryHeap<Reverse<(u64, TimerId)>>,
    events: HashMap<TimerId, TimerEvent>,
    next_id: u64,
    callbacks: usize, // Pending `ngx.timer` callbacks (not sleeps).
}

impl TimerHeap {
    /// A fresh timer id (for events that bypass the heap, such as
    /// zero-delay callbacks queued with the delayed events).
    pub(crate) fn new_id(&mut self) -> TimerId {
        self.next_id += 1;
        TimerId(self.next_id)
    }

    /// Arms `event` at `deadline` (milliseconds).
    pub(crate) fn add(&mut self, deadline: u64, event: TimerEvent) -> TimerId {
        let id = self.new_id();
        self.order.push(Reverse((deadline, id)));
        self.insert(id, event);
        id
    }

    /// Registers an event under `id` without a deadline.
    pub(crate) fn insert(&mut self, id: TimerId, event: TimerEvent) {
        if matches!(event, TimerEvent::Callback(_)) {
            self.callbacks += 1;
        }
        self.events.insert(id, event);
    }

    /// Disarms `id` and returns its event if it was still armed.
    pub(crate) fn remove(&mut self, id: TimerId) -> Option<TimerEvent> {
        let event = self.events.remove(&id)?;
        if matches!(event, TimerEvent::Callback(_)) {
            self.callbacks -= 1;
        }
        Some(event)
    }

    /// The earliest deadline still armed.
    pub(crate) fn next_deadline(&mut self) -> Option<u64> {
        while let Some(&Reverse((deadline, id))) = self.order.peek() {
            if self.events.contains_key(&id) {
                return Some(deadline);
            }
            self.order.pop();
        }
        None
    }

    /// Takes the earliest armed timer whose deadline is at or before `now`.
    pub(crate) fn pop_due(&mut self, now: u64) -> Option<(TimerId, TimerEvent)> {
        let deadline = self.next_deadline()?;
        if deadline > now {
            return None;
        }
        let Reverse((_, id)) = self.order.pop()?;
        self.remove(id).map(|event| (id, event))
    }

    /// The number of `ngx.timer` callbacks not yet fired.
    pub(crate) fn pending(&self) -> usize {
        self.callbacks
    }
}

/// `ngx.timer.at(delay, callback, ...)`: returns 1, or `nil, err`.
fn at(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let n_args = ctx.n_args();
    if n_args < 2 {
        let message = format!("expecting at least 2 arguments but got {n_args}");
        return Err(ctx.error(&message));
    }
    let delay = ctx.check_number(0)?;
    let is_lua = match ctx.arg(1).as_function() {
        Some(function) => matches!(ctx.vm.heap.function(function), Function::Lua(_)),
        None => false,
    };
    if !is_lua {
        return Err(ctx.arg_error(1, "Lua function expected"));
    }
    // The reference casts a negative delay to a huge one (never fired, but
    // pending forever); we refuse it instead, as the spec allows (§4.2).
    if delay.is_nan() || delay < 0.0 {
        ctx.push(Value::NIL);
        let message = ctx.string(b"invalid delay");
        ctx.push(message);
        return Ok(Outcome::Return(2));
    }
    let values: Vec<Value> = (1..n_args).map(|index| ctx.arg(index)).collect();
    let shared = scheduler::shared(ctx);
    let mut state = shared.borrow_mut();
    if state.timers.pending() >= MAX_PENDING {
        drop(state);
        ctx.push(Value::NIL);
        let message = ctx.string(b"too many pending timers");
        ctx.push(message);
        return Ok(Outcome::Return(2));
    }
    let key = state.anchors.hold(ctx.vm, &values);
    let ms = (delay * 1000.0) as u64;
    if ms == 0 {
        let id = state.timers.new_id();
        state.timers.insert(id, TimerEvent::Callback(key));
        state.delayed.push_back(scheduler::Delayed::Timer(id));
    } else {
        let deadline = state.clock.deadline(ms);
        state.timers.add(deadline, TimerEvent::Callback(key));
    }
    drop(state);
    ctx.ret1(Value::number(1.0))
}

/// `ngx.timer.running_count()`: timer handlers alive now.
fn running_count(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let count = scheduler::shared(ctx).borrow().running_timers;
    ctx.ret1(Value::number(count as f64))
}

/// `ngx.timer.pending_count()`: callbacks armed and not yet fired.
fn pending_count(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let count = scheduler::shared(ctx).borrow().timers.pending();
    ctx.ret1(Value::number(count as f64))
}
