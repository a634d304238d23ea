//! Scopes: blocks, name resolution (local, upvalue, global), labels and
//! gotos with LuaJIT's visibility rules.

use super::{ExpDesc, ExpKind, Generator};
use crate::ast::Symbol;
use crate::error::SyntaxError;
use lunaris_vm::bytecode::{Instruction, Op, UpvalueDesc};

/// A lexical block of the function being compiled.
#[derive(Debug)]
pub(crate) struct BlockScope {
    /// Active locals when the block started.
    pub(crate) level: usize,
    /// Whether a local of this block is captured by a closure.
    pub(crate) captured: bool,
    /// Pending `break` jumps, for loop blocks.
    pub(crate) breaks: Option<i32>,
    /// Labels defined in the block start at this index of `labels`.
    pub(crate) first_label: usize,
    /// Gotos still pending in the block start at this index of `gotos`.
    pub(crate) first_goto: usize,
}

/// A label: where it is and how many locals are active there.
#[derive(Debug)]
pub(crate) struct Label {
    pub(crate) name: Symbol,
    pub(crate) pc: i32,
    pub(crate) level: usize,
}

/// A forward goto waiting for its label.
#[derive(Debug)]
pub(crate) struct Goto {
    pub(crate) name: Symbol,
    /// pc of the placeholder that becomes `Close` if the jump leaves captured locals.
    pub(crate) close_pc: i32,
    pub(crate) jump_pc: i32,
    pub(crate) line: u32,
    /// Active locals at the goto (lowered as it leaves blocks).
    pub(crate) level: usize,
    /// Lowest register of a captured local the jump may leave.
    pub(crate) captured_from: Option<usize>,
}

impl Generator {
    pub(crate) fn enter_block(&mut self, is_loop: bool) {
        // A loop's own block and its body's scope are one block body for
        // LuaJIT's syntax levels.
        self.syntax_level += usize::from(!is_loop);
        let fs = self.fs();
        let block = BlockScope {
            level: fs.actives.len(),
            captured: false,
            breaks: is_loop.then_some(super::jump::NO_JUMP),
            first_label: fs.labels.len(),
            first_goto: fs.gotos.len(),
        };
        fs.blocks.push(block);
    }

    /// Leaves the innermost block: closes captured locals, ends the scope of
    /// its locals and labels, hands its pending gotos to the enclosing block.
    pub(crate) fn leave_block(&mut self) -> Result<(), SyntaxError> {
        let block = self.fs().blocks.pop().expect("inside a block");
        self.syntax_level -= usize::from(block.breaks.is_none());
        let fs = self.fs();
        fs.labels.truncate(block.first_label);
        for goto in &mut fs.gotos[block.first_goto..] {
            goto.level = goto.level.min(block.level);
        }
        self.remove_locals(block.level);
        if block.captured && !self.fs_ref().blocks.is_empty() {
            self.emit_ad(Op::Close, block.level as u8, 0);
        }
        self.set_free_reg(block.level);
        if let Some(breaks) = block.breaks {
            self.patch_to_here(breaks);
        }
        Ok(())
    }

    /// Resolves a name to a local, an upvalue or a global.
    pub(crate) fn resolve(&mut self, name: Symbol) -> Result<ExpDesc, SyntaxError> {
        let depth = self.functions.len() - 1;
        Ok(match self.resolve_at(name, depth)? {
            Some(kind) => ExpDesc::new(kind),
            None => ExpDesc::new(ExpKind::Global(self.string_constant(name))),
        })
    }

    /// Resolves `name` in function `depth`: a local register or an upvalue.
    fn resolve_at(&mut self, name: Symbol, depth: usize) -> Result<Option<ExpKind>, SyntaxError> {
        let fs = &mut self.functions[depth];
        if let Some(reg) = fs.actives.iter().rposition(|local| local.name == name) {
            return Ok(Some(ExpKind::Local(reg as u8)));
        }
        if let Some(index) = fs.upvalue_names.iter().position(|&u| u == name) {
            return Ok(Some(ExpKind::Upvalue(index as u8)));
        }
        if depth == 0 {
            return Ok(None);
        }
        let desc = match self.resolve_at(name, depth - 1)? {
            Some(ExpKind::Local(reg)) => {
                let parent = &mut self.functions[depth - 1];
                parent.actives[usize::from(reg)].captured = true;
                let reg_level = usize::from(reg);
                if let Some(block) = parent
                    .blocks
                    .iter_mut()
                    .rev()
                    .find(|block| block.level <= reg_level)
                {
                    block.captured = true;
                }
                UpvalueDesc {
                    in_parent_registers: true,
                    index: reg,
                    name: self.text(name).into(),
                }
            }
            Some(ExpKind::Upvalue(index)) => UpvalueDesc {
                in_parent_registers: false,
                index,
                name: self.text(name).into(),
            },
            _ => return Ok(None),
        };
        Ok(Some(ExpKind::Upvalue(self.add_upvalue(name, desc, depth)?)))
    }

    /// The innermost loop block's index, if the function has one.
    fn loop_block(&self) -> Option<usize> {
        self.fs_ref()
            .blocks
            .iter()
            .rposition(|block| block.breaks.is_some())
    }

    pub(crate) fn break_statement(&mut self, line: u32) -> Result<(), SyntaxError> {
        let Some(index) = self.loop_block() else {
            return Err(self.error_at(line, "no loop to break".into()));
        };
        let level = self.fs_ref().blocks[index].level;
        if self.fs_ref().actives[level..]
            .iter()
            .any(|local| local.captured)
        {
            self.emit_ad(Op::Close, level as u8, 0);
        }
        let jump = self.jump();
        let fs = self.fs();
        let mut breaks = fs.blocks[index].breaks.take().expect("a loop block");
        self.concat_jumps(&mut breaks, jump);
        self.fs().blocks[index].breaks = Some(breaks);
        Ok(())
    }

    pub(crate) fn goto_statement(&mut self, name: Symbol, line: u32) -> Result<(), SyntaxError> {
        let level = self.fs_ref().actives.len();
        let captured_from = self
            .fs_ref()
            .actives
            .iter()
            .position(|local| local.captured);
        if let Some(label) = self
            .fs_ref()
            .labels
            .iter()
            .rev()
            .find(|label| label.name == name)
        {
            // A backward jump to a visible label.
            let (target, label_level) = (label.pc, label.level);
            if captured_from.is_some_and(|reg| reg >= label_level) {
                self.emit_ad(Op::Close, label_level as u8, 0);
            }
            let jump = self.jump();
            self.patch_list(jump, target);
            return Ok(());
        }
        let close_pc = self.emit(Instruction::j(Op::Jmp, 0));
        let jump_pc = self.emit(Instruction::j(Op::Jmp, super::jump::NO_JUMP));
        self.fs().gotos.push(Goto {
            name,
            close_pc,
            jump_pc,
            line,
            level,
            captured_from,
        });
        Ok(())
    }

    /// Defines a label. `at_block_end` is LuaJIT's rule that a label with
    /// only labels after it in its block is outside the block's locals.
    pub(crate) fn label_statement(
        &mut self,
        name: Symbol,
        line: u32,
        at_block_end: bool,
    ) -> Result<(), SyntaxError> {
        let block_first_label = self
            .fs_ref()
            .blocks
            .last()
            .expect("inside a block")
            .first_label;
        if self.fs_ref().labels[block_first_label..]
            .iter()
            .any(|label| label.name == name)
        {
            return Err(self.error_at(
                line,
                format!(
                    "duplicate label '{}'",
                    String::from_utf8_lossy(self.text(name))
                ),
            ));
        }
        let block = self.fs_ref().blocks.last().expect("inside a block");
        let level = if at_block_end {
            block.level
        } else {
            self.fs_ref().actives.len()
        };
        let first_goto = block.first_goto;
        let pc = self.mark_target();
        self.fs().labels.push(Label { name, pc, level });
        let mut index = first_goto;
        while index < self.fs_ref().gotos.len() {
            if self.fs_ref().gotos[index].name != name {
                index += 1;
                continue;
            }
            let goto = self.fs().gotos.remove(index);
            if goto.level < level {
                let local = &self.fs_ref().actives[goto.level];
                return Err(self.error_at(
                    goto.line,
                    format!(
                        "<goto {}> jumps into the scope of local '{}'",
                        String::from_utf8_lossy(self.text(name)),
                        String::from_utf8_lossy(self.text(local.name))
                    ),
                ));
            }
            if goto.captured_from.is_some_and(|reg| reg >= level) {
                self.fs().proto.code[goto.close_pc as usize] =
                    Instruction::ad(Op::Close, level as u8, 0);
            }
            self.patch_list(goto.jump_pc, pc);
        }
        Ok(())
    }

    pub(crate) fn check_undefined_gotos(&self) -> Result<(), SyntaxError> {
        match self.fs_ref().gotos.first() {
            Some(goto) => Err(self.error_at(
                goto.line,
                format!(
                    "undefined label '{}'",
                    String::from_utf8_lossy(self.text(goto.name))
                ),
            )),
            None => Ok(()),
        }
    }
}
