//! Expressions: `ExpDesc`, the lazily placed value of an expression, and
//! the code for operators, indexing, calls, constructors and closures.

use super::jump::{NO_JUMP, NO_REG};
use super::Generator;
use crate::ast::{BinOp, Expr, Field, FuncBody, Primary, Suffix, Suffixed, Table, UnOp};
use crate::error::SyntaxError;
use lunaris_vm::bytecode::{Instruction, Op};
use lunaris_vm::interp::ArithOp;

/// Where an expression's value is, before the context places it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum ExpKind {
    /// No value (an empty expression list).
    Void,
    Nil,
    True,
    False,
    /// A number constant, still foldable.
    Number(f64),
    /// A string constant (constant index).
    String(u32),
    /// A local variable in its register.
    Local(u8),
    Upvalue(u8),
    /// A global; the name's constant index.
    Global(u32),
    /// `table[key]` with the table in a register.
    Indexed(u8, Key),
    /// A call at this pc; its results start at its A register.
    Call(i32),
    /// A `VarArg` at this pc.
    VarArg(i32),
    /// The instruction at this pc computes the value into its A, still unset.
    Relocable(i32),
    /// The value is in this register.
    NonReloc(u8),
    /// A comparison; the pc of its jump.
    Jump(i32),
}

/// The key of an indexed expression.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Key {
    Register(u8),
    /// A string constant index up to 255.
    Field(u8),
    /// A literal integer key 0..=255.
    Integer(u8),
}

/// An operand of an arithmetic or comparison instruction.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Operand {
    Register(u8),
    Constant(u8),
    /// `nil`, `false`, `true` as 0, 1, 2.
    Primitive(u8),
}

/// An expression description with its pending true and false jumps.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct ExpDesc {
    pub(crate) kind: ExpKind,
    pub(crate) t: i32,
    pub(crate) f: i32,
}

impl ExpDesc {
    pub(crate) fn new(kind: ExpKind) -> ExpDesc {
        ExpDesc {
            kind,
            t: NO_JUMP,
            f: NO_JUMP,
        }
    }

    fn has_jumps(&self) -> bool {
        self.t != self.f
    }

    pub(crate) fn is_multi(&self) -> bool {
        matches!(self.kind, ExpKind::Call(_) | ExpKind::VarArg(_))
    }

    fn number(&self) -> Option<f64> {
        match self.kind {
            ExpKind::Number(n) if !self.has_jumps() => Some(n),
            _ => None,
        }
    }
}

fn reg(e: &ExpDesc) -> u8 {
    match e.kind {
        ExpKind::NonReloc(reg) | ExpKind::Local(reg) => reg,
        kind => unreachable!("expression is not in a register: {kind:?}"),
    }
}

/// LuaJIT folds arithmetic on constants unless the result is NaN or -0.
/// Uses the VM's own arithmetic, so folding can never disagree with run time.
fn fold(op: BinOp, a: f64, b: f64) -> Option<f64> {
    let op = match op {
        BinOp::Add => ArithOp::Add,
        BinOp::Sub => ArithOp::Sub,
        BinOp::Mul => ArithOp::Mul,
        BinOp::Div => ArithOp::Div,
        BinOp::Mod => ArithOp::Mod,
        BinOp::Pow => ArithOp::Pow,
        _ => return None,
    };
    let value = op.apply(a, b);
    let negative_zero = value == 0.0 && value.is_sign_negative();
    (!value.is_nan() && !negative_zero).then_some(value)
}

impl Generator {
    pub(crate) fn expr(&mut self, expr: &Expr) -> Result<ExpDesc, SyntaxError> {
        Ok(match expr {
            Expr::Nil => ExpDesc::new(ExpKind::Nil),
            Expr::True => ExpDesc::new(ExpKind::True),
            Expr::False => ExpDesc::new(ExpKind::False),
            Expr::Number(n) => ExpDesc::new(ExpKind::Number(*n)),
            Expr::String(s) => ExpDesc::new(ExpKind::String(self.string_constant(*s))),
            Expr::Dots(line) => {
                if !self.fs_ref().proto.is_vararg {
                    return Err(SyntaxError {
                        near: Some(b"...".to_vec()),
                        ..self.error_at(*line, "cannot use '...' outside a vararg function".into())
                    });
                }
                let pc = self.emit_abc(Op::VarArg, 0, 1, 0);
                ExpDesc::new(ExpKind::VarArg(pc))
            }
            Expr::Function(body) => {
                // The expression around a function body is a level of its own.
                self.syntax_level += 1;
                let closure = self.function(body);
                self.syntax_level -= 1;
                closure?
            }
            Expr::Table(table) => self.table(table)?,
            Expr::Name(name, line) => {
                self.set_line(*line);
                self.resolve(*name)?
            }
            Expr::Suffixed(suffixed) => self.suffixed(suffixed)?,
            Expr::Chain(first, rest) => {
                let mut left = self.expr(first)?;
                for (op, line, right) in rest {
                    self.infix(*op, &mut left)?;
                    let right = self.expr(right)?;
                    self.set_line(*line);
                    left = self.posfix(*op, left, right)?;
                }
                left
            }
            Expr::Binary(op, line, left, right) => {
                let mut left = self.expr(left)?;
                self.infix(*op, &mut left)?;
                let right = self.expr(right)?;
                self.set_line(*line);
                self.posfix(*op, left, right)?
            }
            Expr::Unary(op, line, operand) => {
                let operand = self.expr(operand)?;
                self.set_line(*line);
                self.prefix(*op, operand)?
            }
        })
    }

    /// A name or parenthesized expression followed by indexing and calls.
    pub(crate) fn suffixed(&mut self, suffixed: &Suffixed) -> Result<ExpDesc, SyntaxError> {
        let mut e = match &suffixed.primary {
            Primary::Name(name, line) => {
                self.set_line(*line);
                self.resolve(*name)?
            }
            Primary::Paren(inner) => {
                let mut e = self.expr(inner)?;
                self.discharge_vars(&mut e)?;
                e
            }
        };
        for suffix in &suffixed.suffixes {
            e = match suffix {
                Suffix::Index(key, line) => {
                    self.exp_to_any_reg(&mut e)?;
                    let key = self.expr(key)?;
                    self.set_line(*line);
                    self.indexed(e, key)?
                }
                Suffix::Method(name, args, line) => {
                    self.set_line(*line);
                    let key = self.string_constant(*name);
                    self.self_call(&mut e, key)?;
                    self.call_args(e, args, *line)?
                }
                Suffix::Call(args, line) => {
                    self.exp_to_next_reg(&mut e)?;
                    self.call_args(e, args, *line)?
                }
            };
        }
        Ok(e)
    }

    /// Compiles the arguments of a call whose function is in the next register.
    fn call_args(
        &mut self,
        func: ExpDesc,
        args: &[Expr],
        line: u32,
    ) -> Result<ExpDesc, SyntaxError> {
        let base = reg(&func);
        let mut multi = false;
        if let Some((last, init)) = args.split_last() {
            for arg in init {
                let mut e = self.expr(arg)?;
                self.exp_to_next_reg(&mut e)?;
            }
            let mut e = self.expr(last)?;
            if e.is_multi() {
                self.set_returns(&mut e, -1)?;
                multi = true;
            } else {
                self.exp_to_next_reg(&mut e)?;
            }
        }
        let b = if multi {
            0
        } else {
            (self.free_reg() - usize::from(base)) as u8
        };
        self.set_line(line);
        let pc = self.emit_abc(Op::Call, base, b, 2);
        self.set_free_reg(usize::from(base) + 1);
        Ok(ExpDesc::new(ExpKind::Call(pc)))
    }

    /// `obj:name`: the method and `obj` in two consecutive registers.
    fn self_call(&mut self, e: &mut ExpDesc, key: u32) -> Result<(), SyntaxError> {
        self.exp_to_any_reg(e)?;
        let object = reg(e);
        self.free_exp(e);
        let func = self.free_reg() as u8;
        self.reserve_regs(2)?;
        if let Ok(key) = u8::try_from(key) {
            self.emit_abc(Op::SelfCall, func, object, key);
        } else {
            self.emit_ad(Op::Move, func + 1, u16::from(object));
            self.emit_ad(Op::LoadK, func, key as u16);
            self.emit_abc(Op::GetTable, func, func + 1, func);
        }
        e.kind = ExpKind::NonReloc(func);
        Ok(())
    }

    /// `table[key]` with the table already in a register.
    pub(crate) fn indexed(
        &mut self,
        table: ExpDesc,
        mut key: ExpDesc,
    ) -> Result<ExpDesc, SyntaxError> {
        let table = reg(&table);
        let key = match key.kind {
            ExpKind::String(k) if k <= 255 && !key.has_jumps() => Key::Field(k as u8),
            ExpKind::Number(n)
                if !key.has_jumps()
                    && (0.0..=255.0).contains(&n)
                    && n.fract() == 0.0
                    && !(n == 0.0 && n.is_sign_negative()) =>
            {
                Key::Integer(n as u8)
            }
            _ => {
                self.exp_to_any_reg(&mut key)?;
                Key::Register(reg(&key))
            }
        };
        Ok(ExpDesc::new(ExpKind::Indexed(table, key)))
    }

    /// Turns variables into values (loads, table reads).
    pub(crate) fn discharge_vars(&mut self, e: &mut ExpDesc) -> Result<(), SyntaxError> {
        e.kind = match e.kind {
            ExpKind::Local(reg) => ExpKind::NonReloc(reg),
            ExpKind::Upvalue(index) => {
                ExpKind::Relocable(self.emit_ad(Op::GetUpval, 0, u16::from(index)))
            }
            ExpKind::Global(name) => {
                ExpKind::Relocable(self.emit_ad(Op::GetGlobal, 0, self.constant_d(name)?))
            }
            ExpKind::Indexed(table, key) => {
                if let Key::Register(key) = key {
                    self.release_reg(key);
                }
                self.release_reg(table);
                ExpKind::Relocable(match key {
                    Key::Register(key) => self.emit_abc(Op::GetTable, 0, table, key),
                    Key::Field(key) => self.emit_abc(Op::GetField, 0, table, key),
                    Key::Integer(key) => self.emit_abc(Op::GetIndex, 0, table, key),
                })
            }
            ExpKind::Call(pc) => ExpKind::NonReloc(self.fs_ref().proto.code[pc as usize].a()),
            ExpKind::VarArg(pc) => {
                let code = &mut self.fs().proto.code[pc as usize];
                *code = Instruction::abc(Op::VarArg, code.a(), 2, 0);
                ExpKind::Relocable(pc)
            }
            kind => kind,
        };
        Ok(())
    }

    fn constant_d(&self, index: u32) -> Result<u16, SyntaxError> {
        u16::try_from(index).map_err(|_| {
            let proto = &self.fs_ref().proto;
            self.limit_error(proto, super::MAX_CONSTANTS, "constants")
        })
    }

    /// Loads a number: small integers inline, others from the constants.
    fn load_number(&mut self, reg: u8, n: f64) -> Result<(), SyntaxError> {
        let negative_zero = n == 0.0 && n.is_sign_negative();
        if n.fract() == 0.0 && (-32768.0..32768.0).contains(&n) && !negative_zero {
            self.emit(Instruction::asd(Op::LoadInt, reg, n as i32));
            return Ok(());
        }
        let index = self.number_constant(n);
        let d = self.constant_d(index)?;
        self.emit_ad(Op::LoadK, reg, d);
        Ok(())
    }

    fn discharge_to_reg(&mut self, e: &mut ExpDesc, reg: u8) -> Result<(), SyntaxError> {
        self.discharge_vars(e)?;
        match e.kind {
            ExpKind::Nil => {
                self.emit_ad(Op::LoadNil, reg, 0);
            }
            ExpKind::False => {
                self.emit_ad(Op::LoadPrim, reg, 1);
            }
            ExpKind::True => {
                self.emit_ad(Op::LoadPrim, reg, 2);
            }
            ExpKind::Number(n) => self.load_number(reg, n)?,
            ExpKind::String(k) => {
                let d = self.constant_d(k)?;
                self.emit_ad(Op::LoadK, reg, d);
            }
            ExpKind::Relocable(pc) => {
                let code = &mut self.fs().proto.code[pc as usize];
                *code = code.with_a(reg);
            }
            ExpKind::NonReloc(source) => {
                if source != reg {
                    self.emit_ad(Op::Move, reg, u16::from(source));
                }
            }
            ExpKind::Jump(_) | ExpKind::Void => return Ok(()),
            kind => unreachable!("discharged: {kind:?}"),
        }
        e.kind = ExpKind::NonReloc(reg);
        Ok(())
    }

    fn exp_to_reg(&mut self, e: &mut ExpDesc, reg: u8) -> Result<(), SyntaxError> {
        self.discharge_to_reg(e, reg)?;
        if let ExpKind::Jump(pc) = e.kind {
            let mut t = e.t;
            self.concat_jumps(&mut t, pc);
            e.t = t;
        }
        if e.has_jumps() {
            let mut load_false = NO_JUMP;
            let mut load_true = NO_JUMP;
            if self.need_value(e.t) || self.need_value(e.f) {
                let skip = if matches!(e.kind, ExpKind::Jump(_)) {
                    NO_JUMP
                } else {
                    self.jump()
                };
                load_false = self.mark_target();
                self.emit_ad(Op::LoadPrim, reg, 1);
                let over = self.jump();
                load_true = self.mark_target();
                self.emit_ad(Op::LoadPrim, reg, 2);
                self.patch_to_here(over);
                self.patch_to_here(skip);
            }
            let end = self.mark_target();
            self.patch_list_with(e.f, end, reg, load_false);
            self.patch_list_with(e.t, end, reg, load_true);
        }
        *e = ExpDesc::new(ExpKind::NonReloc(reg));
        Ok(())
    }

    /// Frees the register of a temporary value.
    pub(crate) fn free_exp(&mut self, e: &ExpDesc) {
        if let ExpKind::NonReloc(reg) = e.kind {
            self.release_reg(reg);
        }
    }

    pub(crate) fn exp_to_next_reg(&mut self, e: &mut ExpDesc) -> Result<(), SyntaxError> {
        self.discharge_vars(e)?;
        self.free_exp(e);
        self.reserve_regs(1)?;
        let reg = self.free_reg() as u8 - 1;
        self.exp_to_reg(e, reg)
    }

    pub(crate) fn exp_to_any_reg(&mut self, e: &mut ExpDesc) -> Result<u8, SyntaxError> {
        self.discharge_vars(e)?;
        if let ExpKind::NonReloc(reg) = e.kind {
            if !e.has_jumps() {
                return Ok(reg);
            }
            if usize::from(reg) >= self.fs_ref().actives.len() {
                self.exp_to_reg(e, reg)?;
                return Ok(reg);
            }
        }
        self.exp_to_next_reg(e)?;
        Ok(reg(e))
    }

    fn exp_to_val(&mut self, e: &mut ExpDesc) -> Result<(), SyntaxError> {
        if e.has_jumps() {
            self.exp_to_any_reg(e)?;
            Ok(())
        } else {
            self.discharge_vars(e)
        }
    }

    /// A register, a constant (index up to 255) or a primitive.
    fn exp_to_operand(&mut self, e: &mut ExpDesc) -> Result<Operand, SyntaxError> {
        self.exp_to_val(e)?;
        let constant = match e.kind {
            ExpKind::Nil => return Ok(Operand::Primitive(0)),
            ExpKind::False => return Ok(Operand::Primitive(1)),
            ExpKind::True => return Ok(Operand::Primitive(2)),
            ExpKind::Number(n) => Some(self.number_constant(n)),
            ExpKind::String(k) => Some(k),
            _ => None,
        };
        if let Some(Ok(index)) = constant.map(u8::try_from) {
            return Ok(Operand::Constant(index));
        }
        Ok(Operand::Register(self.exp_to_any_reg(e)?))
    }

    /// Sets how many results a call or vararg yields (-1: all).
    pub(crate) fn set_returns(&mut self, e: &mut ExpDesc, n: i32) -> Result<(), SyntaxError> {
        let count = (n + 1) as u8;
        match e.kind {
            ExpKind::Call(pc) => {
                let code = &mut self.fs().proto.code[pc as usize];
                *code = Instruction::abc(Op::Call, code.a(), code.b(), count);
            }
            ExpKind::VarArg(pc) => {
                let free = self.free_reg() as u8;
                self.fs().proto.code[pc as usize] = Instruction::abc(Op::VarArg, free, count, 0);
                self.reserve_regs(1)?;
            }
            _ => {}
        }
        Ok(())
    }

    /// Stores `value` into the variable `var`.
    pub(crate) fn store(&mut self, var: &ExpDesc, mut value: ExpDesc) -> Result<(), SyntaxError> {
        match var.kind {
            ExpKind::Local(reg) => {
                self.free_exp(&value);
                return self.exp_to_reg(&mut value, reg);
            }
            ExpKind::Upvalue(index) => {
                let reg = self.exp_to_any_reg(&mut value)?;
                self.emit_ad(Op::SetUpval, reg, u16::from(index));
            }
            ExpKind::Global(name) => {
                let reg = self.exp_to_any_reg(&mut value)?;
                let d = self.constant_d(name)?;
                self.emit_ad(Op::SetGlobal, reg, d);
            }
            ExpKind::Indexed(table, key) => {
                let reg = self.exp_to_any_reg(&mut value)?;
                match key {
                    Key::Register(key) => self.emit_abc(Op::SetTable, table, key, reg),
                    Key::Field(key) => self.emit_abc(Op::SetField, table, key, reg),
                    Key::Integer(key) => self.emit_abc(Op::SetIndex, table, key, reg),
                };
            }
            kind => unreachable!("not assignable: {kind:?}"),
        }
        self.free_exp(&value);
        Ok(())
    }

    fn invert_jump(&mut self, e: &ExpDesc) {
        let ExpKind::Jump(pc) = e.kind else {
            unreachable!("a comparison")
        };
        let control = self.control(pc);
        *control = match control.op() {
            Op::Test => Instruction::ad(Op::Test, control.a(), control.d() ^ 1),
            _ => control.with_a(control.a() ^ 1),
        };
    }

    /// Emits a test of `e` that jumps when its truth equals `cond`.
    fn jump_on_cond(&mut self, e: &mut ExpDesc, cond: bool) -> Result<i32, SyntaxError> {
        if let ExpKind::Relocable(pc) = e.kind {
            let code = self.fs_ref().proto.code[pc as usize];
            if code.op() == Op::Not {
                self.fs().proto.code.pop();
                self.fs().proto.lines.pop();
                return Ok(self.cond_jump_test(code.d() as u8, !cond));
            }
        }
        self.exp_to_any_reg(e)?;
        self.free_exp(e);
        Ok(self.cond_jump(Op::TestSet, NO_REG, reg(e), u8::from(cond)))
    }

    fn cond_jump_test(&mut self, reg: u8, cond: bool) -> i32 {
        self.emit_ad(Op::Test, reg, u16::from(cond));
        self.jump()
    }

    /// Falls through when `e` is true, jumps (via `e.f`) when false.
    pub(crate) fn go_if_true(&mut self, e: &mut ExpDesc) -> Result<(), SyntaxError> {
        self.discharge_vars(e)?;
        let jump = match e.kind {
            ExpKind::String(_) | ExpKind::Number(_) | ExpKind::True => NO_JUMP,
            // An always-false `false` jumps; its value is rebuilt as `false`.
            ExpKind::False => self.jump(),
            ExpKind::Jump(pc) => {
                self.invert_jump(e);
                pc
            }
            _ => self.jump_on_cond(e, false)?,
        };
        let mut f = e.f;
        self.concat_jumps(&mut f, jump);
        e.f = f;
        self.patch_to_here(e.t);
        e.t = NO_JUMP;
        Ok(())
    }

    fn go_if_false(&mut self, e: &mut ExpDesc) -> Result<(), SyntaxError> {
        self.discharge_vars(e)?;
        let jump = match e.kind {
            ExpKind::Nil | ExpKind::False => NO_JUMP,
            ExpKind::True => self.jump(),
            ExpKind::Jump(pc) => pc,
            _ => self.jump_on_cond(e, true)?,
        };
        let mut t = e.t;
        self.concat_jumps(&mut t, jump);
        e.t = t;
        self.patch_to_here(e.f);
        e.f = NO_JUMP;
        Ok(())
    }

    fn prefix(&mut self, op: UnOp, mut e: ExpDesc) -> Result<ExpDesc, SyntaxError> {
        match op {
            UnOp::Neg => {
                if let Some(n) = e.number().filter(|&n| n != 0.0) {
                    return Ok(ExpDesc::new(ExpKind::Number(-n)));
                }
                let reg = self.exp_to_any_reg(&mut e)?;
                self.free_exp(&e);
                Ok(ExpDesc::new(ExpKind::Relocable(self.emit_ad(
                    Op::Unm,
                    0,
                    u16::from(reg),
                ))))
            }
            UnOp::Len => {
                let reg = self.exp_to_any_reg(&mut e)?;
                self.free_exp(&e);
                Ok(ExpDesc::new(ExpKind::Relocable(self.emit_ad(
                    Op::Len,
                    0,
                    u16::from(reg),
                ))))
            }
            UnOp::Not => {
                self.discharge_vars(&mut e)?;
                let kind = match e.kind {
                    ExpKind::Nil | ExpKind::False => ExpKind::True,
                    ExpKind::True | ExpKind::Number(_) | ExpKind::String(_) => ExpKind::False,
                    ExpKind::Jump(_) => {
                        self.invert_jump(&e);
                        e.kind
                    }
                    _ => {
                        let reg = self.exp_to_any_reg(&mut e)?;
                        self.free_exp(&e);
                        ExpKind::Relocable(self.emit_ad(Op::Not, 0, u16::from(reg)))
                    }
                };
                let result = ExpDesc {
                    kind,
                    t: e.f,
                    f: e.t,
                };
                self.remove_values(result.f);
                self.remove_values(result.t);
                Ok(result)
            }
        }
    }

    /// Prepares the left operand before the right one is compiled.
    pub(crate) fn infix(&mut self, op: BinOp, e: &mut ExpDesc) -> Result<(), SyntaxError> {
        match op {
            BinOp::And => self.go_if_true(e),
            BinOp::Or => self.go_if_false(e),
            BinOp::Concat => self.exp_to_next_reg(e),
            BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div | BinOp::Mod | BinOp::Pow
                if e.number().is_some() =>
            {
                Ok(())
            }
            _ => self.exp_to_operand(e).map(|operand| {
                // Keep the operand's placement in `e` for `posfix`.
                if let Operand::Register(reg) = operand {
                    e.kind = ExpKind::NonReloc(reg);
                }
            }),
        }
    }

    pub(crate) fn posfix(
        &mut self,
        op: BinOp,
        left: ExpDesc,
        mut right: ExpDesc,
    ) -> Result<ExpDesc, SyntaxError> {
        match op {
            BinOp::And => {
                self.discharge_vars(&mut right)?;
                let mut f = right.f;
                self.concat_jumps(&mut f, left.f);
                right.f = f;
                Ok(right)
            }
            BinOp::Or => {
                self.discharge_vars(&mut right)?;
                let mut t = right.t;
                self.concat_jumps(&mut t, left.t);
                right.t = t;
                Ok(right)
            }
            BinOp::Concat => {
                self.exp_to_val(&mut right)?;
                let left_reg = reg(&left);
                if let ExpKind::Relocable(pc) = right.kind {
                    let code = self.fs_ref().proto.code[pc as usize];
                    if code.op() == Op::Concat && code.b() == left_reg + 1 {
                        self.free_exp(&left);
                        self.fs().proto.code[pc as usize] =
                            Instruction::abc(Op::Concat, code.a(), left_reg, code.c());
                        return Ok(right);
                    }
                }
                self.exp_to_next_reg(&mut right)?;
                let right_reg = reg(&right);
                self.free_exp(&right);
                self.free_exp(&left);
                Ok(ExpDesc::new(ExpKind::Relocable(self.emit_abc(
                    Op::Concat,
                    0,
                    left_reg,
                    right_reg,
                ))))
            }
            BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div | BinOp::Mod | BinOp::Pow => {
                self.arith(op, left, right)
            }
            BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => {
                self.compare(op, left, right)
            }
        }
    }

    fn arith(
        &mut self,
        op: BinOp,
        mut left: ExpDesc,
        mut right: ExpDesc,
    ) -> Result<ExpDesc, SyntaxError> {
        if let (Some(a), Some(b)) = (left.number(), right.number()) {
            if let Some(value) = fold(op, a, b) {
                return Ok(ExpDesc::new(ExpKind::Number(value)));
            }
        }
        let b = self.exp_to_operand(&mut right)?;
        let mut a = self.exp_to_operand(&mut left)?;
        if let (Operand::Constant(_), Operand::Constant(_)) = (a, b) {
            self.exp_to_any_reg(&mut left)?;
            a = Operand::Register(reg(&left));
        }
        let a = self.force_arith_operand(a, &mut left)?;
        let b = self.force_arith_operand(b, &mut right)?;
        self.free_operands(&left, &right);
        let [vv, vk, kv] = match op {
            BinOp::Add => [Op::AddVV, Op::AddVK, Op::AddKV],
            BinOp::Sub => [Op::SubVV, Op::SubVK, Op::SubKV],
            BinOp::Mul => [Op::MulVV, Op::MulVK, Op::MulKV],
            BinOp::Div => [Op::DivVV, Op::DivVK, Op::DivKV],
            BinOp::Mod => [Op::ModVV, Op::ModVK, Op::ModKV],
            _ => [Op::PowVV, Op::PowVK, Op::PowKV],
        };
        let pc = match (a, b) {
            (Operand::Register(x), Operand::Register(y)) => self.emit_abc(vv, 0, x, y),
            (Operand::Register(x), Operand::Constant(k)) => self.emit_abc(vk, 0, x, k),
            (Operand::Constant(k), Operand::Register(y)) => self.emit_abc(kv, 0, k, y),
            _ => unreachable!("operands forced into registers"),
        };
        Ok(ExpDesc::new(ExpKind::Relocable(pc)))
    }

    /// Primitives are not arithmetic constants: they go to a register.
    fn force_arith_operand(
        &mut self,
        operand: Operand,
        e: &mut ExpDesc,
    ) -> Result<Operand, SyntaxError> {
        Ok(match operand {
            Operand::Primitive(_) => Operand::Register(self.exp_to_any_reg(e)?),
            operand => operand,
        })
    }

    /// Frees the temporaries of two operands, the higher register first.
    fn free_operands(&mut self, left: &ExpDesc, right: &ExpDesc) {
        let order = |e: &ExpDesc| match e.kind {
            ExpKind::NonReloc(reg) => i32::from(reg),
            _ => -1,
        };
        if order(left) > order(right) {
            self.free_exp(left);
            self.free_exp(right);
        } else {
            self.free_exp(right);
            self.free_exp(left);
        }
    }

    fn compare(
        &mut self,
        op: BinOp,
        mut left: ExpDesc,
        mut right: ExpDesc,
    ) -> Result<ExpDesc, SyntaxError> {
        let mut a = self.exp_to_operand(&mut left)?;
        let mut b = self.exp_to_operand(&mut right)?;
        let ordered = !matches!(op, BinOp::Eq | BinOp::Ne);
        // Ordered tests take no primitives, and no test takes two constants.
        let both_constant =
            !matches!(a, Operand::Register(_)) && !matches!(b, Operand::Register(_));
        if both_constant || (ordered && matches!(a, Operand::Primitive(_))) {
            a = Operand::Register(self.exp_to_any_reg(&mut left)?);
        }
        if ordered && matches!(b, Operand::Primitive(_)) {
            b = Operand::Register(self.exp_to_any_reg(&mut right)?);
        }
        self.free_operands(&left, &right);
        // `a > b` is `b < a`: only the operands of the test swap, the
        // evaluation order above stays left to right.
        let (op, a, b) = match op {
            BinOp::Gt => (BinOp::Lt, b, a),
            BinOp::Ge => (BinOp::Le, b, a),
            op => (op, a, b),
        };
        let cond = u8::from(op != BinOp::Ne);
        let (variant, x, y) = match (op, a, b) {
            (BinOp::Eq | BinOp::Ne, Operand::Register(x), Operand::Register(y)) => (Op::EqVV, x, y),
            (BinOp::Eq | BinOp::Ne, Operand::Register(x), Operand::Constant(k))
            | (BinOp::Eq | BinOp::Ne, Operand::Constant(k), Operand::Register(x)) => {
                (Op::EqVK, x, k)
            }
            (BinOp::Eq | BinOp::Ne, Operand::Register(x), Operand::Primitive(p))
            | (BinOp::Eq | BinOp::Ne, Operand::Primitive(p), Operand::Register(x)) => {
                (Op::EqVP, x, p)
            }
            (BinOp::Lt, Operand::Register(x), Operand::Register(y)) => (Op::LtVV, x, y),
            (BinOp::Lt, Operand::Register(x), Operand::Constant(k)) => (Op::LtVK, x, k),
            (BinOp::Lt, Operand::Constant(k), Operand::Register(y)) => (Op::LtKV, k, y),
            (BinOp::Le, Operand::Register(x), Operand::Register(y)) => (Op::LeVV, x, y),
            (BinOp::Le, Operand::Register(x), Operand::Constant(k)) => (Op::LeVK, x, k),
            (BinOp::Le, Operand::Constant(k), Operand::Register(y)) => (Op::LeKV, k, y),
            (op, a, b) => unreachable!("comparison operands {op:?} {a:?} {b:?}"),
        };
        let jump = self.cond_jump(variant, cond, x, y);
        Ok(ExpDesc::new(ExpKind::Jump(jump)))
    }

    /// A function expression: compiles the body as a nested prototype.
    pub(crate) fn function(&mut self, body: &FuncBody) -> Result<ExpDesc, SyntaxError> {
        let num_params = body.params.len().min(255) as u8;
        self.open_function(body.line, body.is_vararg, num_params);
        for param in &body.params {
            self.declare_local(*param, body.line)?;
        }
        self.activate_locals(body.params.len());
        self.reserve_regs(body.params.len())?;
        self.block(&body.body)?;
        let proto = self.close_function(body.end_line)?;
        let fs = self.fs();
        fs.proto.protos.push(proto);
        let index = fs.proto.protos.len() as u16 - 1;
        Ok(ExpDesc::new(ExpKind::Relocable(self.emit_ad(
            Op::Closure,
            0,
            index,
        ))))
    }

    /// A table constructor.
    fn table(&mut self, table: &Table) -> Result<ExpDesc, SyntaxError> {
        self.set_line(table.line);
        let pc = self.emit_abc(Op::NewTable, 0, 0, 0);
        let mut t = ExpDesc::new(ExpKind::Relocable(pc));
        self.exp_to_next_reg(&mut t)?;
        let base = reg(&t);
        let (mut array, mut hash, mut pending) = (0u32, 0u32, 0u32);
        let last_positional = table
            .items
            .iter()
            .rposition(|f| matches!(f, Field::Positional(_)));
        for (index, field) in table.items.iter().enumerate() {
            match field {
                Field::Positional(value) => {
                    let mut e = self.expr(value)?;
                    array += 1;
                    if Some(index) == last_positional
                        && index == table.items.len() - 1
                        && e.is_multi()
                    {
                        self.set_returns(&mut e, -1)?;
                        self.emit_abc(Op::SetList, base, 0, 0);
                        self.emit_raw_word(array - 1 - pending);
                        self.set_free_reg(usize::from(base) + 1);
                        array -= 1;
                        pending = 0;
                        continue;
                    }
                    self.exp_to_next_reg(&mut e)?;
                    pending += 1;
                    if pending == super::FIELDS_PER_FLUSH {
                        self.flush_list(base, array, pending);
                        pending = 0;
                    }
                }
                Field::Keyed(key, value) => {
                    // LuaJIT stores fields in source order, so earlier
                    // positional items land before this keyed store.
                    if pending > 0 {
                        self.flush_list(base, array, pending);
                        pending = 0;
                    }
                    hash += 1;
                    let key = self.expr(key)?;
                    let var = self.indexed(ExpDesc::new(ExpKind::NonReloc(base)), key)?;
                    let value = self.expr(value)?;
                    self.store(&var, value)?;
                    if let ExpKind::Indexed(_, Key::Register(key)) = var.kind {
                        self.release_reg(key);
                    }
                }
            }
        }
        if pending > 0 {
            self.flush_list(base, array, pending);
        }
        let code = Instruction::abc(
            Op::NewTable,
            base,
            array.min(255) as u8,
            hash.min(255) as u8,
        );
        self.fs().proto.code[pc as usize] = code;
        Ok(ExpDesc::new(ExpKind::NonReloc(base)))
    }

    fn flush_list(&mut self, base: u8, array: u32, pending: u32) {
        self.emit_abc(Op::SetList, base, pending as u8 + 1, 0);
        self.emit_raw_word(array - pending);
        self.set_free_reg(usize::from(base) + 1);
    }
}
