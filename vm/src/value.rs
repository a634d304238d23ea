//! `Value`: the dynamically typed Lua value, its type tags, truthiness and
//! raw equality. The representation is private: the rest of the crate builds
//! and reads values through the constructors and accessors below, so it can
//! change (tagged enum today, NaN-boxing later) without touching callers.

use crate::gc::{FunctionRef, StringRef, TableRef, ThreadRef, UserdataRef};

/// The eight Lua types, as `type()` names them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Type {
    Nil,
    Boolean,
    Number,
    String,
    Table,
    Function,
    Userdata,
    Thread,
}

impl Type {
    /// The name `type()` returns.
    pub fn name(self) -> &'static str {
        match self {
            Type::Nil => "nil",
            Type::Boolean => "boolean",
            Type::Number => "number",
            Type::String => "string",
            Type::Table => "table",
            Type::Function => "function",
            Type::Userdata => "userdata",
            Type::Thread => "thread",
        }
    }
}

/// A Lua value. `==` on `Value` is raw equality (no `__eq`): numbers compare
/// as doubles, objects by identity.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct Value(Repr);

#[derive(Clone, Copy, Debug, PartialEq, Default)]
enum Repr {
    #[default]
    Nil,
    Boolean(bool),
    Number(f64),
    String(StringRef),
    Table(TableRef),
    Function(FunctionRef),
    Userdata(UserdataRef),
    Thread(ThreadRef),
}

impl Value {
    /// `nil`.
    pub const NIL: Value = Value(Repr::Nil);
    /// `true`.
    pub const TRUE: Value = Value(Repr::Boolean(true));
    /// `false`.
    pub const FALSE: Value = Value(Repr::Boolean(false));

    /// A boolean.
    #[inline]
    pub fn boolean(b: bool) -> Value {
        Value(Repr::Boolean(b))
    }

    /// A number.
    #[inline]
    pub fn number(n: f64) -> Value {
        Value(Repr::Number(n))
    }

    /// An interned string.
    #[inline]
    pub fn string(s: StringRef) -> Value {
        Value(Repr::String(s))
    }

    /// A table.
    #[inline]
    pub fn table(t: TableRef) -> Value {
        Value(Repr::Table(t))
    }

    /// A function (Lua closure or native).
    #[inline]
    pub fn function(f: FunctionRef) -> Value {
        Value(Repr::Function(f))
    }

    /// A full userdata.
    #[inline]
    pub fn userdata(u: UserdataRef) -> Value {
        Value(Repr::Userdata(u))
    }

    /// A coroutine.
    #[inline]
    pub fn thread(t: ThreadRef) -> Value {
        Value(Repr::Thread(t))
    }

    /// The value's type.
    #[inline]
    pub fn type_of(self) -> Type {
        match self.0 {
            Repr::Nil => Type::Nil,
            Repr::Boolean(_) => Type::Boolean,
            Repr::Number(_) => Type::Number,
            Repr::String(_) => Type::String,
            Repr::Table(_) => Type::Table,
            Repr::Function(_) => Type::Function,
            Repr::Userdata(_) => Type::Userdata,
            Repr::Thread(_) => Type::Thread,
        }
    }

    /// The name of the value's type.
    pub fn type_name(self) -> &'static str {
        self.type_of().name()
    }

    /// Whether the value is `nil`.
    #[inline]
    pub fn is_nil(self) -> bool {
        matches!(self.0, Repr::Nil)
    }

    /// Lua truthiness: everything except `nil` and `false`.
    #[inline]
    pub fn is_truthy(self) -> bool {
        !matches!(self.0, Repr::Nil | Repr::Boolean(false))
    }

    /// The number, if the value is one (no string coercion).
    #[inline]
    pub fn as_number(self) -> Option<f64> {
        match self.0 {
            Repr::Number(n) => Some(n),
            _ => None,
        }
    }

    /// The boolean, if the value is one.
    #[inline]
    pub fn as_boolean(self) -> Option<bool> {
        match self.0 {
            Repr::Boolean(b) => Some(b),
            _ => None,
        }
    }

    /// The string handle, if the value is a string.
    #[inline]
    pub fn as_string(self) -> Option<StringRef> {
        match self.0 {
            Repr::String(s) => Some(s),
            _ => None,
        }
    }

    /// The table handle, if the value is a table.
    #[inline]
    pub fn as_table(self) -> Option<TableRef> {
        match self.0 {
            Repr::Table(t) => Some(t),
            _ => None,
        }
    }

    /// The function handle, if the value is a function.
    #[inline]
    pub fn as_function(self) -> Option<FunctionRef> {
        match self.0 {
            Repr::Function(f) => Some(f),
            _ => None,
        }
    }

    /// The userdata handle, if the value is a userdata.
    #[inline]
    pub fn as_userdata(self) -> Option<UserdataRef> {
        match self.0 {
            Repr::Userdata(u) => Some(u),
            _ => None,
        }
    }

    /// The thread handle, if the value is a coroutine.
    #[inline]
    pub fn as_thread(self) -> Option<ThreadRef> {
        match self.0 {
            Repr::Thread(t) => Some(t),
            _ => None,
        }
    }

    /// A 64-bit hash for table keys. Numbers hash by value (`-0` as `0`),
    /// objects by handle; interned strings make the handle a valid key.
    #[inline]
    pub(crate) fn key_hash(self) -> u64 {
        let (tag, bits) = match self.0 {
            Repr::Nil => (0, 0),
            Repr::Boolean(b) => (1, u64::from(b)),
            Repr::Number(n) => (2, if n == 0.0 { 0 } else { n.to_bits() }),
            Repr::String(s) => (3, u64::from(s.0)),
            Repr::Table(t) => (4, u64::from(t.0)),
            Repr::Function(f) => (5, u64::from(f.0)),
            Repr::Userdata(u) => (6, u64::from(u.0)),
            Repr::Thread(t) => (7, u64::from(t.0)),
        };
        let mixed = (bits ^ (bits >> 32) ^ tag << 59).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        mixed ^ (mixed >> 31)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truthiness_and_equality() {
        assert!(!Value::NIL.is_truthy());
        assert!(!Value::FALSE.is_truthy());
        assert!(Value::number(0.0).is_truthy());
        assert_eq!(Value::number(0.0), Value::number(-0.0));
        assert_ne!(Value::number(f64::NAN), Value::number(f64::NAN));
        assert_eq!(
            Value::number(0.0).key_hash(),
            Value::number(-0.0).key_hash()
        );
    }
}
