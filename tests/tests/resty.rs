//! The OpenResty scheduler (`lunaris resty`), tested against the orderings,
//! results and messages of `../shared/spec/openresty-scheduler.md`: each
//! test quotes the section whose statement it checks. Scripts run through
//! `lunaris::run_resty` with captured output.

use crate::scripts::Captured;

/// What a script printed on stdout and stderr, and its exit status.
struct Run {
    out: String,
    err: String,
    status: i32,
}

fn resty(code: &str) -> Run {
    let out = Captured::default();
    let err = Captured::default();
    let status = lunaris::run_resty(
        code.as_bytes(),
        "=script",
        &["script.lua".to_string()],
        out.clone(),
        Box::new(err.clone()),
    );
    Run {
        out: String::from_utf8_lossy(&out.bytes()).into_owned(),
        err: String::from_utf8_lossy(&err.bytes()).into_owned(),
        status,
    }
}

/// Runs `code` and checks it printed `lines` (one per line) and exited 0.
fn expect_lines(code: &str, lines: &[&str]) -> Run {
    let run = resty(code);
    let expected: String = lines.iter().map(|line| format!("{line}\n")).collect();
    assert_eq!(run.out, expected, "stderr: {}", run.err);
    assert_eq!(run.status, 0, "stderr: {}", run.err);
    run
}

/// The spec's §7 helper: prints all values joined by ", ".
const P: &str = r#"
local function p(...)
  local t = {}
  for i = 1, select('#', ...) do t[#t + 1] = tostring((select(i, ...))) end
  ngx.say(table.concat(t, ", "))
end
"#;

// §1.5 worked example A / §7 T1: "Output: m0 m1 w-a m2 w-b m3 w-c m4";
// §1.4: "with an empty queue the thread is resumed at once".
#[test]
fn manual_time_slicing_between_entry_and_one_thread() {
    expect_lines(
        r#"
        local function worker()
          ngx.say("w-a"); coroutine.yield()
          ngx.say("w-b"); coroutine.yield()
          ngx.say("w-c")
        end
        ngx.say("m0"); coroutine.yield()
        ngx.say("m1"); ngx.thread.spawn(worker)
        ngx.say("m2"); coroutine.yield()
        ngx.say("m3"); coroutine.yield()
        ngx.say("m4")
        "#,
        &["m0", "m1", "w-a", "m2", "w-b", "m3", "w-c", "m4"],
    );
}

// §1.5 worked example B / §7 T2: "Output: f1 g1 f2 done g2 f3 g3".
#[test]
fn two_yielding_threads_and_an_entry_that_does_not_yield() {
    expect_lines(
        r#"
        local function mk(n) return function()
          ngx.say(n, "1"); coroutine.yield(); ngx.say(n, "2"); coroutine.yield(); ngx.say(n, "3")
        end end
        ngx.thread.spawn(mk("f")); ngx.thread.spawn(mk("g")); ngx.say("done")
        "#,
        &["f1", "g1", "f2", "done", "g2", "f3", "g3"],
    );
}

// §1.5 "Spawn runs the child first ... it comes back via the posted queue,
// so threads posted earlier run before the spawner continues"; §7 T3 and T4.
#[test]
fn spawn_runs_the_child_first_and_posted_threads_before_the_spawner() {
    expect_lines(
        r#"
        local function a() ngx.say("a1") coroutine.yield() ngx.say("a2") end
        local function b() ngx.say("b1") end
        ngx.thread.spawn(a); ngx.say("e1"); ngx.thread.spawn(b); ngx.say("e2")
        "#,
        &["a1", "e1", "b1", "a2", "e2"],
    );
    expect_lines(
        r#"ngx.say("before"); ngx.thread.spawn(function() ngx.say("inside") end); ngx.say("after")"#,
        &["before", "inside", "after"],
    );
}

// §1.5 worked example C / §7 T7 (nested spawn) and worked example D / §7 T8
// (spawn from a user coroutine: the coroutine is the caller that is posted).
#[test]
fn nested_spawn_and_spawn_from_a_user_coroutine() {
    expect_lines(
        r#"
        local g = function() ngx.say("in g") end
        ngx.say("before f")
        ngx.thread.spawn(function() ngx.say("before g"); ngx.thread.spawn(g); ngx.say("after g") end)
        ngx.say("after f")
        "#,
        &["before f", "before g", "in g", "after f", "after g"],
    );
    expect_lines(
        r#"
        local co = coroutine.create(function()
          ngx.say("co: before"); ngx.thread.spawn(function() ngx.say("t") end); ngx.say("co: after")
        end)
        ngx.say("main: before"); coroutine.resume(co); ngx.say("main: after")
        "#,
        &[
            "main: before",
            "co: before",
            "t",
            "co: after",
            "main: after",
        ],
    );
}

// §1.6 "If the entry thread returns while light threads are still running,
// the phase keeps going"; §7 T5 and T6 (sleepers wake in deadline order).
#[test]
fn entry_finishing_first_and_sleepers_in_deadline_order() {
    expect_lines(
        r#"ngx.say("a"); ngx.thread.spawn(function() ngx.say("t1"); ngx.sleep(0.05); ngx.say("t2") end); ngx.say("b")"#,
        &["a", "t1", "b", "t2"],
    );
    expect_lines(
        r#"
        ngx.thread.spawn(function() ngx.say("f start"); ngx.sleep(0.2); ngx.say("f end") end)
        ngx.thread.spawn(function() ngx.say("g start"); ngx.sleep(0.1); ngx.say("g end") end)
        ngx.say("main end")
        "#,
        &["f start", "g start", "main end", "g end", "f end"],
    );
}

// §3.4 / §7 T9: "the values are discarded, the call returns no values, the
// thread stays running".
#[test]
fn yield_in_a_thread_discards_values() {
    expect_lines(
        r#"
        ngx.say(select('#', coroutine.yield()))
        ngx.say(select('#', coroutine.yield(1, "a")))
        ngx.say(coroutine.status(coroutine.running()))
        "#,
        &["0", "0", "running"],
    );
}

// §4.1 / §7 T10: sleep(0) gives "a 1, b 1, entry, a 2, b 2, entry again,
// a 3, b 3"; coroutine.yield() gives "a 1, b 1, a 2, entry, b 2, a 3,
// entry again, b 3".
#[test]
fn sleep_zero_and_yield_fairness() {
    expect_lines(
        r#"
        local function f(name) for i = 1, 3 do ngx.say(name, " ", i) ngx.sleep(0) end end
        ngx.thread.spawn(f, "a"); ngx.thread.spawn(f, "b")
        ngx.say("entry"); ngx.sleep(0); ngx.say("entry again")
        "#,
        &[
            "a 1",
            "b 1",
            "entry",
            "a 2",
            "b 2",
            "entry again",
            "a 3",
            "b 3",
        ],
    );
    expect_lines(
        r#"
        local function f(name) for i = 1, 3 do ngx.say(name, " ", i) coroutine.yield() end end
        ngx.thread.spawn(f, "a"); ngx.thread.spawn(f, "b")
        ngx.say("entry"); coroutine.yield(); ngx.say("entry again")
        "#,
        &[
            "a 1",
            "b 1",
            "a 2",
            "entry",
            "b 2",
            "a 3",
            "entry again",
            "b 3",
        ],
    );
}

// §2.1 "Right after spawn returns, coroutine.status(co) is ... zombie if it
// already ended"; §2.2 zombie results, "a dead one ... if it is the last
// argument, return nil, "already waited or killed""; §7 T11.
#[test]
fn status_after_spawn_wait_results_and_second_wait() {
    expect_lines(
        r#"
        local t = ngx.thread.spawn(function() return "r1", "r2" end)
        ngx.say(coroutine.status(t))
        local a, b, c = ngx.thread.wait(t)
        ngx.say(tostring(a), " ", b, " ", c)
        ngx.say(coroutine.status(t))
        ngx.say(ngx.thread.wait(t))
        "#,
        &[
            "zombie",
            "true r1 r2",
            "dead",
            "nilalready waited or killed",
        ],
    );
}

// §2.2: "The first marked child to end resumes the caller with that
// child's results (wait-any)"; "Return values mirror coroutine.resume ...
// including embedded nils"; "Waiting does not change the caller's status";
// §1.2 "a light thread blocked in ngx.sleep reports running".
#[test]
fn wait_blocks_until_the_first_child_ends() {
    expect_lines(
        &format!(
            "{P}{}",
            r#"
            local slow = ngx.thread.spawn(function() ngx.sleep(0.1) return "slow" end)
            local fast = ngx.thread.spawn(function() ngx.sleep(0.02) return 1, nil, 3 end)
            p(coroutine.status(slow), coroutine.status(fast))
            p(ngx.thread.wait(slow, fast))
            p(coroutine.status(fast), coroutine.status(slow))
            p(ngx.thread.wait(slow))
            "#
        ),
        &[
            "running, running",
            "true, 1, nil, 3",
            "dead, running",
            "true, slow",
        ],
    );
}

// §2.2: a failed thread gives "false" and the error; §2.4 "Light thread
// error ... Other threads are not affected", logged as "lua user thread
// aborted: runtime error: <msg>".
#[test]
fn wait_returns_a_light_thread_error_and_only_that_thread_ends() {
    let run = expect_lines(
        &format!(
            "{P}{}",
            r#"
            local t = ngx.thread.spawn(function() ngx.sleep(0.01) error("bad bad!") end)
            local u = ngx.thread.spawn(function() ngx.sleep(0.02) ngx.say("u still runs") end)
            p(ngx.thread.wait(t))
            ngx.say("entry goes on")
            "#
        ),
        &["false, script:8: bad bad!", "entry goes on", "u still runs"],
    );
    assert!(
        run.err
            .contains("lua user thread aborted: runtime error: script:8: bad bad!"),
        "{}",
        run.err
    );
}

// (Called straight from pcall, a native's error has no position and its
// name is '?', as §2.1 notes of LuaJIT.)
// §2.2 argument errors: "at least one coroutine should be specified",
// "attempt to wait on a coroutine that is not a user thread", "only the
// parent coroutine can wait on the thread" (§3.7: spawned in a user
// coroutine, waited on from the entry thread).
#[test]
fn wait_argument_errors() {
    expect_lines(
        &format!(
            "{P}{}",
            r#"
            p(pcall(ngx.thread.wait))
            p(pcall(ngx.thread.wait, coroutine.running()))
            p(pcall(ngx.thread.wait, coroutine.create(function() end)))
            local t
            coroutine.wrap(function() t = ngx.thread.spawn(function() ngx.sleep(0.01) end) end)()
            p(pcall(function() ngx.thread.wait(t) end))
            p(ngx.thread.kill(t))
            "#
        ),
        &[
            "false, at least one coroutine should be specified",
            "false, attempt to wait on a coroutine that is not a user thread",
            "false, attempt to wait on a coroutine that is not a user thread",
            "false, script:13: only the parent coroutine can wait on the thread",
            "nil, killer not parent",
        ],
    );
}

// §2.3: the kill table ("not user thread", "killer not parent",
// "already terminated" for a zombie, "already waited or killed", 1 for an
// alive child) and §4.1 "Killing a sleeping thread removes its timer".
#[test]
fn kill_rules_and_messages() {
    let run = expect_lines(
        &format!(
            "{P}{}",
            r#"
            p(ngx.thread.kill(coroutine.running()))
            p(ngx.thread.kill(coroutine.create(function() end)))
            local sleeper = ngx.thread.spawn(function() ngx.sleep(0.05) ngx.say("never") end)
            local child = ngx.thread.spawn(function()
              p("self", ngx.thread.kill(coroutine.running()))
              p("not mine", ngx.thread.kill(sleeper))
            end)
            p(ngx.thread.kill(sleeper))
            p(coroutine.status(sleeper))
            p(ngx.thread.kill(sleeper))
            p(ngx.thread.kill(child))
            p(ngx.thread.kill(child))
            p(pcall(ngx.thread.kill, 1))
            "#
        ),
        &[
            "nil, not user thread",
            "nil, not user thread",
            "self, nil, killer not parent",
            "not mine, nil, killer not parent",
            "1",
            "dead",
            "nil, already waited or killed",
            "nil, already terminated",
            "nil, already waited or killed",
            "false, bad argument #1 to '?' (lua thread expected)",
        ],
    );
    assert!(!run.out.contains("never"));
}

// §1.7 zombies: a finished child not waited for is a zombie "until its
// parent waits or ends"; when the parent light thread ends with an error
// its zombies are reaped too (the [BUG] zombie leak, fixed), so the
// handler ends.
#[test]
fn zombies_are_kept_for_the_parent_and_reaped_with_it() {
    let run = expect_lines(
        r#"
        local parent = ngx.thread.spawn(function()
          local z = ngx.thread.spawn(function() return "z" end)
          ngx.say("child is ", coroutine.status(z))
          ngx.sleep(0.01)
          error("parent fails")
        end)
        ngx.say("parent is ", coroutine.status(parent))
        "#,
        &["parent is running", "child is zombie"],
    );
    assert!(run.err.contains("parent fails"), "{}", run.err);
}

// §3.6: "Any blocking API ... may be called from a user coroutine ... When
// the I/O completes, the scheduler resumes the blocked coroutine directly;
// when it later yields or returns, its parent is resumed with true, ...";
// §1.2 "the entry thread viewed from a light thread while the entry is
// blocked in a coroutine.resume of a sleeping coroutine reports normal".
#[test]
fn nested_user_coroutines_sleep_and_resume_in_place() {
    expect_lines(
        &format!(
            "{P}{}",
            r#"
            local entry = coroutine.running()
            ngx.thread.spawn(function()
              for i = 1, 2 do
                ngx.sleep(0.03)
                p("light: tick " .. i, "entry status=" .. coroutine.status(entry))
              end
            end)
            local co = coroutine.create(function(a)
              p("co: start", a)
              local inner = coroutine.wrap(function()
                ngx.sleep(0.05)
                coroutine.yield("inner woke")
              end)
              p("co: inner gave", inner())
              return "co done"
            end)
            p("entry: resume gave", coroutine.resume(co, "A"))
            p("entry:", coroutine.status(co))
            "#
        ),
        &[
            "co: start, A",
            "light: tick 1, entry status=normal",
            "co: inner gave, inner woke",
            "entry: resume gave, true, co done",
            "entry:, dead",
            "light: tick 2, entry status=dead",
        ],
    );
}

// §2.6: "ngx.exit ... Code after it never runs, even if the call is wrapped
// in pcall or made from inside a user coroutine"; "all other threads of the
// handler are killed first" (TEST 094#1: a light thread exits while the
// entry thread is posted; the entry never prints again).
#[test]
fn exit_stops_every_thread_of_the_handler() {
    let run = expect_lines(
        r#"
        ngx.thread.spawn(function() ngx.sleep(0.05) ngx.say("sleeper never") end)
        ngx.thread.spawn(function()
          ngx.say("exiting")
          coroutine.wrap(function() pcall(ngx.exit, ngx.OK) ngx.say("after exit") end)()
          ngx.say("after wrap")
        end)
        ngx.say("entry never")
        "#,
        &["exiting"],
    );
    assert_eq!(run.err, "");
    let error = resty(r#"local ok, err = pcall(ngx.exit, ngx.AGAIN) ngx.say(err)"#);
    assert_eq!(
        error.out,
        "bad argument to 'ngx.exit': does not accept NGX_AGAIN or NGX_DONE\n"
    );
}

// §2.4 "Entry thread error ... All light threads and coroutines of the
// handler are killed"; resty prints "ERROR: " and the message and exits 1.
#[test]
fn an_entry_thread_error_ends_the_handler() {
    let run = resty(
        r#"
        ngx.thread.spawn(function() ngx.sleep(0.01) ngx.say("never") end)
        ngx.say("before")
        error("entry fails")
        "#,
    );
    assert_eq!(run.out, "before\n");
    assert_eq!(run.status, 1);
    assert!(
        run.err.starts_with("ERROR: script:4: entry fails\n"),
        "{}",
        run.err
    );
}

// §4.2: "The callback runs later as the entry thread of a fresh fake
// request ... called as callback(premature, arg1, arg2, ...)"; "success →
// returns 1"; "Inside a callback, running_count() includes itself"; the
// pending count is "decremented when it fires"; argument errors.
#[test]
fn timers_run_as_new_handlers_with_their_arguments() {
    expect_lines(
        &format!(
            "{P}{}",
            r#"
            p(ngx.timer.at(0.02, function(premature, a, b)
              p("late", premature, a, b, ngx.timer.running_count(), ngx.timer.pending_count())
            end, "x", 2))
            p(ngx.timer.at(0, function(premature, ...)
              p("zero", premature, select('#', ...), ngx.timer.running_count(), ngx.timer.pending_count())
              ngx.thread.spawn(function() ngx.sleep(0.03) p("timer thread") end)
            end))
            p("pending", ngx.timer.pending_count(), ngx.timer.running_count())
            p(pcall(ngx.timer.at, 1))
            p(pcall(function() ngx.timer.at(1, print) end))
            "#
        ),
        &[
            "1",
            "1",
            "pending, 2, 0",
            "false, expecting at least 2 arguments but got 1",
            "false, script:17: bad argument #2 to 'at' (Lua function expected)",
            "zero, false, 0, 1, 1",
            "late, false, x, 2, 2, 0",
            "timer thread",
        ],
    );
}

// §4.1 argument checks: "attempt to pass <n> arguments, but accepted 1",
// "bad argument #1 to 'sleep' (number expected, got <type>)", negative →
// "invalid sleep duration "-1000""; a sleep returns no values; §4.3 the
// clocks: ngx.now() is constant within a run of Lua code and reflects the
// time after a sleep; ngx.time() is its integer part.
#[test]
fn sleep_arguments_and_clocks() {
    expect_lines(
        &format!(
            "{P}{}",
            r#"
            p(pcall(ngx.sleep))
            p(pcall(ngx.sleep, 1, 2))
            p(pcall(function() ngx.sleep("x") end))
            p(pcall(function() ngx.sleep(-1) end))
            p(select('#', ngx.sleep(0.001)))
            local t0 = ngx.now()
            local spin = 0
            for i = 1, 100000 do spin = spin + i end
            p(ngx.now() == t0, ngx.time() == math.floor(t0))
            ngx.sleep(0.02)
            p(ngx.now() - t0 >= 0.015)
            ngx.update_time()
            p(select('#', ngx.update_time()))
            "#
        ),
        &[
            "false, attempt to pass 0 arguments, but accepted 1",
            "false, attempt to pass 2 arguments, but accepted 1",
            "false, script:10: bad argument #1 to 'sleep' (number expected, got string)",
            "false, script:11: invalid sleep duration \"-1000\"",
            "0",
            "true, true",
            "true",
            "0",
        ],
    );
}

// A delay too long to count never comes due (it must not wrap around and
// fire at once); killing the sleeper is the way out.
#[test]
fn an_endless_sleep_waits_until_killed() {
    expect_lines(
        &format!(
            "{P}{}",
            r#"
            local t = ngx.thread.spawn(function() ngx.sleep(math.huge) p("woke") end)
            ngx.sleep(0.01)
            p(coroutine.status(t), ngx.thread.kill(t))
            "#
        ),
        &["running, 1"],
    );
}

// The `ngx` table of the issue: constants, null, config.ngx_lua_version,
// ngx.ctx per handler, say/print output (print adds no newline, tables are
// flattened, ngx.null prints as null).
#[test]
fn the_ngx_table() {
    expect_lines(
        &format!(
            "{P}{}",
            r#"
            p(ngx.OK, ngx.ERROR, ngx.AGAIN, ngx.DONE, ngx.DECLINED)
            p(ngx.STDERR, ngx.EMERG, ngx.ALERT, ngx.CRIT, ngx.ERR, ngx.WARN, ngx.NOTICE, ngx.INFO, ngx.DEBUG)
            p(ngx.config.ngx_lua_version >= 10023, type(ngx.null))
            ngx.print("a", 1, true, nil, ngx.null, {"x", {"y"}})
            ngx.say()
            ngx.ctx.seen = "entry"
            ngx.timer.at(0, function() p("timer ctx", ngx.ctx.seen) end)
            p("entry ctx", ngx.ctx.seen)
            "#
        ),
        &[
            "0, -1, -2, -4, -5",
            "0, 1, 2, 3, 4, 5, 6, 7, 8",
            "true, userdata",
            "a1truenilnullxy",
            "entry ctx, entry",
            "timer ctx, nil",
        ],
    );
}

// §1.7 "whenever a coroutine record becomes dead for any reason, reap its
// zombie children": a zombie whose parent is a user coroutine that has
// returned cannot be waited on any more, so the handler still ends; a
// killed parent's children run on, and are deleted when they end (§1.6
// "A light thread whose parent has died simply runs to completion").
#[test]
fn zombies_of_dead_user_coroutines_and_orphans_do_not_keep_the_handler() {
    expect_lines(
        r#"
        local co = coroutine.wrap(function()
          local z = ngx.thread.spawn(function() return 1 end)
          ngx.say("in co: ", coroutine.status(z))
        end)
        co()
        local parent = ngx.thread.spawn(function()
          ngx.thread.spawn(function() ngx.sleep(0.02) ngx.say("orphan ends") end)
          ngx.sleep(1)
        end)
        ngx.say("kill: ", ngx.thread.kill(parent))
        "#,
        &["in co: zombie", "kill: 1", "orphan ends"],
    );
}

// The `lunaris resty script.lua [args]` subcommand: the script gets its
// arguments, and the process exits 0 after its light threads and timers.
#[test]
fn the_resty_subcommand_runs_a_script_file() {
    let dir = std::env::temp_dir().join(format!("lunaris-resty-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let script = dir.join("hello.lua");
    std::fs::write(
        &script,
        r#"ngx.timer.at(0.01, function(premature, who) ngx.say("timer for ", who) end, arg[1])
           ngx.thread.spawn(function() ngx.sleep(0.005) print("thread") end)
           ngx.say("hello ", ...)"#,
    )
    .expect("script written");
    let out = Captured::default();
    let err = Captured::default();
    let argv: Vec<String> = ["lunaris", "resty", &script.to_string_lossy(), "world"]
        .iter()
        .map(|arg| arg.to_string())
        .collect();
    let streams = lunaris::cli::Streams {
        stdout: lunaris::cli::SharedWriter::new(out.clone()),
        stderr: Box::new(err.clone()),
        stdin: Box::new(std::io::empty()),
        terminal: false,
        lua_init: None,
    };
    let status = lunaris::cli::run(&argv, streams);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(String::from_utf8_lossy(&err.bytes()), "");
    assert_eq!(status, 0);
    assert_eq!(
        String::from_utf8_lossy(&out.bytes()),
        "hello world\nthread\ntimer for world\n"
    );
}
