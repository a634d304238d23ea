//! `Vm`: the global state (heap, globals, registry, the string metatable,
//! interned metamethod names) plus the running thread, and the embedding
//! API the CLI and the standard library use.

use std::rc::Rc;

use crate::bytecode::{Constant, ProtoBlueprint};
use crate::error::{LuaError, RuntimeError};
use crate::function::{Function, LuaClosure, NativeClosure, Prototype};
use crate::gc::{Heap, Roots, StringRef, TableRef, ThreadRef};
use crate::meta::MetaMethod;
use crate::native::{Completion, NativeFn, Resume};
use crate::number;
use crate::table::Table;
use crate::thread::{Coroutine, ReturnTo, Status, ThreadState};
use crate::value::{Type, Value};

/// Slots kept free above every Lua frame, for metamethod and generic-`for`
/// calls.
pub(crate) const STACK_EXTRA: usize = 16;
/// The most stack slots (and frames) a thread may use. LuaJIT stops at
/// 65500 slots; Lunaris deliberately allows more, so a coroutine can yield
/// from the bottom of a 100 000-deep recursion, while runaway recursion
/// still ends in "stack overflow" (a million-deep one does).
pub(crate) const MAX_STACK: usize = 1_000_000;

/// A Lua virtual machine: one global state and its running thread.
pub struct Vm {
    /// The heap.
    pub heap: Heap,
    pub(crate) thread: ThreadState,
    pub(crate) globals: TableRef,
    pub(crate) registry: TableRef,
    pub(crate) string_metatable: Option<TableRef>,
    pub(crate) meta_names: [StringRef; MetaMethod::COUNT],
    pub(crate) host_results: Vec<Value>,
    /// The running thread.
    pub(crate) current: ThreadRef,
    /// The thread the host runs code on.
    pub(crate) main_thread: ThreadRef,
    /// Finalizers due, `(handler, userdata)`, oldest first; GC roots.
    pub(crate) finalizers: std::collections::VecDeque<(Value, Value)>,
    /// The native that calls the due finalizers one by one.
    pub(crate) finalizer_runner: Value,
    /// The finalizers `close` runs (GC roots while it runs).
    pub(crate) closing: Vec<(Value, Value)>,
    /// Where the running finalizer runner's frame is, if one runs.
    pub(crate) finalizer_frame: Option<(ThreadRef, usize)>,
    /// Set when a host-resumed thread yields, ends or suspends: the driver
    /// in `host.rs` then returns to the host.
    pub(crate) host_exit: Option<crate::host::HostExit>,
    /// The traceback of a host-resumed thread that just died of an error.
    pub(crate) host_traceback: String,
    /// Reused buffer for the values a resume or yield moves between threads.
    pub(crate) transfer: Vec<Value>,
    next_builtin_id: u32,
}

impl Default for Vm {
    fn default() -> Vm {
        Vm::new()
    }
}

impl Vm {
    /// A VM with empty globals (no libraries).
    pub fn new() -> Vm {
        let mut heap = Heap::new();
        let globals = heap.alloc_table(Table::default());
        let registry = heap.alloc_table(Table::default());
        let meta_names = MetaMethod::ALL.map(|mm| heap.intern(mm.name().as_bytes()));
        let main_thread = heap.alloc_thread(Coroutine {
            state: ThreadState::default(),
            status: Status::Running,
            resumer: None,
            host_root: false,
            suspended_leaf: None,
        });
        let finalizer_runner =
            Value::function(heap.alloc_function(Function::Native(NativeClosure {
                func: crate::interp::run_finalizers,
                upvalues: Box::new([]),
                env: globals,
                builtin_id: None,
            })));
        Vm {
            finalizers: Default::default(),
            finalizer_runner,
            finalizer_frame: None,
            closing: Vec::new(),
            host_exit: None,
            host_traceback: String::new(),
            transfer: Vec::new(),
            heap,
            thread: ThreadState::default(),
            globals,
            registry,
            string_metatable: None,
            meta_names,
            host_results: Vec::new(),
            current: main_thread,
            main_thread,
            next_builtin_id: 0,
        }
    }

    /// The globals table.
    pub fn globals(&self) -> TableRef {
        self.globals
    }

    /// The registry table (for the host and libraries).
    pub fn registry(&self) -> TableRef {
        self.registry
    }

    /// Creates a coroutine running `function` (not started).
    pub fn new_thread(&mut self, function: Value) -> Value {
        let mut state = ThreadState::default();
        state.stack.push(function);
        state.top = 1;
        let thread = self.heap.alloc_thread(Coroutine {
            state,
            status: Status::Suspended,
            resumer: None,
            host_root: false,
            suspended_leaf: None,
        });
        Value::thread(thread)
    }

    /// The status of a coroutine.
    pub fn thread_status(&self, thread: ThreadRef) -> Status {
        self.heap.thread(thread).status
    }

    /// The running coroutine, or `None` on the main thread.
    pub fn running_thread(&self) -> Option<ThreadRef> {
        (self.current != self.main_thread).then_some(self.current)
    }

    /// Replaces the globals table (`setfenv(0, t)`).
    pub fn set_globals(&mut self, globals: TableRef) {
        self.globals = globals;
    }

    /// Sets the shared metatable of strings.
    pub fn set_string_metatable(&mut self, metatable: Option<TableRef>) {
        self.string_metatable = metatable;
    }

    /// Loads a compiled chunk as a function whose environment is the globals.
    pub fn load(&mut self, blueprint: &ProtoBlueprint) -> Result<Value, LuaError> {
        let env = self.globals;
        Ok(self.load_with_env(blueprint, env))
    }

    /// Loads a compiled chunk with the given environment.
    pub fn load_with_env(&mut self, blueprint: &ProtoBlueprint, env: TableRef) -> Value {
        let chunk_name: Rc<[u8]> = blueprint.chunk_name.clone().into();
        let proto = self.load_proto(blueprint, &chunk_name);
        self.heap.allocated += crate::gc::prototype_size(&proto);
        let function = self.heap.alloc_function(Function::Lua(LuaClosure {
            proto,
            upvalues: Rc::from([]),
            env,
        }));
        Value::function(function)
    }

    fn load_proto(&mut self, blueprint: &ProtoBlueprint, chunk_name: &Rc<[u8]>) -> Rc<Prototype> {
        let constants = blueprint
            .constants
            .iter()
            .map(|constant| match constant {
                Constant::Number(n) => Value::number(*n),
                Constant::String(s) => Value::string(self.heap.intern(s)),
            })
            .collect();
        let protos = blueprint
            .protos
            .iter()
            .map(|child| self.load_proto(child, chunk_name))
            .collect();
        Rc::new(Prototype {
            code: blueprint.code.clone().into(),
            constants,
            protos,
            num_params: usize::from(blueprint.num_params),
            is_vararg: blueprint.is_vararg,
            max_stack: usize::from(blueprint.max_stack),
            upvalues: blueprint.upvalues.clone().into(),
            lines: blueprint.lines.clone().into(),
            locals: blueprint.locals.clone().into(),
            chunk_name: chunk_name.clone(),
            line_defined: blueprint.line_defined,
            last_line_defined: blueprint.last_line_defined,
            marked_epoch: std::cell::Cell::new(0),
        })
    }

    /// Calls `function` with `args` and returns its results. On error the
    /// `LuaError` carries the message and LuaJIT-style traceback text.
    ///
    /// The returned values are not GC roots: use them (or store them in a
    /// table) before the next call into the VM.
    pub fn call(&mut self, function: Value, args: &[Value]) -> Result<Vec<Value>, LuaError> {
        let func_slot = self.call_top();
        let n_args = args.len();
        self.ensure_stack(func_slot + n_args + 1 + STACK_EXTRA);
        self.thread.stack[func_slot] = function;
        self.thread.stack[func_slot + 1..func_slot + 1 + n_args].copy_from_slice(args);
        self.thread.top = func_slot + 1 + n_args;
        let depth = self.thread.frames.len();
        let started = self.precall(func_slot, n_args, ReturnTo::Host, false, None);
        let result = match started {
            Ok(_) => self.execute(depth),
            Err(err) => match self.throw(err, depth) {
                Ok(()) => self.execute(depth),
                Err(err) => Err(err),
            },
        };
        self.thread.top = func_slot;
        result.map(|()| std::mem::take(&mut self.host_results))
    }

    /// A native function value (its environment is the globals).
    pub fn native(&mut self, func: NativeFn) -> Value {
        self.native_with_upvalues(func, Vec::new())
    }

    /// A native function value with upvalues.
    pub fn native_with_upvalues(&mut self, func: NativeFn, upvalues: Vec<Value>) -> Value {
        self.next_builtin_id += 1;
        let function = self.heap.alloc_function(Function::Native(NativeClosure {
            func,
            upvalues: upvalues.into(),
            env: self.globals,
            builtin_id: Some(self.next_builtin_id),
        }));
        Value::function(function)
    }

    /// An interned string value.
    pub fn new_string(&mut self, bytes: &[u8]) -> Value {
        Value::string(self.heap.intern(bytes))
    }

    /// A new empty table value.
    pub fn new_table(&mut self) -> Value {
        Value::table(self.heap.alloc_table(Table::default()))
    }

    /// Raw `t[key] = value`, charging table growth to the heap; fails for
    /// nil and NaN keys.
    pub fn raw_set(
        &mut self,
        table: TableRef,
        key: Value,
        value: Value,
    ) -> Result<(), RuntimeError> {
        self.heap.table_mut(table).set(key, value)?;
        self.heap.charge_growth(table);
        Ok(())
    }

    /// Raw `t[key]`.
    pub fn raw_get(&self, table: TableRef, key: Value) -> Value {
        self.heap.table(table).get(key)
    }

    /// Sets a global variable.
    pub fn set_global(&mut self, name: &str, value: Value) {
        let key = self.new_string(name.as_bytes());
        self.heap.table_mut(self.globals).set_hashed(key, value);
        self.heap.charge_growth(self.globals);
    }

    /// Reads a global variable.
    pub fn get_global(&mut self, name: &str) -> Value {
        let key = self.new_string(name.as_bytes());
        self.heap.table(self.globals).get_hashed(key)
    }

    /// Sets `table.name = value` (library registration).
    pub fn set_field(&mut self, table: TableRef, name: &str, value: Value) {
        let key = self.new_string(name.as_bytes());
        self.heap.table_mut(table).set_hashed(key, value);
        self.heap.charge_growth(table);
    }

    /// Number coercion as arithmetic does it: numbers, and strings that
    /// parse as numbers.
    #[inline]
    pub fn to_number(&self, value: Value) -> Option<f64> {
        match value.as_number() {
            Some(n) => Some(n),
            None => value
                .as_string()
                .and_then(|s| number::parse_string(self.heap.string(s).as_bytes())),
        }
    }

    /// The bytes of a string value, or of a number converted as `..` does.
    pub fn to_bytes(&self, value: Value) -> Option<Vec<u8>> {
        if let Some(s) = value.as_string() {
            Some(self.heap.string(s).as_bytes().to_vec())
        } else {
            value.as_number().map(|n| number::format(n).into_bytes())
        }
    }

    /// `tostring` without metamethods: `nil`, `true`, numbers as `%.14g`,
    /// strings as themselves, objects as `type: 0x...`.
    pub fn to_display(&self, value: Value) -> Vec<u8> {
        match value.type_of() {
            Type::Nil => b"nil".to_vec(),
            Type::Boolean => {
                if value.is_truthy() {
                    b"true".to_vec()
                } else {
                    b"false".to_vec()
                }
            }
            Type::Number | Type::String => self.to_bytes(value).unwrap_or_default(),
            Type::Function => {
                let function = value.as_function().expect("function value");
                match self.heap.function(function) {
                    Function::Native(NativeClosure {
                        builtin_id: Some(id),
                        ..
                    }) => format!("function: builtin#{id}").into_bytes(),
                    _ => format!("function: {}", object_address(function.index(), 2)).into_bytes(),
                }
            }
            Type::Table => {
                let index = value.as_table().map_or(0, |t| t.index());
                format!("table: {}", object_address(index, 1)).into_bytes()
            }
            Type::Userdata => {
                let index = value.as_userdata().map_or(0, |u| u.index());
                format!("userdata: {}", object_address(index, 3)).into_bytes()
            }
            Type::Thread => {
                let index = value.as_thread().map_or(0, |t| t.index());
                format!("thread: {}", object_address(index, 4)).into_bytes()
            }
        }
    }

    /// Pushes a value at the top of the running thread's stack.
    #[inline]
    pub(crate) fn push(&mut self, value: Value) {
        let top = self.thread.top;
        if top < self.thread.stack.len() {
            self.thread.stack[top] = value;
        } else {
            self.thread.stack.push(value);
        }
        self.thread.top = top + 1;
    }

    /// Grows the stack so that slots below `len` exist.
    #[inline]
    pub(crate) fn ensure_stack(&mut self, len: usize) {
        self.thread.grow_stack(len);
    }

    /// The first free slot above everything the running frames use.
    pub(crate) fn call_top(&self) -> usize {
        match self.thread.frames.last() {
            Some(frame) => match &frame.proto {
                Some(proto) => (frame.base + proto.max_stack).max(self.thread.top),
                None => self.thread.top,
            },
            None => self.thread.top,
        }
    }

    /// Runs a collection if the allocation budget is spent. Callers make
    /// sure every live value is in a root (stack slots, tables) first.
    #[inline]
    pub(crate) fn check_gc(&mut self) {
        if self.heap.should_collect() && self.heap.running {
            self.collect_garbage();
        }
    }

    /// Closes the state as `lua_close` does: every userdata with a `__gc`
    /// metamethod that was not finalized yet is finalized now, reachable
    /// or not, newest first (after any finalizers already due). Errors in
    /// finalizers are ignored, as LuaJIT ignores them at close. The embedder
    /// calls this once, after its last call into the VM.
    pub fn close(&mut self) {
        let gc_key = self.meta_names[MetaMethod::Gc as usize];
        let mut due: Vec<(Value, Value)> = self.finalizers.drain(..).collect();
        due.extend(self.heap.unfinalized_userdata(gc_key));
        // `closing` is a GC root, so the finalizers may allocate freely.
        self.closing = due;
        for index in 0..self.closing.len() {
            let (handler, userdata) = self.closing[index];
            let _ = self.call(handler, &[userdata]);
        }
        self.closing.clear();
    }

    /// The native that runs the finalizers due, when there are any: a
    /// native that wants them run before it returns (`collectgarbage`)
    /// calls it with no arguments.
    pub fn pending_finalizers(&self) -> Option<Value> {
        (!self.finalizers.is_empty()).then_some(self.finalizer_runner)
    }

    /// A full collection. `__gc` finalizers that become due are queued and
    /// run by the interpreter as ordinary calls at its next safepoint (or
    /// at once by a native that calls `pending_finalizers`).
    pub fn collect_garbage(&mut self) {
        let live_top = self.call_top().max(self.thread.top);
        let stack_len = self.thread.stack.len();
        self.thread.stack[live_top.min(stack_len)..].fill(Value::NIL);
        let open: Vec<_> = self
            .thread
            .open_upvalues
            .iter()
            .map(|&(_, uv)| uv)
            .collect();
        let protos: Vec<_> = self
            .thread
            .frames
            .iter()
            .filter_map(|frame| frame.proto.clone())
            .collect();
        let mut tables = vec![self.globals, self.registry];
        tables.extend(self.string_metatable);
        let mode_key = self.meta_names[MetaMethod::Mode as usize];
        let mut values = std::mem::take(&mut self.thread.stack);
        values.extend(
            self.thread
                .frames
                .iter()
                .map(|f| Value::function(f.function)),
        );
        values.extend(self.host_results.iter().copied());
        let pending_errors = self
            .thread
            .frames
            .iter()
            .filter_map(|frame| match frame.pending {
                Some(Resume::Continue(Completion::Failed(value))) => Some(value),
                _ => None,
            });
        values.extend(pending_errors);
        values.push(Value::thread(self.current));
        values.push(Value::thread(self.main_thread));
        values.push(self.finalizer_runner);
        values.extend(
            self.finalizers
                .iter()
                .flat_map(|&(handler, userdata)| [handler, userdata]),
        );
        values.extend(
            self.closing
                .iter()
                .flat_map(|&(handler, userdata)| [handler, userdata]),
        );
        let due = self.heap.collect(Roots {
            values: &values,
            tables: &tables,
            upvalues: &open,
            strings: &self.meta_names,
            protos: &protos,
            mode_key,
            gc_key: self.meta_names[MetaMethod::Gc as usize],
        });
        self.finalizers.extend(due);
        values.truncate(stack_len);
        self.thread.stack = values;
    }
}

/// A stable, address-like rendering of an object's identity.
fn object_address(index: u32, kind: u64) -> String {
    format!(
        "0x{:08x}",
        0x4000_0000 + (kind << 26) + u64::from(index) * 0x40
    )
}
