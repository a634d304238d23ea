//! The bytecode ISA: the one table of opcodes, their operand formats and meanings.
//!
//! Everything that encodes, decodes, names or lists instructions is generated
//! from the `opcodes!` table below; no other file shifts instruction bits.
//!
//! ```text
//!  31        24 23        16 15         8 7          0
//! +------------+------------+------------+------------+
//! |     B      |     C      |     A      |     OP     |   format ABC
//! +------------+------------+------------+------------+
//! |          D (16 bits)    |     A      |     OP     |   format AD / AsD
//! +-------------------------+------------+------------+
//! |                J (24 bits)           |     OP     |   format J
//! +--------------------------------------+------------+
//! ```
//!
//! Limits: registers 0..=249 (LuaJIT's 250 slots), constants referenced by
//! `D` up to 65535, by `B`/`C` up to 255 (larger indices load the constant
//! into a register first). Signed `D` and `J` are stored with a bias.
//!
//! Suffix legend for specialized variants (as LuaJIT's `lj_bc.h`):
//! `VV` register with register, `VK` register with constant, `KV` constant
//! with register, `VP` register with a primitive (`nil`, `false`, `true`).

/// The largest register number a function may use.
pub const MAX_REGISTERS: usize = 250;
/// Bias of a signed 16-bit `D` operand.
const SD_BIAS: i32 = 0x8000;
/// Bias of a signed 24-bit `J` operand.
const SJ_BIAS: i32 = 0x80_0000;
/// The range of a signed jump offset.
pub const MAX_JUMP: i32 = SJ_BIAS - 1;

/// How the 24 operand bits of an instruction are split.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Three 8-bit operands.
    ABC,
    /// An 8-bit `A` and an unsigned 16-bit `D`.
    AD,
    /// An 8-bit `A` and a signed 16-bit `D`.
    AsD,
    /// One signed 24-bit jump offset.
    J,
}

/// What an operand means, for listings and checks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Operand {
    /// Not used.
    Unused,
    /// A register that is written.
    Dst,
    /// A register that is read.
    Reg,
    /// A base register of a range (calls, returns, loops).
    Base,
    /// An index into the constant table.
    Const,
    /// A string constant used as a table key.
    Key,
    /// An index into the upvalue list.
    Upval,
    /// A nested prototype index.
    Proto,
    /// A small unsigned literal.
    Lit,
    /// A count, where 0 means "up to the stack top" (see the notes).
    Count,
    /// A primitive: 0 nil, 1 false, 2 true.
    Prim,
    /// A relative jump target.
    Jump,
}

macro_rules! opcodes {
    ($( $(#[doc = $doc:literal])* $name:ident = $format:ident($a:ident, $b:ident, $c:ident); )*) => {
        /// Every opcode of the VM.
        #[repr(u8)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Op {
            $( $(#[doc = $doc])* $name, )*
        }

        impl Op {
            /// All opcodes in encoding order.
            pub const ALL: &'static [Op] = &[$(Op::$name),*];

            /// The opcode's name as listings print it.
            pub fn name(self) -> &'static str {
                match self { $(Op::$name => stringify!($name),)* }
            }

            /// The operand layout of the opcode.
            pub fn format(self) -> Format {
                match self { $(Op::$name => Format::$format,)* }
            }

            /// The meaning of operands A, B (or D, J) and C.
            pub fn operands(self) -> [Operand; 3] {
                match self { $(Op::$name => [Operand::$a, Operand::$b, Operand::$c],)* }
            }

            /// The semantics line written beside the opcode in the table.
            pub fn semantics(self) -> &'static str {
                match self { $(Op::$name => concat!($($doc),*).trim_start(),)* }
            }

            /// Decodes an opcode byte. Written as a match (not a lookup in
            /// `ALL`) so the compiler sees the identity and the interpreter's
            /// dispatch indexes its jump table with the byte directly.
            #[inline]
            pub fn from_byte(byte: u8) -> Option<Op> {
                #![allow(non_upper_case_globals)]
                $( const $name: u8 = Op::$name as u8; )*
                match byte {
                    $( $name => Some(Op::$name), )*
                    _ => None,
                }
            }
        }
    };
}

opcodes! {
    /// R(A) := R(D)
    Move = AD(Dst, Reg, Unused);
    /// R(A) := K(D)
    LoadK = AD(Dst, Const, Unused);
    /// R(A) := signed literal sD (a small integer as a number)
    LoadInt = AsD(Dst, Lit, Unused);
    /// R(A) := primitive D (0 nil, 1 false, 2 true)
    LoadPrim = AD(Dst, Prim, Unused);
    /// R(A), ..., R(A+D) := nil
    LoadNil = AD(Dst, Lit, Unused);
    /// R(A) := Upvalue[D]
    GetUpval = AD(Dst, Upval, Unused);
    /// Upvalue[D] := R(A)
    SetUpval = AD(Reg, Upval, Unused);
    /// R(A) := Env[K(D)]
    GetGlobal = AD(Dst, Key, Unused);
    /// Env[K(D)] := R(A)
    SetGlobal = AD(Reg, Key, Unused);
    /// R(A) := R(B)[R(C)]
    GetTable = ABC(Dst, Reg, Reg);
    /// R(A) := R(B)[K(C)], K(C) a string
    GetField = ABC(Dst, Reg, Key);
    /// R(A) := R(B)[C], C a literal integer
    GetIndex = ABC(Dst, Reg, Lit);
    /// R(A)[R(B)] := R(C)
    SetTable = ABC(Reg, Reg, Reg);
    /// R(A)[K(B)] := R(C), K(B) a string
    SetField = ABC(Reg, Key, Reg);
    /// R(A)[B] := R(C), B a literal integer
    SetIndex = ABC(Reg, Lit, Reg);
    /// R(A) := {} with room for B array and C hash entries (each capped at 255)
    NewTable = ABC(Dst, Lit, Lit);
    /// R(A)[n+i] := R(A+i) for 1 <= i <= B, n read from the next word; B = 0: up to top
    SetList = ABC(Base, Count, Unused);
    /// R(A+1) := R(B); R(A) := R(B)[K(C)]
    SelfCall = ABC(Dst, Reg, Key);
    /// R(A) := R(B) + R(C)
    AddVV = ABC(Dst, Reg, Reg);
    /// R(A) := R(B) + K(C)
    AddVK = ABC(Dst, Reg, Const);
    /// R(A) := K(B) + R(C)
    AddKV = ABC(Dst, Const, Reg);
    /// R(A) := R(B) - R(C)
    SubVV = ABC(Dst, Reg, Reg);
    /// R(A) := R(B) - K(C)
    SubVK = ABC(Dst, Reg, Const);
    /// R(A) := K(B) - R(C)
    SubKV = ABC(Dst, Const, Reg);
    /// R(A) := R(B) * R(C)
    MulVV = ABC(Dst, Reg, Reg);
    /// R(A) := R(B) * K(C)
    MulVK = ABC(Dst, Reg, Const);
    /// R(A) := K(B) * R(C)
    MulKV = ABC(Dst, Const, Reg);
    /// R(A) := R(B) / R(C)
    DivVV = ABC(Dst, Reg, Reg);
    /// R(A) := R(B) / K(C)
    DivVK = ABC(Dst, Reg, Const);
    /// R(A) := K(B) / R(C)
    DivKV = ABC(Dst, Const, Reg);
    /// R(A) := R(B) % R(C)
    ModVV = ABC(Dst, Reg, Reg);
    /// R(A) := R(B) % K(C)
    ModVK = ABC(Dst, Reg, Const);
    /// R(A) := K(B) % R(C)
    ModKV = ABC(Dst, Const, Reg);
    /// R(A) := R(B) ^ R(C)
    PowVV = ABC(Dst, Reg, Reg);
    /// R(A) := R(B) ^ K(C)
    PowVK = ABC(Dst, Reg, Const);
    /// R(A) := K(B) ^ R(C)
    PowKV = ABC(Dst, Const, Reg);
    /// R(A) := -R(D)
    Unm = AD(Dst, Reg, Unused);
    /// R(A) := not R(D)
    Not = AD(Dst, Reg, Unused);
    /// R(A) := #R(D)
    Len = AD(Dst, Reg, Unused);
    /// R(A) := R(B) .. ... .. R(C)
    Concat = ABC(Dst, Reg, Reg);
    /// pc += sJ
    Jmp = J(Jump, Unused, Unused);
    /// if (R(B) == R(C)) ~= A then pc++
    EqVV = ABC(Lit, Reg, Reg);
    /// if (R(B) == K(C)) ~= A then pc++
    EqVK = ABC(Lit, Reg, Const);
    /// if (R(B) == primitive C) ~= A then pc++
    EqVP = ABC(Lit, Reg, Prim);
    /// if (R(B) < R(C)) ~= A then pc++
    LtVV = ABC(Lit, Reg, Reg);
    /// if (R(B) < K(C)) ~= A then pc++
    LtVK = ABC(Lit, Reg, Const);
    /// if (K(B) < R(C)) ~= A then pc++
    LtKV = ABC(Lit, Const, Reg);
    /// if (R(B) <= R(C)) ~= A then pc++
    LeVV = ABC(Lit, Reg, Reg);
    /// if (R(B) <= K(C)) ~= A then pc++
    LeVK = ABC(Lit, Reg, Const);
    /// if (K(B) <= R(C)) ~= A then pc++
    LeKV = ABC(Lit, Const, Reg);
    /// if truthy(R(A)) ~= D then pc++
    Test = AD(Reg, Lit, Unused);
    /// if truthy(R(B)) == C then R(A) := R(B) else pc++
    TestSet = ABC(Dst, Reg, Lit);
    /// R(A), ..., R(A+C-2) := R(A)(R(A+1), ..., R(A+B-1))
    Call = ABC(Base, Count, Count);
    /// return R(A)(R(A+1), ..., R(A+B-1))
    TailCall = ABC(Base, Count, Unused);
    /// return R(A), ..., R(A+B-2)
    Return = ABC(Base, Count, Unused);
    /// check the loop operands; if the loop runs R(A+3) := R(A) else pc += sD + 1 (sD reaches its ForLoop)
    ForPrep = AsD(Base, Jump, Unused);
    /// R(A) += R(A+2); if R(A) <?= R(A+1) then { R(A+3) := R(A); pc += sD }
    ForLoop = AsD(Base, Jump, Unused);
    /// R(A+3), ..., R(A+2+D) := R(A)(R(A+1), R(A+2))
    TForCall = AD(Base, Lit, Unused);
    /// if R(A+1) ~= nil then { R(A) := R(A+1); pc += sD }
    TForLoop = AsD(Base, Jump, Unused);
    /// close all upvalues >= R(A)
    Close = AD(Base, Unused, Unused);
    /// R(A) := closure(Proto[D])
    Closure = AD(Dst, Proto, Unused);
    /// R(A), ..., R(A+B-2) := vararg
    VarArg = ABC(Base, Count, Unused);
}

/// One encoded instruction.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Instruction(u32);

impl Instruction {
    /// Encodes an ABC instruction.
    pub fn abc(op: Op, a: u8, b: u8, c: u8) -> Instruction {
        debug_assert_eq!(op.format(), Format::ABC);
        Instruction(op as u32 | u32::from(a) << 8 | u32::from(c) << 16 | u32::from(b) << 24)
    }

    /// Encodes an AD instruction.
    pub fn ad(op: Op, a: u8, d: u16) -> Instruction {
        debug_assert_eq!(op.format(), Format::AD);
        Instruction(op as u32 | u32::from(a) << 8 | u32::from(d) << 16)
    }

    /// Encodes an AsD instruction; `sd` must fit in 16 signed bits.
    pub fn asd(op: Op, a: u8, sd: i32) -> Instruction {
        debug_assert_eq!(op.format(), Format::AsD);
        debug_assert!((-SD_BIAS..SD_BIAS).contains(&sd));
        Instruction(op as u32 | u32::from(a) << 8 | ((sd + SD_BIAS) as u32) << 16)
    }

    /// Encodes a J instruction; `sj` must be within `MAX_JUMP`.
    pub fn j(op: Op, sj: i32) -> Instruction {
        debug_assert_eq!(op.format(), Format::J);
        debug_assert!((-SJ_BIAS..SJ_BIAS).contains(&sj));
        Instruction(op as u32 | ((sj + SJ_BIAS) as u32) << 8)
    }

    /// A raw data word (the start index following `SetList`).
    pub fn raw(word: u32) -> Instruction {
        Instruction(word)
    }

    /// The raw word.
    pub fn bits(self) -> u32 {
        self.0
    }

    /// The opcode.
    #[inline]
    pub fn op(self) -> Op {
        // The compiler only ever encodes valid opcodes, and raw words are
        // skipped by every reader (see the notes on `SetList`).
        Op::from_byte(self.0 as u8).expect("instruction holds a valid opcode")
    }

    /// Operand A.
    pub fn a(self) -> u8 {
        (self.0 >> 8) as u8
    }

    /// Operand B.
    pub fn b(self) -> u8 {
        (self.0 >> 24) as u8
    }

    /// Operand C.
    pub fn c(self) -> u8 {
        (self.0 >> 16) as u8
    }

    /// Operand D, unsigned.
    pub fn d(self) -> u16 {
        (self.0 >> 16) as u16
    }

    /// Operand D, signed.
    pub fn sd(self) -> i32 {
        (self.0 >> 16) as i32 - SD_BIAS
    }

    /// Operand J, signed.
    pub fn sj(self) -> i32 {
        (self.0 >> 8) as i32 - SJ_BIAS
    }

    /// Returns a copy with the signed D operand replaced (jump patching).
    pub fn with_sd(self, sd: i32) -> Instruction {
        Instruction::asd(self.op(), self.a(), sd)
    }

    /// Returns a copy with the signed J operand replaced (jump patching).
    pub fn with_sj(self, sj: i32) -> Instruction {
        Instruction::j(self.op(), sj)
    }

    /// Returns a copy with operand A replaced.
    pub fn with_a(self, a: u8) -> Instruction {
        Instruction(self.0 & !0xff00 | u32::from(a) << 8)
    }
}

impl std::fmt::Debug for Instruction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}({:#010x})", self.op(), self.0)
    }
}

const _: () = assert!(MAX_REGISTERS <= 256);

// Notes.
// - `Count` operands store n+1: 0 means "up to the stack top", as set by the
//   previous `Call` with C = 0 or `VarArg` with B = 0. `Call` C = 1 keeps no
//   results; `Return` B = 1 returns nothing.
// - `SetList` is followed by one raw word holding the array index of its first
//   element minus one. Readers step over it; nothing else emits raw words.
// - Comparisons (`Eq*`, `Lt*`, `Le*`), `Test` and `TestSet` are always
//   followed by a `Jmp`: when the comparison result equals A the jump is
//   taken, otherwise it is skipped.
// - The body follows `ForPrep`. Its sD reaches the matching `ForLoop` (so
//   listings show the pair); when the loop does not run, execution goes on
//   after that `ForLoop` (LuaJIT's FORI). `ForLoop` jumps back to the body.
//   `TForCall` is always followed by its `TForLoop`.

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn operands_round_trip() {
        let i = Instruction::abc(Op::AddVK, 7, 200, 255);
        assert_eq!((i.op(), i.a(), i.b(), i.c()), (Op::AddVK, 7, 200, 255));
        let i = Instruction::ad(Op::LoadK, 3, 65535);
        assert_eq!((i.op(), i.a(), i.d()), (Op::LoadK, 3, 65535));
        let i = Instruction::asd(Op::ForLoop, 1, -32768);
        assert_eq!((i.op(), i.a(), i.sd()), (Op::ForLoop, 1, -32768));
        let i = Instruction::j(Op::Jmp, -MAX_JUMP);
        assert_eq!((i.op(), i.sj()), (Op::Jmp, -MAX_JUMP));
        assert_eq!(i.with_sj(12).sj(), 12);
    }

    #[test]
    fn every_opcode_has_semantics() {
        for op in Op::ALL {
            assert!(!op.semantics().is_empty(), "{op:?}");
            assert_eq!(Op::from_byte(*op as u8), Some(*op));
        }
    }
}
