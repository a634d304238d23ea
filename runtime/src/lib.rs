//! lunaris-runtime: OpenResty's Lua scheduler on the VM's threads.
//!
//! A tour: `scheduler::Scheduler` owns the shared `State` (a record per
//! entry or light thread, a handler context per handler with its posted
//! FIFO, the timer heap, the delayed FIFO of `ngx.sleep(0)`, the cached
//! clock) and runs the event loop. Lua code reaches the scheduler only
//! through natives of the `ngx` table (`ngx/mod.rs`): those that block
//! return `Outcome::Suspend` with a `scheduler::Request`, which parks the
//! whole coroutine chain up to its host root; the run loop serves the
//! request and later resumes the chain in place. `light_thread.rs` holds
//! `ngx.thread.*`, `sleep.rs` `ngx.sleep`, `timer.rs` the timer heap and
//! `ngx.timer.*`, `coroutine.rs` the request-aware `coroutine.status`, and
//! `anchor.rs` keeps values held in Rust reachable for the collector.
//!
//! This crate knows nothing of the compiler: `run` takes a loaded main
//! function. There is no I/O yet besides the output and log sinks; the
//! reactor (mio) and cosockets come next.

mod anchor;
mod coroutine;
mod light_thread;
mod ngx;
pub mod scheduler;
mod sleep;
mod timer;

use std::io::Write;

use lunaris_vm::{Value, Vm};

pub use scheduler::Scheduler;

/// Runs `main(args...)` as the entry thread of a handler, as `resty` runs
/// a script, and the event loop until the entry thread, its light threads
/// and every timer are done. `ngx.say`/`ngx.print` write to `output`,
/// `ngx.log` and thread errors to `errlog`. Returns the exit status: 0, or
/// 1 after an error of the entry thread, reported on `errlog` as
/// `ERROR: <message>` and the traceback.
pub fn run(
    vm: &mut Vm,
    main: Value,
    args: Vec<Value>,
    output: Box<dyn Write>,
    errlog: Box<dyn Write>,
) -> i32 {
    let mut scheduler = Scheduler::new(vm, output, errlog);
    scheduler.start_main(vm, main, args);
    match scheduler.run_until_done(vm) {
        None => {
            scheduler.flush();
            0
        }
        Some(error) => {
            scheduler.report_error(&error);
            1
        }
    }
}
