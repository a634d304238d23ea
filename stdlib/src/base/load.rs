//! `load`, `loadstring`, `loadfile` and `dofile`: compiling chunks at run
//! time with LuaJIT's chunk names (`lib_base.c`, `lj_load.c`).
//!
//! Chunk names: `load(s)` and `loadstring(s)` use the source itself,
//! `load(s, name)` the name as given, `load(reader)` `=(load)`,
//! `loadfile(path)` and `dofile(path)` `@path`, and without a path they
//! read standard input as `=stdin`.
//!
//! Binary chunks (source starting with `\27`) are never loaded: Lunaris
//! has no bytecode format of its own, and LuaJIT's is not ours, so every
//! binary chunk gets LuaJIT's answer to bytecode it cannot read,
//! `name: cannot load incompatible bytecode` (and `\27` after a BOM or a
//! `#` line gets its plain `cannot load malformed bytecode`).
//!
//! An error raised by a `load` reader, or a reader result that is not a
//! string, makes `load` return nil and the message as LuaJIT does inside
//! `pcall` (LuaJIT's message gains a position and traceback when no
//! `pcall` is active; Lunaris's does not).

use std::io::Read;

use lunaris_vm::native::Completion;
use lunaris_vm::userdata::Userdata;
use lunaris_vm::{Ctx, LuaError, Outcome, Protect, Type, Value};

/// LuaJIT's `LJ_ERR_XMODE`.
const WRONG_MODE: &str = "attempt to load chunk with wrong mode";
/// LuaJIT's `LJ_ERR_RDRSTR`.
const READER_NOT_STRING: &str = "reader function must return a string";

/// `load(chunk [, name [, mode [, env]]])`, where `chunk` is a string or a
/// reader function. `loadstring` is the same function, as in LuaJIT.
pub(super) fn load(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let name = opt_bytes(ctx, 1)?;
    opt_bytes(ctx, 2)?;
    if ctx.arg_is(0, Type::String) || ctx.arg_is(0, Type::Number) {
        let source = ctx.check_bytes(0)?;
        let name = name.unwrap_or_else(|| source.clone());
        return finish_load(ctx, &source, &name, 3);
    }
    ctx.check_function(0)?;
    // Slots: reader, name, mode, env, buffer, then the reader's call.
    ctx.set_len(4);
    let buffer = ctx.vm.heap.alloc_userdata(Userdata {
        metatable: None,
        env: None,
        data: Box::new(Vec::<u8>::new()),
    });
    ctx.push(Value::userdata(buffer));
    call_reader(ctx)
}

const BUFFER: usize = 4;

fn call_reader(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let reader = ctx.get(0);
    ctx.set_len(BUFFER + 1);
    ctx.push(reader);
    Ok(Outcome::Call {
        func: BUFFER + 1,
        cont: reader_returned,
        protect: Protect::Catch,
    })
}

fn reader_returned(ctx: &mut Ctx<'_>, completion: Completion) -> Result<Outcome, LuaError> {
    if let Completion::Failed(value) = completion {
        return load_failed(ctx, value);
    }
    let piece = if ctx.len() > BUFFER + 1 {
        ctx.get(BUFFER + 1)
    } else {
        Value::NIL
    };
    let bytes = match ctx.vm.to_bytes(piece) {
        Some(bytes) => bytes,
        None if piece.is_nil() => Vec::new(),
        None => {
            let message = ctx.string(READER_NOT_STRING.as_bytes());
            return load_failed(ctx, message);
        }
    };
    let buffer = ctx.get(BUFFER).as_userdata().expect("the load buffer");
    let data = &mut ctx.vm.heap.userdata_mut(buffer).data;
    let source = data.downcast_mut::<Vec<u8>>().expect("the load buffer");
    if !bytes.is_empty() {
        source.extend_from_slice(&bytes);
        return call_reader(ctx);
    }
    let source = std::mem::take(source);
    let name = match ctx.arg(1).is_nil() {
        true => b"=(load)".to_vec(),
        false => ctx.check_bytes(1)?,
    };
    finish_load(ctx, &source, &name, 3)
}

/// Compiles `source` and returns the function (with the environment in
/// argument `env_index`, if it is a table), or nil and the message.
fn finish_load(
    ctx: &mut Ctx<'_>,
    source: &[u8],
    name: &[u8],
    env_index: usize,
) -> Result<Outcome, LuaError> {
    let mode = match ctx.arg(env_index - 1).as_string() {
        Some(mode) => Some(ctx.vm.heap.string(mode).as_bytes().to_vec()),
        None => None,
    };
    let env = ctx.arg(env_index).as_table();
    match compile(ctx, source, name, mode.as_deref()) {
        Ok(function) => {
            if let (Some(env), Some(f)) = (env, function.as_function()) {
                if let lunaris_vm::function::Function::Lua(closure) = ctx.vm.heap.function_mut(f) {
                    closure.env = env;
                }
            }
            ctx.ret1(function)
        }
        Err(message) => load_failed(ctx, message),
    }
}

/// Compiles a chunk into a function of the globals, or the error message.
pub(crate) fn compile(
    ctx: &mut Ctx<'_>,
    source: &[u8],
    name: &[u8],
    mode: Option<&[u8]>,
) -> Result<Value, Value> {
    let kind = chunk_kind(source);
    if kind == ChunkKind::BinaryAfterHeader {
        return Err(ctx.string(b"cannot load malformed bytecode"));
    }
    let binary = kind == ChunkKind::Binary;
    if let Some(mode) = mode {
        if !mode.contains(if binary { &b'b' } else { &b't' }) {
            return Err(ctx.string(WRONG_MODE.as_bytes()));
        }
    }
    if binary {
        let shown: &[u8] = match name.first() {
            Some(27) => b"(binary)",
            Some(b'@' | b'=') => &name[1..],
            _ => name,
        };
        let mut message = shown.to_vec();
        message.extend_from_slice(b": cannot load incompatible bytecode");
        return Err(ctx.string(&message));
    }
    match lunaris_compiler::compile(source, name) {
        Ok(blueprint) => {
            let globals = ctx.vm.globals();
            Ok(ctx.vm.load_with_env(&blueprint, globals))
        }
        Err(error) => Err(ctx.string(&error.to_bytes())),
    }
}

/// How LuaJIT's lexer (`lj_lex_setup`) classifies a chunk by its start.
#[derive(PartialEq)]
enum ChunkKind {
    Text,
    /// Starts with `\27`.
    Binary,
    /// `\27` after a UTF-8 BOM or a `#` line, which LuaJIT refuses as
    /// malformed bytecode without naming the chunk.
    BinaryAfterHeader,
}

fn chunk_kind(source: &[u8]) -> ChunkKind {
    let mut header = false;
    let mut rest = source;
    if let Some(after_bom) = rest.strip_prefix(b"\xEF\xBB\xBF") {
        rest = after_bom;
        header = true;
    }
    if rest.first() == Some(&b'#') {
        let Some(eol) = rest.iter().position(|&b| b == b'\n' || b == b'\r') else {
            return ChunkKind::Text;
        };
        // One line break: `\n`, `\r`, `\r\n` or `\n\r`.
        let pair = matches!(&rest[eol..], [a, b, ..] if a != b && matches!(b, b'\n' | b'\r'));
        rest = &rest[eol + 1 + usize::from(pair)..];
        header = true;
    }
    match (rest.first(), header) {
        (Some(27), false) => ChunkKind::Binary,
        (Some(27), true) => ChunkKind::BinaryAfterHeader,
        _ => ChunkKind::Text,
    }
}

fn load_failed(ctx: &mut Ctx<'_>, message: Value) -> Result<Outcome, LuaError> {
    ctx.push(Value::NIL);
    ctx.push(message);
    Ok(Outcome::Return(2))
}

/// An optional string argument's bytes (numbers converted).
fn opt_bytes(ctx: &mut Ctx<'_>, index: usize) -> Result<Option<Vec<u8>>, LuaError> {
    if ctx.arg(index).is_nil() {
        Ok(None)
    } else {
        ctx.check_bytes(index).map(Some)
    }
}

/// Reads a file (or standard input) and returns its chunk name and source,
/// or LuaJIT's `cannot open`/`cannot read` message.
pub(crate) fn read_chunk(path: Option<&[u8]>) -> Result<(Vec<u8>, Vec<u8>), String> {
    let mut source = Vec::new();
    let Some(path) = path else {
        return match std::io::stdin().read_to_end(&mut source) {
            Ok(_) => Ok((b"=stdin".to_vec(), source)),
            Err(err) => Err(format!("cannot read stdin: {}", crate::strerror(&err))),
        };
    };
    let shown = String::from_utf8_lossy(path).into_owned();
    let mut chunk_name = b"@".to_vec();
    chunk_name.extend_from_slice(path);
    let os_path = path_from_bytes(path);
    let mut file = std::fs::File::open(os_path)
        .map_err(|err| format!("cannot open {shown}: {}", crate::strerror(&err)))?;
    file.read_to_end(&mut source)
        .map_err(|err| format!("cannot read {shown}: {}", crate::strerror(&err)))?;
    Ok((chunk_name, source))
}

#[cfg(unix)]
pub(crate) fn path_from_bytes(path: &[u8]) -> std::path::PathBuf {
    use std::os::unix::ffi::OsStrExt;
    std::path::PathBuf::from(std::ffi::OsStr::from_bytes(path))
}

#[cfg(not(unix))]
pub(crate) fn path_from_bytes(path: &[u8]) -> std::path::PathBuf {
    std::path::PathBuf::from(String::from_utf8_lossy(path).into_owned())
}

/// `loadfile([path [, mode [, env]]])`.
pub(super) fn loadfile(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let path = opt_bytes(ctx, 0)?;
    opt_bytes(ctx, 1)?;
    match read_chunk(path.as_deref()) {
        Ok((name, source)) => finish_load(ctx, &source, &name, 2),
        Err(message) => {
            let message = ctx.string(message.as_bytes());
            load_failed(ctx, message)
        }
    }
}

/// `dofile([path])`: loads the file and calls it, returning its results;
/// a load failure is raised as the bare message.
pub(super) fn dofile(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let path = opt_bytes(ctx, 0)?;
    let compiled = match read_chunk(path.as_deref()) {
        Ok((name, source)) => compile(ctx, &source, &name, None),
        Err(message) => Err(ctx.string(message.as_bytes())),
    };
    match compiled {
        Ok(function) => {
            ctx.set_len(1);
            ctx.push(function);
            Ok(Outcome::Call {
                func: 1,
                cont: dofile_returned,
                protect: Protect::None,
            })
        }
        Err(message) => Err(LuaError::new(message)),
    }
}

fn dofile_returned(ctx: &mut Ctx<'_>, _: Completion) -> Result<Outcome, LuaError> {
    Ok(Outcome::Return(ctx.len() - 1))
}
