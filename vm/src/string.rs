//! Interned byte strings: every distinct byte sequence exists once, so
//! string equality is handle equality. Hashing uses ahash with a per-VM
//! random seed, so colliding keys cannot be precomputed.
//!
//! Invariant: the intern table holds exactly the live strings of the
//! `strings` arena; the collector rebuilds it after every sweep.

use crate::gc::{Arena, StringRef};

/// An immutable Lua string.
pub struct LuaString {
    bytes: Box<[u8]>,
    hash: u64,
}

impl LuaString {
    /// The string's bytes.
    #[inline]
    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// The string's length in bytes.
    pub fn len(&self) -> usize {
        self.bytes.len()
    }

    /// Whether the string is empty.
    pub fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }
}

const EMPTY: u32 = u32::MAX;

/// The intern table: open addressing over string handles.
pub(crate) struct Interner {
    hasher: ahash::RandomState,
    slots: Vec<u32>,
    count: usize,
}

impl Interner {
    pub(crate) fn new() -> Interner {
        Interner {
            hasher: ahash::RandomState::new(),
            slots: vec![EMPTY; 1024],
            count: 0,
        }
    }

    /// Returns the handle of `bytes`, allocating the string if it is new.
    /// The second result tells whether a new string was made.
    pub(crate) fn intern(
        &mut self,
        arena: &mut Arena<LuaString>,
        bytes: &[u8],
    ) -> (StringRef, bool) {
        let hash = self.hasher.hash_one(bytes);
        let mask = self.slots.len() - 1;
        let mut pos = hash as usize & mask;
        loop {
            let index = self.slots[pos];
            if index == EMPTY {
                break;
            }
            let candidate = arena.get(index);
            if candidate.hash == hash && *candidate.bytes == *bytes {
                return (StringRef(index), false);
            }
            pos = (pos + 1) & mask;
        }
        let index = arena.insert(LuaString {
            bytes: bytes.into(),
            hash,
        });
        self.slots[pos] = index;
        self.count += 1;
        if self.count * 2 > self.slots.len() {
            let capacity = self.slots.len() * 2;
            self.rebuild(arena, capacity);
        }
        (StringRef(index), true)
    }

    /// Re-inserts every live string; used after sweeps and to grow.
    pub(crate) fn rebuild(&mut self, arena: &Arena<LuaString>, capacity: usize) {
        self.slots.clear();
        self.slots
            .resize(capacity.next_power_of_two().max(1024), EMPTY);
        self.count = 0;
        let mask = self.slots.len() - 1;
        for (index, string) in arena.iter() {
            let mut pos = string.hash as usize & mask;
            while self.slots[pos] != EMPTY {
                pos = (pos + 1) & mask;
            }
            self.slots[pos] = index;
            self.count += 1;
        }
    }

    pub(crate) fn count(&self) -> usize {
        self.count
    }
}
