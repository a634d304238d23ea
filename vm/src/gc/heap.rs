//! The heap: one arena per object kind, the string intern table, and the
//! byte accounting that decides when a collection is due. Collections run
//! only at safepoints chosen by the interpreter (see `Vm::check_gc`).

use std::rc::Rc;

use super::arena::Arena;
use super::{FunctionRef, StringRef, TableRef, ThreadRef, UpvalueRef, UserdataRef};
use crate::function::{Function, Prototype, Upvalue};
use crate::string::{Interner, LuaString};
use crate::table::Table;
use crate::thread::Coroutine;
use crate::userdata::Userdata;

/// Bytes charged for an object beside its payload.
pub(crate) const OBJECT_OVERHEAD: usize = 16;
/// The smallest allocation budget between two collections.
const MIN_THRESHOLD: usize = 1 << 18;

/// All heap objects of one VM.
pub struct Heap {
    pub(crate) strings: Arena<LuaString>,
    pub(crate) interner: Interner,
    pub(crate) tables: Arena<Table>,
    pub(crate) functions: Arena<Function>,
    pub(crate) upvalues: Arena<Upvalue>,
    pub(crate) userdata: Arena<Userdata>,
    pub(crate) threads: Arena<Coroutine>,
    /// Estimated bytes in use.
    pub(crate) allocated: usize,
    /// Collect when `allocated` reaches this.
    pub(crate) threshold: usize,
    /// `collectgarbage("setpause")`, in percent.
    pub(crate) pause: u32,
    /// `collectgarbage("setstepmul")`, in percent.
    pub(crate) step_multiplier: u32,
    /// False after `collectgarbage("stop")`.
    pub(crate) running: bool,
    /// Incremented by every collection; prototypes remember the last epoch
    /// in which their constants were marked.
    pub(crate) epoch: u32,
    /// Userdata whose `__gc` was already scheduled (slot indices).
    pub(crate) finalized: std::collections::HashSet<u32, ahash::RandomState>,
    /// Creation order of userdata by slot (slots are reused, so the slot
    /// index does not tell which is newer); finalizers run newest first.
    pub(crate) userdata_serials: Vec<u64>,
    next_serial: u64,
    /// Kilobytes of `collectgarbage("step", n)` requests not yet turned
    /// into a collection.
    step_credit: usize,
}

impl Heap {
    pub(crate) fn new() -> Heap {
        Heap {
            strings: Arena::new(),
            interner: Interner::new(),
            tables: Arena::new(),
            functions: Arena::new(),
            upvalues: Arena::new(),
            userdata: Arena::new(),
            threads: Arena::new(),
            allocated: 0,
            threshold: MIN_THRESHOLD,
            pause: 200,
            step_multiplier: 200,
            running: true,
            epoch: 0,
            finalized: Default::default(),
            userdata_serials: Vec::new(),
            next_serial: 0,
            step_credit: 0,
        }
    }

    /// Interns `bytes`.
    #[inline]
    pub fn intern(&mut self, bytes: &[u8]) -> StringRef {
        let (string, is_new) = self.interner.intern(&mut self.strings, bytes);
        if is_new {
            self.allocated += bytes.len() + OBJECT_OVERHEAD + 24;
        }
        string
    }

    /// The bytes of a string.
    #[inline]
    pub fn string(&self, string: StringRef) -> &LuaString {
        self.strings.get(string.0)
    }

    /// Allocates a table.
    pub fn alloc_table(&mut self, table: Table) -> TableRef {
        self.allocated += table.size_bytes() + OBJECT_OVERHEAD;
        TableRef(self.tables.insert(table))
    }

    /// A table.
    #[inline]
    pub fn table(&self, table: TableRef) -> &Table {
        self.tables.get(table.0)
    }

    /// A table, mutably. Growth is charged by `Heap::charge_growth`.
    #[inline]
    pub fn table_mut(&mut self, table: TableRef) -> &mut Table {
        self.tables.get_mut(table.0)
    }

    /// Charges the bytes a table grew by since the last charge.
    #[inline]
    pub(crate) fn charge_growth(&mut self, table: TableRef) {
        let grown = std::mem::take(&mut self.tables.get_mut(table.0).grown);
        self.allocated += grown;
    }

    /// Allocates a function.
    pub fn alloc_function(&mut self, function: Function) -> FunctionRef {
        self.allocated += function_size(&function);
        FunctionRef(self.functions.insert(function))
    }

    /// A function.
    #[inline]
    pub fn function(&self, function: FunctionRef) -> &Function {
        self.functions.get(function.0)
    }

    /// A function, mutably.
    pub fn function_mut(&mut self, function: FunctionRef) -> &mut Function {
        self.functions.get_mut(function.0)
    }

    pub(crate) fn alloc_upvalue(&mut self, upvalue: Upvalue) -> UpvalueRef {
        self.allocated += std::mem::size_of::<Upvalue>() + OBJECT_OVERHEAD;
        UpvalueRef(self.upvalues.insert(upvalue))
    }

    #[inline]
    pub(crate) fn upvalue(&self, upvalue: UpvalueRef) -> Upvalue {
        *self.upvalues.get(upvalue.0)
    }

    #[inline]
    pub(crate) fn set_upvalue(&mut self, upvalue: UpvalueRef, value: Upvalue) {
        *self.upvalues.get_mut(upvalue.0) = value;
    }

    /// Allocates a userdata.
    pub fn alloc_userdata(&mut self, userdata: Userdata) -> UserdataRef {
        self.allocated += std::mem::size_of::<Userdata>() + OBJECT_OVERHEAD;
        let index = self.userdata.insert(userdata) as usize;
        if self.userdata_serials.len() <= index {
            self.userdata_serials.resize(index + 1, 0);
        }
        self.next_serial += 1;
        self.userdata_serials[index] = self.next_serial;
        UserdataRef(index as u32)
    }

    /// A userdata.
    pub fn userdata(&self, userdata: UserdataRef) -> &Userdata {
        self.userdata.get(userdata.0)
    }

    /// A userdata, mutably.
    pub fn userdata_mut(&mut self, userdata: UserdataRef) -> &mut Userdata {
        self.userdata.get_mut(userdata.0)
    }

    /// `collectgarbage("stop")` / `("restart")`.
    pub fn set_running(&mut self, running: bool) {
        self.running = running;
    }

    /// Sets the pause (percent); returns the previous one.
    pub fn set_pause(&mut self, pause: u32) -> u32 {
        let previous = std::mem::replace(&mut self.pause, pause);
        self.set_threshold();
        previous
    }

    /// Sets the step multiplier (percent); returns the previous one. The
    /// collector is not incremental, so the value is only remembered.
    pub fn set_step_multiplier(&mut self, multiplier: u32) -> u32 {
        std::mem::replace(&mut self.step_multiplier, multiplier)
    }

    /// Whether the collector is running (`collectgarbage("isrunning")`).
    pub fn is_running(&self) -> bool {
        self.running
    }

    /// Books `collectgarbage("step", kilobytes)`: the collector is not
    /// incremental, so steps add up until they cover the heap, and then a
    /// full collection is due (and reported as a finished cycle, as
    /// LuaJIT's step returns true when its cycle ends).
    pub fn step_is_due(&mut self, kilobytes: usize) -> bool {
        self.step_credit = self.step_credit.saturating_add(kilobytes.max(1) * 1024);
        if self.step_credit >= self.allocated {
            self.step_credit = 0;
            true
        } else {
            false
        }
    }

    /// Allocates a coroutine.
    pub(crate) fn alloc_thread(&mut self, thread: Coroutine) -> ThreadRef {
        self.allocated += 256 + OBJECT_OVERHEAD;
        ThreadRef(self.threads.insert(thread))
    }

    /// A coroutine.
    pub(crate) fn thread(&self, thread: ThreadRef) -> &Coroutine {
        self.threads.get(thread.0)
    }

    /// A coroutine, mutably.
    pub(crate) fn thread_mut(&mut self, thread: ThreadRef) -> &mut Coroutine {
        self.threads.get_mut(thread.0)
    }

    /// Whether the allocation budget since the last collection is spent.
    #[inline]
    pub(crate) fn should_collect(&self) -> bool {
        self.allocated >= self.threshold
    }

    /// Estimated bytes in use.
    pub fn allocated_bytes(&self) -> usize {
        self.allocated
    }

    /// Recomputes `allocated` from the live objects and sets the next
    /// threshold from the pause.
    pub(crate) fn recount(&mut self) {
        let mut total = 0;
        for (_, string) in self.strings.iter() {
            total += string.len() + OBJECT_OVERHEAD + 24;
        }
        for (_, table) in self.tables.iter() {
            total += table.size_bytes() + OBJECT_OVERHEAD;
        }
        for (_, function) in self.functions.iter() {
            total += function_size(function);
        }
        total += self.upvalues.iter().count() * (std::mem::size_of::<Upvalue>() + OBJECT_OVERHEAD);
        for (_, thread) in self.threads.iter() {
            total += 256
                + OBJECT_OVERHEAD
                + thread.state.stack.capacity() * std::mem::size_of::<crate::value::Value>();
        }
        total += self.userdata.iter().count() * (std::mem::size_of::<Userdata>() + OBJECT_OVERHEAD);
        self.allocated = total;
        self.set_threshold();
    }

    pub(crate) fn set_threshold(&mut self) {
        let budget = (self.allocated as u128 * u128::from(self.pause) / 100) as usize;
        self.threshold = budget.max(MIN_THRESHOLD);
    }
}

fn function_size(function: &Function) -> usize {
    OBJECT_OVERHEAD
        + std::mem::size_of::<Function>()
        + match function {
            Function::Lua(closure) => closure.upvalues.len() * 4,
            Function::Native(native) => {
                native.upvalues.len() * std::mem::size_of::<crate::value::Value>()
            }
        }
}

/// Approximate bytes of a loaded prototype tree (charged once at load).
pub(crate) fn prototype_size(proto: &Rc<Prototype>) -> usize {
    let mut total = 0;
    let mut pending = vec![proto];
    while let Some(proto) = pending.pop() {
        total += proto.code.len() * 8 + proto.constants.len() * 16 + 128;
        pending.extend(proto.protos.iter());
    }
    total
}
