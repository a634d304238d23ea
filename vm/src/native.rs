//! The interface of functions written in Rust: their signature, the
//! outcomes they return (values, or "call this, then continue there"), and
//! the argument checkers whose messages read as LuaJIT's
//! (`bad argument #1 to 'insert' (table expected, got nil)`).
//!
//! A native never calls Lua on the Rust stack: it returns
//! `Outcome::Call` with a continuation, and the interpreter runs the call
//! as an ordinary frame and then the continuation.

use crate::error::{LuaError, RuntimeError};
use crate::gc::{FunctionRef, StringRef, TableRef};
use crate::number;
use crate::state::Vm;
use crate::thread::Protect;
use crate::value::{Type, Value};

/// A function implemented in Rust.
pub type NativeFn = fn(&mut Ctx<'_>) -> Result<Outcome, LuaError>;

/// What runs after a call requested with `Outcome::Call` finished.
pub type Continuation = fn(&mut Ctx<'_>, Completion) -> Result<Outcome, LuaError>;

/// How the call requested by a native ended.
#[derive(Clone, Copy, Debug)]
pub enum Completion {
    /// It returned: its results occupy the slots from the called
    /// function's index to the top.
    Returned,
    /// It raised this error (only with `Protect::Catch` or a handler).
    Failed(Value),
}

/// Work the driver loop owes a native frame.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Resume {
    /// Call the function (it was pushed by another native).
    Start,
    /// Run the continuation.
    Continue(Completion),
}

/// What a native function asks the interpreter to do next.
pub enum Outcome {
    /// Return the top `n` values.
    Return(usize),
    /// Call the function at index `func` (relative to the first argument)
    /// with every value above it as arguments, then run `cont`.
    Call {
        func: usize,
        cont: Continuation,
        protect: Protect,
    },
    /// Resume `thread` with the values from index `first` to the top; when
    /// it yields, returns or fails, the frame holds `true, values...` or
    /// `false, error` from index 0 and `cont` runs.
    Resume {
        thread: crate::gc::ThreadRef,
        first: usize,
        cont: Continuation,
    },
    /// Yield the values from index `first` to the top to the resumer; the
    /// values of the next resume become this function's results.
    Yield { first: usize },
    /// Suspend the whole chain of coroutines up to the thread the host
    /// resumed, handing the host this request (see `host.rs`); the values
    /// the host resumes with become this function's results.
    Suspend(Box<dyn std::any::Any>),
}

/// A native function's view of its frame: its arguments and the values it
/// pushes, addressed from 0 (the first argument).
pub struct Ctx<'vm> {
    /// The VM, for allocation and table access.
    pub vm: &'vm mut Vm,
    base: usize,
    n_args: usize,
}

impl<'vm> Ctx<'vm> {
    pub(crate) fn new(vm: &'vm mut Vm, base: usize, n_args: usize) -> Ctx<'vm> {
        Ctx { vm, base, n_args }
    }

    /// The number of arguments.
    pub fn n_args(&self) -> usize {
        self.n_args
    }

    /// Argument `index` (0-based); nil when absent.
    pub fn arg(&self, index: usize) -> Value {
        if index < self.n_args {
            self.vm.thread.stack[self.base + index]
        } else {
            Value::NIL
        }
    }

    /// The number of values in the frame (arguments plus pushed values).
    pub fn len(&self) -> usize {
        self.vm.thread.top - self.base
    }

    /// Whether the frame holds no values.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The value at `index`.
    pub fn get(&self, index: usize) -> Value {
        self.vm.thread.stack[self.base + index]
    }

    /// Overwrites the value at `index`.
    pub fn set(&mut self, index: usize, value: Value) {
        self.vm.thread.stack[self.base + index] = value;
    }

    /// Pushes a value.
    pub fn push(&mut self, value: Value) {
        self.vm.push(value);
    }

    /// Drops values above `len`, or pads with nil up to it.
    pub fn set_len(&mut self, len: usize) {
        let top = self.base + len;
        self.vm.ensure_stack(top);
        for slot in self.vm.thread.top..top {
            self.vm.thread.stack[slot] = Value::NIL;
        }
        self.vm.thread.top = top;
    }

    /// Inserts `value` at `index`, shifting the values above it up.
    pub fn insert(&mut self, index: usize, value: Value) {
        self.push(Value::NIL);
        let at = self.base + index;
        let top = self.vm.thread.top;
        self.vm.thread.stack.copy_within(at..top - 1, at + 1);
        self.vm.thread.stack[at] = value;
    }

    /// Returns one value.
    pub fn ret1(&mut self, value: Value) -> Result<Outcome, LuaError> {
        self.push(value);
        Ok(Outcome::Return(1))
    }

    /// Returns no value.
    pub fn ret0(&mut self) -> Result<Outcome, LuaError> {
        Ok(Outcome::Return(0))
    }

    /// Upvalue `index` of the running native function (nil if absent).
    pub fn upvalue(&self, index: usize) -> Value {
        let frame = self.vm.thread.frames.last().expect("a native frame");
        match self.vm.heap.function(frame.function) {
            crate::function::Function::Native(native) => {
                native.upvalues.get(index).copied().unwrap_or(Value::NIL)
            }
            crate::function::Function::Lua(_) => Value::NIL,
        }
    }

    /// Interns a string and returns it as a value.
    pub fn string(&mut self, bytes: &[u8]) -> Value {
        Value::string(self.vm.heap.intern(bytes))
    }

    /// An error with the position of the calling Lua code prefixed
    /// (Lua's `luaL_error`).
    pub fn error(&mut self, message: &str) -> LuaError {
        self.vm.located_error(message.as_bytes(), 1)
    }

    /// `bad argument #n to 'name' (message)`, `n` counted from 1.
    pub fn arg_error(&mut self, index: usize, message: &str) -> LuaError {
        let frame = self.vm.thread.frames.len() - 1;
        let (kind, name) = match self.vm.function_name(frame) {
            Some((kind, name)) => (kind, name),
            None => ("", "?".to_string()),
        };
        let err = if kind == "method" {
            if index == 0 {
                RuntimeError::BadSelf(name, message.to_string())
            } else {
                RuntimeError::BadArgument(index, name, message.to_string())
            }
        } else {
            RuntimeError::BadArgument(index + 1, name, message.to_string())
        };
        self.vm.located_error(err.to_string().as_bytes(), 1)
    }

    /// `bad argument #n to 'name' (T expected, got U)`.
    pub fn type_error(&mut self, index: usize, expected: &str) -> LuaError {
        let got = if index < self.n_args {
            self.arg(index).type_name()
        } else {
            "no value"
        };
        self.arg_error(index, &format!("{expected} expected, got {got}"))
    }

    /// Any argument, present (possibly nil).
    pub fn check_any(&mut self, index: usize) -> Result<Value, LuaError> {
        if index < self.n_args {
            Ok(self.arg(index))
        } else {
            Err(self.arg_error(index, "value expected"))
        }
    }

    /// A table argument.
    pub fn check_table(&mut self, index: usize) -> Result<TableRef, LuaError> {
        match self.arg(index).as_table() {
            Some(table) => Ok(table),
            None => Err(self.type_error(index, "table")),
        }
    }

    /// A function argument.
    pub fn check_function(&mut self, index: usize) -> Result<FunctionRef, LuaError> {
        match self.arg(index).as_function() {
            Some(function) => Ok(function),
            None => Err(self.type_error(index, "function")),
        }
    }

    /// A number argument; strings that look like numbers are converted.
    pub fn check_number(&mut self, index: usize) -> Result<f64, LuaError> {
        match self.vm.to_number(self.arg(index)) {
            Some(n) => Ok(n),
            None => Err(self.type_error(index, "number")),
        }
    }

    /// An optional number argument.
    pub fn opt_number(&mut self, index: usize, default: f64) -> Result<f64, LuaError> {
        if self.arg(index).is_nil() {
            Ok(default)
        } else {
            self.check_number(index)
        }
    }

    /// An integer argument, truncated toward zero as LuaJIT's `lj_lib_checkint`.
    pub fn check_integer(&mut self, index: usize) -> Result<i64, LuaError> {
        let n = self.check_number(index)?;
        Ok(number_to_integer(n))
    }

    /// An integer argument in `low..=high`, as LuaJIT's
    /// `lj_lib_checkintrange`: only numbers are accepted (strings are not
    /// converted), truncated as `check_integer` does, and anything outside
    /// the range is `number out of range`.
    pub fn check_integer_in(&mut self, index: usize, low: i64, high: i64) -> Result<i64, LuaError> {
        let Some(n) = self.arg(index).as_number().filter(|_| index < self.n_args) else {
            return Err(self.type_error(index, "number"));
        };
        let n = number_to_integer(n);
        if (low..=high).contains(&n) {
            Ok(n)
        } else {
            Err(self.arg_error(index, "number out of range"))
        }
    }

    /// An optional integer argument.
    pub fn opt_integer(&mut self, index: usize, default: i64) -> Result<i64, LuaError> {
        if self.arg(index).is_nil() {
            Ok(default)
        } else {
            self.check_integer(index)
        }
    }

    /// A string argument; numbers are converted (and the argument slot
    /// replaced by the string, as Lua's `lua_tolstring` does).
    pub fn check_string(&mut self, index: usize) -> Result<StringRef, LuaError> {
        let value = self.arg(index);
        if let Some(s) = value.as_string() {
            return Ok(s);
        }
        if let Some(n) = value.as_number() {
            let s = self.vm.heap.intern(number::format(n).as_bytes());
            self.set(index, Value::string(s));
            return Ok(s);
        }
        Err(self.type_error(index, "string"))
    }

    /// An optional string argument.
    pub fn opt_string(&mut self, index: usize) -> Result<Option<StringRef>, LuaError> {
        if self.arg(index).is_nil() {
            Ok(None)
        } else {
            self.check_string(index).map(Some)
        }
    }

    /// The bytes of a string argument, copied.
    pub fn check_bytes(&mut self, index: usize) -> Result<Vec<u8>, LuaError> {
        let s = self.check_string(index)?;
        Ok(self.vm.heap.string(s).as_bytes().to_vec())
    }

    /// Whether argument `index` has type `ty`.
    pub fn arg_is(&self, index: usize, ty: Type) -> bool {
        index < self.n_args && self.arg(index).type_of() == ty
    }
}

/// A double to a 32-bit integer as LuaJIT's `lj_num2int` does on x86-64:
/// truncation, and the "integer indefinite" value `i32::MIN` out of range.
pub fn number_to_integer(n: f64) -> i64 {
    if n.is_nan() || n >= 2_147_483_648.0 || n <= -2_147_483_649.0 {
        i64::from(i32::MIN)
    } else {
        n as i64
    }
}
