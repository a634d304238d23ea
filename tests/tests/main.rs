//! The integration tests of Lunaris: one target, a module per area.

mod cli;
mod host;
mod resty;
mod scripts;
