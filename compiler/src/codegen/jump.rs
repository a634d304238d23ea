//! Jump lists: chains of not-yet-patched jumps linked through their own
//! offset fields, as in Lua 5.1's `lcode.c`, and the patching of tests
//! that may also produce a value (`TestSet`).

use super::Generator;
use lunaris_vm::bytecode::isa::MAX_JUMP;
use lunaris_vm::bytecode::{Instruction, Op};

/// The empty jump list.
pub(crate) const NO_JUMP: i32 = -1;
/// "No register" in a `TestSet` whose value is not wanted yet.
pub(crate) const NO_REG: u8 = 255;

/// Whether an instruction is a test that controls the jump after it.
fn is_test(op: Op) -> bool {
    matches!(
        op,
        Op::EqVV
            | Op::EqVK
            | Op::EqVP
            | Op::LtVV
            | Op::LtVK
            | Op::LtKV
            | Op::LeVV
            | Op::LeVK
            | Op::LeKV
            | Op::Test
            | Op::TestSet
    )
}

impl Generator {
    /// Emits a jump joined with the jumps pending to this point.
    pub(crate) fn jump(&mut self) -> i32 {
        let pending = std::mem::replace(&mut self.fs().pending_here, NO_JUMP);
        let mut list = self.emit_raw_jump();
        self.concat_jumps(&mut list, pending);
        list
    }

    fn emit_raw_jump(&mut self) -> i32 {
        let fs = self.fs();
        fs.proto.code.push(Instruction::j(Op::Jmp, NO_JUMP));
        fs.proto.lines.push(fs.line);
        fs.proto.code.len() as i32 - 1
    }

    /// Emits a test followed by its jump; returns the jump.
    pub(crate) fn cond_jump(&mut self, op: Op, a: u8, b: u8, c: u8) -> i32 {
        self.emit_abc(op, a, b, c);
        self.jump()
    }

    /// Marks the current pc as a jump target and returns it.
    pub(crate) fn mark_target(&mut self) -> i32 {
        let pc = self.pc();
        self.fs().last_target = pc;
        pc
    }

    fn jump_target(&self, pc: i32) -> i32 {
        let offset = self.fs_ref().proto.code[pc as usize].sj();
        if offset == NO_JUMP {
            NO_JUMP
        } else {
            pc + 1 + offset
        }
    }

    /// Points jump `pc` at `dest`. An offset out of range is remembered and
    /// reported when the function is closed ("control structure too long").
    fn fix_jump(&mut self, pc: i32, dest: i32) {
        let offset = dest - (pc + 1);
        if offset.abs() > MAX_JUMP {
            self.note_jump_too_long();
            return;
        }
        let code = &mut self.fs().proto.code[pc as usize];
        *code = code.with_sj(offset);
    }

    fn note_jump_too_long(&mut self) {
        let fs = self.fs();
        fs.jump_too_long = fs.jump_too_long.or(Some(fs.line));
    }

    /// The instruction deciding jump `pc`: its test, or the jump itself.
    fn control_pc(&self, pc: i32) -> usize {
        let code = &self.fs_ref().proto.code;
        if pc >= 1 && is_test(code[pc as usize - 1].op()) {
            pc as usize - 1
        } else {
            pc as usize
        }
    }

    pub(crate) fn control(&mut self, pc: i32) -> &mut Instruction {
        let index = self.control_pc(pc);
        &mut self.fs().proto.code[index]
    }

    /// Appends list `l2` to list `l1`.
    pub(crate) fn concat_jumps(&mut self, l1: &mut i32, l2: i32) {
        if l2 == NO_JUMP {
            return;
        }
        if *l1 == NO_JUMP {
            *l1 = l2;
            return;
        }
        let mut list = *l1;
        loop {
            let next = self.jump_target(list);
            if next == NO_JUMP {
                break;
            }
            list = next;
        }
        // Linking within one function never exceeds the jump range check
        // done when the list is finally patched.
        let offset = l2 - (list + 1);
        let code = &mut self.fs().proto.code[list as usize];
        *code = code.with_sj(offset);
    }

    /// Whether some jump in the list needs a value (is not a `TestSet`).
    pub(crate) fn need_value(&self, mut list: i32) -> bool {
        while list != NO_JUMP {
            if self.fs_ref().proto.code[self.control_pc(list)].op() != Op::TestSet {
                return true;
            }
            list = self.jump_target(list);
        }
        false
    }

    /// Points a `TestSet` at `reg`, or turns it into a plain `Test`.
    fn patch_test_reg(&mut self, node: i32, reg: u8) -> bool {
        let control = *self.control(node);
        if control.op() != Op::TestSet {
            return false;
        }
        *self.control(node) = if reg != NO_REG && reg != control.b() {
            control.with_a(reg)
        } else {
            Instruction::ad(Op::Test, control.b(), u16::from(control.c()))
        };
        true
    }

    pub(crate) fn remove_values(&mut self, mut list: i32) {
        while list != NO_JUMP {
            self.patch_test_reg(list, NO_REG);
            list = self.jump_target(list);
        }
    }

    pub(crate) fn patch_list_with(
        &mut self,
        mut list: i32,
        value_target: i32,
        reg: u8,
        default_target: i32,
    ) {
        while list != NO_JUMP {
            let next = self.jump_target(list);
            let target = if self.patch_test_reg(list, reg) {
                value_target
            } else {
                default_target
            };
            self.fix_jump(list, target);
            list = next;
        }
    }

    /// Patches the jumps waiting for "the next instruction".
    pub(crate) fn discharge_pending_jumps(&mut self) {
        let pending = std::mem::replace(&mut self.fs().pending_here, NO_JUMP);
        if pending != NO_JUMP {
            let pc = self.pc();
            self.patch_list_with(pending, pc, NO_REG, pc);
        }
    }

    pub(crate) fn patch_list(&mut self, list: i32, target: i32) {
        if target == self.pc() {
            self.patch_to_here(list);
        } else {
            self.patch_list_with(list, target, NO_REG, target);
        }
    }

    pub(crate) fn patch_to_here(&mut self, list: i32) {
        self.mark_target();
        let mut pending = self.fs_ref().pending_here;
        self.concat_jumps(&mut pending, list);
        self.fs().pending_here = pending;
    }

    /// Patches a `ForPrep`/`ForLoop`/`TForLoop` 16-bit offset.
    pub(crate) fn fix_loop_jump(&mut self, pc: i32, dest: i32) {
        let offset = dest - (pc + 1);
        if !(-0x8000..0x8000).contains(&offset) {
            self.note_jump_too_long();
            return;
        }
        let code = &mut self.fs().proto.code[pc as usize];
        *code = code.with_sd(offset);
    }
}
