//! Metatables and metamethods: lookup by event, and the fallbacks of the
//! indexing, arithmetic and comparison operators. Used by the interpreter
//! and the standard library alike. Calling a metamethod is the
//! interpreter's job (`interp::call`); this file only decides *what* to do.

use crate::error::RuntimeError;
use crate::gc::TableRef;
use crate::state::Vm;
use crate::value::{Type, Value};

/// The longest `__index`/`__newindex` chain followed (LuaJIT's `LJ_MAX_IDXCHAIN`).
pub(crate) const MAX_INDEX_CHAIN: usize = 100;

macro_rules! metamethods {
    ($($variant:ident = $name:literal,)*) => {
        /// A metamethod event.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum MetaMethod { $($variant,)* }

        impl MetaMethod {
            /// Every event, in declaration order.
            pub const ALL: [MetaMethod; [$(MetaMethod::$variant),*].len()] = [$(MetaMethod::$variant),*];
            /// The number of events.
            pub const COUNT: usize = MetaMethod::ALL.len();
            // `Table::absent_events` has one bit per event.
            const _FITS: () = assert!(MetaMethod::COUNT <= 32);

            /// The metatable key (`__index`, ...).
            pub fn name(self) -> &'static str {
                match self { $(MetaMethod::$variant => $name,)* }
            }
        }
    };
}

metamethods! {
    Index = "__index",
    NewIndex = "__newindex",
    Gc = "__gc",
    Mode = "__mode",
    Eq = "__eq",
    Len = "__len",
    Lt = "__lt",
    Le = "__le",
    Concat = "__concat",
    Call = "__call",
    Add = "__add",
    Sub = "__sub",
    Mul = "__mul",
    Div = "__div",
    Mod = "__mod",
    Pow = "__pow",
    Unm = "__unm",
    Tostring = "__tostring",
    Metatable = "__metatable",
}

/// What reading `obj[key]` comes down to.
pub(crate) enum IndexStep {
    /// The value.
    Value(Value),
    /// Call this `__index` function with `(object, key)`.
    Call(Value, Value),
}

/// What writing `obj[key] = value` comes down to.
pub(crate) enum NewIndexStep {
    /// Done (a raw set was made).
    Done,
    /// Call this `__newindex` function with `(object, key, value)`.
    Call(Value, Value),
}

/// Why an index operation failed: the offending value, and whether it is
/// the operand the instruction named (so debug info can name it).
pub(crate) struct IndexFailure {
    pub error: IndexError,
    pub culprit: Value,
    pub is_operand: bool,
}

pub(crate) enum IndexError {
    NotIndexable,
    Loop,
    Key(RuntimeError),
}

impl Vm {
    /// The metatable of any value (strings share one).
    pub fn metatable(&self, value: Value) -> Option<TableRef> {
        match value.type_of() {
            Type::Table => self.heap.table(value.as_table()?).metatable,
            Type::Userdata => self.heap.userdata(value.as_userdata()?).metatable,
            Type::String => self.string_metatable,
            _ => None,
        }
    }

    /// The metamethod `event` of `value`, or nil.
    #[inline]
    pub fn metamethod(&self, value: Value, event: MetaMethod) -> Value {
        match self.metatable(value) {
            Some(mt) => self.metatable_field(mt, event),
            None => Value::NIL,
        }
    }

    /// `mt[event]`, raw.
    #[inline]
    pub fn metatable_field(&self, mt: TableRef, event: MetaMethod) -> Value {
        let table = self.heap.table(mt);
        let bit = 1 << event as u32;
        let absent = table.absent_events.get();
        if absent & bit != 0 {
            return Value::NIL;
        }
        let handler = table.get_hashed(Value::string(self.meta_names[event as usize]));
        if handler.is_nil() {
            table.absent_events.set(absent | bit);
        }
        handler
    }

    /// The `event` handler of a non-table link `current` in the chain that
    /// started at `obj`; a value without one cannot be indexed.
    fn non_table_handler(
        &self,
        obj: Value,
        current: Value,
        event: MetaMethod,
    ) -> Result<Value, IndexFailure> {
        let handler = self.metamethod(current, event);
        if handler.is_nil() {
            return Err(IndexFailure {
                error: IndexError::NotIndexable,
                culprit: current,
                is_operand: current == obj,
            });
        }
        Ok(handler)
    }

    /// Resolves `obj[key]` through `__index` chains, stopping at the first
    /// function handler.
    pub(crate) fn index_step(&self, obj: Value, key: Value) -> Result<IndexStep, IndexFailure> {
        let mut current = obj;
        for _ in 0..MAX_INDEX_CHAIN {
            let handler = if let Some(t) = current.as_table() {
                let table = self.heap.table(t);
                let value = table.get(key);
                if !value.is_nil() {
                    return Ok(IndexStep::Value(value));
                }
                match table.metatable {
                    Some(mt) => self.metatable_field(mt, MetaMethod::Index),
                    None => return Ok(IndexStep::Value(Value::NIL)),
                }
            } else {
                self.non_table_handler(obj, current, MetaMethod::Index)?
            };
            if handler.is_nil() {
                return Ok(IndexStep::Value(Value::NIL));
            }
            if handler.type_of() == Type::Function {
                return Ok(IndexStep::Call(handler, current));
            }
            current = handler;
        }
        Err(IndexFailure {
            error: IndexError::Loop,
            culprit: obj,
            is_operand: false,
        })
    }

    /// Performs `obj[key] = value` through `__newindex` chains, stopping at
    /// the first function handler.
    pub(crate) fn new_index_step(
        &mut self,
        obj: Value,
        key: Value,
        value: Value,
    ) -> Result<NewIndexStep, IndexFailure> {
        let mut current = obj;
        for _ in 0..MAX_INDEX_CHAIN {
            let handler = if let Some(t) = current.as_table() {
                let table = self.heap.table(t);
                let handler = match table.metatable {
                    Some(mt) if table.get(key).is_nil() => {
                        self.metatable_field(mt, MetaMethod::NewIndex)
                    }
                    _ => Value::NIL,
                };
                if handler.is_nil() {
                    return match self.heap.table_mut(t).set(key, value) {
                        Ok(()) => {
                            self.heap.charge_growth(t);
                            Ok(NewIndexStep::Done)
                        }
                        Err(err) => Err(IndexFailure {
                            error: IndexError::Key(err),
                            culprit: current,
                            is_operand: false,
                        }),
                    };
                }
                handler
            } else {
                self.non_table_handler(obj, current, MetaMethod::NewIndex)?
            };
            if handler.type_of() == Type::Function {
                return Ok(NewIndexStep::Call(handler, current));
            }
            current = handler;
        }
        Err(IndexFailure {
            error: IndexError::Loop,
            culprit: obj,
            is_operand: false,
        })
    }

    /// The arithmetic metamethod for `a op b`: `a`'s, else `b`'s.
    pub(crate) fn arith_metamethod(&self, a: Value, b: Value, event: MetaMethod) -> Value {
        let handler = self.metamethod(a, event);
        if handler.is_nil() {
            self.metamethod(b, event)
        } else {
            handler
        }
    }

    /// The `__eq` metamethod for two tables or two userdata, under Lua
    /// 5.1's rule: both must have the same handler.
    pub(crate) fn eq_metamethod(&self, a: Value, b: Value) -> Value {
        let ta = a.type_of();
        if ta != b.type_of() || !matches!(ta, Type::Table | Type::Userdata) {
            return Value::NIL;
        }
        let (Some(mta), Some(mtb)) = (self.metatable(a), self.metatable(b)) else {
            return Value::NIL;
        };
        let handler = self.metatable_field(mta, MetaMethod::Eq);
        if handler.is_nil() || mta == mtb {
            return handler;
        }
        if self.metatable_field(mtb, MetaMethod::Eq) == handler {
            handler
        } else {
            Value::NIL
        }
    }

    /// The `__lt`/`__le` metamethod for an ordering of two values of the
    /// same type: both must have the same handler (LuaJIT `lj_meta_comp`).
    pub(crate) fn order_metamethod(&self, a: Value, b: Value, event: MetaMethod) -> Value {
        let handler = self.metamethod(a, event);
        if handler.is_nil() || self.metamethod(b, event) != handler {
            Value::NIL
        } else {
            handler
        }
    }
}
