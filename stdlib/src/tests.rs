//! Runs Lua snippets through the compiler, the VM and these libraries.

use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

use lunaris_vm::Vm;

/// A `print` sink the test can read back.
#[derive(Clone, Default)]
pub(crate) struct Captured(Rc<RefCell<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Runs `source` as chunk `=test`; returns what it printed, then the
/// error message if it failed.
pub(crate) fn run(source: &str) -> String {
    let mut vm = Vm::new();
    crate::open_libs(&mut vm);
    let captured = Captured::default();
    crate::set_output(&mut vm, Box::new(captured.clone()));
    let mut out = String::new();
    match lunaris_compiler::compile(source.as_bytes(), b"=test") {
        Ok(blueprint) => {
            let function = vm.load(&blueprint).expect("load");
            if let Err(err) = vm.call(function, &[]) {
                out = format!("error: {}", err.message);
            }
        }
        Err(err) => out = format!("syntax error: {err}"),
    }
    vm.close();
    let printed = String::from_utf8_lossy(&captured.0.borrow()).into_owned();
    printed + &out
}

#[test]
fn close_runs_every_pending_finalizer() {
    // luajit prints: end, bye q, bye keep, bye p (the error is ignored).
    let src = "local p = newproxy(true)
getmetatable(p).__gc = function() print('bye p') end
keep = newproxy(true)
getmetatable(keep).__gc = function() print('bye keep') end
local e = newproxy(true)
getmetatable(e).__gc = function() error('close error') end
local q = newproxy(true)
getmetatable(q).__gc = function() print('bye q') end
print('end')";
    assert_eq!(run(src), "end\nbye q\nbye keep\nbye p\n");
}

#[test]
fn prints_values() {
    assert_eq!(
        run("print(1, 'a', nil, true, 2.5)"),
        "1\ta\tnil\ttrue\t2.5\n"
    );
}

#[test]
fn calls_and_closures() {
    let src = "local function counter() local n = 0 return function() n = n + 1 return n end end
local c = counter() c() c() print(c())
local function fib(n) if n < 2 then return n end return fib(n-1) + fib(n-2) end print(fib(20))";
    assert_eq!(run(src), "3\n6765\n");
}

#[test]
fn runtime_errors_name_variables() {
    assert_eq!(
        run("local t = nil; print(t.x)"),
        "error: test:1: attempt to index local 't' (a nil value)"
    );
    assert_eq!(
        run("f()"),
        "error: test:1: attempt to call global 'f' (a nil value)"
    );
    assert_eq!(
        run("local t = {x='a'} print(t.x + 1)"),
        "error: test:1: attempt to perform arithmetic on field 'x' (a string value)"
    );
    assert_eq!(
        run("print(1 < nil)"),
        "error: test:1: attempt to compare number with nil"
    );
}

#[test]
fn pcall_and_error() {
    assert_eq!(run("print(pcall(error, 'x'))"), "false\tx\n");
    assert_eq!(
        run("print(pcall(function() error('boom') end))"),
        "false\ttest:1: boom\n"
    );
    assert!(run("print(pcall(function() error({}) end))").starts_with("false\ttable: 0x"));
    assert_eq!(
        run("print(xpcall(function() error('a') end, function(m) return m .. '!' end))"),
        "false\ttest:1: a!\n"
    );
}

#[test]
fn deep_recursion_is_a_stack_overflow() {
    let out = run("local function f() return 1 + f() end f()");
    assert_eq!(out, "error: test:1: stack overflow");
    let out = run("local function f(n) if n == 0 then return 'done' end return f(n - 1) end print(f(1000000))");
    assert_eq!(out, "done\n");
}

#[test]
fn sorts_like_lua() {
    let src = "local t = {5,3,8,1,9,2,7} table.sort(t) print(table.concat(t, ','))
table.sort(t, function(a, b) return a > b end) print(table.concat(t, ','))";
    assert_eq!(run(src), "1,2,3,5,7,8,9\n9,8,7,5,3,2,1\n");
}
