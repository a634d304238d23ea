//! The compiler's output: a function prototype as plain data.
//!
//! A `ProtoBlueprint` holds no heap references; the VM turns it into a live
//! prototype (interning its string constants) when a chunk is loaded. It
//! carries the debug information runtime errors and `debug` need.

use super::isa::Instruction;

/// A constant of the constant table.
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    /// A number.
    Number(f64),
    /// A byte string.
    String(Box<[u8]>),
}

/// Where a closure finds one of its upvalues when it is created.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UpvalueDesc {
    /// True: a register of the enclosing function; false: one of its upvalues.
    pub in_parent_registers: bool,
    /// The register or upvalue index in the enclosing function.
    pub index: u8,
    /// The variable's name, for error messages and `debug.getupvalue`.
    pub name: Box<[u8]>,
}

/// A local variable's name and the instructions during which it is live.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LocalInfo {
    /// The variable's name (`(for index)` and friends for hidden locals).
    pub name: Box<[u8]>,
    /// The register holding it.
    pub register: u8,
    /// First instruction where the variable is live.
    pub start_pc: u32,
    /// First instruction where it is no longer live.
    pub end_pc: u32,
}

/// A compiled function, ready to be loaded into a VM.
#[derive(Clone, Debug, PartialEq)]
pub struct ProtoBlueprint {
    /// The chunk name as given to the compiler (`@file.lua`, `=stdin`, or source text).
    pub chunk_name: Box<[u8]>,
    /// Line of the `function` keyword; 0 for a main chunk.
    pub line_defined: u32,
    /// Line of the closing `end`; 0 for a main chunk.
    pub last_line_defined: u32,
    /// Number of fixed parameters.
    pub num_params: u8,
    /// Whether the function takes `...`.
    pub is_vararg: bool,
    /// Registers needed by the function's frame.
    pub max_stack: u8,
    /// The instructions.
    pub code: Vec<Instruction>,
    /// Source line of each instruction (same length as `code`).
    pub lines: Vec<u32>,
    /// The constant table.
    pub constants: Vec<Constant>,
    /// Prototypes of the closures this function creates.
    pub protos: Vec<ProtoBlueprint>,
    /// How each upvalue is captured.
    pub upvalues: Vec<UpvalueDesc>,
    /// Local variables in order of declaration.
    pub locals: Vec<LocalInfo>,
}

impl ProtoBlueprint {
    /// The name of the local in `register` live at instruction `pc`, if any.
    pub fn local_name(&self, register: u8, pc: u32) -> Option<&[u8]> {
        self.locals
            .iter()
            .filter(|local| local.start_pc <= pc && pc < local.end_pc)
            .filter(|local| local.register == register)
            .last()
            .map(|local| &*local.name)
    }
}
