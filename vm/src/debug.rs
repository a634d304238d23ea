//! Debug information at run time: chunk names for display, current lines,
//! names of variables and functions for messages (LuaJIT's
//! `lj_debug_slotname`/`lj_debug_funcname`), the `chunk:line:` prefix of
//! error messages and LuaJIT-style tracebacks.

use crate::bytecode::{self, Op};
use crate::error::{LuaError, Operand, RuntimeError};
use crate::function::{Function, Prototype};
use crate::gc::FunctionRef;
use crate::meta::MetaMethod;
use crate::state::Vm;
use crate::thread::ReturnTo;
use crate::value::Value;

/// How LuaJIT displays a chunk name; one implementation, shared with the
/// compiler's syntax errors, lives beside `ProtoBlueprint`.
pub use crate::bytecode::short_chunk_name;

/// The line of instruction `pc` (0 when unknown).
pub(crate) fn line_at(proto: &Prototype, pc: usize) -> u32 {
    proto.lines.get(pc).copied().unwrap_or(0)
}

impl Vm {
    /// The name of the value in register `slot` just before instruction
    /// `pc` of `proto` runs: a live local, or what the instruction that last
    /// wrote it loaded (a global, a field, a method, an upvalue). Scans
    /// backwards as LuaJIT's `lj_debug_slotname` does.
    pub(crate) fn register_name(
        &self,
        proto: &Prototype,
        pc: usize,
        slot: usize,
    ) -> Option<(&'static str, String)> {
        let text = |bytes: &[u8]| String::from_utf8_lossy(bytes).into_owned();
        let constant = |index: u16| {
            let value = proto.constants.get(usize::from(index)).copied()?;
            value.as_string()?;
            Some(text(&self.to_display(value)))
        };
        let mut slot = slot;
        let mut pos = pc;
        'restart: loop {
            if let Some(name) = proto.local_name(slot, pos) {
                return Some(("local", text(name)));
            }
            while pos > 0 {
                pos -= 1;
                if pos > 0 && proto.code[pos - 1].op() == Op::SetList {
                    // A raw data word, not an instruction.
                    continue;
                }
                let ins = proto.code[pos];
                let op = ins.op();
                let a = usize::from(ins.a());
                match op.operands()[0] {
                    bytecode::Operand::Base if slot >= a => return None,
                    bytecode::Operand::Dst
                        if op == Op::LoadNil && slot >= a && slot <= a + usize::from(ins.d()) =>
                    {
                        return None;
                    }
                    bytecode::Operand::Dst if op == Op::SelfCall && slot == a + 1 => {
                        slot = usize::from(ins.b());
                        continue 'restart;
                    }
                    bytecode::Operand::Dst if a == slot => {
                        return match op {
                            Op::Move => {
                                slot = usize::from(ins.d());
                                continue 'restart;
                            }
                            Op::GetGlobal => constant(ins.d()).map(|name| ("global", name)),
                            Op::GetField => {
                                constant(u16::from(ins.c())).map(|name| ("field", name))
                            }
                            Op::SelfCall => {
                                constant(u16::from(ins.c())).map(|name| ("method", name))
                            }
                            Op::GetUpval => proto
                                .upvalues
                                .get(usize::from(ins.d()))
                                .map(|uv| ("upvalue", text(&uv.name))),
                            _ => None,
                        };
                    }
                    _ => {}
                }
            }
            return None;
        }
    }

    /// How the caller named the function running in frame `index`:
    /// (`global`/`local`/`method`/`field`/`upvalue`/`metamethod`, name).
    pub(crate) fn function_name(&self, index: usize) -> Option<(&'static str, String)> {
        let frame = &self.thread.frames[index];
        let caller = self.thread.frames.get(index.checked_sub(1)?)?;
        let proto = caller.proto.as_ref()?;
        let pc = caller.pc.checked_sub(1)?;
        let ins = *proto.code.get(pc)?;
        match frame.ret {
            ReturnTo::Values { .. } => match ins.op() {
                Op::Call | Op::TailCall => self.register_name(proto, pc, usize::from(ins.a())),
                Op::TForCall => Some(("local", "for iterator".to_string())),
                _ => None,
            },
            ReturnTo::Native
            | ReturnTo::Host
            | ReturnTo::ErrorHandler { .. }
            | ReturnTo::CoroutineEnd => None,
            ReturnTo::One(_)
            | ReturnTo::Discard
            | ReturnTo::Compare { .. }
            | ReturnTo::Concat { .. } => {
                let event = match ins.op() {
                    Op::GetTable | Op::GetField | Op::GetIndex | Op::SelfCall | Op::GetGlobal => {
                        MetaMethod::Index
                    }
                    Op::SetTable | Op::SetField | Op::SetIndex | Op::SetGlobal => {
                        MetaMethod::NewIndex
                    }
                    Op::AddVV | Op::AddVK | Op::AddKV => MetaMethod::Add,
                    Op::SubVV | Op::SubVK | Op::SubKV => MetaMethod::Sub,
                    Op::MulVV | Op::MulVK | Op::MulKV => MetaMethod::Mul,
                    Op::DivVV | Op::DivVK | Op::DivKV => MetaMethod::Div,
                    Op::ModVV | Op::ModVK | Op::ModKV => MetaMethod::Mod,
                    Op::PowVV | Op::PowVK | Op::PowKV => MetaMethod::Pow,
                    Op::Unm => MetaMethod::Unm,
                    Op::Len => MetaMethod::Len,
                    Op::Concat => MetaMethod::Concat,
                    Op::EqVV | Op::EqVK | Op::EqVP => MetaMethod::Eq,
                    Op::LtVV | Op::LtVK | Op::LtKV => MetaMethod::Lt,
                    Op::LeVV | Op::LeVK | Op::LeKV => MetaMethod::Le,
                    _ => return None,
                };
                Some(("metamethod", event.name().to_string()))
            }
        }
    }

    /// The function running at `level` (0: the running native itself,
    /// 1: its caller, ...).
    pub fn function_at_level(&self, level: usize) -> Option<crate::gc::FunctionRef> {
        let frames = &self.thread.frames;
        let index = frames.len().checked_sub(1 + level)?;
        Some(frames[index].function)
    }

    /// The current line of the Lua frame at `index`, if it is one.
    pub(crate) fn frame_line(&self, index: usize) -> Option<(String, u32)> {
        let frame = &self.thread.frames[index];
        let proto = frame.proto.as_ref()?;
        Some((
            short_chunk_name(&proto.chunk_name),
            line_at(proto, frame.pc.saturating_sub(1)),
        ))
    }

    /// Describes `value` for a message, naming it from debug info when it
    /// sits in `register` of the running Lua frame.
    pub(crate) fn operand(&self, value: Value, register: Option<usize>) -> Operand {
        let name = register.and_then(|register| {
            let frame = self.thread.frames.last()?;
            let proto = frame.proto.as_ref()?;
            self.register_name(proto, frame.pc.checked_sub(1)?, register)
        });
        Operand {
            name,
            type_name: value.type_name(),
        }
    }

    /// A runtime error, positioned at the running Lua instruction (no
    /// position when a native is running).
    pub(crate) fn runtime_error(&mut self, err: RuntimeError) -> LuaError {
        let message = err.to_string();
        let top_is_lua = self.thread.frames.last().is_some_and(|f| f.proto.is_some());
        if top_is_lua {
            self.located_error(message.as_bytes(), 1)
        } else {
            let value = self.new_string(message.as_bytes());
            LuaError::new(value)
        }
    }

    /// `message` with the position of the Lua code at `level` prefixed
    /// (level 1: the function that called the running native, or the
    /// running Lua function itself when no native runs).
    pub fn located_error(&mut self, message: &[u8], level: usize) -> LuaError {
        let text = self.located(message, level);
        let value = self.new_string(&text);
        LuaError::new(value)
    }

    /// The one place that adds `chunk:line:` to a message.
    pub(crate) fn located(&self, message: &[u8], level: usize) -> Vec<u8> {
        let frames = &self.thread.frames;
        let top_is_native = frames.last().is_some_and(|f| f.proto.is_none());
        let skip = if top_is_native {
            level
        } else {
            level.saturating_sub(1)
        };
        let mut out = Vec::new();
        if let Some(index) = frames.len().checked_sub(1 + skip) {
            if let Some((chunk, line)) = self.frame_line(index) {
                out.extend_from_slice(format!("{chunk}:{line}: ").as_bytes());
            }
        }
        out.extend_from_slice(message);
        out
    }

    /// The traceback of the running thread, LuaJIT style, from the top
    /// frame down, ending with the host's own frame.
    pub fn traceback(&self) -> String {
        self.traceback_from(0)
    }

    /// The traceback starting `level` frames below the top (1: the caller
    /// of the running native, as `debug.traceback(msg, 1)`).
    pub fn traceback_from(&self, level: usize) -> String {
        const LEVELS1: usize = 11;
        const LEVELS2: usize = 10;
        let frames = &self.thread.frames;
        let mut lines: Vec<String> = Vec::new();
        let total = frames.len() + 1;
        let mut level = level.min(total);
        while level < total {
            if level == LEVELS1 && total > LEVELS1 + LEVELS2 + 1 {
                lines.push("\t...".to_string());
                level = total - LEVELS2;
                continue;
            }
            if level == frames.len() {
                lines.push("\t[C]: at 0x00000000".to_string());
                break;
            }
            let index = frames.len() - 1 - level;
            lines.push(self.traceback_line(index));
            level += 1;
        }
        let mut out = String::from("stack traceback:");
        for line in lines {
            out.push('\n');
            out.push_str(&line);
        }
        out
    }

    fn traceback_line(&self, index: usize) -> String {
        let frame = &self.thread.frames[index];
        let name = self.function_name(index);
        let mut line = String::from("\t");
        match &frame.proto {
            Some(proto) => {
                let chunk = short_chunk_name(&proto.chunk_name);
                let current = line_at(proto, frame.pc.saturating_sub(1));
                line.push_str(&format!("{chunk}:{current}:"));
                match name {
                    Some((_, name)) => line.push_str(&format!(" in function '{name}'")),
                    None if proto.line_defined == 0 => line.push_str(" in main chunk"),
                    None => {
                        line.push_str(&format!(" in function <{chunk}:{}>", proto.line_defined))
                    }
                }
            }
            None => {
                let builtin = match self.heap.function(frame.function) {
                    Function::Native(native) => native.builtin_id,
                    Function::Lua(_) => None,
                };
                match (name, builtin) {
                    (Some((_, name)), _) => line.push_str(&format!("[C]: in function '{name}'")),
                    (None, Some(id)) => line.push_str(&format!("[builtin#{id}]: at 0x00000000")),
                    (None, None) => line.push_str("[C]: at 0x00000000"),
                }
            }
        }
        line
    }
}

/// What `debug.getinfo` reports about a function or an active frame.
pub struct DebugInfo {
    /// The chunk name (`@file.lua`, `=[C]` for natives).
    pub source: Vec<u8>,
    /// The chunk name as messages show it.
    pub short_src: String,
    /// `Lua`, `C` or `main`.
    pub what: &'static str,
    /// First and last line of the definition (-1 for natives).
    pub line_defined: i64,
    pub last_line_defined: i64,
    /// The line running in an active frame; -1 when there is none.
    pub current_line: i64,
    /// Number of upvalues and fixed parameters, and whether it takes `...`.
    pub nups: usize,
    pub nparams: usize,
    pub is_vararg: bool,
    /// How the caller named it (`local`, `global`, `method`, ...).
    pub name: Option<(&'static str, String)>,
    /// The function itself.
    pub function: FunctionRef,
    /// Lines that have code, for the `L` option.
    pub active_lines: Vec<u32>,
}

/// The name debug functions give stack slots past the named locals.
const TEMPORARY: &[u8] = b"(*temporary)";

impl Vm {
    /// The frame `level` steps below the running native (1: its caller).
    fn debug_frame(&self, level: usize) -> Option<usize> {
        self.thread.frames.len().checked_sub(1 + level)
    }

    /// `debug.getinfo` of a function value.
    pub fn function_info(&self, function: FunctionRef) -> DebugInfo {
        match self.heap.function(function) {
            Function::Lua(closure) => {
                let proto = &closure.proto;
                let mut lines: Vec<u32> = proto.lines.to_vec();
                lines.sort_unstable();
                lines.dedup();
                DebugInfo {
                    source: proto.chunk_name.to_vec(),
                    short_src: short_chunk_name(&proto.chunk_name),
                    what: if proto.line_defined == 0 {
                        "main"
                    } else {
                        "Lua"
                    },
                    line_defined: i64::from(proto.line_defined),
                    last_line_defined: i64::from(proto.last_line_defined),
                    current_line: -1,
                    nups: closure.upvalues.len(),
                    nparams: proto.num_params,
                    is_vararg: proto.is_vararg,
                    name: None,
                    function,
                    active_lines: lines,
                }
            }
            Function::Native(native) => DebugInfo {
                source: b"=[C]".to_vec(),
                short_src: "[C]".to_string(),
                what: "C",
                line_defined: -1,
                last_line_defined: -1,
                current_line: -1,
                nups: native.upvalues.len(),
                nparams: 0,
                is_vararg: true,
                name: None,
                function,
                active_lines: Vec::new(),
            },
        }
    }

    /// `debug.getinfo(level)`: the function active `level` frames below the
    /// running native, with its current line and the name its caller used.
    pub fn frame_info(&self, level: usize) -> Option<DebugInfo> {
        let index = self.debug_frame(level)?;
        let frame = &self.thread.frames[index];
        let mut info = self.function_info(frame.function);
        if let Some(proto) = &frame.proto {
            info.current_line = i64::from(line_at(proto, frame.pc.saturating_sub(1)));
        }
        info.name = self.function_name(index);
        Some(info)
    }

    /// Local `n` (1-based) of the frame `level` frames down: its name and
    /// value; slots past the named locals are `(*temporary)`.
    pub fn frame_local(&self, level: usize, n: usize) -> Option<(Vec<u8>, Value)> {
        let (name, slot) = self.frame_local_slot(level, n)?;
        Some((name, self.thread.stack[slot]))
    }

    /// Sets local `n` of the frame `level` frames down; returns its name.
    pub fn set_frame_local(&mut self, level: usize, n: usize, value: Value) -> Option<Vec<u8>> {
        let (name, slot) = self.frame_local_slot(level, n)?;
        self.thread.stack[slot] = value;
        Some(name)
    }

    fn frame_local_slot(&self, level: usize, n: usize) -> Option<(Vec<u8>, usize)> {
        let index = self.debug_frame(level)?;
        let frame = &self.thread.frames[index];
        let n = n.checked_sub(1)?;
        let proto = frame.proto.as_ref()?;
        let pc = frame.pc.saturating_sub(1) as u32;
        let mut active: Vec<(usize, &[u8])> = proto
            .locals
            .iter()
            .filter(|local| local.start_pc <= pc && pc < local.end_pc)
            .map(|local| (usize::from(local.register), &*local.name))
            .collect();
        active.sort_by_key(|&(register, _)| register);
        if let Some(&(register, name)) = active.get(n) {
            return Some((name.to_vec(), frame.base + register));
        }
        let slot = frame.base + n;
        let top = (frame.base + proto.max_stack).min(self.thread.top.max(frame.base));
        (slot < top).then(|| (TEMPORARY.to_vec(), slot))
    }

    /// Upvalue `n` (1-based) of a function: its name (empty for natives)
    /// and value.
    pub fn function_upvalue(&self, function: FunctionRef, n: usize) -> Option<(Vec<u8>, Value)> {
        let index = n.checked_sub(1)?;
        match self.heap.function(function) {
            Function::Lua(closure) => {
                let name = closure.proto.upvalues.get(index)?.name.to_vec();
                Some((name, self.upvalue_get(function, index)))
            }
            Function::Native(native) => {
                native.upvalues.get(index).map(|&value| (Vec::new(), value))
            }
        }
    }

    /// Sets upvalue `n` of a function; returns its name.
    pub fn set_function_upvalue(
        &mut self,
        function: FunctionRef,
        n: usize,
        value: Value,
    ) -> Option<Vec<u8>> {
        let index = n.checked_sub(1)?;
        match self.heap.function_mut(function) {
            Function::Lua(closure) => {
                let name = closure.proto.upvalues.get(index)?.name.to_vec();
                self.upvalue_set(function, index, value);
                Some(name)
            }
            Function::Native(native) => {
                let slot = native.upvalues.get_mut(index)?;
                *slot = value;
                Some(Vec::new())
            }
        }
    }

    /// The name of parameter `n` (1-based) of a Lua function.
    pub fn parameter_name(&self, function: FunctionRef, n: usize) -> Option<Vec<u8>> {
        let Function::Lua(closure) = self.heap.function(function) else {
            return None;
        };
        let proto = &closure.proto;
        let register = n
            .checked_sub(1)
            .filter(|&register| register < proto.num_params)?;
        proto
            .locals
            .iter()
            .find(|local| local.start_pc == 0 && usize::from(local.register) == register)
            .map(|local| local.name.to_vec())
    }

    /// Sets the metatable of a table or userdata, or the one all strings
    /// share (`debug.setmetatable`); false for types without one here.
    pub fn set_raw_metatable(
        &mut self,
        value: Value,
        metatable: Option<crate::gc::TableRef>,
    ) -> bool {
        if let Some(table) = value.as_table() {
            self.heap.table_mut(table).metatable = metatable;
        } else if let Some(userdata) = value.as_userdata() {
            self.heap.userdata_mut(userdata).metatable = metatable;
        } else if value.as_string().is_some() {
            self.string_metatable = metatable;
        } else {
            return false;
        }
        true
    }

    /// The environment of a function or userdata (`debug.getfenv`).
    pub fn environment(&self, value: Value) -> Option<crate::gc::TableRef> {
        if let Some(function) = value.as_function() {
            Some(self.heap.function(function).env())
        } else if let Some(userdata) = value.as_userdata() {
            self.heap.userdata(userdata).env
        } else {
            None
        }
    }

    /// Sets the environment of a function or userdata; false for other
    /// values (`'setfenv' cannot change environment of given object`).
    pub fn set_environment(&mut self, value: Value, env: crate::gc::TableRef) -> bool {
        if let Some(function) = value.as_function() {
            match self.heap.function_mut(function) {
                Function::Lua(closure) => closure.env = env,
                Function::Native(native) => native.env = env,
            }
        } else if let Some(userdata) = value.as_userdata() {
            self.heap.userdata_mut(userdata).env = Some(env);
        } else {
            return false;
        }
        true
    }
}
