//! The `lunaris` command line, shaped like luajit's front end: its options,
//! the `arg` table, `LUA_INIT`, scripts from files or stdin, and the
//! interactive loop with luajit's prompts. Everything runs against explicit
//! streams so that tests can drive the whole CLI in-process.

use crate::{Failure, Session};
use std::io::{BufRead, Write};
use std::sync::{Arc, Mutex};

/// luajit's usage text, under our name. `-b` only lists (`-bl file`);
/// `-j` and `-O` are accepted and ignored, as there is no JIT.
const USAGE: &str = "usage: lunaris [options]... [script [args]...].
Available options are:
  -e chunk  Execute string 'chunk'.
  -l name   Require library 'name'.
  -b ...    Save or list bytecode.
  -j cmd    Perform LuaJIT control command.
  -O[opt]   Control LuaJIT optimizations.
  -i        Enter interactive mode after executing 'script'.
  -v        Show version information.
  -E        Ignore environment variables.
  --        Stop handling options.
  -         Execute stdin and stop handling options.
";

/// A writer shared between the interpreter's `print` and the CLI itself,
/// so their output interleaves in order.
#[derive(Clone)]
pub struct SharedWriter(Arc<Mutex<dyn Write + Send>>);

impl SharedWriter {
    /// Shares `writer`.
    pub fn new(writer: impl Write + Send + 'static) -> SharedWriter {
        SharedWriter(Arc::new(Mutex::new(writer)))
    }
}

impl Write for SharedWriter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0
            .lock()
            .map_err(|_| std::io::Error::other("output lock poisoned"))?
            .write(buf)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.0
            .lock()
            .map_err(|_| std::io::Error::other("output lock poisoned"))?
            .flush()
    }
}

/// The process's streams and environment as the CLI sees them.
pub struct Streams {
    pub stdout: SharedWriter,
    pub stderr: Box<dyn Write>,
    pub stdin: Box<dyn BufRead>,
    /// Whether stdin is a terminal (the REPL then edits lines with rustyline).
    pub terminal: bool,
    /// The value of `LUA_INIT`, if set.
    pub lua_init: Option<String>,
}

/// What to do before the script, in command-line order.
enum Action {
    Execute(String),
    Require(String),
}

/// The parsed command line.
#[derive(Default)]
struct Options {
    actions: Vec<Action>,
    interactive: bool,
    version: bool,
    ignore_env: bool,
    /// Index in argv of the script (`-` for stdin); argv.len() when none.
    script: usize,
    /// `-bl file`: list bytecode and stop.
    listing: Option<String>,
}

/// Reads the options as luajit does; `None` means a usage error.
fn parse_options(argv: &[String]) -> Option<Options> {
    let mut options = Options {
        script: argv.len(),
        ..Options::default()
    };
    let mut index = 1;
    while index < argv.len() {
        let arg = argv[index].as_str();
        if !arg.starts_with('-') || arg == "-" {
            options.script = index;
            return Some(options);
        }
        let (flag, attached) = arg[1..].split_at(1.min(arg.len() - 1));
        match flag {
            "-" if attached.is_empty() => {
                options.script = (index + 1).min(argv.len());
                return Some(options);
            }
            "i" if attached.is_empty() => {
                options.interactive = true;
                options.version = true;
            }
            "v" if attached.is_empty() => options.version = true,
            "E" if attached.is_empty() => options.ignore_env = true,
            "e" | "l" | "j" => {
                let value = if attached.is_empty() {
                    index += 1;
                    argv.get(index)?.clone()
                } else {
                    attached.to_string()
                };
                match flag {
                    "e" => options.actions.push(Action::Execute(value)),
                    "l" => options.actions.push(Action::Require(value)),
                    _ => {}
                }
            }
            "O" => {}
            "b" => {
                let rest: Vec<&str> = std::iter::once(attached)
                    .chain(argv[index + 1..].iter().map(String::as_str))
                    .collect();
                options.listing = match rest.as_slice() {
                    ["l", file] | ["", "-l", file] => Some(file.to_string()),
                    _ => return None,
                };
                return Some(options);
            }
            _ => return None,
        }
        index += 1;
    }
    Some(options)
}

/// Runs the command line `argv` (argv[0] is the program name); returns the
/// exit status.
pub fn run(argv: &[String], mut streams: Streams) -> i32 {
    if argv.get(1).map(String::as_str) == Some("resty") {
        return resty(&argv[2..], streams);
    }
    let Some(options) = parse_options(argv) else {
        let _ = streams.stderr.write_all(USAGE.as_bytes());
        return 1;
    };
    if let Some(file) = &options.listing {
        return match crate::listing(file) {
            Ok(text) => {
                let _ = streams.stdout.write_all(text.as_bytes());
                0
            }
            Err(message) => {
                let _ = writeln!(streams.stderr, "lunaris: {message}");
                1
            }
        };
    }
    let mut session = Session::new(Box::new(streams.stdout.clone()));
    session.set_arg_table(argv, options.script);
    if options.version {
        let _ = writeln!(streams.stdout, "{}", version());
    }
    if !options.ignore_env {
        if let Some(init) = streams.lua_init.take() {
            let result = match init.strip_prefix('@') {
                Some(path) => run_file(&mut session, path, &[]),
                None => session.run(init.as_bytes(), "=LUA_INIT", &[]).map(|_| ()),
            };
            if !report(&mut streams, result, true) {
                return 1;
            }
        }
    }
    for action in &options.actions {
        let result = match action {
            Action::Execute(code) => session
                .run(code.as_bytes(), "=(command line)", &[])
                .map(|_| ()),
            Action::Require(name) => require(&mut session, name),
        };
        if !report(&mut streams, result, true) {
            return 1;
        }
    }
    if let Some(script) = argv.get(options.script) {
        let args = &argv[options.script + 1..];
        let result = if script == "-" {
            run_stdin(&mut session, &mut streams, args)
        } else {
            run_file(&mut session, script, args)
        };
        if !report(&mut streams, result, true) {
            return 1;
        }
    }
    if options.interactive {
        repl(&mut session, &mut streams);
    } else if options.script == argv.len() && options.actions.is_empty() && !options.version {
        if streams.terminal {
            let _ = writeln!(streams.stdout, "{}", version());
            repl(&mut session, &mut streams);
        } else {
            let result = run_stdin(&mut session, &mut streams, &[]);
            if !report(&mut streams, result, true) {
                return 1;
            }
        }
    }
    let _ = streams.stdout.flush();
    0
}

/// `lunaris resty script.lua [args]` or `lunaris resty -e code`: the chunk
/// runs as the entry thread of a handler on the OpenResty scheduler
/// (`crate::run_resty`).
fn resty(args: &[String], mut streams: Streams) -> i32 {
    if let [option, code, rest @ ..] = args {
        if option == "-e" {
            let mut arg_list = vec!["(command line)".to_string()];
            arg_list.extend(rest.iter().cloned());
            let stdout = streams.stdout.clone();
            let status = crate::run_resty(
                code.as_bytes(),
                "=(command line)",
                &arg_list,
                stdout,
                streams.stderr,
            );
            let _ = streams.stdout.flush();
            return status;
        }
    }
    let Some(script) = args.first().filter(|script| !script.starts_with('-')) else {
        let _ = streams
            .stderr
            .write_all(b"usage: lunaris resty [-e code | script.lua [args]...]\n");
        return 1;
    };
    let code = match std::fs::read(script) {
        Ok(code) => code,
        Err(error) => {
            let message = crate::stdlib::strerror(&error);
            let _ = writeln!(streams.stderr, "ERROR: cannot open {script}: {message}");
            return 1;
        }
    };
    let stdout = streams.stdout.clone();
    let status = crate::run_resty(&code, &format!("@{script}"), args, stdout, streams.stderr);
    let _ = streams.stdout.flush();
    status
}

fn version() -> String {
    format!(
        "Lunaris {} -- Lua 5.1 as LuaJIT 2.1 speaks it, in pure Rust",
        env!("CARGO_PKG_VERSION")
    )
}

/// Prints a failure as luajit does (after flushing stdout, so output keeps
/// its order); returns whether the result was a success.
fn report(streams: &mut Streams, result: Result<(), Failure>, prefixed: bool) -> bool {
    let Err(failure) = result else {
        return true;
    };
    let _ = streams.stdout.flush();
    let text = failure.report();
    if !text.is_empty() {
        if prefixed {
            let _ = streams.stderr.write_all(b"lunaris: ");
        }
        let _ = streams.stderr.write_all(&text);
        let _ = streams.stderr.flush();
    }
    false
}

fn run_file(session: &mut Session, path: &str, args: &[String]) -> Result<(), Failure> {
    match std::fs::read(path) {
        Ok(code) => session.run(&code, &format!("@{path}"), args).map(|_| ()),
        Err(error) => Err(plain_error(
            session,
            format!("cannot open {path}: {}", crate::stdlib::strerror(&error)),
        )),
    }
}

fn run_stdin(session: &mut Session, streams: &mut Streams, args: &[String]) -> Result<(), Failure> {
    let mut code = Vec::new();
    if let Err(error) = streams.stdin.read_to_end(&mut code) {
        return Err(plain_error(
            session,
            format!("cannot read stdin: {}", crate::stdlib::strerror(&error)),
        ));
    }
    session.run(&code, "=stdin", args).map(|_| ())
}

/// `-l name`: calls `require(name)`, as luajit's front end does.
fn require(session: &mut Session, name: &str) -> Result<(), Failure> {
    let vm = session.vm();
    let require = vm.get_global("require");
    let name = vm.new_string(name.as_bytes());
    vm.call(require, &[name])
        .map(|_| ())
        .map_err(Failure::Runtime)
}

/// A front-end error that is not raised by Lua code (no traceback).
fn plain_error(session: &mut Session, message: String) -> Failure {
    let value = session.vm().new_string(message.as_bytes());
    let mut error = crate::vm::LuaError::new(value);
    error.message = message;
    Failure::Runtime(error)
}

/// Reads one line for the REPL after showing `prompt`; None at end of input.
fn read_line(
    streams: &mut Streams,
    editor: &mut Option<rustyline::DefaultEditor>,
    prompt: &str,
) -> Option<String> {
    if let Some(editor) = editor {
        let _ = streams.stdout.flush();
        return match editor.readline(prompt) {
            Ok(line) => {
                let _ = editor.add_history_entry(line.as_str());
                Some(line)
            }
            Err(rustyline::error::ReadlineError::Interrupted) => Some(String::new()),
            Err(_) => None,
        };
    }
    let _ = streams.stdout.write_all(prompt.as_bytes());
    let _ = streams.stdout.flush();
    let mut line = String::new();
    match streams.stdin.read_line(&mut line) {
        Ok(0) | Err(_) => None,
        Ok(_) => {
            let trimmed = line.trim_end_matches(['\n', '\r']).len();
            line.truncate(trimmed);
            Some(line)
        }
    }
}

/// Whether a syntax error only means "the statement goes on" (luajit's
/// test: the message ends at `'<eof>'`).
fn is_incomplete(failure: &Failure) -> bool {
    matches!(failure, Failure::Syntax(error) if error.near.as_deref() == Some(b"<eof>".as_slice()))
}

/// The interactive loop: `> ` and `>> ` prompts, `=expr` as `return expr`,
/// results shown with `print`, errors on stderr without the prefix.
fn repl(session: &mut Session, streams: &mut Streams) {
    let mut editor = if streams.terminal {
        rustyline::DefaultEditor::new().ok()
    } else {
        None
    };
    while let Some(first) = read_line(streams, &mut editor, "> ") {
        let mut code = match first.strip_prefix('=') {
            Some(expression) => format!("return {expression}"),
            None => first,
        };
        let result = loop {
            match session.run(code.as_bytes(), "=stdin", &[]) {
                Err(failure) if is_incomplete(&failure) => {
                    match read_line(streams, &mut editor, ">> ") {
                        Some(more) => {
                            code.push('\n');
                            code.push_str(&more);
                        }
                        None => break Err(failure),
                    }
                }
                other => break other,
            }
        };
        let result = result.and_then(|values| {
            if values.is_empty() {
                Ok(())
            } else {
                session.print(&values)
            }
        });
        report(streams, result, false);
    }
    let _ = streams.stdout.write_all(b"\n");
}
