//! THE number arithmetic of Lunaris: the one definition of what `+ - * / %
//! ^` compute on two numbers. The interpreter's fast and coercion paths,
//! the standard library and the compiler's constant folding all call
//! `ArithOp::apply` (or `modulo`/`pow`), so a folded constant is always
//! the value the running code would have produced. Metamethod fallbacks
//! are decided in meta.rs.

use crate::meta::MetaMethod;

/// A binary arithmetic operator of Lua 5.1 on numbers.
///
/// `ArithOp::apply` is bit-for-bit what the VM computes at run time,
/// including the sign of zero and NaN results; a constant folder decides
/// itself which results it is willing to fold (LuaJIT folds neither NaN
/// nor `-0`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArithOp {
    Add,
    Sub,
    Mul,
    Div,
    Mod,
    Pow,
}

impl ArithOp {
    /// Applies the operator to two numbers.
    #[inline]
    pub fn apply(self, a: f64, b: f64) -> f64 {
        match self {
            ArithOp::Add => a + b,
            ArithOp::Sub => a - b,
            ArithOp::Mul => a * b,
            ArithOp::Div => a / b,
            ArithOp::Mod => modulo(a, b),
            ArithOp::Pow => pow(a, b),
        }
    }

    /// The metamethod consulted when an operand is not a number.
    pub fn event(self) -> MetaMethod {
        match self {
            ArithOp::Add => MetaMethod::Add,
            ArithOp::Sub => MetaMethod::Sub,
            ArithOp::Mul => MetaMethod::Mul,
            ArithOp::Div => MetaMethod::Div,
            ArithOp::Mod => MetaMethod::Mod,
            ArithOp::Pow => MetaMethod::Pow,
        }
    }
}

/// Lua's `%`: `a - floor(a / b) * b`.
#[inline]
pub fn modulo(a: f64, b: f64) -> f64 {
    a - floor(a / b) * b
}

/// `f64::floor`, without the call into the software `floor` that the
/// baseline x86-64 target gets: integers below 2^52 in magnitude go
/// through a truncating conversion. Same results, signed zeros included.
#[inline]
fn floor(x: f64) -> f64 {
    if x.abs() < 4_503_599_627_370_496.0 {
        let truncated = x as i64 as f64;
        let floored = if truncated > x {
            truncated - 1.0
        } else {
            truncated
        };
        // Only x in [0, 1) and -0 floor to zero; keep the sign of -0.
        if floored == 0.0 {
            x * 0.0
        } else {
            floored
        }
    } else {
        x.floor()
    }
}

/// Lua's `^`, with C `pow`'s special cases.
#[inline]
pub fn pow(a: f64, b: f64) -> f64 {
    if b == 2.0 {
        a * a
    } else {
        a.powf(b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modulo_follows_floor_division() {
        assert_eq!(modulo(5.0, 3.0), 2.0);
        assert_eq!(modulo(-5.0, 3.0), 1.0);
        assert_eq!(modulo(5.0, -3.0), -1.0);
        assert!(modulo(5.0, 0.0).is_nan());
        assert_eq!(pow(2.0, 10.0), 1024.0);
        for x in [
            -0.0,
            0.0,
            0.5,
            -0.5,
            1.0,
            -1.0,
            2.5,
            -2.5,
            1e300,
            -1e300,
            4.5e15,
            -4.5e15,
            1e-300,
            f64::INFINITY,
            f64::NEG_INFINITY,
        ] {
            assert_eq!(floor(x).to_bits(), x.floor().to_bits(), "{x}");
        }
        assert!(floor(f64::NAN).is_nan());
    }
}
