//! The math library (LuaJIT's `lib_math.c`), on IEEE doubles.

use lunaris_vm::{interp, Ctx, LuaError, NativeFn, Outcome, Value, Vm};

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("abs", abs),
    ("acos", acos),
    ("asin", asin),
    ("atan", atan),
    ("atan2", atan2),
    ("ceil", ceil),
    ("cos", cos),
    ("cosh", cosh),
    ("deg", deg),
    ("exp", exp),
    ("floor", floor),
    ("fmod", fmod),
    ("frexp", frexp),
    ("ldexp", ldexp),
    ("log", log),
    ("log10", log10),
    ("max", max),
    ("min", min),
    ("modf", modf),
    ("pow", pow),
    ("rad", rad),
    ("random", random),
    ("randomseed", randomseed),
    ("sin", sin),
    ("sinh", sinh),
    ("sqrt", sqrt),
    ("tan", tan),
    ("tanh", tanh),
];

/// Opens the math library.
pub fn open(vm: &mut Vm) {
    let math = crate::register_library(vm, "math", FUNCTIONS);
    vm.set_field(math, "pi", Value::number(std::f64::consts::PI));
    vm.set_field(math, "huge", Value::number(f64::INFINITY));
}

macro_rules! unary {
    ($($name:ident => $body:expr;)*) => {$(
        fn $name(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
            let x = ctx.check_number(0)?;
            let f: fn(f64) -> f64 = $body;
            ctx.ret1(Value::number(f(x)))
        }
    )*};
}

unary! {
    abs => f64::abs;
    acos => f64::acos;
    asin => f64::asin;
    atan => f64::atan;
    ceil => f64::ceil;
    cos => f64::cos;
    cosh => f64::cosh;
    deg => |x| x * (180.0 / std::f64::consts::PI);
    exp => f64::exp;
    floor => f64::floor;
    log10 => f64::log10;
    rad => |x| x * (std::f64::consts::PI / 180.0);
    sin => f64::sin;
    sinh => f64::sinh;
    sqrt => f64::sqrt;
    tan => f64::tan;
    tanh => f64::tanh;
}

fn log(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let x = ctx.check_number(0)?;
    // An explicit nil base is an error, as in LuaJIT; only a missing one is e.
    let result = if ctx.n_args() < 2 {
        x.ln()
    } else {
        let base = ctx.check_number(1)?;
        if base == 2.0 {
            x.log2()
        } else if base == 10.0 {
            x.log10()
        } else {
            x.ln() / base.ln()
        }
    };
    ctx.ret1(Value::number(result))
}

fn atan2(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let y = ctx.check_number(0)?;
    let x = ctx.check_number(1)?;
    ctx.ret1(Value::number(y.atan2(x)))
}

fn pow(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let x = ctx.check_number(0)?;
    let y = ctx.check_number(1)?;
    ctx.ret1(Value::number(interp::pow(x, y)))
}

fn fmod(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let x = ctx.check_number(0)?;
    let y = ctx.check_number(1)?;
    ctx.ret1(Value::number(x % y))
}

fn modf(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let x = ctx.check_number(0)?;
    let int_part = x.trunc();
    // As C's modf: the fraction has the sign of `x` (modf(-2) is -2, -0).
    let frac = if x.is_infinite() { 0.0 } else { x - int_part }.copysign(x);
    ctx.push(Value::number(int_part));
    ctx.push(Value::number(frac));
    Ok(Outcome::Return(2))
}

fn frexp(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let x = ctx.check_number(0)?;
    let (mantissa, exponent) = if x == 0.0 || !x.is_finite() {
        (x, 0)
    } else {
        let bits = x.to_bits();
        let raw_exponent = ((bits >> 52) & 0x7ff) as i32;
        if raw_exponent == 0 {
            // Subnormal: scale up first.
            let scaled = x * 2f64.powi(64);
            let bits = scaled.to_bits();
            let e = ((bits >> 52) & 0x7ff) as i32 - 1022 - 64;
            (f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52)), e)
        } else {
            let e = raw_exponent - 1022;
            (f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52)), e)
        }
    };
    ctx.push(Value::number(mantissa));
    ctx.push(Value::number(f64::from(exponent)));
    Ok(Outcome::Return(2))
}

fn ldexp(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let x = ctx.check_number(0)?;
    let e = ctx.check_integer(1)?;
    let mut result = x;
    let mut e = e.clamp(-2200, 2200) as i32;
    while e > 1000 {
        result *= 2f64.powi(1000);
        e -= 1000;
    }
    while e < -1000 {
        result *= 2f64.powi(-1000);
        e += 1000;
    }
    ctx.ret1(Value::number(result * 2f64.powi(e)))
}

fn max(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let mut best = ctx.check_number(0)?;
    for index in 1..ctx.n_args() {
        let x = ctx.check_number(index)?;
        // x86's maxsd, as LuaJIT: the later argument wins unless the
        // earlier is strictly greater (so NaN and -0/0 order as LuaJIT's).
        best = if best > x { best } else { x };
    }
    ctx.ret1(Value::number(best))
}

fn min(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let mut best = ctx.check_number(0)?;
    for index in 1..ctx.n_args() {
        let x = ctx.check_number(index)?;
        // x86's minsd, as LuaJIT (see `max`).
        best = if best < x { best } else { x };
    }
    ctx.ret1(Value::number(best))
}

/// A xorshift generator; the state lives in the math table's registry
/// entry as a number so it survives between calls.
fn next_random(ctx: &mut Ctx<'_>) -> f64 {
    let registry = ctx.vm.registry();
    let key = ctx.string(b"lunaris.random.state");
    let state = ctx.vm.raw_get(registry, key).as_number().unwrap_or(0.0);
    let mut x = (state as u64) ^ 0x9E37_79B9_7F4A_7C15;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    let stored = (x >> 11) as f64;
    // The registry is a plain table, so this cannot fail.
    let _ = ctx.vm.raw_set(registry, key, Value::number(stored));
    (x >> 11) as f64 / (1u64 << 53) as f64
}

fn random(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let r = next_random(ctx);
    let result = match ctx.n_args() {
        0 => r,
        1 => {
            let m = ctx.check_number(0)?.floor();
            if m < 1.0 {
                return Err(ctx.arg_error(0, "interval is empty"));
            }
            (r * m).floor() + 1.0
        }
        _ => {
            let low = ctx.check_number(0)?.floor();
            let high = ctx.check_number(1)?.floor();
            if low > high {
                return Err(ctx.arg_error(1, "interval is empty"));
            }
            (r * (high - low + 1.0)).floor() + low
        }
    };
    ctx.ret1(Value::number(result))
}

fn randomseed(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let seed = ctx.check_number(0)?;
    let registry = ctx.vm.registry();
    let key = ctx.string(b"lunaris.random.state");
    // The registry is a plain table and the key a string: this cannot fail.
    let _ = ctx
        .vm
        .raw_set(registry, key, Value::number(seed.abs().floor()));
    ctx.ret0()
}
