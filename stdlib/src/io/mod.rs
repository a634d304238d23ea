//! The io library (LuaJIT's `lib_io.c`): the `io` table, its standard
//! files and the default input and output. File handles and their
//! methods live in `file.rs`, the C-stdio-like buffering in `stream.rs`,
//! and `read("*n")`'s number scanning in `scan.rs`.
//!
//! Files are opened with glibc's `fopen` mode rules and commands run as
//! `popen` runs them, through `/bin/sh -c`. The standard output is the
//! VM's output sink, shared with `print`; the standard error and input
//! are the process's. A `popen(command, "w")` command's own output is
//! collected and written to the sink when the pipe is closed.

mod file;
mod scan;
mod stream;

use std::io::Read;
use std::process::{Command, Stdio};

use lunaris_vm::gc::UserdataRef;
use lunaris_vm::{Ctx, LuaError, NativeFn, Outcome, Value, Vm};

use crate::os::{c_string, os_string};
use file::{Handle, Kind};
use stream::{Backend, Stream};

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("close", close),
    ("flush", flush),
    ("input", input),
    ("lines", lines),
    ("open", open_),
    ("output", output),
    ("popen", popen),
    ("read", read),
    ("tmpfile", tmpfile),
    ("type", type_),
    ("write", write),
];

/// The registry keys of the default input and output files.
const INPUT_KEY: &str = "lunaris.io.input";
const OUTPUT_KEY: &str = "lunaris.io.output";

/// C's `EINVAL`: a bad `fopen` or `popen` mode.
const EINVAL: i32 = 22;

/// Opens the io library.
pub fn open(vm: &mut Vm) {
    file::create_metatable(vm);
    let io = crate::register_library(vm, "io", FUNCTIONS);
    let standard = [
        ("stdin", Stream::new(Backend::Stdin, true, false)),
        ("stdout", Stream::new(Backend::Sink, false, true)),
        ("stderr", Stream::new(Backend::Stderr, false, true)),
    ];
    for (name, stream) in standard {
        let handle = file::new_file(vm, Handle::new(stream, Kind::Standard));
        vm.set_field(io, name, handle);
        let registry = vm.registry();
        match name {
            "stdin" => vm.set_field(registry, INPUT_KEY, handle),
            "stdout" => vm.set_field(registry, OUTPUT_KEY, handle),
            _ => {}
        }
    }
}

/// The default input or output file.
fn default_file(ctx: &mut Ctx<'_>, key: &str) -> UserdataRef {
    let key = ctx.string(key.as_bytes());
    let registry = ctx.vm.registry();
    ctx.vm
        .raw_get(registry, key)
        .as_userdata()
        .expect("the default files are set when the library opens")
}

/// The default input or output, which must be open (LuaJIT's
/// `io_stdfile`).
fn open_default_file(ctx: &mut Ctx<'_>, key: &str) -> Result<UserdataRef, LuaError> {
    let file = default_file(ctx, key);
    if file::is_closed(ctx.vm, file) {
        return Err(ctx.error("standard file is closed"));
    }
    Ok(file)
}

/// `io.close([file])`: the default output without an argument.
fn close(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let file = if ctx.n_args() > 0 {
        file::check_open_file(ctx, 0)?
    } else {
        let file = default_file(ctx, OUTPUT_KEY);
        if file::is_closed(ctx.vm, file) {
            return Err(ctx.error(file::CLOSED_FILE));
        }
        file
    };
    file::close_file(ctx, file)
}

fn flush(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let file = open_default_file(ctx, OUTPUT_KEY)?;
    file::flush_file(ctx, file)
}

fn read(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let file = open_default_file(ctx, INPUT_KEY)?;
    let count = ctx.n_args();
    file::read_results(ctx, file, 0, count)
}

fn write(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let file = open_default_file(ctx, OUTPUT_KEY)?;
    file::write_values(ctx, file, 0)
}

/// `io.input([file or name])`.
fn input(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    set_default_file(ctx, INPUT_KEY, b"r")
}

/// `io.output([file or name])`.
fn output(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    set_default_file(ctx, OUTPUT_KEY, b"w")
}

/// LuaJIT's `io_std_getset`: with a file or a name (opened in `mode`),
/// makes it the default; returns the default.
fn set_default_file(ctx: &mut Ctx<'_>, key: &str, mode: &[u8]) -> Result<Outcome, LuaError> {
    let value = ctx.arg(0);
    if value.is_nil() {
        let file = default_file(ctx, key);
        return ctx.ret1(Value::userdata(file));
    }
    let file = if value.as_userdata().is_some() {
        Value::userdata(file::check_open_file(ctx, 0)?)
    } else {
        let stream = open_argument(ctx, mode)?;
        file::new_file(ctx.vm, Handle::new(stream, Kind::File))
    };
    let registry = ctx.vm.registry();
    ctx.vm.set_field(registry, key, file);
    ctx.ret1(file)
}

/// Opens the file named by argument 0, raising LuaJIT's argument error
/// (`name: strerror`) when it cannot (`io_file_open`).
fn open_argument(ctx: &mut Ctx<'_>, mode: &[u8]) -> Result<Stream, LuaError> {
    let name = ctx.check_bytes(0)?;
    let name = c_string(&name);
    open_stream(name, mode).map_err(|err| {
        let message = format!(
            "{}: {}",
            String::from_utf8_lossy(name),
            crate::strerror(&err)
        );
        ctx.arg_error(0, &message)
    })
}

/// `io.lines([name [, formats...]])`: over a file opened by name (closed
/// at its end), or over the default input.
fn lines(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    if ctx.n_args() == 0 {
        ctx.push(Value::NIL);
    }
    let file = if ctx.arg(0).is_nil() {
        Value::userdata(default_file(ctx, INPUT_KEY))
    } else {
        let stream = open_argument(ctx, b"r")?;
        let handle = Handle::new(stream, Kind::File).closing_at_eof();
        file::new_file(ctx.vm, handle)
    };
    ctx.set(0, file);
    file::lines_iterator(ctx)
}

/// `io.open(name [, mode])`: the file, or `nil, "name: strerror", errno`.
fn open_(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let name = ctx.check_bytes(0)?;
    let mode = match ctx.opt_string(1)? {
        Some(_) => ctx.check_bytes(1)?,
        None => b"r".to_vec(),
    };
    let name = c_string(&name);
    match open_stream(name, &mode) {
        Ok(stream) => {
            let file = file::new_file(ctx.vm, Handle::new(stream, Kind::File));
            ctx.ret1(file)
        }
        Err(err) => crate::file_result(ctx, Err(err), Some(name)),
    }
}

/// C's `fopen` as glibc reads the mode: `r`, `w` or `a`, then among the
/// next six bytes (up to a `,`) `+` for update and `x` for exclusive
/// creation; other bytes are ignored. Mode `a` starts at the end.
fn open_stream(name: &[u8], mode: &[u8]) -> std::io::Result<Stream> {
    let mode = c_string(mode);
    let (first, flags) = match mode.split_first() {
        Some((&first, flags)) if matches!(first, b'r' | b'w' | b'a') => (first, flags),
        _ => return Err(std::io::Error::from_raw_os_error(EINVAL)),
    };
    let flags = flags.iter().take(6).take_while(|&&b| b != b',');
    let (mut update, mut exclusive) = (false, false);
    for &flag in flags {
        match flag {
            b'+' => update = true,
            b'x' => exclusive = true,
            _ => {}
        }
    }
    let mut options = std::fs::OpenOptions::new();
    match first {
        b'r' => options.read(true).write(update),
        b'w' => options.read(update).write(true).truncate(true),
        _ => options.read(update).append(true),
    };
    if first != b'r' {
        if exclusive {
            options.create_new(true);
        } else {
            options.create(true);
        }
    }
    let mut opened = options.open(os_string(name))?;
    if first == b'a' && !update {
        std::io::Seek::seek(&mut opened, std::io::SeekFrom::End(0))?;
    }
    let readable = first == b'r' || update;
    let writable = first != b'r' || update;
    Ok(Stream::new(Backend::File(opened), readable, writable))
}

/// `io.popen(command [, mode])`: `/bin/sh -c command` with its standard
/// output (`r`) or input (`w`) connected; glibc accepts only one of
/// them, plus `e`.
fn popen(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let command = ctx.check_bytes(0)?;
    let mode = match ctx.opt_string(1)? {
        Some(_) => ctx.check_bytes(1)?,
        None => b"r".to_vec(),
    };
    let command = c_string(&command);
    let mode = c_string(&mode);
    let reading = mode.contains(&b'r');
    let writing = mode.contains(&b'w');
    let valid = reading != writing && mode.iter().all(|b| b"rwe".contains(b));
    if !valid {
        let err = std::io::Error::from_raw_os_error(EINVAL);
        return crate::file_result(ctx, Err(err), Some(command));
    }
    // LuaJIT flushes every stream first (`fflush(NULL)`).
    let _ = crate::base::with_output(ctx.vm, |out| out.flush());
    match spawn(command, reading) {
        Ok(stream) => {
            let file = file::new_file(ctx.vm, Handle::new(stream, Kind::Pipe));
            ctx.ret1(file)
        }
        Err(err) => crate::file_result(ctx, Err(err), Some(command)),
    }
}

fn spawn(command: &[u8], reading: bool) -> std::io::Result<Stream> {
    let mut shell = Command::new("/bin/sh");
    shell.arg("-c").arg(os_string(command));
    if reading {
        let mut child = shell.stdout(Stdio::piped()).spawn()?;
        let output = child.stdout.take();
        return Ok(Stream::new(
            Backend::PipeFrom { child, output },
            true,
            false,
        ));
    }
    let mut child = shell.stdin(Stdio::piped()).stdout(Stdio::piped()).spawn()?;
    let input = child.stdin.take();
    let drain = child.stdout.take().map(|mut output| {
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            let _ = output.read_to_end(&mut bytes);
            bytes
        })
    });
    Ok(Stream::new(
        Backend::PipeTo {
            child,
            input,
            drain,
        },
        false,
        true,
    ))
}

/// `io.tmpfile()`: an anonymous file for update, gone when closed.
fn tmpfile(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    match temporary_file() {
        Ok(opened) => {
            let stream = Stream::new(Backend::File(opened), true, true);
            let file = file::new_file(ctx.vm, Handle::new(stream, Kind::File));
            ctx.ret1(file)
        }
        Err(err) => crate::file_result(ctx, Err(err), None),
    }
}

/// An unnamed file in `/tmp` (Linux's `O_TMPFILE`, as glibc's `tmpfile`).
#[cfg(target_os = "linux")]
fn temporary_file() -> std::io::Result<std::fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    /// Linux's `O_TMPFILE` (`__O_TMPFILE | O_DIRECTORY`).
    const O_TMPFILE: i32 = 0o20_200_000;
    std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .mode(0o600)
        .custom_flags(O_TMPFILE)
        .open("/tmp")
}

/// A file in the temporary directory, removed at once (it stays
/// reachable through the handle where the system allows it).
#[cfg(not(target_os = "linux"))]
fn temporary_file() -> std::io::Result<std::fs::File> {
    use std::sync::atomic::{AtomicU32, Ordering};
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    loop {
        let name = std::env::temp_dir().join(format!(
            "lunaris_{}_{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed)
        ));
        match std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .create_new(true)
            .open(&name)
        {
            Ok(opened) => {
                let _ = std::fs::remove_file(&name);
                return Ok(opened);
            }
            Err(err) if err.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(err) => return Err(err),
        }
    }
}

/// `io.type(value)`: `"file"`, `"closed file"`, or nil.
fn type_(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let value = ctx.check_any(0)?;
    let Some(file) = value.as_userdata() else {
        return ctx.ret1(Value::NIL);
    };
    if file::handle(ctx.vm, value).is_none() {
        return ctx.ret1(Value::NIL);
    }
    let name: &[u8] = if file::is_closed(ctx.vm, file) {
        b"closed file"
    } else {
        b"file"
    };
    let name = ctx.string(name);
    ctx.ret1(name)
}
