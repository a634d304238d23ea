//! Typed arenas: the storage of every heap object, addressed by small
//! `Copy` handles, with one mark bit per slot and a free list.
//!
//! Invariant: a handle held anywhere reachable from the roots names a live
//! slot; the collector frees only slots it did not mark.

use std::marker::PhantomData;

macro_rules! handles {
    ($($(#[doc = $doc:literal])* $name:ident;)*) => {$(
        $(#[doc = $doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(pub(crate) u32);

        impl $name {
            /// The slot index, for `%p`-style identity printing.
            pub fn index(self) -> u32 {
                self.0
            }
        }
    )*};
}

handles! {
    /// An interned string.
    StringRef;
    /// A table.
    TableRef;
    /// A Lua closure or native function.
    FunctionRef;
    /// An upvalue cell.
    UpvalueRef;
    /// A full userdata.
    UserdataRef;
    /// A thread (coroutine).
    ThreadRef;
}

/// A slab of `T` with mark bits.
pub(crate) struct Arena<T> {
    slots: Vec<Option<T>>,
    marks: Vec<bool>,
    free: Vec<u32>,
    _kind: PhantomData<T>,
}

impl<T> Arena<T> {
    pub(crate) fn new() -> Arena<T> {
        Arena {
            slots: Vec::new(),
            marks: Vec::new(),
            free: Vec::new(),
            _kind: PhantomData,
        }
    }

    /// Stores `value` and returns its slot.
    pub(crate) fn insert(&mut self, value: T) -> u32 {
        if let Some(index) = self.free.pop() {
            self.slots[index as usize] = Some(value);
            index
        } else {
            self.slots.push(Some(value));
            self.marks.push(false);
            (self.slots.len() - 1) as u32
        }
    }

    #[inline]
    pub(crate) fn get(&self, index: u32) -> &T {
        self.slots[index as usize]
            .as_ref()
            .expect("handle names a live object")
    }

    #[inline]
    pub(crate) fn get_mut(&mut self, index: u32) -> &mut T {
        self.slots[index as usize]
            .as_mut()
            .expect("handle names a live object")
    }

    /// Sets the mark bit; returns true if it was clear.
    #[inline]
    pub(crate) fn mark(&mut self, index: u32) -> bool {
        let mark = &mut self.marks[index as usize];
        !std::mem::replace(mark, true)
    }

    #[inline]
    pub(crate) fn is_marked(&self, index: u32) -> bool {
        self.marks[index as usize]
    }

    /// Frees every unmarked object (handing it to `on_free`) and clears all
    /// marks. Returns the number of live objects.
    pub(crate) fn sweep(&mut self, mut on_free: impl FnMut(u32, T)) -> usize {
        let mut live = 0;
        for (index, (slot, mark)) in self.slots.iter_mut().zip(&mut self.marks).enumerate() {
            if std::mem::replace(mark, false) {
                live += 1;
            } else if let Some(value) = slot.take() {
                self.free.push(index as u32);
                on_free(index as u32, value);
            }
        }
        live
    }

    /// Iterates over live objects.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (u32, &T)> {
        self.slots
            .iter()
            .enumerate()
            .filter_map(|(index, slot)| slot.as_ref().map(|value| (index as u32, value)))
    }
}
