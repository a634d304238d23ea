//! Errors: `LuaError`, a Lua value in flight, and `RuntimeError`, the one
//! list of runtime message texts, worded as LuaJIT words them.
//! The `chunk:line:` prefix is added by `debug::located`, nowhere else.

use crate::value::Value;

/// A Lua error: the error value, plus the text and traceback the host
/// prints once the error escapes the VM.
#[derive(Clone, Debug)]
pub struct LuaError {
    /// The error value (usually a string with a position prefix).
    pub value: Value,
    /// The message as the CLI prints it, filled when the error leaves the VM.
    pub message: String,
    /// `stack traceback:` and its lines, filled when the error leaves the VM.
    pub traceback: String,
}

impl LuaError {
    /// An error carrying `value`; text and traceback are filled later.
    pub fn new(value: Value) -> LuaError {
        LuaError {
            value,
            message: String::new(),
            traceback: String::new(),
        }
    }
}

impl std::fmt::Display for LuaError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for LuaError {}

/// How an operand is named in a message: `local 'x'`, `global 'f'`, ...,
/// followed by its type, or just its type when no name is known.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Operand {
    /// The kind (`local`, `global`, `field`, `method`, `upvalue`) and name.
    pub name: Option<(&'static str, String)>,
    /// The operand's type name.
    pub type_name: &'static str,
}

impl std::fmt::Display for Operand {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.name {
            Some((kind, name)) => write!(f, "{kind} '{name}' (a {} value)", self.type_name),
            None => write!(f, "a {} value", self.type_name),
        }
    }
}

/// Every runtime error message the VM raises.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum RuntimeError {
    #[error("attempt to index {0}")]
    Index(Operand),
    #[error("attempt to call {0}")]
    Call(Operand),
    #[error("attempt to perform arithmetic on {0}")]
    Arith(Operand),
    #[error("attempt to concatenate {0}")]
    Concat(Operand),
    #[error("attempt to get length of {0}")]
    Len(Operand),
    #[error("attempt to compare two {0} values")]
    CompareSame(&'static str),
    #[error("attempt to compare {0} with {1}")]
    Compare(&'static str, &'static str),
    #[error("table index is nil")]
    IndexIsNil,
    #[error("table index is NaN")]
    IndexIsNan,
    #[error("invalid key to 'next'")]
    InvalidNextKey,
    #[error("'for' initial value must be a number")]
    ForInit,
    #[error("'for' limit must be a number")]
    ForLimit,
    #[error("'for' step must be a number")]
    ForStep,
    #[error("stack overflow")]
    StackOverflow,
    #[error("error in error handling")]
    ErrorInErrorHandling,
    #[error("loop in gettable")]
    LoopInGettable,
    #[error("loop in settable")]
    LoopInSettable,
    #[error("bad argument #{0} to '{1}' ({2})")]
    BadArgument(usize, String, String),
    #[error("calling '{0}' on bad self ({1})")]
    BadSelf(String, String),
    /// LuaJIT's words for any yield from the main thread.
    #[error("attempt to yield across C-call boundary")]
    YieldOutside,
    #[error("not enough memory")]
    NotEnoughMemory,
}
