//! Running `__gc` finalizers as ordinary calls. A collection queues the
//! finalizers that became due (`Vm::finalizers`); the driver loop then
//! pushes a frame of the `run_finalizers` native above whatever runs, and
//! that native calls them one at a time through continuations, so a
//! finalizer is a plain Lua frame: no Rust recursion, and an error in it
//! propagates from the point the collection happened (as in LuaJIT).

use crate::error::LuaError;
use crate::native::{Completion, Ctx, Outcome};
use crate::state::Vm;
use crate::thread::{Protect, ReturnTo};

impl Vm {
    /// Whether a `run_finalizers` frame is active on the running thread
    /// (recorded when it started, or just pushed and not started).
    pub(crate) fn finalizers_running(&self) -> bool {
        let is_runner = |index: usize| {
            self.thread
                .frames
                .get(index)
                .is_some_and(|frame| Some(frame.function) == self.finalizer_runner.as_function())
        };
        let recorded = matches!(self.finalizer_frame,
            Some((thread, index)) if thread == self.current && is_runner(index));
        recorded
            || self
                .thread
                .frames
                .len()
                .checked_sub(1)
                .is_some_and(is_runner)
    }

    /// Pushes a `run_finalizers` frame (results discarded) unless one is
    /// already running.
    pub(crate) fn start_finalizers(&mut self) -> Result<(), LuaError> {
        if self.finalizers_running() {
            return Ok(());
        }
        let slot = self.call_top();
        self.ensure_stack(slot + 1 + crate::state::STACK_EXTRA);
        self.thread.stack[slot] = self.finalizer_runner;
        self.thread.top = slot + 1;
        self.precall(slot, 0, ReturnTo::Discard, false, None)?;
        Ok(())
    }
}

/// Calls the queued finalizers one by one, oldest first: `handler(userdata)`.
pub(crate) fn run_finalizers(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let index = ctx.vm.thread.frames.len() - 1;
    ctx.vm.finalizer_frame = Some((ctx.vm.current, index));
    let Some((handler, userdata)) = ctx.vm.finalizers.pop_front() else {
        ctx.vm.finalizer_frame = None;
        return Ok(Outcome::Return(0));
    };
    ctx.set_len(0);
    ctx.push(handler);
    ctx.push(userdata);
    Ok(Outcome::Call {
        func: 0,
        cont: finalizer_returned,
        protect: Protect::None,
    })
}

fn finalizer_returned(ctx: &mut Ctx<'_>, _: Completion) -> Result<Outcome, LuaError> {
    run_finalizers(ctx)
}
