//! Syntax errors, printed exactly as LuaJIT prints them.

use std::fmt;

/// A compile-time error: `chunk:line: message near 'token'`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    /// The chunk name as displayed (`file.lua`, `[string "..."]`).
    pub chunk: String,
    /// The line LuaJIT reports.
    pub line: u32,
    /// The message without position or token.
    pub message: String,
    /// The token text after `near`, if the message has one.
    pub near: Option<Vec<u8>>,
}

impl SyntaxError {
    /// The full message as bytes (the `near` token may hold any byte).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = format!("{}:{}: {}", self.chunk, self.line, self.message).into_bytes();
        if let Some(near) = &self.near {
            out.extend_from_slice(b" near '");
            out.extend_from_slice(near);
            out.push(b'\'');
        }
        out
    }
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&String::from_utf8_lossy(&self.to_bytes()))
    }
}

impl std::error::Error for SyntaxError {}
