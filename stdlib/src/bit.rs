//! The bit library (LuaJIT's BitOp, `lib_bit.c`): operations on signed
//! 32-bit integers carried in doubles.
//!
//! Every argument goes through `check_bit`, which converts a double to an
//! int32 modulo 2^32 with round-to-nearest-even, as LuaJIT's `lj_num2bit`
//! does (add 2^52 + 2^51 and keep the low word). Shift counts use their
//! low five bits. There are no 64-bit cdata operands: Lunaris has no FFI.

use lunaris_vm::{Ctx, LuaError, NativeFn, Outcome, Value, Vm};

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("arshift", arshift),
    ("band", band),
    ("bnot", bnot),
    ("bor", bor),
    ("bswap", bswap),
    ("bxor", bxor),
    ("lshift", lshift),
    ("rol", rol),
    ("ror", ror),
    ("rshift", rshift),
    ("tobit", tobit),
    ("tohex", tohex),
];

/// Opens the bit library.
pub fn open(vm: &mut Vm) {
    crate::register_library(vm, "bit", FUNCTIONS);
}

/// A double reduced to an int32 as LuaJIT's `lj_num2bit`: the sum with
/// 2^52 + 2^51 puts the rounded integer in the low word of the mantissa.
fn num_to_bit(n: f64) -> i32 {
    (n + 6_755_399_441_055_744.0).to_bits() as u32 as i32
}

/// Argument `index` as an int32 (numbers and numeric strings).
fn check_bit(ctx: &mut Ctx<'_>, index: usize) -> Result<i32, LuaError> {
    ctx.check_number(index).map(num_to_bit)
}

fn ret_bit(ctx: &mut Ctx<'_>, x: i32) -> Result<Outcome, LuaError> {
    ctx.ret1(Value::number(f64::from(x)))
}

fn tobit(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let x = check_bit(ctx, 0)?;
    ret_bit(ctx, x)
}

fn bnot(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let x = check_bit(ctx, 0)?;
    ret_bit(ctx, !x)
}

fn bswap(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let x = check_bit(ctx, 0)?;
    ret_bit(ctx, x.swap_bytes())
}

/// Folds every argument (at least one) with `op`.
fn fold(ctx: &mut Ctx<'_>, op: fn(i32, i32) -> i32) -> Result<Outcome, LuaError> {
    let mut acc = check_bit(ctx, 0)?;
    for index in 1..ctx.n_args() {
        acc = op(acc, check_bit(ctx, index)?);
    }
    ret_bit(ctx, acc)
}

fn band(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    fold(ctx, |a, b| a & b)
}

fn bor(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    fold(ctx, |a, b| a | b)
}

fn bxor(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    fold(ctx, |a, b| a ^ b)
}

/// Applies a shift or rotation by the second argument's low five bits.
fn shift(ctx: &mut Ctx<'_>, op: fn(u32, u32) -> u32) -> Result<Outcome, LuaError> {
    let x = check_bit(ctx, 0)? as u32;
    let count = check_bit(ctx, 1)? as u32 & 31;
    ret_bit(ctx, op(x, count) as i32)
}

fn lshift(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    shift(ctx, |x, n| x << n)
}

fn rshift(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    shift(ctx, |x, n| x >> n)
}

fn arshift(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    shift(ctx, |x, n| ((x as i32) >> n) as u32)
}

fn rol(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    shift(ctx, u32::rotate_left)
}

fn ror(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    shift(ctx, u32::rotate_right)
}

/// `bit.tohex(x [, n])`: `|n|` hex digits (8 by default), uppercase when
/// `n` is negative. Matches LuaJIT 2.1's formatter quirks: the digit count
/// is kept in an 8-bit precision field, so it wraps (`n` = 255 means "no
/// precision", 300 means 44 digits), and counts below 16 mask the value
/// (`n` = 0 gives ""; `n` = -2^31 masks everything away).
fn tohex(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let x = u64::from(check_bit(ctx, 0)? as u32);
    let mut n = if ctx.n_args() < 2 {
        8
    } else {
        check_bit(ctx, 1)?
    };
    let upper = n < 0;
    if upper {
        n = n.wrapping_neg();
    }
    let precision = match (n.wrapping_add(1) as u32) & 255 {
        0 => None,
        field => Some(field as usize - 1),
    };
    let value = if n < 16 {
        // C shifts by the low bits of the 32-bit product.
        let width = (n.wrapping_mul(4) as u32) & 63;
        x & ((1u64 << width) - 1)
    } else {
        x
    };
    let digits = match (value, precision) {
        (0, Some(0)) => String::new(),
        _ if upper => format!("{value:X}"),
        _ => format!("{value:x}"),
    };
    let padding = precision.unwrap_or(0).saturating_sub(digits.len());
    let mut text = "0".repeat(padding);
    text.push_str(&digits);
    let res = ctx.string(text.as_bytes());
    ctx.ret1(res)
}
