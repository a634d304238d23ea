//! Lua tables: an array part for the keys 1..n and a hash part for the rest,
//! `next` continuing from any key in O(1), and the border for `#`. Knows
//! nothing of metamethods (see meta.rs); the `metatable` field is only
//! stored here.
//!
//! Invariants:
//! - An integer-valued number key `k` with `1 <= k <= array.len()` lives in
//!   `array[k - 1]`, never in the hash part.
//! - Hash keys are never nil or NaN, and `-0` is stored as `0`.
//! - The hash part is `entries` in insertion order plus `index`, an
//!   open-addressing table of entry positions (absent for parts of at most
//!   `SCAN_MAX` entries, which are searched by a scan). Removing a key only sets its
//!   value to nil (a dead entry), so a traversal survives assignments of nil
//!   to existing fields, as Lua 5.1 promises; dead entries are dropped when
//!   the table is rehashed. Rehashing chooses the array size with Lua 5.1's
//!   rule (the largest power of two more than half full), which makes `#`
//!   agree with LuaJIT on tables with holes.

use std::cell::Cell;

use crate::error::RuntimeError;
use crate::gc::TableRef;
use crate::value::Value;

/// Keys above this never go to the array part (Lua 5.1's MAXASIZE).
const MAX_ARRAY_BITS: usize = 26;
const EMPTY: u32 = u32::MAX;

#[derive(Clone, Copy)]
struct Entry {
    key: Value,
    value: Value,
}

/// A Lua table.
#[derive(Default)]
pub struct Table {
    array: Vec<Value>,
    entries: Vec<Entry>,
    index: Vec<u32>,
    hash_capacity: usize,
    /// The metatable, if any.
    pub metatable: Option<TableRef>,
    /// When this table is a metatable: one bit per `MetaMethod` known to be
    /// absent (Lua 5.1's `flags`). Cleared whenever a hashed key gains a
    /// value, so a set bit is always true.
    pub(crate) absent_events: Cell<u32>,
    /// Bytes allocated by resizes, collected by the heap's accounting.
    pub(crate) grown: usize,
}

/// The array index of a number key, if it is an integer in `1..=2^26`.
#[inline]
fn array_key(key: Value) -> Option<usize> {
    let n = key.as_number()?;
    let i = n as usize;
    (i as f64 == n && (1..=1 << MAX_ARRAY_BITS).contains(&i)).then_some(i)
}

/// Hash parts up to this many entries are scanned instead of indexed.
const SCAN_MAX: usize = 4;

/// The open-addressing index for a hash part of `capacity` entries (empty
/// for small parts, which are scanned).
fn index_for(capacity: usize) -> Vec<u32> {
    if capacity <= SCAN_MAX {
        Vec::new()
    } else {
        vec![EMPTY; capacity * 2]
    }
}

fn ceil_log2(n: usize) -> usize {
    (usize::BITS - (n - 1).leading_zeros()) as usize
}

impl Table {
    /// An empty table with room for `array` array items and `hash` hash
    /// entries. The array part stops at 2^26, the largest key it can hold.
    pub fn with_capacity(array: usize, hash: usize) -> Table {
        let mut table = Table {
            array: vec![Value::NIL; array.min(1 << MAX_ARRAY_BITS)],
            ..Table::default()
        };
        if hash > 0 {
            table.hash_capacity = hash.next_power_of_two();
            table.entries.reserve(table.hash_capacity);
            table.index = index_for(table.hash_capacity);
        }
        table
    }

    /// Approximate heap bytes used, for the collector's accounting.
    pub(crate) fn size_bytes(&self) -> usize {
        std::mem::size_of::<Table>()
            + self.array.capacity() * std::mem::size_of::<Value>()
            + self.entries.capacity() * std::mem::size_of::<Entry>()
            + self.index.capacity() * 4
    }

    /// Raw get.
    #[inline(always)]
    pub fn get(&self, key: Value) -> Value {
        if let Some(n) = key.as_number() {
            let i = n as i64;
            if i as f64 == n {
                return self.get_int(i);
            }
        } else if key.is_nil() {
            return Value::NIL;
        }
        self.get_hashed(key)
    }

    /// Raw get of a key known to be an integer-valued number.
    #[inline(always)]
    pub(crate) fn get_index(&self, key: Value) -> Value {
        self.get_int(key.as_number().unwrap_or(0.0) as i64)
    }

    /// Raw get of an integer key.
    #[inline(always)]
    pub fn get_int(&self, i: i64) -> Value {
        if i >= 1 && (i as u64) <= self.array.len() as u64 {
            self.array[i as usize - 1]
        } else if self.entries.is_empty() {
            Value::NIL
        } else {
            self.get_hashed(Value::number(i as f64))
        }
    }

    /// Raw get of a key known not to be a number or nil (strings above all).
    #[inline]
    pub fn get_hashed(&self, key: Value) -> Value {
        match self.find(key) {
            Some(pos) => self.entries[pos].value,
            None => Value::NIL,
        }
    }

    #[inline(always)]
    fn find(&self, key: Value) -> Option<usize> {
        if self.index.is_empty() {
            // A small hash part has no index: a scan of a few entries is
            // cheaper than hashing, and saves an allocation per table.
            return self.entries.iter().position(|entry| entry.key == key);
        }
        let mask = self.index.len() - 1;
        let mut slot = key.key_hash() as usize & mask;
        loop {
            let pos = self.index[slot];
            if pos == EMPTY {
                return None;
            }
            if self.entries[pos as usize].key == key {
                return Some(pos as usize);
            }
            slot = (slot + 1) & mask;
        }
    }

    /// Raw set; fails for nil and NaN keys.
    #[inline]
    pub fn set(&mut self, key: Value, value: Value) -> Result<(), RuntimeError> {
        if let Some(n) = key.as_number() {
            let i = n as i64;
            if i as f64 == n {
                self.set_int(i, value);
                return Ok(());
            }
            if n.is_nan() {
                return Err(RuntimeError::IndexIsNan);
            }
        } else if key.is_nil() {
            return Err(RuntimeError::IndexIsNil);
        }
        self.set_hashed(key, value);
        Ok(())
    }

    /// Raw set of an integer key.
    #[inline(always)]
    pub fn set_int(&mut self, i: i64, value: Value) {
        if i >= 1 && (i as u64) <= self.array.len() as u64 {
            self.array[i as usize - 1] = value;
        } else {
            // `as f64` of an integer-valued key gives `+0` for `-0`.
            self.set_hashed(Value::number(i as f64), value);
        }
    }

    /// Raw set of a key that is not nil, NaN nor an array index.
    #[inline]
    pub fn set_hashed(&mut self, key: Value, value: Value) {
        if let Some(pos) = self.find(key) {
            let entry = &mut self.entries[pos];
            if entry.value.is_nil() {
                self.absent_events.set(0);
            }
            entry.value = value;
        } else if !value.is_nil() {
            self.absent_events.set(0);
            self.insert_new(key, value);
        }
    }

    fn insert_new(&mut self, key: Value, value: Value) {
        if self.entries.len() >= self.hash_capacity {
            self.rehash(key);
            if let Some(i) = array_key(key) {
                if i <= self.array.len() {
                    self.array[i - 1] = value;
                    return;
                }
            }
        }
        self.push_entry(key, value);
    }

    fn push_entry(&mut self, key: Value, value: Value) {
        if self.index.is_empty() {
            self.entries.push(Entry { key, value });
            return;
        }
        let mask = self.index.len() - 1;
        let mut slot = key.key_hash() as usize & mask;
        while self.index[slot] != EMPTY {
            slot = (slot + 1) & mask;
        }
        self.index[slot] = self.entries.len() as u32;
        self.entries.push(Entry { key, value });
    }

    /// Lua 5.1's `rehash`: counts the integer keys (with `extra`, the key
    /// being inserted), picks the array size and rebuilds both parts.
    fn rehash(&mut self, extra: Value) {
        let mut nums = [0usize; MAX_ARRAY_BITS + 1];
        let mut total_int = 0;
        for (pos, value) in self.array.iter().enumerate() {
            if !value.is_nil() {
                nums[ceil_log2(pos + 1)] += 1;
                total_int += 1;
            }
        }
        let mut total = total_int;
        for entry in &self.entries {
            if !entry.value.is_nil() {
                total += 1;
                if let Some(i) = array_key(entry.key) {
                    nums[ceil_log2(i)] += 1;
                    total_int += 1;
                }
            }
        }
        total += 1;
        if let Some(i) = array_key(extra) {
            nums[ceil_log2(i)] += 1;
            total_int += 1;
        }
        let mut array_size = 0;
        let mut array_count = 0;
        let mut count = 0;
        let mut power = 1usize;
        for &n in &nums {
            if power / 2 >= total_int {
                break;
            }
            count += n;
            if n > 0 && count > power / 2 {
                array_size = power;
                array_count = count;
            }
            power *= 2;
        }
        self.resize(array_size, total - array_count);
    }

    fn resize(&mut self, array_size: usize, hash_count: usize) {
        let before = self.size_bytes();
        let old_entries = std::mem::take(&mut self.entries);
        let mut spill = Vec::new();
        if array_size < self.array.len() {
            for (pos, value) in self.array.drain(array_size..).enumerate() {
                if !value.is_nil() {
                    spill.push(Entry {
                        key: Value::number((array_size + pos + 1) as f64),
                        value,
                    });
                }
            }
            self.array.shrink_to_fit();
        } else {
            self.array.resize(array_size, Value::NIL);
        }
        self.hash_capacity = if hash_count == 0 {
            0
        } else {
            hash_count.next_power_of_two()
        };
        self.entries = Vec::with_capacity(self.hash_capacity);
        self.index = index_for(self.hash_capacity);
        for entry in old_entries.into_iter().chain(spill) {
            if entry.value.is_nil() {
                continue;
            }
            match array_key(entry.key) {
                Some(i) if i <= array_size => self.array[i - 1] = entry.value,
                _ => self.push_entry(entry.key, entry.value),
            }
        }
        self.grown += self.size_bytes().saturating_sub(before);
    }

    /// The key-value pair after `key` in traversal order (`None` at the
    /// end); `Err` if `key` is not in the table.
    pub fn next(&self, key: Value) -> Result<Option<(Value, Value)>, RuntimeError> {
        let mut pos = if key.is_nil() {
            0
        } else {
            match array_key(key) {
                Some(i) if i <= self.array.len() => i,
                _ => match self.find(key) {
                    Some(entry) => self.array.len() + entry + 1,
                    None => return Err(RuntimeError::InvalidNextKey),
                },
            }
        };
        while pos < self.array.len() {
            let value = self.array[pos];
            if !value.is_nil() {
                return Ok(Some((Value::number((pos + 1) as f64), value)));
            }
            pos += 1;
        }
        for entry in &self.entries[pos - self.array.len()..] {
            if !entry.value.is_nil() {
                return Ok(Some((entry.key, entry.value)));
            }
        }
        Ok(None)
    }

    /// A border, as `#` computes it (LuaJIT's `lj_tab_len`).
    pub fn border(&self) -> usize {
        let mut j = self.array.len();
        if j > 0 && self.array[j - 1].is_nil() {
            let mut i = 0;
            while j - i > 1 {
                let m = (i + j) / 2;
                if self.array[m - 1].is_nil() {
                    j = m;
                } else {
                    i = m;
                }
            }
            return i;
        }
        if self.hash_capacity == 0 {
            return j;
        }
        self.unbound_search(j)
    }

    fn unbound_search(&self, start: usize) -> usize {
        let mut i = start;
        let mut j = start + 1;
        while !self.get_int(j as i64).is_nil() {
            i = j;
            if j > (1 << 52) {
                // A pathological table: fall back to a linear scan.
                let mut k = 1;
                while !self.get_int(k).is_nil() {
                    k += 1;
                }
                return k as usize - 1;
            }
            j *= 2;
        }
        while j - i > 1 {
            let m = (i + j) / 2;
            if self.get_int(m as i64).is_nil() {
                j = m;
            } else {
                i = m;
            }
        }
        i
    }

    /// Every key-value pair whose value is not nil, for the collector.
    pub(crate) fn for_each(&self, mut visit: impl FnMut(Value, Value)) {
        for (pos, value) in self.array.iter().enumerate() {
            if !value.is_nil() {
                visit(Value::number((pos + 1) as f64), *value);
            }
        }
        for entry in &self.entries {
            if !entry.value.is_nil() {
                visit(entry.key, entry.value);
            }
        }
    }

    /// Removes the pairs for which `dead` holds (weak tables).
    pub(crate) fn retain(&mut self, mut dead: impl FnMut(Value, Value) -> bool) {
        for (pos, value) in self.array.iter_mut().enumerate() {
            if !value.is_nil() && dead(Value::number((pos + 1) as f64), *value) {
                *value = Value::NIL;
            }
        }
        for entry in &mut self.entries {
            if !entry.value.is_nil() && dead(entry.key, entry.value) {
                entry.value = Value::NIL;
            }
        }
    }

    /// The length of the array part (for `table.insert` fast paths).
    pub fn array_len(&self) -> usize {
        self.array.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(x: f64) -> Value {
        Value::number(x)
    }

    #[test]
    fn borders_match_luajit() {
        let mut t = Table::default();
        for k in [1.0, 2.0, 4.0] {
            t.set(n(k), n(k)).unwrap();
        }
        assert_eq!(t.border(), 4);
        let mut u = Table::with_capacity(4, 0);
        for k in [1, 2, 4] {
            u.set_int(k, n(1.0));
        }
        assert_eq!(u.border(), 4);
        let mut v = Table::default();
        for k in 1..=100 {
            v.set_int(k, n(1.0));
        }
        assert_eq!(v.border(), 100);
        v.set_int(100, Value::NIL);
        assert_eq!(v.border(), 99);
    }

    #[test]
    fn next_survives_clearing_fields() {
        let mut t = Table::default();
        for k in 0..50 {
            t.set(n(f64::from(k) + 0.5), n(1.0)).unwrap();
        }
        let mut key = Value::NIL;
        let mut seen = 0;
        while let Some((k, _)) = t.next(key).unwrap() {
            t.set(k, Value::NIL).unwrap();
            key = k;
            seen += 1;
        }
        assert_eq!(seen, 50);
        assert!(t.next(n(1000.5)).is_err());
        assert_eq!(t.set(n(f64::NAN), n(1.0)), Err(RuntimeError::IndexIsNan));
    }
}
