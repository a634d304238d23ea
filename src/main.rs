//! The `lunaris` binary: the command line of `lunaris::cli` on the
//! process's own streams.

use lunaris::cli::{SharedWriter, Streams};
use std::io::IsTerminal;
use std::process::ExitCode;

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().collect();
    let streams = Streams {
        stdout: SharedWriter::new(std::io::stdout()),
        stderr: Box::new(std::io::stderr()),
        stdin: Box::new(std::io::stdin().lock()),
        terminal: std::io::stdin().is_terminal(),
        lua_init: std::env::var("LUA_INIT").ok(),
    };
    ExitCode::from(lunaris::cli::run(&argv, streams) as u8)
}
