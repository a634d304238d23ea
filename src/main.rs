//! The `lunaris` command line, shaped like `luajit`'s:
//! `lunaris [-e code] [-bl file] [script [args]]`.

use lunaris::Source;
use std::io::Write;
use std::process::ExitCode;

const USAGE: &str = "usage: lunaris [options]... [script [args]...].
Available options are:
  -e chunk  Execute string 'chunk'.
  -bl file  List the bytecode of a Lua file.
  -v        Show version information.
  --        Stop handling options.
  -         Execute stdin and stop handling options.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let mut stderr = std::io::stderr();
    let mut index = 1;
    let mut ran_chunk = false;
    while index < args.len() {
        let status = match args[index].as_str() {
            "-v" => {
                println!(
                    "Lunaris {} -- Lua 5.1 as LuaJIT speaks it, in pure Rust",
                    env!("CARGO_PKG_VERSION")
                );
                ran_chunk = true;
                0
            }
            "-e" => {
                let Some(code) = args.get(index + 1) else {
                    eprintln!("lunaris: '-e' needs argument\n{USAGE}");
                    return ExitCode::FAILURE;
                };
                index += 1;
                ran_chunk = true;
                lunaris::run_script(
                    Source::CommandLine(code),
                    &args[..1],
                    Box::new(std::io::stdout()),
                    &mut stderr,
                )
            }
            "-bl" | "-b" => {
                let file = match (
                    args[index].as_str(),
                    args.get(index + 1).map(String::as_str),
                ) {
                    ("-bl", Some(file)) => file,
                    ("-b", Some("-l")) => match args.get(index + 2) {
                        Some(file) => file.as_str(),
                        None => {
                            eprintln!("{USAGE}");
                            return ExitCode::FAILURE;
                        }
                    },
                    _ => {
                        eprintln!("{USAGE}");
                        return ExitCode::FAILURE;
                    }
                };
                return match lunaris::listing(file) {
                    Ok(text) => {
                        let _ = std::io::stdout().write_all(text.as_bytes());
                        ExitCode::SUCCESS
                    }
                    Err(message) => {
                        eprintln!("lunaris: {message}");
                        ExitCode::FAILURE
                    }
                };
            }
            "--" => {
                index += 1;
                break;
            }
            "-" => {
                let status = lunaris::run_script(
                    Source::Stdin,
                    &args[index..],
                    Box::new(std::io::stdout()),
                    &mut stderr,
                );
                return ExitCode::from(status as u8);
            }
            option if option.starts_with('-') => {
                eprintln!("lunaris: unrecognized option '{option}'\n{USAGE}");
                return ExitCode::FAILURE;
            }
            _ => break,
        };
        if status != 0 {
            return ExitCode::from(status as u8);
        }
        index += 1;
    }
    if let Some(script) = args.get(index) {
        let status = lunaris::run_script(
            Source::File(script),
            &args[index..],
            Box::new(std::io::stdout()),
            &mut stderr,
        );
        return ExitCode::from(status as u8);
    }
    if !ran_chunk {
        eprintln!("{USAGE}");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
