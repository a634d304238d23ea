//! lunaris-vm: the data model and execution engine of Lunaris.
//!
//! - `bytecode`: the instruction set (`isa.rs`, the single opcode table),
//!   `ProtoBlueprint` (what the compiler produces) and listings.
//! - `number`: number parsing and `%.14g` formatting, shared by the lexer,
//!   coercions and `tostring`.
//!
//! This crate knows nothing of the compiler, the standard library, the
//! OpenResty runtime or any I/O.

pub mod bytecode;
pub mod number;
