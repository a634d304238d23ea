//! Full userdata: a Rust value with a metatable and an environment.

use std::any::Any;

use crate::gc::TableRef;

/// A full userdata.
pub struct Userdata {
    /// The metatable, if any.
    pub metatable: Option<TableRef>,
    /// The environment table (`getfenv`), if any.
    pub env: Option<TableRef>,
    /// The host's payload.
    pub data: Box<dyn Any>,
}
