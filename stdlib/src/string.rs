//! The string library (LuaJIT's `lib_string.c`): byte-string functions and
//! `string.format`. Strings share a metatable whose `__index` is this
//! table, so `("x"):rep(3)` works.

use lunaris_vm::native::Completion;
use lunaris_vm::{number, Ctx, LuaError, NativeFn, Outcome, Type, Value, Vm};

use crate::convert::{convert_tostring_from, store_converted};

mod matching;
pub mod pattern;

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("byte", byte),
    ("char", char),
    ("find", matching::find),
    ("format", format),
    ("gmatch", matching::gmatch),
    ("gsub", matching::gsub),
    ("len", len),
    ("lower", lower),
    ("match", matching::match_),
    ("rep", rep),
    ("reverse", reverse),
    ("sub", sub),
    ("upper", upper),
];

/// The longest string `rep` and `format` build (LuaJIT's `LJ_MAX_STR`).
const MAX_STRING: usize = 0x7fff_ff00;

/// Opens the string library and the string metatable.
pub fn open(vm: &mut Vm) {
    let string_table = crate::register_library(vm, "string", FUNCTIONS);
    let metatable = vm.new_table();
    let metatable_ref = metatable.as_table().expect("a new table");
    vm.set_field(metatable_ref, "__index", Value::table(string_table));
    vm.set_string_metatable(Some(metatable_ref));
}

/// Lua 5.1's `posrelat`: negative positions count from the end.
fn relative_position(position: i64, len: usize) -> i64 {
    if position < 0 {
        len as i64 + position + 1
    } else {
        position
    }
}

fn len(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let s = ctx.check_string(0)?;
    let n = ctx.vm.heap.string(s).len();
    ctx.ret1(Value::number(n as f64))
}

fn sub(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let bytes = ctx.check_bytes(0)?;
    let len = bytes.len();
    let start = relative_position(ctx.check_integer(1)?, len).max(1);
    let end = relative_position(ctx.opt_integer(2, -1)?, len).min(len as i64);
    let result = if start > end {
        ctx.string(b"")
    } else {
        ctx.string(&bytes[start as usize - 1..end as usize])
    };
    ctx.ret1(result)
}

fn rep(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let bytes = ctx.check_bytes(0)?;
    let count = ctx.check_integer(1)?;
    let separator = match ctx.opt_string(2)? {
        Some(s) => ctx.vm.heap.string(s).as_bytes().to_vec(),
        None => Vec::new(),
    };
    if count <= 0 {
        let empty = ctx.string(b"");
        return ctx.ret1(empty);
    }
    let count = count as usize;
    let total = (bytes.len() + separator.len())
        .checked_mul(count)
        .filter(|&total| total < MAX_STRING);
    let Some(total) = total else {
        return Err(ctx.error("not enough memory"));
    };
    let mut out = Vec::with_capacity(total);
    for i in 0..count {
        if i > 0 {
            out.extend_from_slice(&separator);
        }
        out.extend_from_slice(&bytes);
    }
    let result = ctx.string(&out);
    ctx.ret1(result)
}

fn reverse(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let mut bytes = ctx.check_bytes(0)?;
    bytes.reverse();
    let result = ctx.string(&bytes);
    ctx.ret1(result)
}

fn lower(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let bytes = ctx.check_bytes(0)?.to_ascii_lowercase();
    let result = ctx.string(&bytes);
    ctx.ret1(result)
}

fn upper(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let bytes = ctx.check_bytes(0)?.to_ascii_uppercase();
    let result = ctx.string(&bytes);
    ctx.ret1(result)
}

fn byte(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let bytes = ctx.check_bytes(0)?;
    let len = bytes.len();
    let start = relative_position(ctx.opt_integer(1, 1)?, len);
    let end = relative_position(ctx.opt_integer(2, start)?, len);
    let start = start.max(1);
    let end = end.min(len as i64);
    if start > end {
        return ctx.ret0();
    }
    for &b in &bytes[start as usize - 1..end as usize] {
        ctx.push(Value::number(f64::from(b)));
    }
    Ok(Outcome::Return((end - start + 1) as usize))
}

fn char(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let mut bytes = Vec::with_capacity(ctx.n_args());
    for index in 0..ctx.n_args() {
        let code = ctx.check_integer(index)?;
        match u8::try_from(code) {
            Ok(b) => bytes.push(b),
            Err(_) => return Err(ctx.arg_error(index, "invalid value")),
        }
    }
    let result = ctx.string(&bytes);
    ctx.ret1(result)
}

/// One `%` conversion's flags, width and precision.
#[derive(Default)]
struct Spec {
    left: bool,
    zero: bool,
    plus: bool,
    space: bool,
    alternate: bool,
    width: usize,
    precision: Option<usize>,
}

impl Spec {
    /// Pads `body` (which may start with a sign, then a `0x` prefix) to
    /// the width; zeros go after the sign and prefix, as in C.
    fn pad(&self, body: &[u8], numeric: bool, out: &mut Vec<u8>) {
        let fill = self.width.saturating_sub(body.len());
        if self.left {
            out.extend_from_slice(body);
            out.extend(std::iter::repeat_n(b' ', fill));
        } else if self.zero && numeric {
            let mut sign_len = usize::from(matches!(body.first(), Some(b'-' | b'+' | b' ')));
            if matches!(body.get(sign_len..sign_len + 2), Some(b"0x" | b"0X")) {
                sign_len += 2;
            }
            out.extend_from_slice(&body[..sign_len]);
            out.extend(std::iter::repeat_n(b'0', fill));
            out.extend_from_slice(&body[sign_len..]);
        } else {
            out.extend(std::iter::repeat_n(b' ', fill));
            out.extend_from_slice(body);
        }
    }

    fn sign(&self, negative: bool) -> &'static str {
        if negative {
            "-"
        } else if self.plus {
            "+"
        } else if self.space {
            " "
        } else {
            ""
        }
    }
}

/// `string.format`: first every argument with a `__tostring` metamethod is
/// converted through it (one Lua call at a time), then the text is built.
fn format(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    ctx.check_bytes(0)?;
    ctx.push(Value::number(1.0));
    convert_from(ctx, 1)
}

/// Slot layout: the arguments, then the index of the next argument to
/// look at, then a `__tostring` call.
fn convert_from(ctx: &mut Ctx<'_>, index: usize) -> Result<Outcome, LuaError> {
    if let Some(call) = convert_tostring_from(ctx, index, format_continue) {
        return call;
    }
    build(ctx)
}

fn format_continue(ctx: &mut Ctx<'_>, _: Completion) -> Result<Outcome, LuaError> {
    let next = store_converted(ctx);
    convert_from(ctx, next)
}

fn build(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let mut out = Vec::new();
    format_into(ctx, 0, &mut out)?;
    let result = ctx.string(&out);
    ctx.ret1(result)
}

/// Appends to `out` the text `string.format` makes from the template in
/// argument `template` and the arguments after it (already converted
/// through `__tostring`). On an error `out` keeps the text made so far,
/// which the string buffer's `putf` keeps as LuaJIT's does.
pub(crate) fn format_into(
    ctx: &mut Ctx<'_>,
    template: usize,
    out: &mut Vec<u8>,
) -> Result<(), LuaError> {
    let mut arg = template;
    let template = ctx.check_bytes(template)?;
    let mut pos = 0;
    while pos < template.len() {
        let c = template[pos];
        pos += 1;
        if c != b'%' {
            out.push(c);
            continue;
        }
        if template.get(pos) == Some(&b'%') {
            out.push(b'%');
            pos += 1;
            continue;
        }
        let spec_start = pos;
        let mut spec = Spec::default();
        while let Some(&flag) = template.get(pos) {
            match flag {
                b'-' => spec.left = true,
                b'0' => spec.zero = true,
                b'+' => spec.plus = true,
                b' ' => spec.space = true,
                b'#' => spec.alternate = true,
                _ => break,
            }
            pos += 1;
        }
        let digits = |pos: &mut usize| {
            let start = *pos;
            while template.get(*pos).is_some_and(u8::is_ascii_digit) && *pos - start < 2 {
                *pos += 1;
            }
            std::str::from_utf8(&template[start..*pos])
                .ok()?
                .parse::<usize>()
                .ok()
        };
        spec.width = digits(&mut pos).unwrap_or(0);
        if template.get(pos) == Some(&b'.') {
            pos += 1;
            spec.precision = Some(digits(&mut pos).unwrap_or(0));
        }
        let Some(&conversion) = template.get(pos) else {
            return Err(invalid_option(ctx, &template[spec_start - 1..]));
        };
        pos += 1;
        arg += 1;
        if b"diuoxXceEfFgGqsp".contains(&conversion) {
            ctx.check_any(arg)?;
        }
        match conversion {
            b'd' | b'i' => {
                let n = ctx.check_number(arg)?;
                let n = c_int64(n);
                let digits = with_precision(n.unsigned_abs().to_string(), spec.precision);
                let body = format!("{}{}", spec.sign(n < 0), digits);
                spec.zero &= spec.precision.is_none();
                spec.pad(body.as_bytes(), true, out);
            }
            b'u' | b'o' | b'x' | b'X' | b'c' => {
                let n = ctx.check_number(arg)?;
                let n = c_uint64(n);
                if conversion == b'c' {
                    spec.pad(&[n as u8], false, out);
                    continue;
                }
                let precision = spec.precision;
                let body = match conversion {
                    // C's '#' for octal makes the first digit a 0.
                    b'o' => {
                        let digits = with_precision(format!("{n:o}"), precision);
                        if spec.alternate && !digits.starts_with('0') {
                            format!("0{digits}")
                        } else {
                            digits
                        }
                    }
                    b'x' | b'X' => {
                        let digits = if conversion == b'x' {
                            format!("{n:x}")
                        } else {
                            format!("{n:X}")
                        };
                        let prefix = match (spec.alternate && n != 0, conversion) {
                            (false, _) => "",
                            (true, b'x') => "0x",
                            (true, _) => "0X",
                        };
                        format!("{prefix}{}", with_precision(digits, precision))
                    }
                    _ => with_precision(n.to_string(), precision),
                };
                spec.zero &= precision.is_none();
                spec.pad(body.as_bytes(), true, out);
            }
            b'a' | b'A' => {
                let n = ctx.check_number(arg)?;
                let body = hex_float(n, conversion == b'A', &spec);
                spec.pad(body.as_bytes(), false, out);
            }
            b'e' | b'E' | b'f' | b'F' | b'g' | b'G' => {
                let n = ctx.check_number(arg)?;
                let body = format_float(n, conversion, &spec);
                spec.pad(body.as_bytes(), n.is_finite(), out);
            }
            b'q' => {
                // LuaJIT quotes what tostring gives for numbers, nil and booleans.
                let value = ctx.check_any(arg)?;
                let bytes = ctx
                    .vm
                    .to_bytes(value)
                    .unwrap_or_else(|| ctx.vm.to_display(value));
                quote(&bytes, out);
            }
            b'p' => {
                // Values that are not objects have no address: LuaJIT prints
                // NULL for them, ignoring the width.
                let value = ctx.check_any(arg)?;
                if matches!(value.type_of(), Type::Nil | Type::Boolean | Type::Number) {
                    out.extend_from_slice(b"NULL");
                } else {
                    let shown = ctx.vm.to_display(value);
                    let address = shown
                        .iter()
                        .position(|&b| b == b'0')
                        .map_or(&shown[..], |at| &shown[at..]);
                    spec.pad(address, false, out);
                }
            }
            b's' => {
                let value = ctx.check_any(arg)?;
                let mut bytes = match ctx.vm.to_bytes(value) {
                    Some(bytes) => bytes,
                    None => ctx.vm.to_display(value),
                };
                if let Some(precision) = spec.precision {
                    bytes.truncate(precision);
                }
                spec.pad(&bytes, false, out);
            }
            _ => return Err(invalid_option(ctx, &template[spec_start - 1..pos])),
        }
        if out.len() >= MAX_STRING {
            return Err(ctx.error("not enough memory"));
        }
    }
    Ok(())
}

/// `nan` or `inf` after `sign`, in the conversion's case.
fn non_finite(n: f64, upper: bool, sign: &str) -> String {
    let text = if n.is_nan() { "nan" } else { "inf" };
    if upper {
        format!("{sign}{}", text.to_uppercase())
    } else {
        format!("{sign}{text}")
    }
}

/// `%a`: a hexadecimal float as LuaJIT prints it: subnormals normalized,
/// trailing zeros dropped without a precision, and rounding (half up) that
/// may carry into the leading digit (`%.0a` of 1.5 is `0x2p+0`).
fn hex_float(n: f64, upper: bool, spec: &Spec) -> String {
    let sign = spec.sign(n.is_sign_negative());
    if !n.is_finite() {
        return non_finite(n, upper, sign);
    }
    let bits = n.abs().to_bits();
    let (mut mantissa, mut exponent) = ((bits & ((1 << 52) - 1)), ((bits >> 52) as i64) - 1023);
    let mut lead: u64 = 1;
    if n == 0.0 {
        lead = 0;
        exponent = 0;
    } else if exponent == -1023 {
        // Subnormal: shift the first set bit into the leading digit.
        exponent = -1022;
        while mantissa & (1 << 52) == 0 {
            mantissa <<= 1;
            exponent -= 1;
        }
        mantissa &= (1 << 52) - 1;
    }
    let mut digits: Vec<u8> = (0..13)
        .rev()
        .map(|i| ((mantissa >> (i * 4)) & 0xf) as u8)
        .collect();
    match spec.precision {
        Some(precision) if precision < 13 => {
            let round_up = digits[precision] >= 8;
            digits.truncate(precision);
            if round_up {
                let mut carry = true;
                for digit in digits.iter_mut().rev() {
                    if *digit == 15 {
                        *digit = 0;
                    } else {
                        *digit += 1;
                        carry = false;
                        break;
                    }
                }
                if carry {
                    lead += 1;
                }
            }
        }
        Some(precision) => digits.resize(precision, 0),
        None => {
            while digits.last() == Some(&0) {
                digits.pop();
            }
        }
    }
    let hex = |d: u64| {
        let c = char::from_digit(d as u32, 16).expect("a hex digit");
        if upper {
            c.to_ascii_uppercase()
        } else {
            c
        }
    };
    let mut out = format!("{sign}{}{}", if upper { "0X" } else { "0x" }, hex(lead));
    if !digits.is_empty() || spec.alternate {
        out.push('.');
        out.extend(digits.iter().map(|&d| hex(u64::from(d))));
    }
    out.push(if upper { 'P' } else { 'p' });
    out.push_str(&format!(
        "{}{}",
        if exponent < 0 { '-' } else { '+' },
        exponent.abs()
    ));
    out
}

/// A number as LuaJIT converts it for `%d`: C's (int64_t) cast on x86,
/// which gives the most negative integer for NaN and values out of range.
fn c_int64(n: f64) -> i64 {
    const LIMIT: f64 = 9_223_372_036_854_775_808.0;
    if (-LIMIT..LIMIT).contains(&n) {
        n as i64
    } else {
        i64::MIN
    }
}

/// A number as LuaJIT converts it for `%u %o %x %X %c` (`lj_num2u64`):
/// values from 2^63 up wrap through the signed conversion.
fn c_uint64(n: f64) -> u64 {
    const TWO_63: f64 = 9_223_372_036_854_775_808.0;
    if n >= TWO_63 {
        c_int64(n - 2.0 * TWO_63) as u64
    } else {
        c_int64(n) as u64
    }
}

/// C's precision for integer conversions: at least that many digits (and
/// none at all for a zero with precision 0).
fn with_precision(digits: String, precision: Option<usize>) -> String {
    match precision {
        Some(0) if digits == "0" => String::new(),
        Some(precision) if digits.len() < precision => {
            "0".repeat(precision - digits.len()) + &digits
        }
        _ => digits,
    }
}

fn invalid_option(ctx: &mut Ctx<'_>, option: &[u8]) -> LuaError {
    let message = format!(
        "invalid option '{}' to 'format'",
        String::from_utf8_lossy(option)
    );
    ctx.error(&message)
}

/// `%e`, `%f` and `%g` with C's rules.
fn format_float(n: f64, conversion: u8, spec: &Spec) -> String {
    let upper = conversion.is_ascii_uppercase();
    let sign = spec.sign(n.is_sign_negative() && !(n.is_nan()));
    if !n.is_finite() {
        return non_finite(n, upper, sign);
    }
    let precision = spec.precision.unwrap_or(6);
    let magnitude = n.abs();
    let body = match conversion.to_ascii_lowercase() {
        b'f' => number::format_fixed(magnitude, precision, spec.alternate),
        b'e' => number::format_exponent(magnitude, precision, spec.alternate),
        _ if spec.alternate => alternate_general(magnitude, precision.max(1)),
        _ => {
            let mut text = String::new();
            number::format_general(magnitude, precision.max(1), &mut text);
            text
        }
    };
    let body = if upper { body.to_uppercase() } else { body };
    format!("{sign}{body}")
}

/// C's `%#g`: like `%g`, but the point and trailing zeros stay.
fn alternate_general(magnitude: f64, precision: usize) -> String {
    let scientific = number::format_exponent(magnitude, precision - 1, true);
    let exponent: i64 = scientific
        .rsplit_once('e')
        .and_then(|(_, e)| e.parse().ok())
        .unwrap_or(0);
    if exponent < -4 || exponent >= precision as i64 {
        scientific
    } else {
        number::format_fixed(magnitude, (precision as i64 - 1 - exponent) as usize, true)
    }
}

/// `%q`, as LuaJIT's `lj_strfmt_putquoted`.
fn quote(bytes: &[u8], out: &mut Vec<u8>) {
    out.push(b'"');
    for (pos, &c) in bytes.iter().enumerate() {
        match c {
            b'"' | b'\\' | b'\n' => {
                out.push(b'\\');
                out.push(c);
            }
            0 => {
                let next_is_digit = bytes.get(pos + 1).is_some_and(u8::is_ascii_digit);
                out.extend_from_slice(if next_is_digit { b"\\000" } else { b"\\0" });
            }
            c if c < 32 || c == 127 => {
                let next_is_digit = bytes.get(pos + 1).is_some_and(u8::is_ascii_digit);
                if next_is_digit || c >= 100 {
                    out.extend_from_slice(format!("\\{c:03}").as_bytes());
                } else {
                    out.extend_from_slice(format!("\\{c}").as_bytes());
                }
            }
            _ => out.push(c),
        }
    }
    out.push(b'"');
}
