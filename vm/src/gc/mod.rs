//! The garbage-collected heap: typed arenas addressed by handles
//! (`arena.rs`), allocation and accounting (`heap.rs`) and the precise
//! mark-sweep collector with an explicit gray stack (`trace.rs`).

mod arena;
mod heap;
mod trace;

pub(crate) use arena::Arena;
pub use arena::{FunctionRef, StringRef, TableRef, ThreadRef, UpvalueRef, UserdataRef};
pub(crate) use heap::prototype_size;
pub use heap::Heap;
pub(crate) use trace::Roots;
