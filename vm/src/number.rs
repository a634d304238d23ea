//! Numbers as text: parsing (source literals and string coercion) and
//! `%.14g` formatting. The only home of this logic: the lexer, `tonumber`,
//! arithmetic coercion and `tostring` all call these functions.
//!
//! Parsing follows LuaJIT's `lj_strscan` for plain doubles: decimal numbers
//! with optional fraction and exponent, hexadecimal numbers with optional
//! fraction and binary exponent (`0x1.8p3`). The words `inf`, `infinity`
//! and `nan` are numbers in strings (`parse_string`), never in source.

/// Parses a number literal as it appears in source (no sign, no spaces).
pub fn parse_literal(text: &[u8]) -> Option<f64> {
    if text.len() > 2 && text[0] == b'0' && (text[1] | 0x20) == b'x' {
        parse_hex(&text[2..])
    } else {
        parse_decimal(text)
    }
}

/// Converts a string to a number as LuaJIT's `tonumber` and arithmetic
/// coercion do (`lj_strscan` with `LJ_STRSCAN_OPT_TONUM`): surrounding
/// whitespace and one leading sign are allowed, and besides literals the
/// words `inf`, `infinity` and `nan` in any case are numbers.
pub fn parse_string(text: &[u8]) -> Option<f64> {
    let text = trim_space(text);
    let (negative, digits) = match text.first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let value = parse_literal(digits).or_else(|| parse_special(digits))?;
    Some(if negative { -value } else { value })
}

/// `inf`, `infinity` and `nan`, in any case.
fn parse_special(word: &[u8]) -> Option<f64> {
    if word.eq_ignore_ascii_case(b"inf") || word.eq_ignore_ascii_case(b"infinity") {
        Some(f64::INFINITY)
    } else if word.eq_ignore_ascii_case(b"nan") {
        Some(f64::NAN)
    } else {
        None
    }
}

fn trim_space(mut text: &[u8]) -> &[u8] {
    while let [first, rest @ ..] = text {
        if !is_space(*first) {
            break;
        }
        text = rest;
    }
    while let [rest @ .., last] = text {
        if !is_space(*last) {
            break;
        }
        text = rest;
    }
    text
}

/// Lua's `isspace` set.
pub fn is_space(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

fn parse_decimal(text: &[u8]) -> Option<f64> {
    let mut pos = 0;
    let int_digits = count_while(&text[pos..], |b| b.is_ascii_digit());
    pos += int_digits;
    let mut frac_digits = 0;
    if text.get(pos) == Some(&b'.') {
        pos += 1;
        frac_digits = count_while(&text[pos..], |b| b.is_ascii_digit());
        pos += frac_digits;
    }
    if int_digits + frac_digits == 0 {
        return None;
    }
    if matches!(text.get(pos), Some(b'e' | b'E')) {
        pos += 1;
        if matches!(text.get(pos), Some(b'+' | b'-')) {
            pos += 1;
        }
        let exp_digits = count_while(&text[pos..], |b| b.is_ascii_digit());
        if exp_digits == 0 {
            return None;
        }
        pos += exp_digits;
    }
    if pos != text.len() {
        return None;
    }
    // The text is now a valid Rust float literal too, and Rust rounds correctly.
    std::str::from_utf8(text).ok()?.parse().ok()
}

fn parse_hex(text: &[u8]) -> Option<f64> {
    let mut mantissa: u64 = 0;
    let mut exponent: i64 = 0;
    let mut sticky = false;
    let mut digits = 0;
    let mut pos = 0;
    let mut seen_dot = false;
    while let Some(&byte) = text.get(pos) {
        if byte == b'.' && !seen_dot {
            seen_dot = true;
        } else if let Some(digit) = (byte as char).to_digit(16) {
            digits += 1;
            if mantissa >> 56 == 0 {
                mantissa = mantissa << 4 | u64::from(digit);
                if seen_dot {
                    exponent -= 4;
                }
            } else {
                sticky |= digit != 0;
                if !seen_dot {
                    exponent += 4;
                }
            }
        } else {
            break;
        }
        pos += 1;
    }
    if digits == 0 {
        return None;
    }
    if matches!(text.get(pos), Some(b'p' | b'P')) {
        pos += 1;
        let negative = match text.get(pos) {
            Some(b'-') => {
                pos += 1;
                true
            }
            Some(b'+') => {
                pos += 1;
                false
            }
            _ => false,
        };
        let exp_digits = count_while(&text[pos..], |b| b.is_ascii_digit());
        if exp_digits == 0 {
            return None;
        }
        let mut binary_exp: i64 = 0;
        for &byte in &text[pos..pos + exp_digits] {
            binary_exp = (binary_exp * 10 + i64::from(byte - b'0')).min(100_000);
        }
        pos += exp_digits;
        exponent += if negative { -binary_exp } else { binary_exp };
    }
    if pos != text.len() {
        return None;
    }
    if sticky {
        mantissa |= 1;
    }
    Some(scale_by_power_of_two(mantissa as f64, exponent))
}

fn scale_by_power_of_two(mut value: f64, mut exponent: i64) -> f64 {
    while exponent > 0 {
        let step = exponent.min(1000);
        value *= 2f64.powi(step as i32);
        exponent -= step;
    }
    while exponent < 0 {
        let step = (-exponent).min(1000);
        value /= 2f64.powi(step as i32);
        exponent += step;
    }
    value
}

fn count_while(text: &[u8], pred: impl Fn(u8) -> bool) -> usize {
    text.iter().take_while(|&&b| pred(b)).count()
}

/// Formats a number as LuaJIT's `tostring` does (`%.14g`, `nan`, `inf`, `-0`).
pub fn format(value: f64) -> String {
    let mut out = String::new();
    format_into(value, &mut out);
    out
}

/// Appends the `%.14g` form of `value` to `out`.
pub fn format_into(value: f64, out: &mut String) {
    use std::fmt::Write;
    if value.is_nan() {
        out.push_str("nan");
    } else if value.is_infinite() {
        out.push_str(if value > 0.0 { "inf" } else { "-inf" });
    } else if value == value.trunc() && value.abs() < 1e14 {
        if value == 0.0 && value.is_sign_negative() {
            out.push_str("-0");
        } else {
            let _ = write!(out, "{}", value as i64);
        }
    } else {
        format_general(value, 14, out);
    }
}

/// `%.{precision}g` with C's rules: scientific notation when the exponent is
/// below -4 or at least the precision, trailing zeros removed. Ties round
/// away from zero, as LuaJIT's formatter does (`1.2345678901235e+14`).
pub fn format_general(value: f64, precision: usize, out: &mut String) {
    use std::fmt::Write;
    let precision = precision.clamp(1, 99);
    let (negative, digits, exp) = decimal_digits(value, precision);
    if negative {
        out.push('-');
    }
    if exp < -4 || exp >= precision as i32 {
        out.push(char::from(digits[0]));
        let fraction = trim_zeros(&digits[1..]);
        if !fraction.is_empty() {
            out.push('.');
            out.extend(fraction.iter().map(|&d| char::from(d)));
        }
        let _ = write!(out, "e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs());
    } else if exp < 0 {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', (-exp - 1) as usize));
        out.extend(trim_zeros(&digits).iter().map(|&d| char::from(d)));
    } else {
        let int_len = exp as usize + 1;
        out.extend(digits[..int_len].iter().map(|&d| char::from(d)));
        let fraction = trim_zeros(&digits[int_len..]);
        if !fraction.is_empty() {
            out.push('.');
            out.extend(fraction.iter().map(|&d| char::from(d)));
        }
    }
}

/// The sign, the first `precision` significant decimal digits (ASCII, rounded
/// half away from zero) and the decimal exponent of a finite number.
fn decimal_digits(value: f64, precision: usize) -> (bool, Vec<u8>, i32) {
    // Twenty extra digits decide ties: Rust prints the exact expansion.
    let text = format!("{:.*e}", precision + 20, value.abs());
    let (mantissa, exp) = text.split_once('e').expect("{:e} has an exponent");
    let mut exp: i32 = exp.parse().expect("{:e} exponent is an integer");
    let all: Vec<u8> = mantissa.bytes().filter(u8::is_ascii_digit).collect();
    let mut digits = all[..precision].to_vec();
    if all[precision] >= b'5' {
        let mut pos = precision;
        loop {
            if pos == 0 {
                digits.insert(0, b'1');
                digits.pop();
                exp += 1;
                break;
            }
            pos -= 1;
            if digits[pos] == b'9' {
                digits[pos] = b'0';
            } else {
                digits[pos] += 1;
                break;
            }
        }
    }
    (value.is_sign_negative(), digits, exp)
}

/// C's `%.{precision}e` of a non-negative finite number with LuaJIT's
/// rounding (ties away from zero): `d.ddde+XX`; `alternate` (`#`) keeps
/// the point when there are no decimals.
pub fn format_exponent(magnitude: f64, precision: usize, alternate: bool) -> String {
    let (digits, exp) = if magnitude == 0.0 {
        (vec![b'0'; precision + 1], 0)
    } else {
        let (_, digits, exp) = decimal_digits(magnitude, precision + 1);
        (digits, exp)
    };
    let mut out = String::with_capacity(precision + 8);
    out.push(char::from(digits[0]));
    if precision > 0 || alternate {
        out.push('.');
    }
    out.extend(digits[1..].iter().map(|&d| char::from(d)));
    out.push_str(&format!(
        "e{}{:02}",
        if exp < 0 { '-' } else { '+' },
        exp.abs()
    ));
    out
}

/// C's `%.{precision}f` of a non-negative finite number with LuaJIT's
/// rounding (ties away from zero: `%.2f` of 0.125 is `0.13`).
pub fn format_fixed(magnitude: f64, precision: usize, alternate: bool) -> String {
    // Significant digits up to the last decimal: from the first digit's
    // exponent down to 10^-precision.
    let first_exp = if magnitude == 0.0 {
        0
    } else {
        let text = format!("{magnitude:e}");
        text.split_once('e')
            .and_then(|(_, exp)| exp.parse::<i64>().ok())
            .unwrap_or(0)
    };
    let significant = first_exp + 1 + precision as i64;
    let (mut digits, exp) = if magnitude == 0.0 || significant < 0 {
        (Vec::new(), -(precision as i32) - 1)
    } else if significant == 0 {
        // Only the rounding digit lies inside: it rounds to 10^-precision or 0.
        let (_, first, _) = decimal_digits(magnitude, 1);
        if first[0] >= b'5' {
            (vec![b'1'], -(precision as i32))
        } else {
            (Vec::new(), -(precision as i32) - 1)
        }
    } else {
        let (_, digits, exp) = decimal_digits(magnitude, significant as usize);
        (digits, exp)
    };
    // `digits` start at 10^exp; a carry may have made them one digit short.
    let wanted = (exp as i64 + 1 + precision as i64).max(0) as usize;
    digits.resize(wanted, b'0');
    let int_len = (exp + 1).max(0) as usize;
    let mut out = String::with_capacity(wanted + 2);
    if int_len == 0 {
        out.push('0');
    } else {
        out.extend(digits[..int_len].iter().map(|&d| char::from(d)));
    }
    if precision > 0 || alternate {
        out.push('.');
    }
    let leading_zeros = if int_len == 0 {
        (-exp - 1).max(0) as usize
    } else {
        0
    };
    let fraction: Vec<u8> = std::iter::repeat_n(b'0', leading_zeros)
        .chain(digits[int_len..].iter().copied())
        .take(precision)
        .collect();
    out.extend(fraction.iter().map(|&d| char::from(d)));
    out.extend(std::iter::repeat_n('0', precision - fraction.len()));
    out
}

fn trim_zeros(digits: &[u8]) -> &[u8] {
    let end = digits.iter().rposition(|&d| d != b'0').map_or(0, |i| i + 1);
    &digits[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_like_luajit() {
        let cases = [
            (1e15, "1e+15"),
            (2f64.powi(53), "9.007199254741e+15"),
            (0.1, "0.1"),
            (1.0 / 3.0, "0.33333333333333"),
            (123456789012345.0, "1.2345678901235e+14"),
            (1e100, "1e+100"),
            (5e-324, "4.9406564584125e-324"),
            (-0.0, "-0"),
            (f64::NAN, "nan"),
            (f64::NEG_INFINITY, "-inf"),
            (100.0, "100"),
            (-2.5, "-2.5"),
            (1e-5, "1e-05"),
            (0.0001, "0.0001"),
        ];
        for (value, text) in cases {
            assert_eq!(format(value), text);
        }
    }

    #[test]
    fn printf_float_forms_round_ties_away_from_zero() {
        let fixed = |v, p| format_fixed(v, p, false);
        assert_eq!(
            [fixed(0.5, 0), fixed(1.5, 0), fixed(2.5, 0)],
            ["1", "2", "3"]
        );
        assert_eq!(fixed(0.125, 2), "0.13");
        assert_eq!(fixed(0.0, 3), "0.000");
        assert_eq!(fixed(9.999, 2), "10.00");
        assert_eq!(fixed(0.0004, 3), "0.000");
        assert_eq!(fixed(0.0005, 3), "0.001");
        assert_eq!(fixed(123.456, 1), "123.5");
        assert_eq!(fixed(1e20, 0), "100000000000000000000");
        assert_eq!(format_fixed(3.0, 0, true), "3.");
        assert_eq!(format_exponent(123.456, 3, false), "1.235e+02");
        assert_eq!(format_exponent(0.0, 2, false), "0.00e+00");
        assert_eq!(format_exponent(9.99, 1, false), "1.0e+01");
        assert_eq!(format_exponent(1.0, 0, true), "1.e+00");
    }

    #[test]
    fn parses_literals() {
        assert_eq!(parse_literal(b"0x10"), Some(16.0));
        assert_eq!(parse_literal(b"0x1p4"), Some(16.0));
        assert_eq!(parse_literal(b"0x.8p1"), Some(1.0));
        assert_eq!(parse_literal(b"0xA.8p0"), Some(10.5));
        assert_eq!(parse_literal(b"1e2"), Some(100.0));
        assert_eq!(parse_literal(b".5"), Some(0.5));
        assert_eq!(parse_literal(b"5."), Some(5.0));
        for bad in [&b"1e"[..], b"0x", b"1.2.3", b"inf", b"1e+", b"0xg", b"."] {
            assert_eq!(parse_literal(bad), None, "{bad:?}");
        }
        assert_eq!(parse_string(b"  -0x10  "), Some(-16.0));
        assert_eq!(parse_string(b"1 2"), None);
        assert_eq!(parse_string(b" -Infinity\t"), Some(f64::NEG_INFINITY));
        assert_eq!(parse_string(b"INF"), Some(f64::INFINITY));
        assert!(parse_string(b"+nan").is_some_and(f64::is_nan));
        assert_eq!(parse_string(b"1e309"), Some(f64::INFINITY));
        for bad in [&b"- inf"[..], b"infinit", b"+-inf", b"infx", b""] {
            assert_eq!(parse_string(bad), None, "{bad:?}");
        }
    }
}
