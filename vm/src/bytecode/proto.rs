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
            .rev()
            .filter(|local| local.start_pc <= pc && pc < local.end_pc)
            .find(|local| local.register == register)
            .map(|local| &*local.name)
    }
}

/// Formats a chunk name for messages as LuaJIT's `lj_debug_shortname` does
/// (LUA_IDSIZE 60): `@file` shows the file (keeping its tail when long),
/// `=name` shows the name, anything else is source text shown as
/// `[string "first line..."]`.
pub fn short_chunk_name(chunk_name: &[u8]) -> String {
    const IDSIZE: usize = 60;
    // A NUL ends the name, as in C.
    let name = chunk_name.split(|&b| b == 0).next().unwrap_or_default();
    let text = |bytes: &[u8]| String::from_utf8_lossy(bytes).into_owned();
    match name.first() {
        Some(b'=') => text(&name[1..name.len().min(IDSIZE)]),
        Some(b'@') => {
            let file = &name[1..];
            if file.len() < IDSIZE {
                text(file)
            } else {
                format!("...{}", text(&file[file.len() - (IDSIZE - 4)..]))
            }
        }
        _ => {
            let scan = name
                .iter()
                .take(IDSIZE - 12)
                .take_while(|&&b| b >= 0x20)
                .count();
            if scan == name.len() {
                format!("[string \"{}\"]", text(name))
            } else {
                format!("[string \"{}...\"]", text(&name[..scan.min(IDSIZE - 15)]))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::short_chunk_name;

    #[test]
    fn chunk_names() {
        assert_eq!(short_chunk_name(b"@file.lua"), "file.lua");
        assert_eq!(short_chunk_name(b"=stdin"), "stdin");
        assert_eq!(short_chunk_name(b"x = 1"), "[string \"x = 1\"]");
        assert_eq!(short_chunk_name(b"x = 1\ny = = 2"), "[string \"x = 1...\"]");
        let mut file = b"@".to_vec();
        file.extend_from_slice(&[b'f'; 70]);
        assert_eq!(short_chunk_name(&file), format!("...{}", "f".repeat(56)));
        assert_eq!(short_chunk_name(b"\nx"), "[string \"...\"]");
        let long = "a".repeat(49);
        assert_eq!(
            short_chunk_name(long.as_bytes()),
            format!("[string \"{}...\"]", &long[..45])
        );
        assert_eq!(
            short_chunk_name("b".repeat(48).as_bytes()),
            format!("[string \"{}\"]", "b".repeat(48))
        );
    }
}
