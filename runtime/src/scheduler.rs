//! The scheduler: one record per VM thread it knows (entry threads and
//! light threads), one handler context per running handler with its posted
//! FIFO, and the run loop over the VM's `ThreadOutcome`s (the spec's §1.3
//! and §1.4; lua-nginx-module `ngx_http_lua_run_thread` and
//! `ngx_http_lua_run_posted_threads`). Every event follows the same
//! pattern: set current, run, drain the posted queue.
//!
//! Entry and light threads are VM host roots. User coroutines are not
//! scheduled here: the VM resumes them in place, and a suspension anywhere
//! in a chain parks the chain up to its root, so records exist only for
//! roots. Natives reach the shared `State` through their first upvalue;
//! the loop never holds a borrow of it while Lua runs.
//!
//! Invariants: a record exists exactly while its thread is alive or a
//! zombie; a handler exists until its entry thread has ended and its
//! `uthreads` count is zero; every posted entry, delayed entry and armed
//! sleep timer names a root with a live record, or is skipped when met.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet, VecDeque};
use std::io::Write;
use std::rc::Rc;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use lunaris_vm::gc::ThreadRef;
use lunaris_vm::host::ThreadOutcome;
use lunaris_vm::userdata::Userdata;
use lunaris_vm::{Ctx, LuaError, Status, Value, Vm};

use crate::anchor::{AnchorKey, Anchors};
use crate::light_thread;
use crate::timer::{TimerEvent, TimerHeap, TimerId, MAX_RUNNING};

/// The state shared by the run loop and the `ngx` natives.
pub(crate) type Shared = Rc<RefCell<State>>;

/// The shared state of the `ngx` natives' first upvalue.
pub(crate) fn shared(ctx: &Ctx<'_>) -> Shared {
    let userdata = ctx.upvalue(0).as_userdata().expect("ngx state upvalue");
    ctx.vm
        .heap
        .userdata(userdata)
        .data
        .downcast_ref::<Shared>()
        .expect("ngx state")
        .clone()
}

/// A handler's identity.
pub(crate) type HandlerId = u64;

/// What a native asks of the scheduler (the payload of `Outcome::Suspend`).
pub(crate) enum Request {
    /// `ngx.sleep`: wake after this many milliseconds (0: after the ready
    /// events of this loop iteration).
    Sleep(u64),
    /// `ngx.thread.spawn`: run the new light thread now, post the caller.
    Spawn { child: ThreadRef, args: Vec<Value> },
    /// `ngx.thread.wait`: block until one of these children ends.
    Wait(Vec<ThreadRef>),
    /// `ngx.thread.kill` of an alive child (checks are done by the native).
    Kill(ThreadRef),
    /// `ngx.exit(status)`: stop the world of the handler (the console has
    /// no response for the status to go to).
    Exit,
}

/// How a root continues when it is run.
pub(crate) enum Wake {
    /// First run, with these arguments.
    Start(Vec<Value>),
    /// It yielded at its root; `coroutine.yield` returns nothing.
    Yielded,
    /// It suspended; these values are the results of the native.
    Suspended(Vec<Value>),
}

/// An entry of the delayed FIFO (`ngx.sleep(0)`, zero-delay timers).
pub(crate) enum Delayed {
    Wake(ThreadRef),
    Timer(TimerId),
}

/// Entry thread or light thread.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Kind {
    Entry,
    Light,
}

/// What a thread is blocked on (so that killing it can cancel it).
pub(crate) enum Pending {
    None,
    Sleep(TimerId),
    Delayed,
    Wait(Vec<ThreadRef>),
}

/// The scheduler's record of one root (the reference's `co_ctx`).
pub(crate) struct Record {
    pub handler: HandlerId,
    pub kind: Kind,
    pub parent: Option<ThreadRef>,    // The coroutine that spawned it.
    pub zombie: Option<AnchorKey>,    // Kept results once a zombie.
    pub waited_by: Option<ThreadRef>, // The root blocked waiting on it.
    pub pending: Pending,
}

/// One handler: the entry thread and its light threads.
pub(crate) struct Handler {
    pub entry_alive: bool,
    pub uthreads: usize,
    pub posted: VecDeque<(ThreadRef, Wake)>,
    pub ctx: Option<AnchorKey>, // `ngx.ctx`, created on first use.
    pub is_timer: bool,
}

/// The cached clock (`ngx.now`) and the monotonic one of the timers.
pub(crate) struct Clock {
    start: Instant,
    pub cached_ms: u64,   // Monotonic milliseconds since start.
    pub cached_wall: f64, // Wall-clock seconds, millisecond resolution.
}

impl Clock {
    fn new() -> Clock {
        let mut clock = Clock {
            start: Instant::now(),
            cached_ms: 0,
            cached_wall: 0.0,
        };
        clock.update();
        clock
    }

    /// The monotonic time `ms` milliseconds after the cached now; a delay
    /// too long to count (`ngx.sleep(math.huge)`) never comes due.
    pub(crate) fn deadline(&self, ms: u64) -> u64 {
        self.cached_ms.saturating_add(ms)
    }

    /// Refreshes the cache (the event loop, `ngx.update_time`).
    pub(crate) fn update(&mut self) {
        self.cached_ms = self.start.elapsed().as_millis() as u64;
        let wall = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|elapsed| elapsed.as_millis())
            .unwrap_or(0);
        self.cached_wall = wall as f64 / 1000.0;
    }

    fn elapsed_ms(&self) -> u64 {
        self.start.elapsed().as_millis() as u64
    }
}

/// How the main handler ended.
pub(crate) enum Ending {
    Running,
    Finished,
    Exited,
    Failed(LuaError),
}

/// Everything the scheduler and the natives share.
pub(crate) struct State {
    pub records: HashMap<ThreadRef, Record>,
    zombies: HashMap<ThreadRef, HashSet<ThreadRef>>, // Zombie children by parent.
    pub handlers: HashMap<HandlerId, Handler>,
    next_handler: HandlerId,
    pub current: Option<HandlerId>,      // The handler now running.
    pub current_root: Option<ThreadRef>, // The root now running.
    pub timers: TimerHeap,
    pub delayed: VecDeque<Delayed>,
    pub running_timers: usize,
    pub clock: Clock,
    pub anchors: Anchors,
    pub output: Box<dyn Write>,
    pub errlog: Box<dyn Write>,
    main: Option<HandlerId>,
    pub ending: Ending,
}

impl State {
    /// Whether `coroutine` is alive for the parent rules: a root with a
    /// live record, or a user coroutine the VM has not seen die.
    pub(crate) fn is_alive(&self, vm: &Vm, coroutine: ThreadRef) -> bool {
        match self.records.get(&coroutine) {
            Some(record) => record.zombie.is_none(),
            None => vm.thread_status(coroutine) != Status::Dead,
        }
    }

    /// Forgets a record: unpins its thread, drops kept results and counts
    /// the light thread out of its handler.
    pub(crate) fn delete_record(&mut self, vm: &mut Vm, thread: ThreadRef) {
        let Some(record) = self.records.remove(&thread) else {
            return;
        };
        self.anchors.pin_thread(vm, thread, false);
        if let Some(key) = record.zombie {
            self.anchors.release(vm, key);
            if let Some(parent) = record.parent {
                if let Some(siblings) = self.zombies.get_mut(&parent) {
                    siblings.remove(&thread);
                    if siblings.is_empty() {
                        self.zombies.remove(&parent);
                    }
                }
            }
        }
        self.cancel_pending(thread, record.pending);
        if record.kind == Kind::Light {
            if let Some(handler) = self.handlers.get_mut(&record.handler) {
                handler.uthreads -= 1;
            }
        }
        self.reap_zombies_of(vm, thread);
    }

    /// Cancels what `root` was blocked on.
    pub(crate) fn cancel_pending(&mut self, root: ThreadRef, pending: Pending) {
        match pending {
            Pending::None => {}
            Pending::Sleep(id) => {
                self.timers.remove(id);
            }
            Pending::Delayed => self
                .delayed
                .retain(|entry| !matches!(entry, Delayed::Wake(thread) if *thread == root)),
            Pending::Wait(targets) => self.clear_waits(root, &targets),
        }
    }

    /// Clears the "waited on" mark `root` put on `targets` (the spec's
    /// stale-flag defect of §2.2 is fixed here).
    pub(crate) fn clear_waits(&mut self, root: ThreadRef, targets: &[ThreadRef]) {
        for target in targets {
            if let Some(record) = self.records.get_mut(target) {
                if record.waited_by == Some(root) {
                    record.waited_by = None;
                }
            }
        }
    }

    /// Makes the ended light thread `thread` a zombie of `parent` holding
    /// `results`.
    pub(crate) fn make_zombie(&mut self, thread: ThreadRef, parent: ThreadRef, results: AnchorKey) {
        if let Some(record) = self.records.get_mut(&thread) {
            record.zombie = Some(results);
            record.waited_by = None;
            self.zombies.entry(parent).or_default().insert(thread);
        }
    }

    /// Deletes the zombie children of `parent` (§1.7, for any reason the
    /// parent ends: the reference's zombie leak is fixed).
    pub(crate) fn reap_zombies_of(&mut self, vm: &mut Vm, parent: ThreadRef) {
        let Some(zombies) = self.zombies.remove(&parent) else {
            return;
        };
        for zombie in zombies {
            self.delete_record(vm, zombie);
        }
    }

    /// Deletes the zombies whose parent is a user coroutine that died: no
    /// one can wait on them any more.
    fn reap_orphans(&mut self, vm: &mut Vm) {
        let dead: Vec<ThreadRef> = self
            .zombies
            .keys()
            .copied()
            .filter(|&parent| !self.is_alive(vm, parent))
            .collect();
        for parent in dead {
            self.reap_zombies_of(vm, parent);
        }
    }
}

/// The scheduler: owns the shared state and runs the event loop.
pub struct Scheduler {
    shared: Shared,
}

impl Scheduler {
    /// A scheduler writing `ngx.say` output to `output` and its log to
    /// `errlog`; installs the `ngx` table and the request-aware
    /// `coroutine.status` into the globals of `vm`.
    pub fn new(vm: &mut Vm, output: Box<dyn Write>, errlog: Box<dyn Write>) -> Scheduler {
        let anchors = Anchors::new(vm);
        let shared: Shared = Rc::new(RefCell::new(State {
            records: HashMap::new(),
            zombies: HashMap::new(),
            handlers: HashMap::new(),
            next_handler: 1,
            current: None,
            current_root: None,
            timers: TimerHeap::default(),
            delayed: VecDeque::new(),
            running_timers: 0,
            clock: Clock::new(),
            anchors,
            output,
            errlog,
            main: None,
            ending: Ending::Running,
        }));
        let userdata = vm.heap.alloc_userdata(Userdata {
            metatable: None,
            env: None,
            data: Box::new(shared.clone()),
        });
        let state = Value::userdata(userdata);
        let registry = vm.registry();
        vm.set_field(registry, "lunaris.runtime.state", state);
        crate::ngx::open(vm, state);
        crate::coroutine::open(vm, state);
        Scheduler { shared }
    }

    /// Starts the main handler: `function(args...)` as its entry thread.
    pub fn start_main(&mut self, vm: &mut Vm, function: Value, args: Vec<Value>) {
        self.start_handler(vm, function, args, false);
    }

    /// Runs the event loop until no handler, timer or delayed event is left
    /// (§1.8 without I/O: sockets come with the reactor). Returns how the
    /// main handler ended: `None` if it finished or exited, or its error.
    pub fn run_until_done(&mut self, vm: &mut Vm) -> Option<LuaError> {
        loop {
            let timeout = {
                let mut state = self.shared.borrow_mut();
                if !state.delayed.is_empty() {
                    Some(0)
                } else if let Some(deadline) = state.timers.next_deadline() {
                    Some(deadline.saturating_sub(state.clock.elapsed_ms()))
                } else {
                    None
                }
            };
            // Nothing can wake a handler that is still alive: stop rather
            // than hang (no I/O exists yet to do it).
            let Some(timeout) = timeout else { break };
            if timeout > 0 {
                std::thread::sleep(std::time::Duration::from_millis(timeout));
            }
            self.shared.borrow_mut().clock.update();
            self.expire_timers(vm);
            self.run_delayed(vm);
        }
        match std::mem::replace(&mut self.shared.borrow_mut().ending, Ending::Finished) {
            Ending::Failed(error) => Some(error),
            _ => None,
        }
    }

    /// Flushes the output and log sinks.
    pub fn flush(&mut self) {
        let mut state = self.shared.borrow_mut();
        let _ = state.output.flush();
        let _ = state.errlog.flush();
    }

    /// Reports an uncaught error of the main entry thread as `resty` does:
    /// `ERROR: <message>` and the traceback on the error log.
    pub fn report_error(&mut self, error: &LuaError) {
        let mut state = self.shared.borrow_mut();
        let _ = state.output.flush();
        let _ = writeln!(state.errlog, "ERROR: {}", error.message);
        if !error.traceback.is_empty() {
            let _ = writeln!(state.errlog, "{}", error.traceback);
        }
        let _ = state.errlog.flush();
    }

    /// Step 4 of the loop: due timers in deadline order.
    fn expire_timers(&mut self, vm: &mut Vm) {
        loop {
            let due = {
                let mut state = self.shared.borrow_mut();
                let now = state.clock.cached_ms;
                state.timers.pop_due(now)
            };
            let Some((_, event)) = due else { break };
            self.fire(vm, event);
        }
    }

    /// Step 6 of the loop: the delayed events queued before it started.
    fn run_delayed(&mut self, vm: &mut Vm) {
        let batch = self.shared.borrow().delayed.len();
        for _ in 0..batch {
            let entry = self.shared.borrow_mut().delayed.pop_front();
            match entry {
                Some(Delayed::Wake(root)) => self.wake(vm, root),
                Some(Delayed::Timer(id)) => {
                    let event = self.shared.borrow_mut().timers.remove(id);
                    if let Some(event) = event {
                        self.fire(vm, event);
                    }
                }
                None => break,
            }
        }
    }

    fn fire(&mut self, vm: &mut Vm, event: TimerEvent) {
        match event {
            TimerEvent::Wake(root) => self.wake(vm, root),
            TimerEvent::Callback(key) => {
                let (values, too_many) = {
                    let mut state = self.shared.borrow_mut();
                    let values = state.anchors.release(vm, key);
                    (values, state.running_timers >= MAX_RUNNING)
                };
                let Some((&callback, args)) = values.split_first() else {
                    return;
                };
                if too_many {
                    let mut state = self.shared.borrow_mut();
                    let _ = writeln!(
                        state.errlog,
                        "[alert] lua failed to run timer: {MAX_RUNNING} lua_max_running_timers are not enough"
                    );
                    return;
                }
                let mut call_args = vec![Value::boolean(false)];
                call_args.extend_from_slice(args);
                self.start_handler(vm, callback, call_args, true);
            }
        }
    }

    /// A sleeping or delayed root's wait is over: resume it with no values.
    fn wake(&mut self, vm: &mut Vm, root: ThreadRef) {
        let handler = {
            let mut state = self.shared.borrow_mut();
            match state.records.get_mut(&root) {
                Some(record) => {
                    record.pending = Pending::None;
                    record.handler
                }
                None => return,
            }
        };
        self.run(vm, root, Wake::Suspended(Vec::new()));
        self.drain(vm, handler);
    }

    /// Creates a handler whose entry thread runs `function(args...)`, and
    /// runs it until it blocks (set current, run, drain). The first handler
    /// that is not a timer is the main one.
    fn start_handler(
        &mut self,
        vm: &mut Vm,
        function: Value,
        args: Vec<Value>,
        is_timer: bool,
    ) -> Option<HandlerId> {
        let entry = vm.new_thread(function).as_thread()?;
        let handler = {
            let mut state = self.shared.borrow_mut();
            let handler = state.next_handler;
            state.next_handler += 1;
            state.handlers.insert(
                handler,
                Handler {
                    entry_alive: true,
                    uthreads: 0,
                    posted: VecDeque::new(),
                    ctx: None,
                    is_timer,
                },
            );
            if is_timer {
                state.running_timers += 1;
            } else if state.main.is_none() {
                state.main = Some(handler);
            }
            state.records.insert(
                entry,
                Record {
                    handler,
                    kind: Kind::Entry,
                    parent: None,
                    zombie: None,
                    waited_by: None,
                    pending: Pending::None,
                },
            );
            state.anchors.pin_thread(vm, entry, true);
            handler
        };
        self.run(vm, entry, Wake::Start(args));
        self.drain(vm, handler);
        Some(handler)
    }

    /// Runs the posted threads of `handler` until its queue is empty (§1.4),
    /// then ends the handler if nothing of it is left (§1.6).
    fn drain(&mut self, vm: &mut Vm, handler: HandlerId) {
        loop {
            let next = {
                let mut state = self.shared.borrow_mut();
                match state.handlers.get_mut(&handler) {
                    Some(context) => context.posted.pop_front(),
                    None => None,
                }
            };
            let Some((root, wake)) = next else { break };
            let alive = {
                let state = self.shared.borrow();
                state
                    .records
                    .get(&root)
                    .is_some_and(|record| record.zombie.is_none())
            };
            if alive {
                self.run(vm, root, wake);
            }
        }
        self.finish_if_done(vm, handler);
    }

    /// Ends `handler` once its entry thread has ended and no light thread
    /// is left. Zombies whose parent (a user coroutine) died are reaped
    /// first, as no one can wait on them any more.
    fn finish_if_done(&mut self, vm: &mut Vm, handler: HandlerId) {
        let mut state = self.shared.borrow_mut();
        state.reap_orphans(vm);
        let done = match state.handlers.get(&handler) {
            Some(context) => !context.entry_alive && context.uthreads == 0,
            None => false,
        };
        if !done {
            return;
        }
        let context = state.handlers.remove(&handler).expect("checked above");
        if let Some(key) = context.ctx {
            state.anchors.release(vm, key);
        }
        if context.is_timer {
            state.running_timers -= 1;
        }
        if state.main == Some(handler) && matches!(state.ending, Ending::Running) {
            state.ending = Ending::Finished;
        }
    }

    /// The run loop of §1.3: resumes `root` and follows what it asks for
    /// until a thread blocks or the handler ends.
    fn run(&mut self, vm: &mut Vm, mut root: ThreadRef, mut wake: Wake) {
        loop {
            let handler = {
                let mut state = self.shared.borrow_mut();
                let Some(record) = state.records.get(&root) else {
                    return;
                };
                let handler = record.handler;
                state.current = Some(handler);
                state.current_root = Some(root);
                handler
            };
            let outcome = match wake {
                Wake::Start(args) => vm.resume_thread(root, &args),
                Wake::Yielded => vm.resume_thread(root, &[]),
                Wake::Suspended(values) => vm.resume_suspended(root, Ok(values)),
            };
            {
                let mut state = self.shared.borrow_mut();
                state.current = None;
                state.current_root = None;
            }
            let next = match outcome {
                ThreadOutcome::Yielded(_) => {
                    // §3.4: a thread's yield drops its values and requeues
                    // it behind the posted threads, if there are any.
                    let mut state = self.shared.borrow_mut();
                    let Some(context) = state.handlers.get_mut(&handler) else {
                        return;
                    };
                    if context.posted.is_empty() {
                        Some((root, Wake::Yielded))
                    } else {
                        context.posted.push_back((root, Wake::Yielded));
                        None
                    }
                }
                ThreadOutcome::Suspended(request) => match request.downcast::<Request>() {
                    Ok(request) => self.serve(vm, root, handler, *request),
                    Err(_) => {
                        let reason = vm.new_string(b"unknown suspension request");
                        let outcome = vm.resume_suspended(root, Err(reason));
                        debug_assert!(!matches!(outcome, ThreadOutcome::Suspended(_)));
                        None
                    }
                },
                ThreadOutcome::Finished(values) => self.thread_ended(vm, root, Ok(values)),
                ThreadOutcome::Error(error) => self.thread_ended(vm, root, Err(error)),
            };
            match next {
                Some((next_root, next_wake)) => {
                    root = next_root;
                    wake = next_wake;
                }
                None => return,
            }
        }
    }

    /// Acts on a suspension request; returns the root to continue with.
    fn serve(
        &mut self,
        vm: &mut Vm,
        root: ThreadRef,
        handler: HandlerId,
        request: Request,
    ) -> Option<(ThreadRef, Wake)> {
        let mut state = self.shared.borrow_mut();
        match request {
            Request::Sleep(0) => {
                state.delayed.push_back(Delayed::Wake(root));
                set_pending(&mut state, root, Pending::Delayed);
                None
            }
            Request::Sleep(ms) => {
                let deadline = state.clock.deadline(ms);
                let id = state.timers.add(deadline, TimerEvent::Wake(root));
                set_pending(&mut state, root, Pending::Sleep(id));
                None
            }
            Request::Spawn { child, args } => {
                let context = state.handlers.get_mut(&handler)?;
                context
                    .posted
                    .push_back((root, Wake::Suspended(vec![Value::thread(child)])));
                Some((child, Wake::Start(args)))
            }
            Request::Wait(targets) => {
                set_pending(&mut state, root, Pending::Wait(targets));
                None
            }
            Request::Kill(target) => {
                drop(state);
                self.kill(vm, target);
                Some((root, Wake::Suspended(vec![Value::number(1.0)])))
            }
            Request::Exit => {
                if state.main == Some(handler) {
                    state.ending = Ending::Exited;
                }
                drop(state);
                self.stop_world(vm, handler);
                None
            }
        }
    }

    /// Ends a light thread that is alive (§2.3): cancels what it waits
    /// for, ends its chain in the VM and deletes its record.
    pub(crate) fn kill(&mut self, vm: &mut Vm, target: ThreadRef) {
        vm.kill_thread(target);
        self.shared.borrow_mut().delete_record(vm, target);
    }

    /// `ngx.exit` or an entry-thread error: every thread of the handler
    /// is cancelled and deleted, then the handler ends (§1.6, §2.6).
    fn stop_world(&mut self, vm: &mut Vm, handler: HandlerId) {
        let mut state = self.shared.borrow_mut();
        let threads: Vec<ThreadRef> = state
            .records
            .iter()
            .filter(|(_, record)| record.handler == handler)
            .map(|(&thread, _)| thread)
            .collect();
        for thread in threads {
            if state.records.contains_key(&thread) {
                vm.kill_thread(thread);
                state.delete_record(vm, thread);
            }
        }
        if let Some(context) = state.handlers.get_mut(&handler) {
            context.posted.clear();
            context.entry_alive = false;
        }
    }

    /// A root returned or failed: the entry thread ends (or, failing, ends
    /// its handler); a light thread resumes its waiting parent, becomes a
    /// zombie, or is deleted (§1.7, §2.4).
    fn thread_ended(
        &mut self,
        vm: &mut Vm,
        root: ThreadRef,
        result: Result<Vec<Value>, LuaError>,
    ) -> Option<(ThreadRef, Wake)> {
        let (kind, handler) = {
            let state = self.shared.borrow();
            let record = state.records.get(&root)?;
            (record.kind, record.handler)
        };
        if kind == Kind::Entry {
            let mut state = self.shared.borrow_mut();
            state.delete_record(vm, root);
            let is_main = state.main == Some(handler);
            if let Some(context) = state.handlers.get_mut(&handler) {
                context.entry_alive = false;
            }
            if let Err(error) = result {
                if is_main {
                    state.ending = Ending::Failed(error);
                } else {
                    log_abort(&mut state, "entry", &error);
                }
                drop(state);
                self.stop_world(vm, handler);
            }
            return None;
        }
        let mut state = self.shared.borrow_mut();
        let results = match result {
            Ok(values) => {
                let mut results = vec![Value::boolean(true)];
                results.extend(values);
                results
            }
            Err(error) => {
                log_abort(&mut state, "user", &error);
                vec![Value::boolean(false), error.value]
            }
        };
        light_thread::ended(&mut state, vm, root, results)
    }
}

/// Sets what `root` is blocked on.
fn set_pending(state: &mut State, root: ThreadRef, pending: Pending) {
    if let Some(record) = state.records.get_mut(&root) {
        record.pending = pending;
    }
}

/// Logs `lua <kind> thread aborted: runtime error: <msg>` and the
/// traceback at error level (§2.4).
fn log_abort(state: &mut State, kind: &str, error: &LuaError) {
    let message = if error.value.as_string().is_some() || error.value.as_number().is_some() {
        error.message.as_str()
    } else {
        "unknown reason"
    };
    let _ = writeln!(
        state.errlog,
        "[error] lua {kind} thread aborted: runtime error: {message}"
    );
    if !error.traceback.is_empty() {
        let _ = writeln!(state.errlog, "{}", error.traceback);
    }
}
