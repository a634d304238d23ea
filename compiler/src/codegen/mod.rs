//! Code generation: the syntax tree to register bytecode, one
//! `FunctionState` per function being compiled.
//!
//! The design follows Lua 5.1's single-pass code generator: expressions are
//! described by an `ExpDesc` that is only turned into instructions when the
//! context says where the value must go, and conditions carry lists of
//! pending jumps. `expr.rs` compiles expressions, `stmt.rs` statements,
//! `scope.rs` owns locals, blocks, upvalues and labels, and `jump.rs` the
//! jump lists.

mod expr;
mod jump;
mod scope;
mod stmt;

use crate::ast::{Block, Symbol};
use crate::error::SyntaxError;
use crate::lexer::Interner;
use ahash::AHashMap as HashMap;
use lunaris_vm::bytecode::isa::MAX_REGISTERS;
use lunaris_vm::bytecode::{Constant, Instruction, LocalInfo, Op, ProtoBlueprint, UpvalueDesc};

pub(crate) use expr::{ExpDesc, ExpKind};
use scope::BlockScope;

/// LuaJIT's limit on active local variables per function.
const MAX_LOCALS: usize = 200;
/// LuaJIT's limit on upvalues per function.
const MAX_UPVALUES: usize = 60;
/// LuaJIT's limit on constants of each kind per function.
const MAX_CONSTANTS: usize = 65536;
/// LuaJIT's LJ_MAX_XLEVEL, which also bounds the targets of an assignment.
const MAX_SYNTAX_LEVELS: usize = 200;
/// Array items stored per `SetList`.
const FIELDS_PER_FLUSH: u32 = 50;

/// Compiles a parsed chunk into its main function's blueprint.
pub fn generate(
    block: &Block,
    interner: Interner,
    last_line: u32,
    chunk_name: &[u8],
) -> Result<ProtoBlueprint, SyntaxError> {
    let mut generator = Generator {
        chunk_name: chunk_name.to_vec().into_boxed_slice(),
        functions: Vec::new(),
        interner,
        syntax_level: 0,
    };
    generator.open_function(0, true, 0);
    generator.block(block)?;
    generator.close_function(last_line)
}

/// A constant table key: numbers by bit pattern so that 0 and -0 differ.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum ConstantKey {
    Number(u64),
    String(Symbol),
}

/// A local variable in scope.
#[derive(Clone, Debug)]
pub(crate) struct ActiveLocal {
    name: Symbol,
    /// Index of its entry in the blueprint's `locals`.
    info: usize,
    /// Whether a closure has captured it.
    captured: bool,
}

/// The state of one function being compiled.
pub(crate) struct FunctionState {
    proto: ProtoBlueprint,
    constants: HashMap<ConstantKey, u32>,
    /// Active locals; local `i` lives in register `i`.
    actives: Vec<ActiveLocal>,
    /// Locals declared but not yet active (their initializers are running).
    pending_locals: usize,
    /// First free register.
    free_reg: usize,
    blocks: Vec<BlockScope>,
    /// Jumps to the next instruction to be emitted (Lua's `jpc`).
    pending_here: i32,
    /// pc of the last jump target, so jumps are not merged across it.
    last_target: i32,
    /// The line given to emitted instructions.
    line: u32,
    labels: Vec<scope::Label>,
    gotos: Vec<scope::Goto>,
    /// The names of `proto.upvalues`, for lookup by symbol.
    upvalue_names: Vec<Symbol>,
    /// The names of `proto.locals`, by the same index.
    local_names: Vec<Symbol>,
    /// Line where a jump first exceeded its operand's range.
    jump_too_long: Option<u32>,
}

/// Compiles all functions of a chunk; the innermost is the last.
pub(crate) struct Generator {
    chunk_name: Box<[u8]>,
    functions: Vec<FunctionState>,
    /// The text of the tree's names and strings.
    interner: Interner,
    /// LuaJIT's syntax level of the statement being compiled: open block
    /// bodies plus enclosing function expressions.
    syntax_level: usize,
}

impl Generator {
    fn fs(&mut self) -> &mut FunctionState {
        self.functions
            .last_mut()
            .expect("a function is being compiled")
    }

    fn fs_ref(&self) -> &FunctionState {
        self.functions.last().expect("a function is being compiled")
    }

    pub(crate) fn open_function(&mut self, line: u32, is_vararg: bool, num_params: u8) {
        let proto = ProtoBlueprint {
            chunk_name: self.chunk_name.clone(),
            line_defined: line,
            last_line_defined: 0,
            num_params,
            is_vararg,
            max_stack: 2,
            code: Vec::new(),
            lines: Vec::new(),
            constants: Vec::new(),
            protos: Vec::new(),
            upvalues: Vec::new(),
            locals: Vec::new(),
        };
        self.functions.push(FunctionState {
            proto,
            constants: HashMap::new(),
            actives: Vec::new(),
            pending_locals: 0,
            free_reg: 0,
            blocks: Vec::new(),
            pending_here: jump::NO_JUMP,
            last_target: 0,
            line: line.max(1),
            labels: Vec::new(),
            gotos: Vec::new(),
            upvalue_names: Vec::new(),
            local_names: Vec::new(),
            jump_too_long: None,
        });
        self.enter_block(false);
    }

    pub(crate) fn close_function(&mut self, end_line: u32) -> Result<ProtoBlueprint, SyntaxError> {
        self.fs().line = end_line.max(self.fs().line);
        self.return_none();
        self.leave_block()?;
        self.check_undefined_gotos()?;
        if let Some(line) = self.fs_ref().jump_too_long {
            return Err(self.error_at(line, "control structure too long".into()));
        }
        let fs = self.functions.pop().expect("a function is being compiled");
        let mut proto = fs.proto;
        proto.last_line_defined = end_line;
        let numbers = proto
            .constants
            .iter()
            .filter(|k| matches!(k, Constant::Number(_)))
            .count();
        let others = proto.constants.len() - numbers + proto.protos.len();
        if numbers > MAX_CONSTANTS || others > MAX_CONSTANTS {
            return Err(self.limit_error(&proto, MAX_CONSTANTS, "constants"));
        }
        Ok(proto)
    }

    fn return_none(&mut self) {
        let free = self.fs_ref().actives.len() as u8;
        self.emit_abc(Op::Return, free, 1, 0);
    }

    /// An error at the current line, with no `near` part.
    pub(crate) fn error_at(&self, line: u32, message: String) -> SyntaxError {
        SyntaxError {
            chunk: lunaris_vm::bytecode::short_chunk_name(&self.chunk_name),
            line,
            message,
            near: None,
        }
    }

    /// LuaJIT's "function at line N has more than M things".
    fn limit_error(&self, proto: &ProtoBlueprint, limit: usize, what: &str) -> SyntaxError {
        let message = if proto.line_defined == 0 {
            format!("main function has more than {limit} {what}")
        } else {
            format!(
                "function at line {} has more than {limit} {what}",
                proto.line_defined
            )
        };
        self.error_at(self.fs_ref().line, message)
    }

    /// Emits an instruction at the current line; returns its pc.
    pub(crate) fn emit(&mut self, instruction: Instruction) -> i32 {
        self.discharge_pending_jumps();
        let fs = self.fs();
        fs.proto.code.push(instruction);
        fs.proto.lines.push(fs.line);
        fs.proto.code.len() as i32 - 1
    }

    /// Appends the raw data word that follows `SetList`.
    pub(crate) fn emit_raw_word(&mut self, word: u32) {
        let fs = self.fs();
        fs.proto.code.push(Instruction::raw(word));
        fs.proto.lines.push(fs.line);
    }

    pub(crate) fn emit_abc(&mut self, op: Op, a: u8, b: u8, c: u8) -> i32 {
        self.emit(Instruction::abc(op, a, b, c))
    }

    pub(crate) fn emit_ad(&mut self, op: Op, a: u8, d: u16) -> i32 {
        self.emit(Instruction::ad(op, a, d))
    }

    pub(crate) fn pc(&self) -> i32 {
        self.fs_ref().proto.code.len() as i32
    }

    pub(crate) fn set_line(&mut self, line: u32) {
        self.fs().line = line;
    }

    /// Reserves `n` registers above the free one.
    pub(crate) fn reserve_regs(&mut self, n: usize) -> Result<(), SyntaxError> {
        self.check_stack(n)?;
        self.fs().free_reg += n;
        Ok(())
    }

    pub(crate) fn check_stack(&mut self, n: usize) -> Result<(), SyntaxError> {
        let needed = self.fs_ref().free_reg + n;
        if needed >= MAX_REGISTERS {
            let line = self.fs_ref().line;
            return Err(self.error_at(line, "function or expression too complex".into()));
        }
        let fs = self.fs();
        if needed > usize::from(fs.proto.max_stack) {
            fs.proto.max_stack = needed as u8;
        }
        Ok(())
    }

    pub(crate) fn free_reg(&self) -> usize {
        self.fs_ref().free_reg
    }

    pub(crate) fn set_free_reg(&mut self, reg: usize) {
        self.fs().free_reg = reg;
    }

    /// Releases a temporary register (never a local's).
    pub(crate) fn release_reg(&mut self, reg: u8) {
        let fs = self.fs();
        if usize::from(reg) >= fs.actives.len() {
            fs.free_reg -= 1;
            debug_assert_eq!(
                usize::from(reg),
                fs.free_reg,
                "registers are released in stack order"
            );
        }
    }

    /// The index of a number constant, added if new.
    pub(crate) fn number_constant(&mut self, n: f64) -> u32 {
        self.constant(ConstantKey::Number(n.to_bits()), || Constant::Number(n))
    }

    /// The index of a string constant, added if new.
    pub(crate) fn string_constant(&mut self, s: Symbol) -> u32 {
        let text = self.interner.text(s);
        let make = || Constant::String(text.into());
        let key = ConstantKey::String(s);
        let fs = self
            .functions
            .last_mut()
            .expect("a function is being compiled");
        Self::add_constant(fs, key, make)
    }

    fn constant(&mut self, key: ConstantKey, make: impl FnOnce() -> Constant) -> u32 {
        Self::add_constant(self.fs(), key, make)
    }

    fn add_constant(
        fs: &mut FunctionState,
        key: ConstantKey,
        make: impl FnOnce() -> Constant,
    ) -> u32 {
        if let Some(&index) = fs.constants.get(&key) {
            return index;
        }
        let index = fs.proto.constants.len() as u32;
        fs.proto.constants.push(make());
        fs.constants.insert(key, index);
        index
    }

    /// The text of a symbol, for messages and debug information.
    pub(crate) fn text(&self, symbol: Symbol) -> &[u8] {
        self.interner.text(symbol)
    }

    /// Interns a name the compiler makes up (hidden loop variables).
    pub(crate) fn intern(&mut self, text: &[u8]) -> Symbol {
        self.interner.intern(text)
    }

    /// Records a new local's debug entry; it becomes active with `activate_locals`.
    pub(crate) fn declare_local(&mut self, name: Symbol, line: u32) -> Result<(), SyntaxError> {
        let declared = self.fs_ref().actives.len() + self.fs_ref().pending_locals;
        if declared >= MAX_LOCALS {
            let proto = &self.fs_ref().proto;
            let mut error = self.limit_error(proto, MAX_LOCALS, "local variables");
            error.line = line;
            return Err(error);
        }
        let register = declared as u8;
        let text = self.text(name).into();
        let fs = self.fs();
        fs.pending_locals += 1;
        fs.local_names.push(name);
        fs.proto.locals.push(LocalInfo {
            name: text,
            register,
            start_pc: 0,
            end_pc: 0,
        });
        Ok(())
    }

    /// Makes the first `n` pending locals active from the current pc.
    pub(crate) fn activate_locals(&mut self, n: usize) {
        let pc = self.pc() as u32;
        let fs = self.fs();
        let first = fs.proto.locals.len() - fs.pending_locals;
        fs.pending_locals -= n;
        for info in first..first + n {
            fs.proto.locals[info].start_pc = pc;
            let name = fs.local_names[info];
            fs.actives.push(ActiveLocal {
                name,
                info,
                captured: false,
            });
        }
    }

    /// Ends the scope of locals above `level`.
    pub(crate) fn remove_locals(&mut self, level: usize) {
        let pc = self.pc() as u32;
        let fs = self.fs();
        while fs.actives.len() > level {
            let local = fs.actives.pop().expect("above level");
            fs.proto.locals[local.info].end_pc = pc;
        }
    }

    /// Adds an upvalue named `name` to function `depth`; the caller has
    /// checked that the function has none of that name yet.
    pub(crate) fn add_upvalue(
        &mut self,
        name: Symbol,
        desc: UpvalueDesc,
        depth: usize,
    ) -> Result<u8, SyntaxError> {
        let fs = &mut self.functions[depth];
        if fs.proto.upvalues.len() >= MAX_UPVALUES {
            let proto = &self.functions[depth].proto;
            return Err(self.limit_error(proto, MAX_UPVALUES, "upvalues"));
        }
        fs.proto.upvalues.push(desc);
        fs.upvalue_names.push(name);
        Ok(fs.proto.upvalues.len() as u8 - 1)
    }
}
