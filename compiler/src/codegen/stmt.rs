//! Statements: blocks, assignments, locals, control flow, loops, functions.

use super::expr::{ExpDesc, ExpKind, Key};
use super::jump::NO_JUMP;
use super::Generator;
use crate::ast::{Block, Expr, FuncBody, Name, NumericFor, Stat, Suffix, Suffixed};
use crate::error::SyntaxError;
use lunaris_vm::bytecode::{Instruction, Op};

impl Generator {
    /// Compiles the statements of a block in the current scope.
    pub(crate) fn block(&mut self, block: &Block) -> Result<(), SyntaxError> {
        self.statements(block, false)
    }

    fn statements(&mut self, block: &Block, repeat_body: bool) -> Result<(), SyntaxError> {
        for (index, stat) in block.stats.iter().enumerate() {
            if let Stat::Label { name, line } = stat {
                let only_labels_follow = block.stats[index + 1..]
                    .iter()
                    .all(|s| matches!(s, Stat::Label { .. }));
                let at_block_end = only_labels_follow && block.ret.is_none() && !repeat_body;
                self.label_statement(*name, *line, at_block_end)?;
            } else {
                self.statement(stat)?;
            }
            let level = self.fs_ref().actives.len();
            self.set_free_reg(level);
        }
        if let Some(ret) = &block.ret {
            self.set_line(ret.line);
            self.return_statement(&ret.values)?;
        }
        Ok(())
    }

    /// A block with its own scope.
    fn scoped_block(&mut self, block: &Block) -> Result<(), SyntaxError> {
        self.enter_block(false);
        self.block(block)?;
        self.leave_block()
    }

    fn statement(&mut self, stat: &Stat) -> Result<(), SyntaxError> {
        match stat {
            Stat::Call(call) => {
                let e = self.suffixed(call)?;
                if let ExpKind::Call(pc) = e.kind {
                    let code = &mut self.fs().proto.code[pc as usize];
                    *code = Instruction::abc(Op::Call, code.a(), code.b(), 1);
                }
                Ok(())
            }
            Stat::Assign {
                targets,
                values,
                line,
            } => self.assignment(targets, values, *line),
            Stat::Local {
                names,
                values,
                line,
            } => self.local(names, values, *line),
            Stat::LocalFunction { name, body } => {
                self.declare_local(*name, body.line)?;
                let reg = self.free_reg() as u8;
                self.reserve_regs(1)?;
                self.activate_locals(1);
                let closure = self.function(body)?;
                self.store(&ExpDesc::new(ExpKind::Local(reg)), closure)
            }
            Stat::Function {
                path,
                method,
                body,
                line,
            } => self.function_statement(path, *method, body, *line),
            Stat::Do(block) => self.scoped_block(block),
            Stat::While { cond, body, line } => {
                self.set_line(*line);
                let start = self.mark_target();
                let exit = self.condition(cond)?;
                self.enter_block(true);
                self.scoped_block(body)?;
                let back = self.jump();
                self.patch_list(back, start);
                self.leave_block()?;
                self.patch_to_here(exit);
                Ok(())
            }
            Stat::Repeat { body, cond, line } => self.repeat(body, cond, *line),
            Stat::If {
                clauses,
                else_block,
                line,
            } => {
                self.set_line(*line);
                let mut escapes = NO_JUMP;
                let mut false_exit = NO_JUMP;
                for (index, (cond, block)) in clauses.iter().enumerate() {
                    if index > 0 {
                        let jump = self.jump();
                        self.concat_jumps(&mut escapes, jump);
                        self.patch_to_here(false_exit);
                    }
                    false_exit = self.condition(cond)?;
                    self.scoped_block(block)?;
                }
                if let Some(block) = else_block {
                    let jump = self.jump();
                    self.concat_jumps(&mut escapes, jump);
                    self.patch_to_here(false_exit);
                    self.scoped_block(block)?;
                } else {
                    self.concat_jumps(&mut escapes, false_exit);
                }
                self.patch_to_here(escapes);
                Ok(())
            }
            Stat::NumericFor(for_loop) => self.numeric_for(for_loop),
            Stat::GenericFor {
                names,
                exprs,
                body,
                line,
            } => self.generic_for(names, exprs, body, *line),
            Stat::Break { line } => {
                self.set_line(*line);
                self.break_statement(*line)
            }
            Stat::Goto { label, line } => {
                self.set_line(*line);
                self.goto_statement(*label, *line)
            }
            Stat::Label { .. } => unreachable!("labels are handled by statements()"),
        }
    }

    /// Compiles a condition; returns the jumps taken when it is false.
    fn condition(&mut self, cond: &Expr) -> Result<i32, SyntaxError> {
        let mut e = self.expr(cond)?;
        if e.kind == ExpKind::Nil {
            e.kind = ExpKind::False;
        }
        self.go_if_true(&mut e)?;
        Ok(e.f)
    }

    fn repeat(&mut self, body: &Block, cond: &Expr, line: u32) -> Result<(), SyntaxError> {
        self.set_line(line);
        let start = self.mark_target();
        self.enter_block(true);
        self.enter_block(false);
        self.statements(body, true)?;
        let exit = self.condition(cond)?;
        let captured = self.fs_ref().blocks.last().expect("scope block").captured;
        if captured {
            self.break_statement(line)?;
            self.patch_to_here(exit);
            self.leave_block()?;
            let back = self.jump();
            self.patch_list(back, start);
        } else {
            self.leave_block()?;
            self.patch_list(exit, start);
        }
        self.leave_block()
    }

    /// Adjusts `n_exprs` values (the last being `last`) to `n_vars` registers.
    fn adjust_assign(
        &mut self,
        n_vars: usize,
        n_exprs: usize,
        last: &mut ExpDesc,
    ) -> Result<(), SyntaxError> {
        let mut extra = n_vars as i32 - n_exprs as i32;
        if last.is_multi() {
            extra = (extra + 1).max(0);
            self.set_returns(last, extra)?;
            if extra > 1 {
                self.reserve_regs(extra as usize - 1)?;
            }
        } else {
            if last.kind != ExpKind::Void {
                self.exp_to_next_reg(last)?;
            }
            if extra > 0 {
                let reg = self.free_reg() as u8;
                self.reserve_regs(extra as usize)?;
                self.emit_ad(Op::LoadNil, reg, extra as u16 - 1);
            }
        }
        Ok(())
    }

    /// Compiles an expression list; all but the last go to consecutive
    /// registers, the last is returned unplaced.
    fn expr_list(&mut self, exprs: &[Expr]) -> Result<ExpDesc, SyntaxError> {
        let Some((last, init)) = exprs.split_last() else {
            return Ok(ExpDesc::new(ExpKind::Void));
        };
        for e in init {
            let mut e = self.expr(e)?;
            self.exp_to_next_reg(&mut e)?;
        }
        self.expr(last)
    }

    fn local(
        &mut self,
        names: &[(Name, u32)],
        values: &[Expr],
        line: u32,
    ) -> Result<(), SyntaxError> {
        self.set_line(line);
        for &(name, name_line) in names {
            self.declare_local(name, name_line)?;
        }
        let mut last = self.expr_list(values)?;
        self.adjust_assign(names.len(), values.len(), &mut last)?;
        if values.len() > names.len() {
            let free = self.free_reg() - (values.len() - names.len());
            self.set_free_reg(free);
        }
        self.activate_locals(names.len());
        Ok(())
    }

    /// Compiles an assignment target to a variable description.
    fn target(&mut self, target: &Suffixed) -> Result<ExpDesc, SyntaxError> {
        let Some((last, init)) = target.suffixes.split_last() else {
            return self.suffixed(target);
        };
        let prefix = Suffixed {
            primary: target.primary.clone(),
            suffixes: init.to_vec(),
        };
        let mut e = self.suffixed(&prefix)?;
        let Suffix::Index(key, line) = last else {
            unreachable!("the parser checked assignability")
        };
        self.exp_to_any_reg(&mut e)?;
        let key = self.expr(key)?;
        self.set_line(*line);
        self.indexed(e, key)
    }

    fn assignment(
        &mut self,
        targets: &[Suffixed],
        values: &[Expr],
        line: u32,
    ) -> Result<(), SyntaxError> {
        self.set_line(line);
        if self.syntax_level + targets.len() > super::MAX_SYNTAX_LEVELS {
            let proto = &self.fs_ref().proto;
            return Err(self.limit_error(proto, super::MAX_SYNTAX_LEVELS, "variable names"));
        }
        let mut vars: Vec<ExpDesc> = Vec::with_capacity(targets.len());
        for target in targets {
            let var = self.target(target)?;
            if let ExpKind::Local(local) = var.kind {
                self.resolve_conflict(&mut vars, local)?;
            }
            vars.push(var);
        }
        self.set_line(line);
        let mut last = self.expr_list(values)?;
        if values.len() == targets.len() {
            if let ExpKind::Call(pc) = last.kind {
                last.kind = ExpKind::NonReloc(self.fs_ref().proto.code[pc as usize].a());
            } else if let ExpKind::VarArg(_) = last.kind {
                self.discharge_vars(&mut last)?;
            }
            let var = vars.pop().expect("at least one target");
            self.store(&var, last)?;
        } else {
            self.adjust_assign(targets.len(), values.len(), &mut last)?;
            if values.len() > targets.len() {
                let free = self.free_reg() - (values.len() - targets.len());
                self.set_free_reg(free);
            }
        }
        while let Some(var) = vars.pop() {
            let value = ExpDesc::new(ExpKind::NonReloc(self.free_reg() as u8 - 1));
            self.store(&var, value)?;
        }
        Ok(())
    }

    /// An earlier indexed target that uses `local` as table or key reads the
    /// value from before the assignment (LuaJIT copies it first).
    fn resolve_conflict(&mut self, vars: &mut [ExpDesc], local: u8) -> Result<(), SyntaxError> {
        let copy = self.free_reg() as u8;
        let mut conflict = false;
        for var in vars.iter_mut() {
            if let ExpKind::Indexed(table, key) = &mut var.kind {
                if *table == local {
                    *table = copy;
                    conflict = true;
                }
                if *key == Key::Register(local) {
                    *key = Key::Register(copy);
                    conflict = true;
                }
            }
        }
        if conflict {
            self.emit_ad(Op::Move, copy, u16::from(local));
            self.reserve_regs(1)?;
        }
        Ok(())
    }

    fn return_statement(&mut self, values: &[Expr]) -> Result<(), SyntaxError> {
        let first = self.fs_ref().actives.len() as u8;
        let (first, count) = if values.is_empty() {
            (first, 1)
        } else {
            let mut last = self.expr_list(values)?;
            if last.is_multi() {
                self.set_returns(&mut last, -1)?;
                if let (ExpKind::Call(pc), 1) = (last.kind, values.len()) {
                    let code = self.fs_ref().proto.code[pc as usize];
                    self.fs().proto.code[pc as usize] =
                        Instruction::abc(Op::TailCall, code.a(), code.b(), 0);
                    return Ok(());
                }
                (first, 0)
            } else if values.len() == 1 {
                (self.exp_to_any_reg(&mut last)?, 2)
            } else {
                self.exp_to_next_reg(&mut last)?;
                (first, values.len() as u8 + 1)
            }
        };
        self.emit_abc(Op::Return, first, count, 0);
        Ok(())
    }

    fn numeric_for(&mut self, for_loop: &NumericFor) -> Result<(), SyntaxError> {
        let NumericFor {
            var,
            start,
            limit,
            step,
            body,
            line,
        } = for_loop;
        let line = *line;
        let base = self.open_for(["(for index)", "(for limit)", "(for step)"], &[*var], line)?;
        for e in [start, limit] {
            let mut e = self.expr(e)?;
            self.exp_to_next_reg(&mut e)?;
        }
        let mut step = match step {
            Some(step) => self.expr(step)?,
            None => ExpDesc::new(ExpKind::Number(1.0)),
        };
        self.exp_to_next_reg(&mut step)?;
        self.set_line(line);
        self.activate_locals(3);
        let prep = self.emit(Instruction::asd(Op::ForPrep, base, 0));
        self.for_body(1, body)?;
        self.set_line(line);
        let back = self.emit(Instruction::asd(Op::ForLoop, base, 0));
        self.fix_loop_jump(back, prep + 1);
        self.fix_loop_jump(prep, back);
        self.leave_block()
    }

    /// Opens a loop's scope and declares its three hidden control locals
    /// and its variables; returns the base register.
    fn open_for(
        &mut self,
        hidden: [&str; 3],
        names: &[Name],
        line: u32,
    ) -> Result<u8, SyntaxError> {
        self.set_line(line);
        self.enter_block(true);
        let base = self.free_reg() as u8;
        for name in hidden {
            let symbol = self.intern(name.as_bytes());
            self.declare_local(symbol, line)?;
        }
        for &name in names {
            self.declare_local(name, line)?;
        }
        Ok(base)
    }

    /// The body of a `for`: its variables are fresh locals in each iteration.
    fn for_body(&mut self, n_vars: usize, body: &Block) -> Result<(), SyntaxError> {
        self.enter_block(false);
        self.activate_locals(n_vars);
        self.reserve_regs(n_vars)?;
        self.block(body)?;
        self.leave_block()
    }

    fn generic_for(
        &mut self,
        names: &[Name],
        exprs: &[Expr],
        body: &Block,
        line: u32,
    ) -> Result<(), SyntaxError> {
        let base = self.open_for(
            ["(for generator)", "(for state)", "(for control)"],
            names,
            line,
        )?;
        let mut last = self.expr_list(exprs)?;
        self.adjust_assign(3, exprs.len(), &mut last)?;
        self.set_free_reg(usize::from(base) + 3);
        self.check_stack(names.len())?;
        self.activate_locals(3);
        let prep = self.jump();
        self.for_body(names.len(), body)?;
        self.patch_to_here(prep);
        self.set_line(line);
        self.emit_ad(Op::TForCall, base, names.len() as u16);
        let back = self.emit(Instruction::asd(Op::TForLoop, base + 2, 0));
        self.fix_loop_jump(back, prep + 1);
        self.leave_block()
    }

    fn function_statement(
        &mut self,
        path: &[Name],
        method: Option<Name>,
        body: &FuncBody,
        line: u32,
    ) -> Result<(), SyntaxError> {
        self.set_line(line);
        let mut var = self.resolve(path[0])?;
        let keys = path[1..].iter().copied().chain(method);
        for key in keys {
            self.exp_to_any_reg(&mut var)?;
            let key = ExpDesc::new(ExpKind::String(self.string_constant(key)));
            var = self.indexed(var, key)?;
        }
        let closure = self.function(body)?;
        self.set_line(line);
        self.store(&var, closure)
    }
}
