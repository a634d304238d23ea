//! Light threads: `ngx.thread.spawn`, `ngx.thread.wait`, `ngx.thread.kill`
//! and what happens when a light thread ends (the spec's §1.7 and §2;
//! lua-nginx-module `ngx_http_lua_uthread.c`). A light thread is a plain VM
//! coroutine run as a host root; spawning, blocking in `wait` and killing
//! are suspension requests the scheduler serves.

use lunaris_vm::function::Function;
use lunaris_vm::gc::ThreadRef;
use lunaris_vm::{Ctx, LuaError, NativeFn, Outcome, Value, Vm};

use crate::scheduler::{self, Kind, Pending, Record, Request, State, Wake};

/// The functions of `ngx.thread`.
pub(crate) const FUNCTIONS: &[(&str, NativeFn)] =
    &[("spawn", spawn), ("wait", wait), ("kill", kill)];

/// `ngx.thread.spawn(func, ...)`: records the child (parent = the calling
/// coroutine) and asks the scheduler to run it before the caller goes on.
fn spawn(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let function = ctx.arg(0);
    let is_lua = match function.as_function() {
        Some(function) => matches!(ctx.vm.heap.function(function), Function::Lua(_)),
        None => false,
    };
    if !is_lua {
        return Err(ctx.arg_error(0, "Lua function expected"));
    }
    let args: Vec<Value> = (1..ctx.n_args()).map(|index| ctx.arg(index)).collect();
    let parent = ctx.vm.running_thread();
    let shared = scheduler::shared(ctx);
    let mut state = shared.borrow_mut();
    let Some(handler) = state.current else {
        drop(state);
        return Err(ctx.error("no request found"));
    };
    let Some(child) = ctx.vm.new_thread(function).as_thread() else {
        drop(state);
        return Err(ctx.error("no memory"));
    };
    state.records.insert(
        child,
        Record {
            handler,
            kind: Kind::Light,
            parent,
            zombie: None,
            waited_by: None,
            pending: Pending::None,
        },
    );
    state.anchors.pin_thread(ctx.vm, child, true);
    if let Some(context) = state.handlers.get_mut(&handler) {
        context.uthreads += 1;
    }
    Ok(Outcome::Suspend(Box::new(Request::Spawn { child, args })))
}

/// `ngx.thread.wait(t1, ...)`: the first zombie's results at once, or
/// blocks until the first of the alive ones ends (§2.2).
fn wait(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let n_args = ctx.n_args();
    if n_args == 0 {
        return Err(ctx.error("at least one coroutine should be specified"));
    }
    let me = ctx.vm.running_thread();
    let shared = scheduler::shared(ctx);
    let mut alive = Vec::new();
    for index in 0..n_args {
        let Some(thread) = ctx.arg(index).as_thread() else {
            return Err(ctx.arg_error(index, "lua thread expected"));
        };
        let state = shared.borrow();
        let record = match state.records.get(&thread) {
            Some(record) => record,
            // A reaped or killed light thread has no record left; a
            // coroutine still alive without one is not a light thread.
            None if ctx.vm.thread_status(thread) == lunaris_vm::Status::Dead => {
                if index + 1 < n_args {
                    continue;
                }
                drop(state);
                ctx.push(Value::NIL);
                let message = ctx.string(b"already waited or killed");
                ctx.push(message);
                return Ok(Outcome::Return(2));
            }
            None => {
                drop(state);
                return Err(ctx.error("attempt to wait on a coroutine that is not a user thread"));
            }
        };
        if record.kind != Kind::Light {
            drop(state);
            return Err(ctx.error("attempt to wait on a coroutine that is not a user thread"));
        }
        if record.parent != me {
            drop(state);
            return Err(ctx.error("only the parent coroutine can wait on the thread"));
        }
        if let Some(key) = record.zombie {
            let results = state.anchors.get(ctx.vm, key);
            drop(state);
            shared.borrow_mut().delete_record(ctx.vm, thread);
            for &value in &results {
                ctx.push(value);
            }
            return Ok(Outcome::Return(results.len()));
        }
        alive.push(thread);
    }
    let mut state = shared.borrow_mut();
    let root = state.current_root;
    for thread in &alive {
        if let Some(record) = state.records.get_mut(thread) {
            record.waited_by = root;
        }
    }
    Ok(Outcome::Suspend(Box::new(Request::Wait(alive))))
}

/// `ngx.thread.kill(t)`: `1`, or `nil, err` for the cases of §2.3.
fn kill(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let Some(thread) = ctx.arg(0).as_thread() else {
        return Err(ctx.arg_error(0, "lua thread expected"));
    };
    let me = ctx.vm.running_thread();
    let shared = scheduler::shared(ctx);
    let state = shared.borrow();
    let refusal: &[u8] = match state.records.get(&thread) {
        None if ctx.vm.thread_status(thread) == lunaris_vm::Status::Dead => {
            b"already waited or killed"
        }
        None => b"not user thread",
        Some(record) if record.kind != Kind::Light => b"not user thread",
        Some(record) if record.parent != me => b"killer not parent",
        Some(record) if record.zombie.is_some() => {
            drop(state);
            shared.borrow_mut().delete_record(ctx.vm, thread);
            b"already terminated"
        }
        Some(_) => return Ok(Outcome::Suspend(Box::new(Request::Kill(thread)))),
    };
    ctx.push(Value::NIL);
    let message = ctx.string(refusal);
    ctx.push(message);
    Ok(Outcome::Return(2))
}

/// A light thread ended with `results` (`true, ...` or `false, err`):
/// resumes its parent if the parent waits on it, else keeps it as a
/// zombie while the parent lives, else deletes it (§1.7). Returns the root
/// the run loop continues with.
pub(crate) fn ended(
    state: &mut State,
    vm: &mut Vm,
    root: ThreadRef,
    results: Vec<Value>,
) -> Option<(ThreadRef, Wake)> {
    let record = state.records.get(&root)?;
    let parent = record.parent;
    let waited_by = record.waited_by;
    let parent_alive = parent.is_some_and(|parent| state.is_alive(vm, parent));
    if !parent_alive {
        state.delete_record(vm, root);
        return None;
    }
    if let Some(waiter) = waited_by {
        if let Some(waiting) = state.records.get_mut(&waiter) {
            let pending = std::mem::replace(&mut waiting.pending, Pending::None);
            if let Pending::Wait(targets) = pending {
                state.clear_waits(waiter, &targets);
            }
            state.delete_record(vm, root);
            return Some((waiter, Wake::Suspended(results)));
        }
    }
    let key = state.anchors.hold(vm, &results);
    if let Some(parent) = parent {
        state.make_zombie(root, parent, key);
    }
    state.reap_zombies_of(vm, root);
    None
}
