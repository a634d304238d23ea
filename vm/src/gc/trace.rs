//! The collector: marks everything reachable from the roots with an
//! explicit gray stack (no Rust recursion proportional to the data), clears
//! dead entries of weak tables, then sweeps every arena.
//!
//! Invariant (between collections): every handle stored in a live object or
//! in a root names a live slot. Weak tables are the one place that may hold
//! unmarked objects during a collection; they are cleared before the sweep.

use std::rc::Rc;

use super::heap::Heap;
use super::{StringRef, TableRef, UpvalueRef, UserdataRef};
use crate::function::{Function, Prototype, Upvalue};
use crate::native::{Completion, Resume};
use crate::value::{Type, Value};

/// What the VM hands to the collector as roots.
pub(crate) struct Roots<'a> {
    /// Stack slots and other loose values.
    pub values: &'a [Value],
    /// Tables held by the VM (globals, registry, type metatables).
    pub tables: &'a [TableRef],
    /// Open upvalues.
    pub upvalues: &'a [UpvalueRef],
    /// Strings that must never be collected (metamethod names).
    pub strings: &'a [StringRef],
    /// Prototypes of running frames.
    pub protos: &'a [Rc<Prototype>],
    /// The interned `"__mode"`.
    pub mode_key: StringRef,
    /// The interned `"__gc"`.
    pub gc_key: StringRef,
}

#[derive(Clone, Copy)]
enum Gray {
    Table(u32),
    Function(u32),
    Upvalue(u32),
    Userdata(u32),
    Thread(u32),
}

struct Marker {
    gray: Vec<Gray>,
    protos: Vec<Rc<Prototype>>,
    weak: Vec<(u32, bool, bool)>,
    scratch: Vec<Value>,
}

impl Heap {
    /// A full collection. Returns the finalizers due, as `(__gc handler,
    /// userdata)` pairs, newest userdata first by creation (as Lua 5.1 and
    /// LuaJIT call them): unreachable userdata whose metatable has `__gc` and that were
    /// not finalized before. They and everything they reach survive this
    /// collection; each is finalized once and freed by a later collection.
    pub(crate) fn collect(&mut self, roots: Roots<'_>) -> Vec<(Value, Value)> {
        self.epoch = self.epoch.wrapping_add(1);
        let mut marker = Marker {
            gray: Vec::new(),
            protos: roots.protos.to_vec(),
            weak: Vec::new(),
            scratch: Vec::new(),
        };
        for &value in roots.values {
            self.mark_value(value, &mut marker);
        }
        for &table in roots.tables {
            self.mark_value(Value::table(table), &mut marker);
        }
        for &upvalue in roots.upvalues {
            if self.upvalues.mark(upvalue.0) {
                marker.gray.push(Gray::Upvalue(upvalue.0));
            }
        }
        for &string in roots.strings {
            self.strings.mark(string.0);
        }
        self.propagate(&mut marker, roots.mode_key);
        let due = self.separate_finalizable(roots.gc_key);
        for &(handler, userdata) in &due {
            self.mark_value(handler, &mut marker);
            self.mark_value(userdata, &mut marker);
        }
        self.propagate(&mut marker, roots.mode_key);
        self.clear_weak(&marker.weak);
        self.sweep();
        due
    }

    /// Every userdata with a `__gc` metamethod not finalized yet, newest
    /// first, with its handler; all are recorded as finalized (`Vm::close`).
    pub(crate) fn unfinalized_userdata(&mut self, gc_key: StringRef) -> Vec<(Value, Value)> {
        self.finalizable(gc_key, false)
    }

    /// The unmarked, not yet finalized userdata with a `__gc` metamethod,
    /// newest first, with their handlers; they are recorded as finalized.
    fn separate_finalizable(&mut self, gc_key: StringRef) -> Vec<(Value, Value)> {
        self.finalizable(gc_key, true)
    }

    fn finalizable(&mut self, gc_key: StringRef, only_unmarked: bool) -> Vec<(Value, Value)> {
        let mut due = Vec::new();
        for (index, userdata) in self.userdata.iter() {
            if only_unmarked && self.userdata.is_marked(index) || self.finalized.contains(&index) {
                continue;
            }
            let Some(metatable) = userdata.metatable else {
                continue;
            };
            let handler = self
                .tables
                .get(metatable.0)
                .get_hashed(Value::string(gc_key));
            if !handler.is_nil() {
                due.push((handler, Value::userdata(UserdataRef(index))));
            }
        }
        let serial = |userdata: &Value| {
            userdata
                .as_userdata()
                .map_or(0, |u| self.userdata_serials[u.0 as usize])
        };
        due.sort_by_key(|(_, userdata)| std::cmp::Reverse(serial(userdata)));
        for (_, userdata) in &due {
            if let Some(userdata) = userdata.as_userdata() {
                self.finalized.insert(userdata.0);
            }
        }
        due
    }

    #[inline]
    fn mark_value(&mut self, value: Value, marker: &mut Marker) {
        match value.type_of() {
            Type::String => {
                if let Some(s) = value.as_string() {
                    self.strings.mark(s.0);
                }
            }
            Type::Table => {
                if let Some(t) = value.as_table() {
                    if self.tables.mark(t.0) {
                        marker.gray.push(Gray::Table(t.0));
                    }
                }
            }
            Type::Function => {
                if let Some(f) = value.as_function() {
                    if self.functions.mark(f.0) {
                        marker.gray.push(Gray::Function(f.0));
                    }
                }
            }
            Type::Userdata => {
                if let Some(u) = value.as_userdata() {
                    if self.userdata.mark(u.0) {
                        marker.gray.push(Gray::Userdata(u.0));
                    }
                }
            }
            Type::Thread => {
                if let Some(t) = value.as_thread() {
                    if self.threads.mark(t.0) {
                        marker.gray.push(Gray::Thread(t.0));
                    }
                }
            }
            _ => {}
        }
    }

    fn propagate(&mut self, marker: &mut Marker, mode_key: StringRef) {
        loop {
            while let Some(proto) = marker.protos.pop() {
                if proto.marked_epoch.get() == self.epoch {
                    continue;
                }
                proto.marked_epoch.set(self.epoch);
                for &constant in proto.constants.iter() {
                    self.mark_value(constant, marker);
                }
                marker.protos.extend(proto.protos.iter().cloned());
            }
            let Some(item) = marker.gray.pop() else {
                break;
            };
            let mut scratch = std::mem::take(&mut marker.scratch);
            scratch.clear();
            match item {
                Gray::Table(index) => {
                    let table = self.tables.get(index);
                    let (weak_keys, weak_values) = match table.metatable {
                        Some(mt) => {
                            scratch.push(Value::table(mt));
                            let mode = self.tables.get(mt.0).get_hashed(Value::string(mode_key));
                            match mode.as_string() {
                                Some(mode) => {
                                    let bytes = self.strings.get(mode.0).as_bytes();
                                    (bytes.contains(&b'k'), bytes.contains(&b'v'))
                                }
                                None => (false, false),
                            }
                        }
                        None => (false, false),
                    };
                    if weak_keys || weak_values {
                        marker.weak.push((index, weak_keys, weak_values));
                    }
                    table.for_each(|key, value| {
                        // Strings are values, not objects, for weak tables (Lua 5.1).
                        if !weak_keys || key.type_of() == Type::String {
                            scratch.push(key);
                        }
                        if !weak_values || value.type_of() == Type::String {
                            scratch.push(value);
                        }
                    });
                }
                Gray::Function(index) => match self.functions.get(index) {
                    Function::Lua(closure) => {
                        marker.protos.push(closure.proto.clone());
                        scratch.push(Value::table(closure.env));
                        for &upvalue in closure.upvalues.iter() {
                            if self.upvalues.mark(upvalue.0) {
                                marker.gray.push(Gray::Upvalue(upvalue.0));
                            }
                        }
                    }
                    Function::Native(native) => {
                        scratch.push(Value::table(native.env));
                        scratch.extend_from_slice(&native.upvalues);
                    }
                },
                Gray::Upvalue(index) => match *self.upvalues.get(index) {
                    Upvalue::Closed(value) => scratch.push(value),
                    // The value lives in the thread's stack: a closure that
                    // can still reach it keeps the thread alive, as its
                    // upvalue would dangle once the thread were swept.
                    Upvalue::Open(thread, _) => scratch.push(Value::thread(thread)),
                },
                Gray::Thread(index) => {
                    let thread = self.threads.get(index);
                    scratch.extend_from_slice(&thread.state.stack);
                    scratch.extend(thread.resumer.map(Value::thread));
                    for frame in &thread.state.frames {
                        scratch.push(Value::function(frame.function));
                        if let Some(proto) = &frame.proto {
                            marker.protos.push(proto.clone());
                        }
                        if let Some(Resume::Continue(Completion::Failed(value))) = frame.pending {
                            scratch.push(value);
                        }
                    }
                    for &(_, upvalue) in &thread.state.open_upvalues {
                        if self.upvalues.mark(upvalue.0) {
                            marker.gray.push(Gray::Upvalue(upvalue.0));
                        }
                    }
                }
                Gray::Userdata(index) => {
                    let userdata = self.userdata.get(index);
                    scratch.extend(userdata.metatable.map(Value::table));
                    scratch.extend(userdata.env.map(Value::table));
                }
            }
            for &value in &scratch {
                self.mark_value(value, marker);
            }
            marker.scratch = scratch;
        }
    }

    fn is_dead(&self, value: Value) -> bool {
        if let Some(t) = value.as_table() {
            !self.tables.is_marked(t.0)
        } else if let Some(f) = value.as_function() {
            !self.functions.is_marked(f.0)
        } else if let Some(u) = value.as_userdata() {
            !self.userdata.is_marked(u.0)
        } else if let Some(t) = value.as_thread() {
            !self.threads.is_marked(t.0)
        } else {
            false
        }
    }

    fn clear_weak(&mut self, weak: &[(u32, bool, bool)]) {
        for &(index, weak_keys, weak_values) in weak {
            let mut table = std::mem::take(self.tables.get_mut(index));
            table.retain(|key, value| {
                (weak_keys && self.is_dead(key)) || (weak_values && self.is_dead(value))
            });
            *self.tables.get_mut(index) = table;
        }
    }

    fn sweep(&mut self) {
        self.strings.sweep(|_, _| {});
        let capacity = self.interner.count() * 2;
        self.interner.rebuild(&self.strings, capacity);
        self.tables.sweep(|_, _| {});
        self.functions.sweep(|_, _| {});
        self.upvalues.sweep(|_, _| {});
        let finalized = &mut self.finalized;
        self.userdata.sweep(|index, _| {
            finalized.remove(&index);
        });
        self.threads.sweep(|_, _| {});
        self.recount();
    }
}
