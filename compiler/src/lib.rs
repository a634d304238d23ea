//! lunaris-compiler: Lua source to `ProtoBlueprint`s.

pub mod ast;
mod codegen;
pub mod error;
pub mod lexer;
pub mod parse;

#[allow(clippy::all)]
mod grammar {
    //! The LR(1) parser lalrpop generates from `grammar.lalrpop`.
    lalrpop_util::lalrpop_mod!(pub grammar);
    pub use grammar::*;
}

pub use error::SyntaxError;

/// Compiles a chunk. `chunk_name` is `@file`, `=name` or the source itself,
/// as for `load`; error messages display it as LuaJIT does.
pub fn compile(
    source: &[u8],
    chunk_name: &[u8],
) -> Result<lunaris_vm::bytecode::ProtoBlueprint, SyntaxError> {
    let parsed = parse::parse(source, chunk_name)?;
    codegen::generate(&parsed.block, parsed.interner, parsed.last_line, chunk_name)
}
