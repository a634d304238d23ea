//! The string buffer library, `require "string.buffer"` (LuaJIT's
//! `lib_buffer.c`): `buffer.new`, `encode` and `decode`, and the methods
//! of buffer objects. A buffer is a userdata holding a `Buffer`; all
//! buffers share one metatable whose `__index` is itself and whose
//! `__metatable` is `"buffer"`, as in LuaJIT. The serialization format is
//! in `buffer/serialize.rs`.
//!
//! LuaJIT's `..` accepts buffers natively; here the metatable's
//! `__concat` does it. Lunaris has no FFI: `putcdata` rejects every
//! argument as LuaJIT rejects a non-cdata one, and `reserve`, `commit` and
//! `ref` raise an error saying so.

mod serialize;

use lunaris_vm::gc::UserdataRef;
use lunaris_vm::meta::MetaMethod;
use lunaris_vm::native::Completion;
use lunaris_vm::userdata::Userdata;
use lunaris_vm::{Ctx, LuaError, NativeFn, Outcome, Value, Vm};

use crate::convert::{convert_arg, convert_tostring_from, converted, store_converted};
use serialize::{Dictionaries, SerializeError};

const LIBRARY: &[(&str, NativeFn)] = &[("decode", decode), ("encode", encode), ("new", new)];

/// The methods and metamethods, all stored in the shared metatable.
const METHODS: &[(&str, NativeFn)] = &[
    ("__concat", concat),
    ("__len", len),
    ("__tostring", tostring),
    ("commit", without_ffi),
    ("decode", method_decode),
    ("encode", method_encode),
    ("free", free),
    ("get", get),
    ("put", put),
    ("putcdata", putcdata),
    ("putf", putf),
    ("ref", without_ffi),
    ("reserve", without_ffi),
    ("reset", reset),
    ("set", set),
    ("skip", skip),
    ("tostring", tostring),
];

/// The largest buffer (LuaJIT's `LJ_MAX_BUF`, the longest string).
const MAX_BUFFER: i64 = 0x7fff_ff00;
/// `buffer.new(size)` reserves at most this much up front.
const MAX_RESERVE: usize = 1 << 20;
/// Upvalue of `new`: the buffer metatable.
const METATABLE: usize = 0;

/// A buffer's contents: `bytes[start..]` is unread.
#[derive(Default)]
struct Buffer {
    bytes: Vec<u8>,
    start: usize,
    dict: Dictionaries,
}

impl Buffer {
    fn data(&self) -> &[u8] {
        &self.bytes[self.start..]
    }

    /// Consumes `n` bytes (at most what is there) and returns them.
    fn take(&mut self, n: usize) -> Vec<u8> {
        let end = self.start.saturating_add(n).min(self.bytes.len());
        let taken = self.bytes[self.start..end].to_vec();
        self.skip(n);
        taken
    }

    fn skip(&mut self, n: usize) {
        self.start = self.start.saturating_add(n).min(self.bytes.len());
        if self.start == self.bytes.len() {
            self.bytes.clear();
            self.start = 0;
        }
    }

    fn append(&mut self, bytes: &[u8]) {
        self.bytes.extend_from_slice(bytes);
    }
}

/// Registers the `string.buffer` module in `package.preload`.
pub fn open(vm: &mut Vm) {
    let metatable = vm.new_table();
    let metatable_ref = metatable.as_table().expect("a new table");
    for &(name, function) in METHODS {
        let function = vm.native(function);
        vm.set_field(metatable_ref, name, function);
    }
    vm.set_field(metatable_ref, "__index", metatable);
    let name = vm.new_string(b"buffer");
    vm.set_field(metatable_ref, "__metatable", name);
    let library = vm.new_table();
    let library_ref = library.as_table().expect("a new table");
    for &(name, function) in LIBRARY {
        let function = vm.native_with_upvalues(function, vec![metatable]);
        vm.set_field(library_ref, name, function);
    }
    let loader = vm.native_with_upvalues(load, vec![library]);
    crate::package::preload(vm, "string.buffer", loader);
}

fn load(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let library = ctx.upvalue(0);
    ctx.ret1(library)
}

/// The buffer in `value`, if it is one.
fn as_buffer(ctx: &Ctx<'_>, value: Value) -> Option<UserdataRef> {
    let userdata = value.as_userdata()?;
    ctx.vm
        .heap
        .userdata(userdata)
        .data
        .is::<Buffer>()
        .then_some(userdata)
}

/// The buffer a method is called on: `buffer expected` otherwise.
fn check_buffer(ctx: &mut Ctx<'_>) -> Result<UserdataRef, LuaError> {
    match as_buffer(ctx, ctx.arg(0)) {
        Some(buffer) if ctx.n_args() > 0 => Ok(buffer),
        _ => Err(ctx.type_error(0, "buffer")),
    }
}

fn buffer_mut<'a>(ctx: &'a mut Ctx<'_>, buffer: UserdataRef) -> &'a mut Buffer {
    let data = &mut ctx.vm.heap.userdata_mut(buffer).data;
    data.downcast_mut::<Buffer>().expect("a buffer")
}

fn buffer_ref<'a>(ctx: &'a Ctx<'_>, buffer: UserdataRef) -> &'a Buffer {
    let data = &ctx.vm.heap.userdata(buffer).data;
    data.downcast_ref::<Buffer>().expect("a buffer")
}

/// A string argument, without number conversion (LuaJIT's buffer
/// functions take strings only).
fn check_string_only(ctx: &mut Ctx<'_>, index: usize) -> Result<Vec<u8>, LuaError> {
    match ctx.arg(index).as_string() {
        Some(s) => Ok(ctx.vm.heap.string(s).as_bytes().to_vec()),
        None => Err(ctx.type_error(index, "string")),
    }
}

/// Returns the buffer the method was called on, for chaining.
fn ret_self(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let buffer = ctx.arg(0);
    ctx.ret1(buffer)
}

/// `buffer.new([size [, options]])` or `buffer.new([options])`.
fn new(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let (size, options) = if ctx.arg(0).as_table().is_some() {
        (0, ctx.arg(0))
    } else {
        let size = if ctx.arg(0).is_nil() {
            0
        } else {
            ctx.check_integer_in(0, 0, MAX_BUFFER)? as usize
        };
        if !ctx.arg(1).is_nil() {
            ctx.check_table(1)?;
        }
        (size, ctx.arg(1))
    };
    let mut buffer = Buffer {
        bytes: Vec::with_capacity(size.min(MAX_RESERVE)),
        ..Buffer::default()
    };
    if let Some(options) = options.as_table() {
        buffer.dict = dictionaries(ctx, options)?;
    }
    let metatable = ctx.upvalue(METATABLE).as_table();
    let env = buffer.dict.metatables;
    let userdata = ctx.vm.heap.alloc_userdata(Userdata {
        metatable,
        env,
        data: Box::new(buffer),
    });
    ctx.ret1(Value::userdata(userdata))
}

/// Reads the `dict` (strings) and `metatable` (tables) arrays of an
/// options table; `false` entries keep their index unused. The user's
/// tables are not changed.
fn dictionaries(
    ctx: &mut Ctx<'_>,
    options: lunaris_vm::gc::TableRef,
) -> Result<Dictionaries, LuaError> {
    let mut dict = Dictionaries::default();
    let key = ctx.string(b"dict");
    if let Some(strings) = ctx.vm.raw_get(options, key).as_table() {
        for index in 1.. {
            let entry = ctx.vm.heap.table(strings).get_int(index);
            if entry.is_nil() {
                break;
            }
            if entry == Value::FALSE {
                dict.strings.push(None);
                continue;
            }
            let Some(s) = entry.as_string() else {
                return Err(ctx.error("bad options table"));
            };
            let bytes = ctx.vm.heap.string(s).as_bytes().to_vec();
            dict.string_index.insert(bytes.clone(), dict.strings.len());
            dict.strings.push(Some(bytes));
        }
    }
    let key = ctx.string(b"metatable");
    if let Some(metatables) = ctx.vm.raw_get(options, key).as_table() {
        let anchor = ctx.vm.new_table();
        let anchor_ref = anchor.as_table().expect("a new table");
        for index in 1.. {
            let entry = ctx.vm.heap.table(metatables).get_int(index);
            if entry.is_nil() {
                break;
            }
            if entry == Value::FALSE {
                continue;
            }
            if entry.as_table().is_none() {
                return Err(ctx.error("bad options table"));
            }
            let position = Value::number(index as f64);
            let _ = ctx.vm.raw_set(anchor_ref, position, entry);
            let _ = ctx.vm.raw_set(anchor_ref, entry, position);
        }
        dict.metatables = Some(anchor_ref);
    }
    Ok(dict)
}

/// Raises a serializer error: located, except LuaJIT's bare table-key
/// messages.
fn serialize_error(ctx: &mut Ctx<'_>, err: SerializeError) -> LuaError {
    match err {
        SerializeError::Key(_) => {
            let message = ctx.string(err.to_string().as_bytes());
            LuaError::new(message)
        }
        _ => ctx.error(&err.to_string()),
    }
}

/// `buffer.encode(obj)`: the encoding as a string.
fn encode(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let value = ctx.check_any(0)?;
    let mut out = Vec::new();
    if let Err(err) = serialize::encode(ctx.vm, &Dictionaries::default(), value, &mut out) {
        return Err(serialize_error(ctx, err));
    }
    let result = ctx.string(&out);
    ctx.ret1(result)
}

/// `buffer.decode(str)`: the one object `str` encodes.
fn decode(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let input = check_string_only(ctx, 0)?;
    match serialize::decode(ctx.vm, &Dictionaries::default(), &input) {
        Ok((_, read)) if read < input.len() => Err(ctx.error("left-over data in buffer")),
        Ok((value, _)) => ctx.ret1(value),
        Err(err) => Err(serialize_error(ctx, err)),
    }
}

/// `buf:encode(obj)`: appends the encoding, with the buffer's options.
fn method_encode(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let buffer = check_buffer(ctx)?;
    let value = ctx.check_any(1)?;
    let mut out = Vec::new();
    let result = serialize::encode(ctx.vm, &buffer_ref(ctx, buffer).dict, value, &mut out);
    if let Err(err) = result {
        return Err(serialize_error(ctx, err));
    }
    buffer_mut(ctx, buffer).append(&out);
    ret_self(ctx)
}

/// `buf:decode()`: decodes one object from the front of the buffer.
fn method_decode(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let buffer = check_buffer(ctx)?;
    // Decoding allocates on the heap that holds the buffer, so the buffer
    // is moved out meanwhile (no Lua code runs while it is out).
    let data = &mut ctx.vm.heap.userdata_mut(buffer).data;
    let state = std::mem::replace(data, Box::new(()));
    let mut state = state.downcast::<Buffer>().expect("a buffer");
    let result = serialize::decode(ctx.vm, &state.dict, state.data());
    if let Ok((_, read)) = result {
        state.skip(read);
    }
    ctx.vm.heap.userdata_mut(buffer).data = state;
    match result {
        Ok((value, _)) => ctx.ret1(value),
        Err(err) => Err(serialize_error(ctx, err)),
    }
}

/// `buf:put(...)`: appends strings, numbers, buffers and values with a
/// `__tostring` metamethod (called one at a time, in order).
fn put(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    check_buffer(ctx)?;
    put_from(ctx, 1)
}

fn put_from(ctx: &mut Ctx<'_>, mut index: usize) -> Result<Outcome, LuaError> {
    let target = check_buffer(ctx)?;
    while index < ctx.n_args() {
        let value = ctx.arg(index);
        if let Some(bytes) = ctx.vm.to_bytes(value) {
            buffer_mut(ctx, target).append(&bytes);
        } else if let Some(source) = as_buffer(ctx, value) {
            if source == target {
                return Err(ctx.arg_error(index, "cannot put buffer into itself"));
            }
            let bytes = buffer_ref(ctx, source).data().to_vec();
            buffer_mut(ctx, target).append(&bytes);
        } else {
            let handler = ctx.vm.metamethod(value, MetaMethod::Tostring);
            if handler.is_nil() {
                return Err(not_putable(ctx, index, value));
            }
            return convert_arg(ctx, index, handler, value, put_continue);
        }
        index += 1;
    }
    ret_self(ctx)
}

fn put_continue(ctx: &mut Ctx<'_>, _: Completion) -> Result<Outcome, LuaError> {
    let (index, result) = converted(ctx);
    let Some(bytes) = ctx.vm.to_bytes(result) else {
        return Err(not_putable(ctx, index, result));
    };
    let target = check_buffer(ctx)?;
    buffer_mut(ctx, target).append(&bytes);
    put_from(ctx, index + 1)
}

fn not_putable(ctx: &mut Ctx<'_>, index: usize, value: Value) -> LuaError {
    let message = format!(
        "string/number/__tostring expected, got {}",
        value.type_name()
    );
    ctx.arg_error(index, &message)
}

/// `buf:putf(format, ...)`: appends `string.format(format, ...)`. As
/// `string.format` does, every argument with `__tostring` is converted
/// first.
fn putf(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    check_buffer(ctx)?;
    ctx.check_bytes(1)?;
    putf_convert_from(ctx, 2)
}

fn putf_convert_from(ctx: &mut Ctx<'_>, index: usize) -> Result<Outcome, LuaError> {
    if let Some(call) = convert_tostring_from(ctx, index, putf_continue) {
        return call;
    }
    let mut text = Vec::new();
    let result = crate::string::format_into(ctx, 1, &mut text);
    let target = check_buffer(ctx)?;
    buffer_mut(ctx, target).append(&text);
    result?;
    ret_self(ctx)
}

fn putf_continue(ctx: &mut Ctx<'_>, _: Completion) -> Result<Outcome, LuaError> {
    let next = store_converted(ctx);
    putf_convert_from(ctx, next)
}

/// `buf:putcdata(cdata, len)`: there are no cdata objects without the FFI.
fn putcdata(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    check_buffer(ctx)?;
    Err(ctx.type_error(1, "cdata"))
}

/// `reserve`, `commit` and `ref` hand out FFI pointers.
fn without_ffi(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    check_buffer(ctx)?;
    Err(ctx.error("this buffer method needs the FFI library, which Lunaris does not have"))
}

/// `buf:set(str)`: the buffer's contents become `str`.
fn set(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let buffer = check_buffer(ctx)?;
    let bytes = check_string_only(ctx, 1)?;
    let state = buffer_mut(ctx, buffer);
    state.bytes = bytes;
    state.start = 0;
    ret_self(ctx)
}

/// `buf:reset()`: empties the buffer, keeping its space.
fn reset(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let buffer = check_buffer(ctx)?;
    let state = buffer_mut(ctx, buffer);
    state.bytes.clear();
    state.start = 0;
    ret_self(ctx)
}

/// `buf:free()`: empties the buffer and releases its space.
fn free(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let buffer = check_buffer(ctx)?;
    let state = buffer_mut(ctx, buffer);
    state.bytes = Vec::new();
    state.start = 0;
    ret_self(ctx)
}

/// `buf:skip(len)`: consumes up to `len` bytes.
fn skip(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let buffer = check_buffer(ctx)?;
    let n = ctx.check_integer_in(1, 0, MAX_BUFFER)? as usize;
    buffer_mut(ctx, buffer).skip(n);
    ret_self(ctx)
}

/// `buf:get([len|nil] ...)`: consumes and returns one string per
/// argument (`nil` takes the rest), or everything without arguments.
fn get(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let buffer = check_buffer(ctx)?;
    let n_args = ctx.n_args();
    if n_args <= 1 {
        let bytes = buffer_mut(ctx, buffer).take(usize::MAX);
        let result = ctx.string(&bytes);
        return ctx.ret1(result);
    }
    let mut lengths = Vec::with_capacity(n_args - 1);
    for index in 1..n_args {
        lengths.push(if ctx.arg(index).is_nil() {
            usize::MAX
        } else {
            ctx.check_integer_in(index, 0, MAX_BUFFER)? as usize
        });
    }
    for length in lengths {
        let bytes = buffer_mut(ctx, buffer).take(length);
        let result = ctx.string(&bytes);
        ctx.push(result);
    }
    Ok(Outcome::Return(n_args - 1))
}

/// `buf:tostring()` and `__tostring`: the contents, not consumed.
fn tostring(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let buffer = check_buffer(ctx)?;
    let bytes = buffer_ref(ctx, buffer).data().to_vec();
    let result = ctx.string(&bytes);
    ctx.ret1(result)
}

/// `#buf`: the length of the unread data.
fn len(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let buffer = check_buffer(ctx)?;
    let n = buffer_ref(ctx, buffer).data().len();
    ctx.ret1(Value::number(n as f64))
}

/// `a .. b` where either operand is a buffer: a string, as LuaJIT's
/// concatenation treats buffers like strings.
fn concat(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let mut out = Vec::new();
    for index in 0..2 {
        let value = ctx.arg(index);
        if let Some(bytes) = ctx.vm.to_bytes(value) {
            out.extend_from_slice(&bytes);
        } else if let Some(buffer) = as_buffer(ctx, value) {
            out.extend_from_slice(buffer_ref(ctx, buffer).data());
        } else {
            // LuaJIT names the first operand that is not a string or a
            // number, buffers included (without the variable name here).
            let (left, right) = (ctx.arg(0), ctx.arg(1));
            let culprit = if left.as_string().is_some() || left.is_number() {
                right
            } else {
                left
            };
            let message = format!("attempt to concatenate a {} value", culprit.type_name());
            return Err(ctx.error(&message));
        }
    }
    let result = ctx.string(&out);
    ctx.ret1(result)
}

#[cfg(test)]
mod tests {
    use super::serialize;

    #[test]
    fn prefix_numbers_round_trip() {
        for n in [0u32, 0xdf, 0xe0, 0x1fdf, 0x1fe0, u32::MAX] {
            let mut vm = lunaris_vm::Vm::new();
            let value = vm.new_string(&vec![b'x'; n.min(0x3000) as usize]);
            let mut out = Vec::new();
            let dict = serialize::Dictionaries::default();
            serialize::encode(&vm, &dict, value, &mut out).expect("encodes");
            let (decoded, read) = serialize::decode(&mut vm, &dict, &out).expect("decodes");
            assert_eq!(decoded, value);
            assert_eq!(read, out.len());
        }
    }
}
