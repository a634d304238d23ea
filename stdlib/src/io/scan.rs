//! Reading a number from a stream as LuaJIT's `read("*n")` does: C's
//! `fscanf(fp, "%lf")`, whose glibc implementation this file follows
//! (`vfscanf-internal.c`). glibc collects the longest text that could
//! still start a number, with one byte of push-back, then converts it
//! with `strtod`. So the bytes of a failed match are consumed (`"0x"`,
//! `"-"`, `"infinit"`), an exponent without digits is consumed and
//! ignored (`"1e+"` reads 1), and after `nan` or `inf` nothing more is
//! looked at but `inity`.
//!
//! The collected text is converted by `lunaris_vm::number`, which parses
//! the same decimal and hexadecimal forms `strtod` does.

use lunaris_vm::number;

use super::stream::Stream;

/// Scans a number; `None` when none matched (the bytes read stay read).
pub(crate) fn scan_number(stream: &mut Stream) -> Option<f64> {
    // glibc's fscanf checks the stream's mode first and fails without
    // setting the error indicator.
    if !stream.is_readable() {
        return None;
    }
    let mut c = loop {
        match stream.getc()? {
            byte if number::is_space(byte) => continue,
            byte => break byte,
        }
    };
    let mut text = Vec::new();
    if c == b'-' || c == b'+' {
        text.push(c);
        c = stream.getc()?;
    }
    match c.to_ascii_lowercase() {
        b'n' => {
            text.push(c);
            expect_word(stream, &mut text, b"an")?;
            return to_number(&text, None);
        }
        b'i' => {
            text.push(c);
            expect_word(stream, &mut text, b"nf")?;
            match stream.getc() {
                Some(next) if next.eq_ignore_ascii_case(&b'i') => {
                    text.push(next);
                    expect_word(stream, &mut text, b"nity")?;
                }
                Some(_) => stream.ungetc(),
                None => {}
            }
            return to_number(&text, None);
        }
        _ => {}
    }
    let mut hex = false;
    let mut exponent_char = b'e';
    let mut got_digit = false;
    let mut got_dot = false;
    let mut got_exponent = false;
    let mut current = Some(c);
    if c == b'0' {
        text.push(c);
        current = stream.getc();
        match current {
            Some(next) if next.eq_ignore_ascii_case(&b'x') => {
                text.push(next);
                hex = true;
                exponent_char = b'p';
                current = stream.getc();
            }
            _ => got_digit = true,
        }
    }
    while let Some(c) = current {
        let accepted = if c.is_ascii_digit() || (hex && !got_exponent && c.is_ascii_hexdigit()) {
            got_digit = true;
            true
        } else if got_digit && !got_exponent && c.eq_ignore_ascii_case(&exponent_char) {
            got_exponent = true;
            got_dot = true;
            true
        } else if !got_dot && c == b'.' {
            got_dot = true;
            true
        } else {
            // A sign only right after the exponent marker.
            got_exponent && text.last() == Some(&exponent_char) && (c == b'-' || c == b'+')
        };
        if !accepted {
            stream.ungetc();
            break;
        }
        text.push(c.to_ascii_lowercase());
        current = stream.getc();
    }
    // glibc rejects a bare "0x", signed or not.
    let signed = matches!(text.first(), Some(b'-' | b'+'));
    if text.is_empty() || (hex && text.len() == 2 + usize::from(signed)) {
        return None;
    }
    to_number(&text, Some(exponent_char))
}

/// Reads the rest of `nan`, `inf` or `infinity`, any case.
fn expect_word(stream: &mut Stream, text: &mut Vec<u8>, rest: &[u8]) -> Option<()> {
    for &expected in rest {
        let c = stream.getc()?;
        if !c.eq_ignore_ascii_case(&expected) {
            return None;
        }
        text.push(c);
    }
    Some(())
}

/// `strtod` on the collected text: the longest prefix that is a number.
/// `exponent_char` is `e` or `p` for numerals, `None` for the words.
fn to_number(text: &[u8], exponent_char: Option<u8>) -> Option<f64> {
    let mut text = text;
    if let Some(marker) = exponent_char {
        // An exponent marker, and its sign, without digits.
        if let Some(rest) = text.strip_suffix(b"+").or(text.strip_suffix(b"-")) {
            if rest.last() == Some(&marker) {
                text = rest;
            }
        }
        if let Some(rest) = text.strip_suffix(&[marker]) {
            text = rest;
        }
    }
    let unsigned = text.strip_prefix(b"-").or(text.strip_prefix(b"+"));
    let unsigned = unsigned.unwrap_or(text);
    // "0x" or "0x." without hex digits: strtod reads just the zero.
    if unsigned.len() >= 2
        && unsigned[..2].eq_ignore_ascii_case(b"0x")
        && !unsigned[2..].iter().any(u8::is_ascii_hexdigit)
    {
        let negative = text.first() == Some(&b'-');
        return Some(if negative { -0.0 } else { 0.0 });
    }
    number::parse_string(text)
}
