//! `ngx.sleep(seconds)` (the spec's §4.1; lua-nginx-module
//! `ngx_http_lua_sleep.c`): checks its argument and suspends the calling
//! chain; the scheduler arms the timer or queues a zero sleep behind the
//! ready events of the loop iteration.

use lunaris_vm::{Ctx, LuaError, Outcome};

use crate::scheduler::Request;

/// `ngx.sleep(seconds)`: returns no values once the time has passed.
pub(crate) fn sleep(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let n_args = ctx.n_args();
    if n_args != 1 {
        let message = format!("attempt to pass {n_args} arguments, but accepted 1");
        return Err(ctx.error(&message));
    }
    let seconds = ctx.check_number(0)?;
    // C truncation of the milliseconds, as the reference computes them.
    let ms = (seconds * 1000.0).trunc();
    if ms < 0.0 || ms.is_nan() {
        let message = format!("invalid sleep duration \"{}\"", ms as i64);
        return Err(ctx.error(&message));
    }
    Ok(Outcome::Suspend(Box::new(Request::Sleep(ms as u64))))
}
