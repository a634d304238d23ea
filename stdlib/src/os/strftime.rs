//! glibc's `strftime` in the C locale, which LuaJIT's `os.date` calls:
//! every conversion, the GNU flags (`_ - 0 ^ #`), field widths, the `E`
//! and `O` modifiers, and the copying of unknown conversions. Follows
//! glibc 2.36 `time/strftime_l.c` step by step, including its quirks (a
//! width pads even a copied bad conversion; `%E%` copies only `%`).

use super::localtime::{is_leap, mktime, CivilFields, Tm};

const WEEKDAYS: [&str; 7] = [
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
];

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The state of one conversion: glibc's locals of the same names.
struct Spec {
    pad: u8,        // b'_', b'-', b'0' or 0.
    width: i64,     // -1 when none was given.
    to_upper: bool, // `^`, or `#` on names.
    to_lower: bool, // `#` on `%p` and `%Z`, and `%P`.
}

/// Formats `tm` as `strftime(format, tm)` would (the format ends at its
/// first NUL, as a C string does). `None` when the result would not be
/// shorter than `limit` bytes (C's buffer size).
pub(crate) fn strftime(format: &[u8], tm: &Tm, limit: usize) -> Option<Vec<u8>> {
    let mut out = Out {
        bytes: Vec::new(),
        limit,
        overflowed: false,
    };
    format_into(&mut out, format, tm);
    (!out.overflowed).then_some(out.bytes)
}

/// The output buffer; it stops growing at C's buffer size.
struct Out {
    bytes: Vec<u8>,
    limit: usize,
    overflowed: bool,
}

impl Out {
    fn fits(&mut self, n: usize) -> bool {
        if self.bytes.len().saturating_add(n) >= self.limit {
            self.overflowed = true;
        }
        !self.overflowed
    }

    fn extend(&mut self, bytes: &[u8]) {
        if self.fits(bytes.len()) {
            self.bytes.extend_from_slice(bytes);
        }
    }

    fn fill(&mut self, byte: u8, n: usize) {
        if self.fits(n) {
            self.bytes.resize(self.bytes.len() + n, byte);
        }
    }
}

fn format_into(out: &mut Out, format: &[u8], tm: &Tm) {
    let at = |index: usize| format.get(index).copied().unwrap_or(0);
    let mut f = 0;
    while at(f) != 0 {
        if at(f) != b'%' {
            out.extend(&[at(f)]);
            f += 1;
            continue;
        }
        let mut spec = Spec {
            pad: 0,
            width: -1,
            to_upper: false,
            to_lower: false,
        };
        let mut change_case = false;
        loop {
            f += 1;
            match at(f) {
                b'_' | b'-' | b'0' => spec.pad = at(f),
                b'^' => spec.to_upper = true,
                b'#' => change_case = true,
                _ => break,
            }
        }
        if at(f).is_ascii_digit() {
            spec.width = 0;
            while at(f).is_ascii_digit() {
                spec.width = (spec.width * 10 + i64::from(at(f) - b'0')).min(i64::from(i32::MAX));
                f += 1;
            }
        }
        let modifier = match at(f) {
            b'E' | b'O' => {
                f += 1;
                at(f - 1)
            }
            _ => 0,
        };
        let conversion = at(f);
        let hour12 = match tm.hour {
            h if h > 12 => h - 12,
            0 => 12,
            h => h,
        };
        let year = tm.year.wrapping_add(1900);
        if matches!(conversion, b'b' | b'h') && change_case {
            // glibc sets the case before rejecting `%Eb`, so the copy shows it.
            spec.to_upper = true;
        }
        // Every arm either finishes the conversion or asks for the
        // unknown-conversion copy, as glibc's `goto bad_format`.
        let bad = match conversion {
            b'%' if modifier == 0 => {
                add(out, &spec, b"%");
                false
            }
            b'a' | b'A' if modifier == 0 => {
                if change_case {
                    spec.to_upper = true;
                }
                let name = WEEKDAYS.get(tm.wday as usize).copied().unwrap_or("?");
                let name = if conversion == b'a' {
                    &name[..3.min(name.len())]
                } else {
                    name
                };
                copy(out, &spec, name.as_bytes());
                false
            }
            b'b' | b'h' | b'B' if modifier != b'E' => {
                if change_case {
                    spec.to_upper = true;
                }
                let name = MONTHS.get(tm.mon as usize).copied().unwrap_or("?");
                let name = if conversion == b'B' {
                    name
                } else {
                    &name[..3.min(name.len())]
                };
                copy(out, &spec, name.as_bytes());
                false
            }
            b'c' if modifier != b'O' => subformat(out, &spec, b"%a %b %e %H:%M:%S %Y", tm),
            b'C' => number(
                out,
                &mut spec,
                1,
                i64::from(year / 100 - i32::from(year % 100 < 0)),
            ),
            b'x' if modifier != b'O' => subformat(out, &spec, b"%m/%d/%y", tm),
            b'D' if modifier == 0 => subformat(out, &spec, b"%m/%d/%y", tm),
            b'd' if modifier != b'E' => number(out, &mut spec, 2, i64::from(tm.mday)),
            b'e' if modifier != b'E' => space_padded(out, &mut spec, i64::from(tm.mday)),
            b'F' if modifier == 0 => subformat(out, &spec, b"%Y-%m-%d", tm),
            b'H' if modifier != b'E' => number(out, &mut spec, 2, i64::from(tm.hour)),
            b'I' if modifier != b'E' => number(out, &mut spec, 2, i64::from(hour12)),
            b'k' if modifier != b'E' => space_padded(out, &mut spec, i64::from(tm.hour)),
            b'l' if modifier != b'E' => space_padded(out, &mut spec, i64::from(hour12)),
            b'j' if modifier != b'E' => number(out, &mut spec, 3, i64::from(tm.yday) + 1),
            b'M' if modifier != b'E' => number(out, &mut spec, 2, i64::from(tm.min)),
            b'm' if modifier != b'E' => number(out, &mut spec, 2, i64::from(tm.mon) + 1),
            b'n' => {
                add(out, &spec, b"\n");
                false
            }
            b't' => {
                add(out, &spec, b"\t");
                false
            }
            b'p' | b'P' => {
                if conversion == b'P' || change_case {
                    spec.to_upper = false;
                    spec.to_lower = true;
                }
                copy(out, &spec, if tm.hour > 11 { b"PM" } else { b"AM" });
                false
            }
            b'R' => subformat(out, &spec, b"%H:%M", tm),
            b'r' => subformat(out, &spec, b"%I:%M:%S %p", tm),
            b'S' if modifier != b'E' => number(out, &mut spec, 2, i64::from(tm.sec)),
            b's' => {
                let fields = CivilFields {
                    sec: tm.sec,
                    min: tm.min,
                    hour: tm.hour,
                    mday: tm.mday,
                    mon: tm.mon,
                    year: tm.year,
                    isdst: i32::from(tm.isdst),
                };
                let t = mktime(&fields).unwrap_or(-1);
                signed_and_padded(out, &mut spec, 1, t)
            }
            b'X' if modifier != b'O' => subformat(out, &spec, b"%H:%M:%S", tm),
            b'T' => subformat(out, &spec, b"%H:%M:%S", tm),
            b'u' => number(out, &mut spec, 1, i64::from((tm.wday - 1 + 7) % 7 + 1)),
            b'U' if modifier != b'E' => {
                number(out, &mut spec, 2, i64::from((tm.yday - tm.wday + 7) / 7))
            }
            b'V' | b'g' | b'G' if modifier != b'E' => {
                let (iso_year, days) = iso_week(tm, year);
                match conversion {
                    b'g' => number(out, &mut spec, 2, i64::from((iso_year % 100 + 100) % 100)),
                    b'G' => number(out, &mut spec, 1, i64::from(iso_year)),
                    _ => number(out, &mut spec, 2, i64::from(days / 7 + 1)),
                }
            }
            b'W' if modifier != b'E' => {
                let monday_based = (tm.wday - 1 + 7) % 7;
                number(
                    out,
                    &mut spec,
                    2,
                    i64::from((tm.yday - monday_based + 7) / 7),
                )
            }
            b'w' if modifier != b'E' => number(out, &mut spec, 1, i64::from(tm.wday)),
            b'Y' if modifier != b'O' => number(out, &mut spec, 1, i64::from(year)),
            b'y' => number(out, &mut spec, 2, i64::from((tm.year % 100 + 100) % 100)),
            b'Z' => {
                if change_case {
                    spec.to_upper = false;
                    spec.to_lower = true;
                }
                copy(out, &spec, &tm.zone);
                false
            }
            b'z' => {
                let mut diff = tm.gmtoff;
                if diff < 0 {
                    add(out, &spec, b"-");
                    diff = -diff;
                } else {
                    add(out, &spec, b"+");
                }
                diff /= 60;
                number(out, &mut spec, 4, (diff / 60) * 100 + diff % 60)
            }
            _ => true,
        };
        if bad {
            // glibc's `bad_format`: a `%` at the very end stands for
            // itself; otherwise copy back to the nearest `%`, which may be
            // the conversion character itself.
            if conversion == 0 {
                f -= 1;
            }
            let start = format[..=f].iter().rposition(|&b| b == b'%').unwrap_or(0);
            copy(out, &spec, &format[start..=f]);
        }
        f += 1;
    }
}

/// glibc's `add`: `bytes` right-aligned in the field width, padded with
/// zeros under the `0` flag and spaces otherwise.
fn add(out: &mut Out, spec: &Spec, bytes: &[u8]) {
    let padding = spec.width - bytes.len() as i64;
    if padding > 0 {
        out.fill(if spec.pad == b'0' { b'0' } else { b' ' }, padding as usize);
    }
    out.extend(bytes);
}

/// glibc's `cpy`: `add` with the case conversion (lowercase wins).
fn copy(out: &mut Out, spec: &Spec, bytes: &[u8]) {
    if spec.to_lower {
        add(out, spec, &bytes.to_ascii_lowercase());
    } else if spec.to_upper {
        add(out, spec, &bytes.to_ascii_uppercase());
    } else {
        add(out, spec, bytes);
    }
}

/// A conversion defined by another format; the width applies to the whole
/// and `^` uppercases it.
fn subformat(out: &mut Out, spec: &Spec, format: &[u8], tm: &Tm) -> bool {
    let mut inner = Out {
        bytes: Vec::new(),
        limit: out.limit,
        overflowed: false,
    };
    format_into(&mut inner, format, tm);
    out.overflowed |= inner.overflowed;
    if spec.to_upper {
        inner.bytes.make_ascii_uppercase();
    }
    add(out, spec, &inner.bytes);
    false
}

/// glibc's `DO_NUMBER_SPACEPAD`: `%e`, `%k`, `%l` pad with spaces unless
/// `0` or `-` says otherwise.
fn space_padded(out: &mut Out, spec: &mut Spec, value: i64) -> bool {
    if spec.pad != b'0' && spec.pad != b'-' {
        spec.pad = b'_';
    }
    number(out, spec, 2, value)
}

/// glibc's `DO_NUMBER`: at least `digits` digits (or the width).
fn number(out: &mut Out, spec: &mut Spec, digits: i64, value: i64) -> bool {
    let digits = digits.max(spec.width);
    signed_and_padded(out, spec, digits, value)
}

/// glibc's `do_number_sign_and_padding`.
fn signed_and_padded(out: &mut Out, spec: &mut Spec, digits: i64, value: i64) -> bool {
    let mut text = value.unsigned_abs().to_string().into_bytes();
    if value < 0 {
        text.insert(0, b'-');
    }
    if spec.pad != b'-' {
        let padding = digits - text.len() as i64;
        if padding > 0 {
            if spec.pad == b'_' {
                out.fill(b' ', padding as usize);
                spec.width = if spec.width > padding {
                    spec.width - padding
                } else {
                    0
                };
            } else {
                if value < 0 {
                    text.remove(0);
                    out.extend(b"-");
                }
                out.fill(b'0', padding as usize);
                spec.width = 0;
            }
        }
    }
    copy(out, spec, &text);
    false
}

/// glibc's `iso_week_days`: days since the start of the first ISO week.
fn iso_week_days(yday: i32, wday: i32) -> i32 {
    const BIG_ENOUGH_MULTIPLE_OF_7: i32 = (366 / 7 + 2) * 7;
    yday - (yday - wday + 4 + BIG_ENOUGH_MULTIPLE_OF_7) % 7 + 4 - 1
}

/// The ISO 8601 week-based year and the days into its first week.
fn iso_week(tm: &Tm, year: i32) -> (i32, i32) {
    let mut year = year;
    let mut days = iso_week_days(tm.yday, tm.wday);
    if days < 0 {
        year = year.wrapping_sub(1);
        days = iso_week_days(tm.yday + 365 + i32::from(is_leap(i64::from(year))), tm.wday);
    } else {
        let next = iso_week_days(
            tm.yday - (365 + i32::from(is_leap(i64::from(year)))),
            tm.wday,
        );
        if next >= 0 {
            year = year.wrapping_add(1);
            days = next;
        }
    }
    (year, days)
}
