//! File handles (LuaJIT's `IOFileUD`): the `Handle` a file userdata
//! holds, the methods of the shared metatable (`close`, `flush`, `lines`,
//! `read`, `seek`, `setvbuf`, `write`, `__tostring`, `__gc`), and the
//! reading, writing and closing that the `io.*` functions share with them
//! (`io_file_read`, `io_file_write`, `io_file_close` of `lib_io.c`).
//!
//! Writes to the standard output go to the VM's output sink (the one
//! `print` uses), so both keep their order.
//!
//! FIXME: the VM does not run `__gc` metamethods yet. The metatable has
//! one, as LuaJIT's does, and a collected handle still gets its stream
//! flushed and closed, by `Stream`'s `Drop`.

use lunaris_vm::gc::UserdataRef;
use lunaris_vm::native::number_to_integer;
use lunaris_vm::number;
use lunaris_vm::userdata::Userdata;
use lunaris_vm::{Ctx, LuaError, NativeFn, Outcome, RuntimeError, Value, Vm};

use super::scan::scan_number;
use super::stream::{Buffering, Stream, Whence};

/// The methods of file handles.
pub(super) const METHODS: &[(&str, NativeFn)] = &[
    ("close", close),
    ("flush", flush),
    ("lines", lines),
    ("read", read),
    ("seek", seek),
    ("setvbuf", setvbuf),
    ("write", write),
];

/// The registry key of the file handles' metatable.
const METATABLE_KEY: &str = "lunaris.io.file";
/// LuaJIT's `LUAL_BUFFERSIZE`: the first buffer of a line read.
const LINE_BUFFER_SIZE: usize = 8192;
/// LuaJIT's `LJ_MAX_BUF`: longer reads fail for lack of memory.
const MAX_READ: u32 = 0x7fff_ff00;
/// LuaJIT's `LJ_MAX_UPVAL`: a lines iterator keeps its file and formats
/// as upvalues.
const MAX_UPVALUES: usize = 60;

/// LuaJIT's `LJ_ERR_IOCLFL`.
pub(super) const CLOSED_FILE: &str = "attempt to use a closed file";

/// What a handle was opened as; it decides how it closes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    File,
    Pipe,
    /// `io.stdin`, `io.stdout`, `io.stderr`: they refuse to close.
    Standard,
}

/// The payload of a file userdata.
pub(super) struct Handle {
    stream: Option<Stream>, // None once closed.
    kind: Kind,
    close_at_eof: bool, // Opened by `io.lines(name)`.
}

impl Handle {
    pub(super) fn new(stream: Stream, kind: Kind) -> Handle {
        Handle {
            stream: Some(stream),
            kind,
            close_at_eof: false,
        }
    }

    pub(super) fn closing_at_eof(mut self) -> Handle {
        self.close_at_eof = true;
        self
    }
}

/// Creates the metatable every handle shares, methods in `__index`.
pub(super) fn create_metatable(vm: &mut Vm) {
    let metatable = vm.new_table();
    let table = metatable.as_table().expect("a new table");
    for &(name, func) in METHODS {
        let function = vm.native(func);
        vm.set_field(table, name, function);
    }
    vm.set_field(table, "__index", metatable);
    let tostring = vm.native(tostring);
    vm.set_field(table, "__tostring", tostring);
    let gc = vm.native(gc);
    vm.set_field(table, "__gc", gc);
    let registry = vm.registry();
    vm.set_field(registry, METATABLE_KEY, metatable);
}

/// A new file userdata holding `handle`.
pub(super) fn new_file(vm: &mut Vm, handle: Handle) -> Value {
    let key = vm.new_string(METATABLE_KEY.as_bytes());
    let metatable = vm.raw_get(vm.registry(), key).as_table();
    let userdata = vm.heap.alloc_userdata(Userdata {
        metatable,
        env: None,
        data: Box::new(handle),
    });
    Value::userdata(userdata)
}

/// The handle of a value, if it is a file.
pub(super) fn handle(vm: &Vm, value: Value) -> Option<&Handle> {
    vm.heap
        .userdata(value.as_userdata()?)
        .data
        .downcast_ref::<Handle>()
}

fn handle_mut(vm: &mut Vm, file: UserdataRef) -> &mut Handle {
    vm.heap
        .userdata_mut(file)
        .data
        .downcast_mut::<Handle>()
        .expect("a checked file")
}

fn stream_mut(vm: &mut Vm, file: UserdataRef) -> &mut Stream {
    handle_mut(vm, file)
        .stream
        .as_mut()
        .expect("a checked open file")
}

/// Whether the file is closed.
pub(super) fn is_closed(vm: &Vm, file: UserdataRef) -> bool {
    handle(vm, Value::userdata(file)).is_none_or(|handle| handle.stream.is_none())
}

/// A file argument, open or closed (LuaJIT's `io_tofilep`).
fn check_file(ctx: &mut Ctx<'_>, index: usize) -> Result<UserdataRef, LuaError> {
    let value = ctx.arg(index);
    match value.as_userdata() {
        Some(file) if handle(ctx.vm, value).is_some() => Ok(file),
        _ => Err(ctx.type_error(index, "FILE*")),
    }
}

/// An open file argument (LuaJIT's `io_tofile`).
pub(super) fn check_open_file(ctx: &mut Ctx<'_>, index: usize) -> Result<UserdataRef, LuaError> {
    let file = check_file(ctx, index)?;
    if is_closed(ctx.vm, file) {
        return Err(ctx.error(CLOSED_FILE));
    }
    Ok(file)
}

/// `file:close()`.
fn close(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let file = check_open_file(ctx, 0)?;
    close_file(ctx, file)
}

/// Closes an open file: `true`, or `nil, message [, errno]` (standard
/// files refuse). A pipe's close succeeds whatever its command's status,
/// as LuaJIT 2.1 without 5.2 compatibility returns.
pub(super) fn close_file(ctx: &mut Ctx<'_>, file: UserdataRef) -> Result<Outcome, LuaError> {
    let handle = handle_mut(ctx.vm, file);
    if handle.kind == Kind::Standard {
        ctx.push(Value::NIL);
        let message = ctx.string(b"cannot close standard file");
        ctx.push(message);
        return Ok(Outcome::Return(2));
    }
    let kind = handle.kind;
    let stream = handle.stream.take().expect("a checked open file");
    let result = match stream.close() {
        Ok(output) => {
            // The output of a `popen(command, "w")` command.
            if !output.is_empty() {
                let _ = crate::base::with_output(ctx.vm, |out| out.write_all(&output));
            }
            Ok(())
        }
        Err(_) if kind == Kind::Pipe => Ok(()),
        Err(err) => Err(err),
    };
    crate::file_result(ctx, result, None)
}

/// `file:flush()`.
fn flush(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let file = check_open_file(ctx, 0)?;
    flush_file(ctx, file)
}

/// Flushes an open file: `true`, or `nil, message, errno`.
pub(super) fn flush_file(ctx: &mut Ctx<'_>, file: UserdataRef) -> Result<Outcome, LuaError> {
    let stream = stream_mut(ctx.vm, file);
    let result = if stream.is_sink() {
        crate::base::with_output(ctx.vm, |out| out.flush())
    } else {
        stream.flush()
    };
    crate::file_result(ctx, result, None)
}

/// `file:lines(...)`.
fn lines(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    check_open_file(ctx, 0)?;
    lines_iterator(ctx)
}

/// The iterator over the file in frame slot 0 with the formats after it
/// (LuaJIT's `io_file_lines`): they become its upvalues, with their count.
pub(super) fn lines_iterator(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let n_values = ctx.len();
    if n_values > MAX_UPVALUES {
        return Err(ctx.error("too many results to unpack"));
    }
    let mut upvalues = vec![ctx.get(0), Value::number((n_values - 1) as f64)];
    upvalues.extend((1..n_values).map(|index| ctx.get(index)));
    let iterator = ctx.vm.native_with_upvalues(iterate, upvalues);
    ctx.ret1(iterator)
}

/// One step of a lines iterator (LuaJIT's `io_file_iter`). A file from
/// `io.lines(name)` is closed at end of file, but only when no formats
/// were given: LuaJIT 2.1 tests its first format slot for nil.
fn iterate(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let file = ctx.upvalue(0).as_userdata().expect("the iterated file");
    if is_closed(ctx.vm, file) {
        return Err(ctx.error(CLOSED_FILE));
    }
    let count = ctx.upvalue(1).as_number().unwrap_or(0.0) as usize;
    ctx.set_len(0);
    for index in 0..count {
        let format = ctx.upvalue(2 + index);
        ctx.push(format);
    }
    let n_results = match read_formats(ctx, file, 0, count)? {
        Ok(n_results) => n_results,
        Err(err) => return Err(ctx.error(&crate::strerror(&err))),
    };
    if count == 0 && ctx.get(0).is_nil() && handle_mut(ctx.vm, file).close_at_eof {
        let stream = handle_mut(ctx.vm, file).stream.take();
        drop(stream.map(Stream::close));
        return Ok(Outcome::Return(0));
    }
    Ok(Outcome::Return(n_results))
}

/// `file:read(...)`.
fn read(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let file = check_open_file(ctx, 0)?;
    let count = ctx.n_args() - 1;
    read_results(ctx, file, 1, count)
}

/// Reads the formats in the frame from index `first` and returns one
/// value each, or `nil, message, errno` after a read error.
pub(super) fn read_results(
    ctx: &mut Ctx<'_>,
    file: UserdataRef,
    first: usize,
    count: usize,
) -> Result<Outcome, LuaError> {
    match read_formats(ctx, file, first, count)? {
        Ok(n_results) => Ok(Outcome::Return(n_results)),
        Err(err) => crate::file_result(ctx, Err(err), None),
    }
}

/// LuaJIT's `io_file_read`: pushes one value per format (a line without
/// any), stopping after the first that fails, whose value is nil. The
/// count of pushed values, or the read error that ended the reading.
fn read_formats(
    ctx: &mut Ctx<'_>,
    file: UserdataRef,
    first: usize,
    count: usize,
) -> Result<std::io::Result<usize>, LuaError> {
    stream_mut(ctx.vm, file).clear_flags();
    let mut ok = true;
    let mut n_results = 0;
    while n_results < count.max(1) && ok {
        let (value, success) = if count == 0 {
            read_line(ctx, file, true)
        } else {
            read_format(ctx, file, first + n_results)?
        };
        ok = success;
        ctx.push(if ok { value } else { Value::NIL });
        n_results += 1;
    }
    Ok(match stream_mut(ctx.vm, file).take_error() {
        Some(err) => Err(err),
        None => Ok(n_results),
    })
}

/// Reads one format (the value at frame index `index`): the value and
/// whether it succeeded.
fn read_format(
    ctx: &mut Ctx<'_>,
    file: UserdataRef,
    index: usize,
) -> Result<(Value, bool), LuaError> {
    let format = ctx.get(index);
    if let Some(format) = format.as_string() {
        let bytes = ctx.vm.heap.string(format).as_bytes();
        let kind = bytes.strip_prefix(b"*").unwrap_or(bytes).first().copied();
        return match kind {
            Some(b'n') => Ok(match scan_number(stream_mut(ctx.vm, file)) {
                Some(n) => (Value::number(n), true),
                None => (Value::NIL, false),
            }),
            Some(b'l') => Ok(read_line(ctx, file, true)),
            Some(b'L') => Ok(read_line(ctx, file, false)),
            Some(b'a') => {
                let bytes = stream_mut(ctx.vm, file).read_to_end();
                Ok((ctx.string(&bytes), true))
            }
            _ => Err(ctx.arg_error(index, "invalid format")),
        };
    }
    let Some(n) = format.as_number() else {
        return Err(ctx.arg_error(index, "invalid option"));
    };
    // LuaJIT's count is a C int taken as unsigned.
    let count = number_to_integer(n) as u32;
    if count > MAX_READ {
        let message = ctx.string(RuntimeError::NotEnoughMemory.to_string().as_bytes());
        return Err(LuaError::new(message));
    }
    let stream = stream_mut(ctx.vm, file);
    if count == 0 {
        // A test for end of file.
        let more = stream.getc().is_some();
        if more {
            stream.ungetc();
        }
        return Ok((ctx.string(b""), more));
    }
    let bytes = stream.fread(count as usize);
    let success = !bytes.is_empty();
    Ok((ctx.string(&bytes), success))
}

/// LuaJIT's `io_file_readline`, whose `fgets` and `strlen` drop what
/// follows a NUL byte within each piece read.
fn read_line(ctx: &mut Ctx<'_>, file: UserdataRef, chop: bool) -> (Value, bool) {
    let stream = stream_mut(ctx.vm, file);
    let mut size = LINE_BUFFER_SIZE;
    let mut line = Vec::new();
    let mut ok = false;
    while let Some(piece) = stream.fgets(size - line.len() - 1) {
        let length = piece.iter().position(|&b| b == 0).unwrap_or(piece.len());
        line.extend_from_slice(&piece[..length]);
        ok |= !line.is_empty();
        if line.last() == Some(&b'\n') {
            if chop {
                line.pop();
            }
            break;
        }
        if line.len() >= size - 64 {
            size += size;
        }
    }
    (ctx.string(&line), ok)
}

/// `file:write(...)`.
fn write(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let file = check_open_file(ctx, 0)?;
    write_values(ctx, file, 1)
}

/// LuaJIT's `io_file_write`: writes the strings and numbers from
/// argument `first` on (after a failure, only checks them) and returns
/// `true`, or `nil, message, errno`.
pub(super) fn write_values(
    ctx: &mut Ctx<'_>,
    file: UserdataRef,
    first: usize,
) -> Result<Outcome, LuaError> {
    let mut result = Ok(());
    for index in first..ctx.n_args() {
        let value = ctx.arg(index);
        let bytes = match (value.as_string(), value.as_number()) {
            (Some(s), _) => ctx.vm.heap.string(s).as_bytes().to_vec(),
            (None, Some(n)) => number::format(n).into_bytes(),
            (None, None) => return Err(ctx.type_error(index, "string")),
        };
        if result.is_ok() {
            result = write_bytes(ctx.vm, file, &bytes);
        }
    }
    crate::file_result(ctx, result, None)
}

fn write_bytes(vm: &mut Vm, file: UserdataRef, bytes: &[u8]) -> std::io::Result<()> {
    let stream = stream_mut(vm, file);
    if stream.is_sink() {
        crate::base::with_output(vm, |out| out.write_all(bytes))
    } else {
        stream.write(bytes)
    }
}

/// `file:seek([whence [, offset]])`: the new position, or `nil,
/// message, errno`.
fn seek(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    const WHENCES: &[&str] = &["set", "cur", "end"];
    const LIMIT: f64 = 9_223_372_036_854_775_808.0; // 2^63.
    let file = check_open_file(ctx, 0)?;
    let whence = match check_option(ctx, 1, Some(1), WHENCES)? {
        0 => Whence::Set,
        1 => Whence::Current,
        _ => Whence::End,
    };
    let offset = match ctx.arg(2).as_number() {
        // A C cast to int64_t, "integer indefinite" when out of range.
        Some(n) if (-LIMIT..LIMIT).contains(&n) => n as i64,
        Some(_) => i64::MIN,
        None if ctx.arg(2).is_nil() => 0,
        None => return Err(ctx.type_error(2, "number")),
    };
    match stream_mut(ctx.vm, file).seek(whence, offset) {
        Ok(position) => ctx.ret1(Value::number(position as f64)),
        Err(err) => crate::file_result(ctx, Err(err), None),
    }
}

/// `file:setvbuf(mode [, size])`; glibc ignores the size.
fn setvbuf(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    const MODES: &[&str] = &["full", "line", "no"];
    let file = check_open_file(ctx, 0)?;
    let buffering = match check_option(ctx, 1, None, MODES)? {
        0 => Buffering::Full,
        1 => Buffering::Line,
        _ => Buffering::No,
    };
    ctx.opt_integer(2, LINE_BUFFER_SIZE as i64)?;
    let result = stream_mut(ctx.vm, file).set_buffering(buffering);
    crate::file_result(ctx, result, None)
}

/// LuaJIT's `lj_lib_checkopt`: the position of the string argument in
/// `options`; `default` when it is absent and optional.
fn check_option(
    ctx: &mut Ctx<'_>,
    index: usize,
    default: Option<usize>,
    options: &[&str],
) -> Result<usize, LuaError> {
    let option = match default {
        Some(default) => match ctx.opt_string(index)? {
            Some(option) => option,
            None => return Ok(default),
        },
        None => ctx.check_string(index)?,
    };
    let option = ctx.vm.heap.string(option).as_bytes().to_vec();
    match options.iter().position(|name| name.as_bytes() == option) {
        Some(position) => Ok(position),
        None => {
            let message = format!("invalid option '{}'", String::from_utf8_lossy(&option));
            Err(ctx.arg_error(index, &message))
        }
    }
}

/// `__tostring`: `file (closed)` or `file (0x...)`.
fn tostring(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let file = check_file(ctx, 0)?;
    let text = if is_closed(ctx.vm, file) {
        b"file (closed)".to_vec()
    } else {
        // The address `tostring` shows for the userdata itself.
        let display = ctx.vm.to_display(Value::userdata(file));
        let address = display.strip_prefix(b"userdata: ").unwrap_or(&display);
        [b"file (", address, b")"].concat()
    };
    let text = ctx.string(&text);
    ctx.ret1(text)
}

/// `__gc`: closes the file unless it is closed or standard.
fn gc(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let file = check_file(ctx, 0)?;
    let handle = handle_mut(ctx.vm, file);
    if handle.kind != Kind::Standard {
        drop(handle.stream.take().map(Stream::close));
    }
    ctx.ret0()
}
