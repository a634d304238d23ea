//! The request-aware `coroutine.status` (the spec's §1.2): light threads
//! that ended while their parent lives are `zombie`, and entry and light
//! threads that are alive are `running` even while they sleep or sit in
//! the posted queue. The other coroutine functions stay the VM's own.

use lunaris_vm::{Ctx, LuaError, Outcome, Status, Value, Vm};

use crate::scheduler;

/// Replaces `coroutine.status`; `state` is the scheduler's upvalue.
pub(crate) fn open(vm: &mut Vm, state: Value) {
    let Some(table) = vm.get_global("coroutine").as_table() else {
        return;
    };
    let status = vm.native_with_upvalues(status, vec![state]);
    vm.set_field(table, "status", status);
}

fn status(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let Some(thread) = ctx.arg(0).as_thread() else {
        return Err(ctx.arg_error(0, "coroutine expected"));
    };
    let vm_status = ctx.vm.thread_status(thread);
    let name = {
        let shared = scheduler::shared(ctx);
        let state = shared.borrow();
        match state.records.get(&thread) {
            Some(record) if record.zombie.is_some() => "zombie",
            Some(_) if vm_status == Status::Normal => "normal",
            Some(_) => "running",
            None => vm_status.name(),
        }
    };
    let name = ctx.string(name.as_bytes());
    ctx.ret1(name)
}
