//! Functions: live prototypes (a loaded `ProtoBlueprint` with interned
//! constants), Lua closures, native functions and upvalue cells.
//!
//! Invariant: an open upvalue names a stack slot of its thread that
//! is still inside a live frame; `interp::call` closes it (copies the value
//! into the cell) before that frame's registers are reused.

use std::cell::Cell;
use std::rc::Rc;

use crate::bytecode::{Instruction, LocalInfo, UpvalueDesc};
use crate::gc::{TableRef, ThreadRef, UpvalueRef};
use crate::native::NativeFn;
use crate::value::Value;

/// A loaded function prototype. Shared by every closure made from it.
pub struct Prototype {
    /// The instructions.
    pub code: Box<[Instruction]>,
    /// Constants, strings interned.
    pub constants: Box<[Value]>,
    /// Nested prototypes, for `Closure`.
    pub protos: Box<[Rc<Prototype>]>,
    /// Number of fixed parameters.
    pub num_params: usize,
    /// Whether the function takes `...`.
    pub is_vararg: bool,
    /// Registers needed by a frame.
    pub max_stack: usize,
    /// How closures capture their upvalues (with names for messages).
    pub upvalues: Box<[UpvalueDesc]>,
    /// Source line of each instruction.
    pub lines: Box<[u32]>,
    /// Local variable names and live ranges.
    pub locals: Box<[LocalInfo]>,
    /// The chunk name as given to the compiler.
    pub chunk_name: Rc<[u8]>,
    /// Line of the `function` keyword; 0 for a main chunk.
    pub line_defined: u32,
    /// Line of the closing `end`; the last line for a main chunk.
    pub last_line_defined: u32,
    /// The collection cycle that last marked the constants.
    pub(crate) marked_epoch: Cell<u32>,
}

impl Prototype {
    /// The name of the local in `register` live at `pc`, if any.
    pub fn local_name(&self, register: usize, pc: usize) -> Option<&[u8]> {
        self.locals
            .iter()
            .rev()
            .find(|local| {
                local.start_pc as usize <= pc
                    && pc < local.end_pc as usize
                    && usize::from(local.register) == register
            })
            .map(|local| &*local.name)
    }
}

/// A Lua closure: a prototype with its upvalues and environment.
pub struct LuaClosure {
    /// The prototype.
    pub proto: Rc<Prototype>,
    /// One cell per upvalue of the prototype (shared, so the interpreter
    /// and nested closures can hold the list without copying it).
    pub upvalues: Rc<[UpvalueRef]>,
    /// The environment (`getfenv`), where globals live.
    pub env: TableRef,
}

/// A function implemented in Rust.
pub struct NativeClosure {
    /// The implementation.
    pub func: NativeFn,
    /// Values the function keeps between calls.
    pub upvalues: Box<[Value]>,
    /// The environment, as `getfenv` reports it.
    pub env: TableRef,
    /// The builtin number shown by `tostring` (`function: builtin#N`), if any.
    pub builtin_id: Option<u32>,
}

/// A function object.
pub enum Function {
    /// A Lua closure.
    Lua(LuaClosure),
    /// A native function.
    Native(NativeClosure),
}

impl Function {
    /// The environment table.
    pub fn env(&self) -> TableRef {
        match self {
            Function::Lua(closure) => closure.env,
            Function::Native(native) => native.env,
        }
    }
}

/// An upvalue cell.
#[derive(Clone, Copy, Debug)]
pub enum Upvalue {
    /// Still a stack slot of a thread.
    Open(ThreadRef, usize),
    /// Closed over: holds its own value.
    Closed(Value),
}
