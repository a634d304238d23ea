//! Suspension to the host (`lunaris_vm::host`), driven by a tiny scheduler
//! built on that API alone: `sleep(n)` suspends the calling thread's whole
//! chain, the scheduler wakes threads in time order, and output order shows
//! that sleeps inside coroutines, pcalls and metamethods resume in place.

use crate::scripts::Captured;
use lunaris::vm::gc::ThreadRef;
use lunaris::vm::host::ThreadOutcome;
use lunaris::vm::{Ctx, LuaError, Outcome, Value};
use lunaris::Session;

/// `sleep(ticks)`: asks the host to wake this thread `ticks` later.
fn sleep(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let ticks = ctx.check_number(0)?;
    Ok(Outcome::Suspend(Box::new(ticks)))
}

/// A session with `sleep` and `print` captured; returns its output buffer.
fn session() -> (Session, Captured) {
    let out = Captured::default();
    let mut session = Session::new(Box::new(out.clone()));
    let sleep = session.vm().native(sleep);
    session.vm().set_global("sleep", sleep);
    (session, out)
}

/// Compiles `code` into a new, not yet started thread.
fn thread(session: &mut Session, name: &str, code: &str) -> ThreadRef {
    let blueprint = lunaris::compiler::compile(code.as_bytes(), format!("={name}").as_bytes())
        .expect("test code compiles");
    let vm = session.vm();
    let function = vm.load(&blueprint).expect("loads");
    vm.new_thread(function).as_thread().expect("a thread")
}

/// What the scheduler saw each thread end with.
#[derive(Debug, PartialEq)]
enum End {
    Finished,
    Failed(String),
}

/// Runs the threads to completion: each starts at time 0; a suspension
/// with `n` ticks wakes it `n` later; equal wake times keep their order.
fn run(session: &mut Session, threads: &[ThreadRef]) -> Vec<End> {
    let mut ends: Vec<Option<End>> = threads.iter().map(|_| None).collect();
    // (wake time, sequence number, thread index, resume with error?)
    let mut queue: Vec<(f64, usize, usize)> = (0..threads.len()).map(|i| (0.0, i, i)).collect();
    let mut sequence = threads.len();
    let mut started = vec![false; threads.len()];
    while !queue.is_empty() {
        queue.sort_by(|a, b| a.partial_cmp(b).expect("no NaN times"));
        let (now, _, index) = queue.remove(0);
        let vm = session.vm();
        let outcome = if started[index] {
            vm.resume_suspended(threads[index], Ok(Vec::new()))
        } else {
            started[index] = true;
            vm.resume_thread(threads[index], &[])
        };
        match outcome {
            ThreadOutcome::Suspended(request) => {
                let ticks = *request.downcast::<f64>().expect("sleep asks for ticks");
                queue.push((now + ticks, sequence, index));
                sequence += 1;
            }
            ThreadOutcome::Finished(_) => ends[index] = Some(End::Finished),
            ThreadOutcome::Error(error) => ends[index] = Some(End::Failed(error.message)),
            ThreadOutcome::Yielded(_) => panic!("the test threads do not yield to the host"),
        }
    }
    ends.into_iter()
        .map(|end| end.expect("every thread ended"))
        .collect()
}

#[test]
fn sleeps_inside_coroutines_pcalls_and_metamethods_resume_in_place() {
    let (mut session, out) = session();
    let a = thread(
        &mut session,
        "A",
        r#"
        print("A start") sleep(2) print("A after 2")
        local co = coroutine.wrap(function()
            print("A inner") sleep(1) print("A inner woke")
            coroutine.yield("y")
        end)
        print("A got", co())
        print("A pcall", pcall(function() sleep(1) error("boom", 0) end))
        local t = setmetatable({}, { __index = function(_, k) sleep(1) return k .. "!" end })
        print("A meta", t.x)
        "#,
    );
    let b = thread(
        &mut session,
        "B",
        r#"print("B start") sleep(1) print("B after 1") sleep(3) print("B after 4")"#,
    );
    let ends = run(&mut session, &[a, b]);
    assert_eq!(ends, [End::Finished, End::Finished]);
    let expected = "A start\nB start\nB after 1\nA after 2\nA inner\nA inner woke\nA got\ty\nB after 4\nA pcall\tfalse\tboom\nA meta\tx!\n";
    assert_eq!(String::from_utf8_lossy(&out.bytes()), expected);
}

#[test]
fn errors_end_only_their_thread_and_host_errors_are_raised_in_place() {
    let (mut session, out) = session();
    let failing = thread(&mut session, "failing", r#"sleep(1) error("late failure")"#);
    let fine = thread(&mut session, "fine", r#"sleep(2) print("fine finished")"#);
    let ends = run(&mut session, &[failing, fine]);
    assert_eq!(
        ends,
        [End::Failed("failing:1: late failure".into()), End::Finished]
    );
    assert_eq!(String::from_utf8_lossy(&out.bytes()), "fine finished\n");

    // An error from the host is raised where the thread suspended.
    let caught = thread(
        &mut session,
        "caught",
        r#"print(pcall(sleep, 1)) return "done""#,
    );
    let vm = session.vm();
    assert!(matches!(
        vm.resume_thread(caught, &[]),
        ThreadOutcome::Suspended(_)
    ));
    let reason = vm.new_string(b"timed out");
    match vm.resume_suspended(caught, Err(reason)) {
        ThreadOutcome::Finished(values) => {
            assert_eq!(vm.to_bytes(values[0]), Some(b"done".to_vec()))
        }
        _ => panic!("the thread should finish"),
    }
    assert!(String::from_utf8_lossy(&out.bytes()).ends_with("false\ttimed out\n"));
}

#[test]
fn yields_at_the_root_go_to_the_host_and_kill_closes_the_chain() {
    let (mut session, _out) = session();
    let yielder = thread(
        &mut session,
        "yielder",
        r#"local x = coroutine.yield(1, 2) return x * 10"#,
    );
    let vm = session.vm();
    match vm.resume_thread(yielder, &[]) {
        ThreadOutcome::Yielded(values) => {
            assert_eq!(values, [Value::number(1.0), Value::number(2.0)])
        }
        _ => panic!("the thread should yield"),
    }
    match vm.resume_thread(yielder, &[Value::number(4.0)]) {
        ThreadOutcome::Finished(values) => assert_eq!(values, [Value::number(40.0)]),
        _ => panic!("the thread should finish"),
    }
    assert!(matches!(
        vm.resume_thread(yielder, &[]),
        ThreadOutcome::Error(_)
    ));

    // A thread suspended inside a nested coroutine is killed with its chain;
    // the closure over the nested coroutine's local sees the closed value.
    let sleeper = thread(
        &mut session,
        "sleeper",
        r#"
        local inner = coroutine.create(function()
            local counter = 7
            peek = function() return counter end
            sleep(100)
            counter = 8
        end)
        coroutine.resume(inner)
        "#,
    );
    let vm = session.vm();
    assert!(matches!(
        vm.resume_thread(sleeper, &[]),
        ThreadOutcome::Suspended(_)
    ));
    vm.kill_thread(sleeper);
    assert_eq!(vm.thread_status(sleeper).name(), "dead");
    let peek = vm.get_global("peek");
    assert_eq!(vm.call(peek, &[]).expect("peek runs"), [Value::number(7.0)]);
    assert!(matches!(
        vm.resume_suspended(sleeper, Ok(Vec::new())),
        ThreadOutcome::Error(_)
    ));
}

#[test]
fn suspending_outside_a_host_thread_is_a_lua_error() {
    let (mut session, _out) = session();
    let result = session.run(b"return pcall(sleep, 1)", "=plain", &[]);
    let values = match result {
        Ok(values) => values,
        Err(_) => panic!("pcall catches it"),
    };
    assert_eq!(values[0], Value::boolean(false));
}
