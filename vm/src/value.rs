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
///
/// Representation (NaN boxing, private to this file): one `u64`. A number
/// is its IEEE bits, with every NaN stored as the one canonical quiet NaN;
/// every other value lives in the negative-NaN space above `TAGGED`, as
/// `TAGGED | tag << 32 | payload`, where the payload is a heap handle's
/// slot index or a boolean. Heap handles are indices, not pointers, so no
/// `unsafe` is involved. Eight bytes keep stacks and tables small, and a
/// register is written and read with one machine word.
#[derive(Clone, Copy)]
pub struct Value(u64);

/// The first bit pattern that is not a number.
const TAGGED: u64 = 0xFFFF_0000_0000_0000;
/// The one NaN a number value may hold.
const CANONICAL_NAN: u64 = 0x7FF8_0000_0000_0000;

const TAG_NIL: u64 = 0;
const TAG_BOOLEAN: u64 = 1;
const TAG_STRING: u64 = 2;
const TAG_TABLE: u64 = 3;
const TAG_FUNCTION: u64 = 4;
const TAG_USERDATA: u64 = 5;
const TAG_THREAD: u64 = 6;

const fn tagged(tag: u64, payload: u32) -> u64 {
    TAGGED | tag << 32 | payload as u64
}

impl Default for Value {
    /// `nil` (the all-zero word would be the number 0).
    fn default() -> Value {
        Value::NIL
    }
}

impl PartialEq for Value {
    #[inline]
    fn eq(&self, other: &Value) -> bool {
        if self.0 < TAGGED && other.0 < TAGGED {
            f64::from_bits(self.0) == f64::from_bits(other.0)
        } else {
            self.0 == other.0
        }
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.type_of() {
            Type::Nil => write!(f, "Nil"),
            Type::Boolean => write!(f, "Boolean({})", self.is_truthy()),
            Type::Number => write!(f, "Number({:?})", f64::from_bits(self.0)),
            other => write!(f, "{other:?}(#{})", self.0 as u32),
        }
    }
}

impl Value {
    /// `nil`.
    pub const NIL: Value = Value(tagged(TAG_NIL, 0));
    /// `true`.
    pub const TRUE: Value = Value(tagged(TAG_BOOLEAN, 1));
    /// `false`.
    pub const FALSE: Value = Value(tagged(TAG_BOOLEAN, 0));

    /// A boolean.
    #[inline]
    pub fn boolean(b: bool) -> Value {
        Value(tagged(TAG_BOOLEAN, u32::from(b)))
    }

    /// A number.
    #[inline]
    pub fn number(n: f64) -> Value {
        if n.is_nan() {
            Value(CANONICAL_NAN)
        } else {
            Value(n.to_bits())
        }
    }

    /// The result of arithmetic on two number values, without the NaN
    /// canonicalization of `Value::number`: number values only hold the
    /// canonical NaN, and IEEE operations on them yield either that NaN
    /// or the processor's default NaN, both outside the tagged range
    /// (`pow` goes through libm, which returns one of those NaNs too).
    #[inline]
    pub fn arith_result(n: f64) -> Value {
        debug_assert!(n.to_bits() < TAGGED);
        Value(n.to_bits())
    }

    /// An interned string.
    #[inline]
    pub fn string(s: StringRef) -> Value {
        Value(tagged(TAG_STRING, s.0))
    }

    /// A table.
    #[inline]
    pub fn table(t: TableRef) -> Value {
        Value(tagged(TAG_TABLE, t.0))
    }

    /// A function (Lua closure or native).
    #[inline]
    pub fn function(f: FunctionRef) -> Value {
        Value(tagged(TAG_FUNCTION, f.0))
    }

    /// A full userdata.
    #[inline]
    pub fn userdata(u: UserdataRef) -> Value {
        Value(tagged(TAG_USERDATA, u.0))
    }

    /// A coroutine.
    #[inline]
    pub fn thread(t: ThreadRef) -> Value {
        Value(tagged(TAG_THREAD, t.0))
    }

    #[inline]
    fn tag(self) -> u64 {
        (self.0 >> 32) & 0xFFFF
    }

    #[inline]
    fn payload_if(self, tag: u64) -> Option<u32> {
        (self.0 >> 32 == TAGGED >> 32 | tag).then_some(self.0 as u32)
    }

    /// The value's type.
    #[inline]
    pub fn type_of(self) -> Type {
        if self.0 < TAGGED {
            return Type::Number;
        }
        match self.tag() {
            TAG_NIL => Type::Nil,
            TAG_BOOLEAN => Type::Boolean,
            TAG_STRING => Type::String,
            TAG_TABLE => Type::Table,
            TAG_FUNCTION => Type::Function,
            TAG_USERDATA => Type::Userdata,
            _ => Type::Thread,
        }
    }

    /// The name of the value's type.
    pub fn type_name(self) -> &'static str {
        self.type_of().name()
    }

    /// Whether the value is `nil`.
    #[inline]
    pub fn is_nil(self) -> bool {
        self.0 == Value::NIL.0
    }

    /// Whether the value is a number.
    #[inline]
    pub fn is_number(self) -> bool {
        self.0 < TAGGED
    }

    /// Lua truthiness: everything except `nil` and `false`.
    #[inline]
    pub fn is_truthy(self) -> bool {
        self.0 != Value::NIL.0 && self.0 != Value::FALSE.0
    }

    /// The number, if the value is one (no string coercion).
    #[inline]
    pub fn as_number(self) -> Option<f64> {
        (self.0 < TAGGED).then(|| f64::from_bits(self.0))
    }

    /// The boolean, if the value is one.
    #[inline]
    pub fn as_boolean(self) -> Option<bool> {
        self.payload_if(TAG_BOOLEAN).map(|b| b != 0)
    }

    /// The string handle, if the value is a string.
    #[inline]
    pub fn as_string(self) -> Option<StringRef> {
        self.payload_if(TAG_STRING).map(StringRef)
    }

    /// The table handle, if the value is a table.
    #[inline]
    pub fn as_table(self) -> Option<TableRef> {
        self.payload_if(TAG_TABLE).map(TableRef)
    }

    /// The function handle, if the value is a function.
    #[inline]
    pub fn as_function(self) -> Option<FunctionRef> {
        self.payload_if(TAG_FUNCTION).map(FunctionRef)
    }

    /// The userdata handle, if the value is a userdata.
    #[inline]
    pub fn as_userdata(self) -> Option<UserdataRef> {
        self.payload_if(TAG_USERDATA).map(UserdataRef)
    }

    /// The thread handle, if the value is a coroutine.
    #[inline]
    pub fn as_thread(self) -> Option<ThreadRef> {
        self.payload_if(TAG_THREAD).map(ThreadRef)
    }

    /// A 64-bit hash for table keys. Numbers hash by value (`-0` as `0`),
    /// everything else by its word; interned strings make the handle a
    /// valid key.
    #[inline]
    pub(crate) fn key_hash(self) -> u64 {
        let bits = if self.0 == (-0.0f64).to_bits() {
            0
        } else {
            self.0
        };
        let mixed = (bits ^ (bits >> 29)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
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
        assert_eq!(Value::default(), Value::NIL);
        assert_eq!(Value::number(f64::NEG_INFINITY).type_of(), Type::Number);
        assert_eq!(Value::number(-f64::NAN).type_of(), Type::Number);
        assert_eq!(Value::TRUE.as_boolean(), Some(true));
        assert_eq!(Value::FALSE.type_of(), Type::Boolean);
        assert_eq!(Value::number(1.0).as_table(), None);
        assert_ne!(Value::NIL, Value::FALSE);
    }
}
