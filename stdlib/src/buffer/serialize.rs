//! LuaJIT's serialization format for `buffer.encode`/`decode` (documented
//! in LuaJIT's `doc/ext_buffer.html`, "Serialization Format
//! Specification"): a tag, then the payload, objects written as trees.
//!
//! Numbers are always written as doubles (tag `0x07`), as a LuaJIT build
//! without dual-number mode writes them; `0x06` (int32) is still read.
//! Tables are written as LuaJIT lays them out: the array part (with slot
//! 0, for a non-nil `t[0]`) and then the other pairs in `next` order, so
//! an encoding matches LuaJIT's byte for byte when the hash part holds at
//! most one key. Lunaris has no light userdata or FFI types, so their tags
//! are rejected as unknown ones.

use std::collections::HashMap;

use lunaris_vm::gc::TableRef;
use lunaris_vm::table::Table;
use lunaris_vm::{RuntimeError, Type, Value, Vm};

/// How many tables may nest (LuaJIT's `LJ_SERIALIZE_DEPTH`).
const MAX_DEPTH: usize = 100;

const NIL: u8 = 0x00;
const FALSE: u8 = 0x01;
const TRUE: u8 = 0x02;
const INT: u32 = 0x06;
const NUM: u8 = 0x07;
const TABLE_EMPTY: u8 = 0x08;
const TABLE_HASH: u8 = 0x09;
const TABLE_ARRAY0: u8 = 0x0a;
const TABLE_MIXED0: u8 = 0x0b;
const TABLE_ARRAY1: u8 = 0x0c;
const TABLE_MIXED1: u8 = 0x0d;
const TABLE_METATABLE: u32 = 0x0e;
const DICT_STRING: u32 = 0x0f;
/// Strings are `0x20 + length`.
const STRING: u32 = 0x20;
/// LuaJIT's only NaN (it canonicalizes them all).
const CANONICAL_NAN: u64 = 0xfff8_0000_0000_0000;

/// Why encoding or decoding failed.
#[derive(Debug)]
pub(super) enum SerializeError {
    CannotSerialize(&'static str),
    TooDeep,
    UnexpectedEnd,
    BadTag(u32),
    BadDictionaryIndex(u64),
    DuplicateKey,
    /// A nil or NaN key; LuaJIT raises it without a position.
    Key(RuntimeError),
}

impl std::fmt::Display for SerializeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SerializeError::CannotSerialize(type_name) => {
                write!(f, "cannot serialize '{type_name}'")
            }
            SerializeError::TooDeep => f.write_str("too deep to serialize"),
            SerializeError::UnexpectedEnd => f.write_str("unexpected end of buffer"),
            SerializeError::BadTag(tag) => write!(f, "cannot deserialize tag 0x{tag:02x}"),
            SerializeError::BadDictionaryIndex(index) => {
                write!(f, "cannot deserialize dictionary index {index}")
            }
            SerializeError::DuplicateKey => f.write_str("duplicate table key"),
            SerializeError::Key(err) => write!(f, "{err}"),
        }
    }
}

/// The `dict` and `metatable` options of a buffer. Metatables are kept in
/// `anchor` (the buffer's environment, so the collector sees them) both
/// ways: `anchor[i] = mt` and `anchor[mt] = i`.
#[derive(Default)]
pub(super) struct Dictionaries {
    pub(super) strings: Vec<Option<Vec<u8>>>,
    pub(super) string_index: HashMap<Vec<u8>, usize>,
    pub(super) metatables: Option<TableRef>,
}

/// Appends the encoding of `value` to `out`.
pub(super) fn encode(
    vm: &Vm,
    dict: &Dictionaries,
    value: Value,
    out: &mut Vec<u8>,
) -> Result<(), SerializeError> {
    Encoder { vm, dict, out }.value(value, MAX_DEPTH)
}

/// Decodes one object from the start of `input`; returns it and the
/// number of bytes read.
pub(super) fn decode(
    vm: &mut Vm,
    dict: &Dictionaries,
    input: &[u8],
) -> Result<(Value, usize), SerializeError> {
    let mut decoder = Decoder {
        vm,
        dict,
        input,
        pos: 0,
    };
    let value = decoder.value(MAX_DEPTH)?;
    Ok((value, decoder.pos))
}

/// Writes a prefix-encoded unsigned number (`.U` in the specification).
fn put_varint(out: &mut Vec<u8>, n: u32) {
    if n < 0xe0 {
        out.push(n as u8);
    } else if n < 0x1fe0 {
        let rest = n - 0xe0;
        out.push(0xe0 | (rest >> 8) as u8);
        out.push(rest as u8);
    } else {
        out.push(0xff);
        out.extend_from_slice(&n.to_le_bytes());
    }
}

struct Encoder<'a> {
    vm: &'a Vm,
    dict: &'a Dictionaries,
    out: &'a mut Vec<u8>,
}

impl Encoder<'_> {
    fn value(&mut self, value: Value, depth: usize) -> Result<(), SerializeError> {
        match value.type_of() {
            Type::Nil => self.out.push(NIL),
            Type::Boolean => self.out.push(if value.is_truthy() { TRUE } else { FALSE }),
            Type::Number => {
                let n = value.as_number().expect("a number");
                let bits = if n.is_nan() {
                    CANONICAL_NAN
                } else {
                    n.to_bits()
                };
                self.out.push(NUM);
                self.out.extend_from_slice(&bits.to_le_bytes());
            }
            Type::String => {
                let s = value.as_string().expect("a string");
                let bytes = self.vm.heap.string(s).as_bytes();
                put_varint(self.out, STRING + bytes.len() as u32);
                self.out.extend_from_slice(bytes);
            }
            Type::Table => self.table(value.as_table().expect("a table"), depth)?,
            other => return Err(SerializeError::CannotSerialize(other.name())),
        }
        Ok(())
    }

    fn table(&mut self, table_ref: TableRef, depth: usize) -> Result<(), SerializeError> {
        if depth == 0 {
            return Err(SerializeError::TooDeep);
        }
        let table = self.vm.heap.table(table_ref);
        if let (Some(mt), Some(anchor)) = (table.metatable, self.dict.metatables) {
            if let Some(index) = self.vm.raw_get(anchor, Value::table(mt)).as_number() {
                put_varint(self.out, TABLE_METATABLE);
                put_varint(self.out, index as u32 - 1);
            }
        }
        let mut array_len = table.array_len();
        while array_len > 0 && table.get_int(array_len as i64).is_nil() {
            array_len -= 1;
        }
        let zero = Value::number(0.0);
        let slot_zero = table.get(zero);
        let zero_based = !slot_zero.is_nil();
        let start = match table.array_len() {
            0 => Value::NIL,
            n => Value::number(n as f64),
        };
        let mut pairs = Vec::new();
        let mut key = start;
        while let Ok(Some((k, v))) = table.next(key) {
            if k != zero || !zero_based {
                pairs.push((k, v));
            }
            key = k;
        }
        let mut elements: Vec<Value> = (1..=array_len as i64).map(|i| table.get_int(i)).collect();
        if zero_based {
            elements.insert(0, slot_zero);
        }
        let tag = match (zero_based, elements.is_empty(), pairs.is_empty()) {
            (_, true, true) => TABLE_EMPTY,
            (_, true, false) => TABLE_HASH,
            (true, false, true) => TABLE_ARRAY0,
            (true, false, false) => TABLE_MIXED0,
            (false, false, true) => TABLE_ARRAY1,
            (false, false, false) => TABLE_MIXED1,
        };
        self.out.push(tag);
        if !elements.is_empty() {
            // The count includes slot 0, written or not.
            let count = if zero_based {
                elements.len()
            } else {
                elements.len() + 1
            };
            put_varint(self.out, count as u32);
        }
        if !pairs.is_empty() {
            put_varint(self.out, pairs.len() as u32);
        }
        for element in elements {
            self.value(element, depth - 1)?;
        }
        for (key, value) in pairs {
            self.key(key, depth - 1)?;
            self.value(value, depth - 1)?;
        }
        Ok(())
    }

    /// A key: a string from the dictionary is written as its index.
    fn key(&mut self, key: Value, depth: usize) -> Result<(), SerializeError> {
        if let Some(s) = key.as_string() {
            let bytes = self.vm.heap.string(s).as_bytes();
            if let Some(&index) = self.dict.string_index.get(bytes) {
                put_varint(self.out, DICT_STRING);
                put_varint(self.out, index as u32);
                return Ok(());
            }
        }
        self.value(key, depth)
    }
}

struct Decoder<'a> {
    vm: &'a mut Vm,
    dict: &'a Dictionaries,
    input: &'a [u8],
    pos: usize,
}

impl Decoder<'_> {
    fn bytes(&mut self, n: usize) -> Result<&[u8], SerializeError> {
        let end = self
            .pos
            .checked_add(n)
            .filter(|&end| end <= self.input.len())
            .ok_or(SerializeError::UnexpectedEnd)?;
        let bytes = &self.input[self.pos..end];
        self.pos = end;
        Ok(bytes)
    }

    fn varint(&mut self) -> Result<u32, SerializeError> {
        let first = self.bytes(1)?[0];
        Ok(match first {
            0xff => u32::from_le_bytes(self.bytes(4)?.try_into().expect("four bytes")),
            0xe0.. => {
                let low = self.bytes(1)?[0];
                0xe0 + ((u32::from(first & 0x1f) << 8) | u32::from(low))
            }
            _ => u32::from(first),
        })
    }

    fn value(&mut self, depth: usize) -> Result<Value, SerializeError> {
        let tag = self.varint()?;
        Ok(match tag {
            0x00 => Value::NIL,
            0x01 => Value::FALSE,
            0x02 => Value::TRUE,
            INT => {
                let n = i32::from_le_bytes(self.bytes(4)?.try_into().expect("four bytes"));
                Value::number(f64::from(n))
            }
            0x07 => {
                let bits = u64::from_le_bytes(self.bytes(8)?.try_into().expect("eight bytes"));
                Value::number(f64::from_bits(bits))
            }
            0x08..=0x0d => self.table(tag, depth)?,
            TABLE_METATABLE => {
                let index = u64::from(self.varint()?) + 1;
                let mt = match self.dict.metatables {
                    Some(anchor) => self.vm.raw_get(anchor, Value::number(index as f64)),
                    None => Value::NIL,
                };
                let Some(mt) = mt.as_table() else {
                    return Err(SerializeError::BadDictionaryIndex(index));
                };
                let tag = self.varint()?;
                if !(0x08..=0x0d).contains(&tag) {
                    return Err(SerializeError::BadTag(tag));
                }
                let table = self.table(tag, depth)?;
                let table_ref = table.as_table().expect("a decoded table");
                self.vm.heap.table_mut(table_ref).metatable = Some(mt);
                table
            }
            DICT_STRING => {
                let index = u64::from(self.varint()?) + 1;
                let entry = self.dict.strings.get(index as usize - 1).cloned().flatten();
                let Some(bytes) = entry else {
                    return Err(SerializeError::BadDictionaryIndex(index));
                };
                self.vm.new_string(&bytes)
            }
            STRING.. => {
                let len = (tag - STRING) as usize;
                let bytes = self.bytes(len)?.to_vec();
                self.vm.new_string(&bytes)
            }
            _ => return Err(SerializeError::BadTag(tag)),
        })
    }

    fn table(&mut self, tag: u32, depth: usize) -> Result<Value, SerializeError> {
        if depth == 0 {
            return Err(SerializeError::TooDeep);
        }
        let tag = tag as u8;
        let array_count = match tag {
            TABLE_ARRAY0 | TABLE_MIXED0 | TABLE_ARRAY1 | TABLE_MIXED1 => self.varint()? as usize,
            _ => 0,
        };
        let pair_count = match tag {
            TABLE_HASH | TABLE_MIXED0 | TABLE_MIXED1 => self.varint()? as usize,
            _ => 0,
        };
        let first_index = match tag {
            TABLE_ARRAY1 | TABLE_MIXED1 => 1,
            _ => 0,
        };
        // Every object takes at least a byte: bad counts cannot make huge
        // allocations.
        let room = self.input.len() - self.pos;
        let table = Table::with_capacity(array_count.min(room), pair_count.min(room));
        let table_ref = self.vm.heap.alloc_table(table);
        for index in first_index..array_count {
            let value = self.value(depth - 1)?;
            let _ = self
                .vm
                .raw_set(table_ref, Value::number(index as f64), value);
        }
        for _ in 0..pair_count {
            let key = self.value(depth - 1)?;
            if !self.vm.raw_get(table_ref, key).is_nil() {
                return Err(SerializeError::DuplicateKey);
            }
            match key.as_number() {
                _ if key.is_nil() => return Err(SerializeError::Key(RuntimeError::IndexIsNil)),
                Some(n) if n.is_nan() => return Err(SerializeError::Key(RuntimeError::IndexIsNan)),
                _ => {}
            }
            let value = self.value(depth - 1)?;
            let _ = self.vm.raw_set(table_ref, key, value);
        }
        Ok(Value::table(table_ref))
    }
}
