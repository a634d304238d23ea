//! The bytecode: the instruction set, the compiler's output format and listings.

pub mod disasm;
pub mod isa;
pub mod proto;

pub use isa::{Format, Instruction, Op, Operand};
pub use proto::{short_chunk_name, Constant, LocalInfo, ProtoBlueprint, UpvalueDesc};
