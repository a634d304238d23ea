//! Civil time for `os.date` and `os.time`: broken-down times (`Tm`, C's
//! `struct tm`), UTC conversion, and the local time zone as glibc finds it
//! (the `TZ` variable, else `/etc/localtime`; TZif files from
//! `/usr/share/zoneinfo`; POSIX rule strings such as `EST5EDT,M3.2.0,M11.1.0`).
//! Pure arithmetic over `i64` seconds; reading zone files is the only I/O.
//!
//! Not modelled: leap-second ("right/") zones, and the `posixrules` file
//! glibc consults for a rule string with a DST name but no dates (the US
//! rules are used instead).

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Mutex};

/// A broken-down time, C's `struct tm`. `year` counts from 1900 and `mon`
/// from 0, as in C, so `year + 1900` may wrap exactly as glibc's does.
#[derive(Clone, Debug)]
pub(crate) struct Tm {
    pub sec: i32,
    pub min: i32,
    pub hour: i32,
    pub mday: i32,
    pub mon: i32,
    pub year: i32,
    pub wday: i32,
    pub yday: i32,
    pub isdst: bool,
    pub gmtoff: i64,   // Seconds east of UTC.
    pub zone: Vec<u8>, // Abbreviation for `%Z`.
}

/// Days since 1970-01-01 of a proleptic Gregorian date (`month` 1..=12).
pub(crate) fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date (year, month 1..=12, day) of a day count since 1970-01-01.
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

pub(crate) fn is_leap(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

/// `gmtime`: `None` when the year does not fit C's `int tm_year`.
pub(crate) fn gmtime(t: i64) -> Option<Tm> {
    let days = t.div_euclid(86_400);
    let secs = t.rem_euclid(86_400);
    let (year, month, day) = civil_from_days(days);
    let tm_year = i32::try_from(year - 1900).ok()?;
    Some(Tm {
        sec: (secs % 60) as i32,
        min: (secs / 60 % 60) as i32,
        hour: (secs / 3600) as i32,
        mday: day as i32,
        mon: month as i32 - 1,
        year: tm_year,
        wday: (days + 4).rem_euclid(7) as i32,
        yday: (days - days_from_civil(year, 1, 1)) as i32,
        isdst: false,
        gmtoff: 0,
        zone: b"GMT".to_vec(),
    })
}

/// `localtime`: the broken-down time of `t` in the local zone.
pub(crate) fn localtime(t: i64) -> Option<Tm> {
    let local = local_zone().lookup(t);
    let mut tm = gmtime(t.checked_add(local.offset)?)?;
    tm.isdst = local.isdst;
    tm.gmtoff = local.offset;
    tm.zone = local.abbreviation;
    Some(tm)
}

/// The fields `mktime` reads, as C ints; they may be out of range.
pub(crate) struct CivilFields {
    pub sec: i32,
    pub min: i32,
    pub hour: i32,
    pub mday: i32,
    pub mon: i32,
    pub year: i32,
    /// Negative: unknown; 0: standard time; positive: daylight time.
    pub isdst: i32,
}

/// Days before each month, in common and leap years.
const MONTH_YEAR_DAYS: [[i64; 13]; 2] = [
    [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365],
    [0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366],
];

/// glibc's `ydhms_diff`: the seconds between two broken-down times
/// (years counted from 1900), leap days included.
#[allow(clippy::too_many_arguments)] // The C signature, kept for comparison.
fn ydhms_diff(
    year1: i64,
    yday1: i64,
    hour1: i64,
    min1: i64,
    sec1: i64,
    year0: i64,
    yday0: i64,
    hour0: i64,
    min0: i64,
    sec0: i64,
) -> i64 {
    let a4 = (year1 >> 2) + (1900 >> 2) - i64::from(year1 & 3 == 0);
    let b4 = (year0 >> 2) + (1900 >> 2) - i64::from(year0 & 3 == 0);
    let a100 = a4.div_euclid(25);
    let b100 = b4.div_euclid(25);
    let leap_days = (a4 - b4) - (a100 - b100) + ((a100 >> 2) - (b100 >> 2));
    let days = 365 * (year1 - year0) + yday1 - yday0 + leap_days;
    let hours = 24 * days + hour1 - hour0;
    let minutes = 60 * hours + min1 - min0;
    60 * minutes + sec1 - sec0
}

/// The requested time as `year`/`yday` plus clock fields.
struct Requested {
    year: i64,
    yday: i64,
    hour: i64,
    min: i64,
    sec: i64,
}

impl Requested {
    /// glibc's `tm_diff`: requested minus `tm`, in seconds.
    fn minus(&self, tm: &Tm) -> i64 {
        ydhms_diff(
            self.year,
            self.yday,
            self.hour,
            self.min,
            self.sec,
            i64::from(tm.year),
            i64::from(tm.yday),
            i64::from(tm.hour),
            i64::from(tm.min),
            i64::from(tm.sec),
        )
    }
}

/// glibc's `ranged_convert`: `localtime`, or the in-range time nearest
/// `t` (between 0 and `t`) when `t`'s year overflows.
fn ranged_localtime(t: i64) -> Option<(i64, Tm)> {
    if let Some(tm) = localtime(t) {
        return Some((t, tm));
    }
    let (mut ok, mut bad) = (0i64, t);
    let mut found = None;
    loop {
        let mid = (ok >> 1) + (bad >> 1) + ((ok | bad) & 1);
        if mid == ok || mid == bad {
            break;
        }
        match localtime(mid) {
            Some(tm) => {
                ok = mid;
                found = Some((mid, tm));
            }
            None => bad = mid,
        }
    }
    found
}

/// glibc's `isdst_differ`.
fn isdst_differ(requested: i32, isdst: bool) -> bool {
    requested >= 0 && (requested == 0) == isdst
}

/// `mktime`, ported from glibc 2.36's `__mktime_internal`: probes
/// `localtime` starting from the previous call's offset, settles gaps
/// and requested-`isdst` mismatches the same way, and keeps the same
/// process-wide offset guess (so ambiguous times resolve alike).
pub(crate) fn mktime(fields: &CivilFields) -> Option<i64> {
    static OFFSET_GUESS: AtomicI64 = AtomicI64::new(0);
    let mon_remainder = fields.mon % 12;
    let negative_remainder = i32::from(mon_remainder < 0);
    let year = i64::from(fields.year) + i64::from(fields.mon / 12 - negative_remainder);
    let leap = usize::from(is_leap(year + 1900));
    let month_index = (mon_remainder + 12 * negative_remainder) as usize;
    let sec_requested = i64::from(fields.sec);
    let requested = Requested {
        year,
        yday: MONTH_YEAR_DAYS[leap][month_index] - 1 + i64::from(fields.mday),
        hour: i64::from(fields.hour),
        min: i64::from(fields.min),
        // Out-of-range seconds are added back at the end.
        sec: sec_requested.clamp(0, 59),
    };
    let isdst = fields.isdst;
    let offset_guess = OFFSET_GUESS.load(Ordering::Relaxed);
    let t0 = ydhms_diff(
        requested.year,
        requested.yday,
        requested.hour,
        requested.min,
        requested.sec,
        70,
        0,
        0,
        0,
        -offset_guess,
    );
    let (mut t, mut t1, mut t2) = (t0, t0, t0);
    let mut dst2 = false;
    let mut remaining_probes = 6;
    let mut oscillating = false;
    let mut tm = loop {
        let (converted, tm) = ranged_localtime(t)?;
        t = converted;
        let dt = requested.minus(&tm);
        if dt == 0 {
            break tm;
        }
        let prefer = if isdst < 0 {
            dst2 <= tm.isdst
        } else {
            (isdst != 0) != tm.isdst
        };
        if t == t1 && t != t2 && prefer {
            // Oscillating across a spring-forward gap.
            oscillating = true;
            break tm;
        }
        remaining_probes -= 1;
        if remaining_probes == 0 {
            return None;
        }
        t1 = t2;
        t2 = t;
        t += dt;
        dst2 = tm.isdst;
    };
    if !oscillating && isdst_differ(isdst, tm.isdst) {
        (t, tm) = nearby_isdst(&requested, t, isdst).or_else(|| {
            // No differing offset nearby: assume one-hour DST.
            let dst_difference = i64::from(isdst == 0) - i64::from(!tm.isdst);
            let shifted = t + 3600 * dst_difference;
            localtime(shifted).map(|tm| (shifted, tm))
        })?;
    }
    OFFSET_GUESS.store(t - t0 + offset_guess, Ordering::Relaxed);
    if sec_requested != i64::from(tm.sec) {
        let adjustment =
            i64::from(requested.sec == 0 && tm.sec == 60) - requested.sec + sec_requested;
        t = t.checked_add(adjustment)?;
        localtime(t)?;
    }
    Some(t)
}

/// glibc's search for a time near `t` with the requested `isdst`
/// (weekly probes, about 8.5 years each way), extrapolated back to the
/// requested time with that time's offset.
fn nearby_isdst(requested: &Requested, t: i64, isdst: i32) -> Option<(i64, Tm)> {
    const STRIDE: i64 = 601_200;
    const DELTA_BOUND: i64 = 536_454_000 / 2 + STRIDE;
    let mut delta = STRIDE;
    while delta < DELTA_BOUND {
        for direction in [-1, 1] {
            let Some((probe, probe_tm)) = ranged_localtime(t + delta * direction) else {
                continue;
            };
            if !isdst_differ(isdst, probe_tm.isdst) {
                let guess = probe + requested.minus(&probe_tm);
                if let Some(tm) = localtime(guess) {
                    return Some((guess, tm));
                }
            }
        }
        delta += STRIDE;
    }
    None
}

/// One kind of local time: its offset east of UTC, whether it is
/// daylight time, and its abbreviation.
#[derive(Clone, Debug, PartialEq)]
struct LocalType {
    offset: i64,
    isdst: bool,
    abbreviation: Vec<u8>,
}

impl LocalType {
    fn utc(abbreviation: &[u8]) -> LocalType {
        LocalType {
            offset: 0,
            isdst: false,
            abbreviation: abbreviation.to_vec(),
        }
    }
}

/// How a POSIX rule names its day (glibc's `J0`, `J1`, `M`).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
enum RuleKind {
    /// `n`: day 0..=365, February 29 counted.
    #[default]
    ZeroBased,
    /// `Jn`: day 1..=365, February 29 never counted.
    Julian,
    /// `Mm.n.d`: weekday `d` of week `n` (5 = last) of month `m`.
    MonthWeekDay,
}

/// One half of a POSIX TZ rule (glibc's `tz_rule`): a zone name and
/// offset, and the day and time the zone comes into force.
#[derive(Clone, Debug, Default)]
struct TzRule {
    name: Vec<u8>,
    offset: i64, // Seconds east of UTC.
    kind: RuleKind,
    month: i64,
    week: i64,
    day: i64,
    secs: i64, // Local time of day of the change.
}

impl TzRule {
    /// glibc's `compute_change`, quirks included: for years up to 1970
    /// the day is counted from 1970-01-01.
    fn change(&self, year: i64) -> i64 {
        const DAY: i64 = 86_400;
        let mut t = if year > 1970 {
            ((year - 1970) * 365 + ((year - 1) / 4 - 1970 / 4) - ((year - 1) / 100 - 1970 / 100)
                + ((year - 1) / 400 - 1970 / 400))
                * DAY
        } else {
            0
        };
        let leap = usize::from(is_leap(year));
        match self.kind {
            RuleKind::Julian => {
                t += (self.day - 1) * DAY;
                if self.day >= 60 && leap == 1 {
                    t += DAY;
                }
            }
            RuleKind::ZeroBased => t += self.day * DAY,
            RuleKind::MonthWeekDay => {
                let month = self.month as usize;
                let before = MONTH_YEAR_DAYS[leap][month - 1];
                let month_length = MONTH_YEAR_DAYS[leap][month] - before;
                t += before * DAY;
                // Zeller's congruence: the weekday of the month's first day.
                let m1 = (self.month + 9) % 12 + 1;
                let yy0 = if self.month <= 2 { year - 1 } else { year };
                let (yy1, yy2) = (yy0 / 100, yy0 % 100);
                let mut dow = ((26 * m1 - 2) / 10 + 1 + yy2 + yy2 / 4 + yy1 / 4 - 2 * yy1) % 7;
                if dow < 0 {
                    dow += 7;
                }
                let mut d = self.day - dow;
                if d < 0 {
                    d += 7;
                }
                for _ in 1..self.week {
                    if d + 7 >= month_length {
                        break;
                    }
                    d += 7;
                }
                t += d * DAY;
            }
        }
        t - self.offset + self.secs
    }
}

/// A POSIX TZ rule string as glibc holds it: standard and daylight
/// halves (equal when there is no daylight time).
#[derive(Debug)]
struct PosixRule {
    rules: [TzRule; 2],
}

impl PosixRule {
    /// glibc's `__tz_compute` for `t`.
    fn lookup(&self, t: i64) -> LocalType {
        let (year, _, _) = civil_from_days(t.div_euclid(86_400));
        let start = self.rules[0].change(year);
        let end = self.rules[1].change(year);
        let isdst = if start > end {
            t < end || t >= start
        } else {
            t >= start && t < end
        };
        let rule = &self.rules[usize::from(isdst)];
        LocalType {
            offset: rule.offset,
            isdst,
            abbreviation: rule.name.clone(),
        }
    }
}

/// The local time zone.
#[derive(Debug)]
enum Zone {
    Rule(PosixRule),
    /// A TZif file: transition instants, the type index of each, the
    /// types, and the rule for instants after the last transition.
    File {
        transitions: Vec<i64>,
        indices: Vec<usize>,
        types: Vec<LocalType>,
        footer: Option<PosixRule>,
    },
}

impl Zone {
    fn lookup(&self, t: i64) -> LocalType {
        match self {
            Zone::Rule(rule) => rule.lookup(t),
            Zone::File {
                transitions,
                indices,
                types,
                footer,
            } => {
                if transitions.is_empty() || t < transitions[0] {
                    // glibc: the first standard-time type.
                    return types
                        .iter()
                        .find(|ty| !ty.isdst)
                        .or(types.first())
                        .cloned()
                        .unwrap_or_else(|| LocalType::utc(b"UTC"));
                }
                if t >= transitions[transitions.len() - 1] {
                    if let Some(rule) = footer {
                        return rule.lookup(t);
                    }
                }
                let index = transitions.partition_point(|&at| at <= t) - 1;
                types[indices[index]].clone()
            }
        }
    }
}

/// The zone of the current `TZ` value, cached until `TZ` changes.
fn local_zone() -> Arc<Zone> {
    static CACHE: Mutex<Option<(Option<std::ffi::OsString>, Arc<Zone>)>> = Mutex::new(None);
    let tz = std::env::var_os("TZ");
    let mut cache = CACHE
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some((cached_tz, zone)) = cache.as_ref() {
        if *cached_tz == tz {
            return Arc::clone(zone);
        }
    }
    let zone = Arc::new(load_zone(
        tz.as_ref().map(|s| s.to_string_lossy().into_owned()),
    ));
    *cache = Some((tz, Arc::clone(&zone)));
    zone
}

/// glibc's `tzset`: an empty `TZ` means UTC, a leading `:` is dropped,
/// a file name is tried first (relative to `/usr/share/zoneinfo`), then a
/// rule string (see `parse_rule` for what an unusable one means).
fn load_zone(tz: Option<String>) -> Zone {
    let spec = match tz.as_deref() {
        None => "/etc/localtime".to_string(),
        Some("") => "Universal".to_string(),
        Some(value) => value.strip_prefix(':').unwrap_or(value).to_string(),
    };
    let path = if spec.starts_with('/') {
        spec.clone()
    } else {
        format!("/usr/share/zoneinfo/{spec}")
    };
    if !spec.contains("..") {
        if let Some(zone) = std::fs::read(&path).ok().and_then(|data| parse_tzif(&data)) {
            return zone;
        }
    }
    if spec == "/etc/localtime" {
        let mut rule = parse_rule(b"");
        rule.rules[0].name = b"UTC".to_vec();
        rule.rules[1].name = b"UTC".to_vec();
        return Zone::Rule(rule);
    }
    Zone::Rule(parse_rule(spec.as_bytes()))
}

/// Reads big-endian integers from a TZif file.
struct Reader<'a> {
    data: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Option<&[u8]> {
        let bytes = self.data.get(self.at..self.at.checked_add(n)?)?;
        self.at += n;
        Some(bytes)
    }

    fn u32(&mut self) -> Option<usize> {
        let bytes = self.take(4)?;
        Some(u32::from_be_bytes(bytes.try_into().ok()?) as usize)
    }

    fn i32(&mut self) -> Option<i64> {
        let bytes = self.take(4)?;
        Some(i64::from(i32::from_be_bytes(bytes.try_into().ok()?)))
    }

    fn i64(&mut self) -> Option<i64> {
        let bytes = self.take(8)?;
        Some(i64::from_be_bytes(bytes.try_into().ok()?))
    }
}

/// The counts of a TZif header: isutcnt, isstdcnt, leapcnt, timecnt,
/// typecnt, charcnt.
fn tzif_header(reader: &mut Reader<'_>) -> Option<(u8, [usize; 6])> {
    if reader.take(4)? != b"TZif" {
        return None;
    }
    let version = reader.take(1)?[0];
    reader.take(15)?;
    let mut counts = [0; 6];
    for count in &mut counts {
        *count = reader.u32()?;
    }
    Some((version, counts))
}

/// Parses a TZif file (RFC 8536), using the 64-bit block when present.
fn parse_tzif(data: &[u8]) -> Option<Zone> {
    let mut reader = Reader { data, at: 0 };
    let (version, mut counts) = tzif_header(&mut reader)?;
    let mut time_size = 4;
    if version >= b'2' {
        let [isut, isstd, leap, time, types, chars] = counts;
        reader.take(time * 5 + types * 6 + chars + leap * 8 + isstd + isut)?;
        counts = tzif_header(&mut reader)?.1;
        time_size = 8;
    }
    let [_, _, leap_count, time_count, type_count, char_count] = counts;
    let mut transitions = Vec::with_capacity(time_count);
    for _ in 0..time_count {
        transitions.push(if time_size == 8 {
            reader.i64()?
        } else {
            reader.i32()?
        });
    }
    let indices: Vec<usize> = reader
        .take(time_count)?
        .iter()
        .map(|&i| usize::from(i))
        .collect();
    let mut raw_types = Vec::with_capacity(type_count);
    for _ in 0..type_count {
        let offset = reader.i32()?;
        let flags = reader.take(2)?;
        raw_types.push((offset, flags[0] != 0, usize::from(flags[1])));
    }
    let chars = reader.take(char_count)?;
    let types: Vec<LocalType> = raw_types
        .into_iter()
        .map(|(offset, isdst, name_at)| {
            let name = chars.get(name_at..).unwrap_or_default();
            let end = name.iter().position(|&b| b == 0).unwrap_or(name.len());
            LocalType {
                offset,
                isdst,
                abbreviation: name[..end].to_vec(),
            }
        })
        .collect();
    if type_count == 0 || indices.iter().any(|&i| i >= type_count) {
        return None;
    }
    let footer = if time_size == 8 {
        reader.take(leap_count * 12 + counts[1] + counts[0])?;
        let rest = &data[reader.at..];
        let text = rest.strip_prefix(b"\n").unwrap_or_default();
        let end = text.iter().position(|&b| b == b'\n').unwrap_or(text.len());
        (end > 0).then(|| parse_rule(&text[..end]))
    } else {
        None
    };
    Some(Zone::File {
        transitions,
        indices,
        types,
        footer,
    })
}

/// glibc's `__tzset_parse_tz`, which never fails: what does not parse
/// leaves the zeroed rule in place (UTC, empty names), so `Foo/Bar` is a
/// zone named `Foo` at offset 0 and `EST5x` is daylight time at offset 0
/// for most of the year, exactly as glibc has it.
fn parse_rule(text: &[u8]) -> PosixRule {
    let mut parser = RuleParser {
        text,
        at: 0,
        rules: [TzRule::default(), TzRule::default()],
    };
    if parser.zone_name(0) && parser.offset(0) {
        if parser.peek() != 0 {
            if parser.zone_name(1) {
                parser.offset(1);
            }
            if parser.rule(0) {
                parser.rule(1);
            }
        } else {
            parser.rules[1].name = parser.rules[0].name.clone();
            parser.rules[1].offset = parser.rules[0].offset;
        }
    }
    PosixRule {
        rules: parser.rules,
    }
}

/// The state of `parse_rule`: the text (a C string), the position, and
/// the two halves being filled in.
struct RuleParser<'a> {
    text: &'a [u8],
    at: usize,
    rules: [TzRule; 2],
}

impl RuleParser<'_> {
    fn peek(&self) -> u8 {
        self.byte(self.at)
    }

    fn byte(&self, index: usize) -> u8 {
        self.text.get(index).copied().unwrap_or(0)
    }

    /// `%hu` without a sign: the number and the position after it.
    fn number(&self, from: usize) -> Option<(i64, usize)> {
        let mut end = from;
        let mut value: i64 = 0;
        while self.byte(end).is_ascii_digit() {
            value = (value * 10 + i64::from(self.byte(end) - b'0')).min(1 << 20);
            end += 1;
        }
        (end > from).then_some((value & 0xffff, end))
    }

    /// `sscanf("%hu%n:%hu%n:%hu%n")`: hours, minutes, seconds (the
    /// missing ones `None`) and the position after the last one read.
    fn clock(&self) -> ([Option<i64>; 3], usize) {
        let mut parts = [None; 3];
        let mut consumed = self.at;
        let mut from = self.at;
        for (index, part) in parts.iter_mut().enumerate() {
            if index > 0 {
                if self.byte(from) != b':' {
                    break;
                }
                from += 1;
            }
            let Some((value, end)) = self.number(from) else {
                break;
            };
            *part = Some(value);
            consumed = end;
            from = end;
        }
        (parts, consumed)
    }

    /// glibc's `parse_tzname`: three or more letters, or `<...>`.
    fn zone_name(&mut self, which: usize) -> bool {
        let letters = self.text[self.at.min(self.text.len())..]
            .iter()
            .take_while(|b| b.is_ascii_alphabetic())
            .count();
        if letters >= 3 {
            self.rules[which].name = self.text[self.at..self.at + letters].to_vec();
            self.at += letters;
            return true;
        }
        if self.peek() != b'<' {
            return false;
        }
        let start = self.at + 1;
        let mut end = start;
        while matches!(self.byte(end), b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'+' | b'-') {
            end += 1;
        }
        if self.byte(end) != b'>' || end - start < 3 {
            return false;
        }
        self.rules[which].name = self.text[start..end].to_vec();
        self.at = end + 1;
        true
    }

    /// glibc's `parse_offset`: POSIX offsets count west, so `EST5` is
    /// five hours behind UTC. Daylight time defaults to an hour ahead.
    fn offset(&mut self, which: usize) -> bool {
        let first = self.peek();
        if which == 0 && (first == 0 || (first != b'+' && first != b'-' && !first.is_ascii_digit()))
        {
            return false;
        }
        let sign = match first {
            b'-' => 1,
            b'+' => -1,
            _ => -1,
        };
        if first == b'-' || first == b'+' {
            self.at += 1;
        }
        let ([hours, minutes, seconds], consumed) = self.clock();
        match hours {
            Some(hours) => {
                let minutes = minutes.unwrap_or(0).min(59);
                let seconds = seconds.unwrap_or(0).min(59);
                self.rules[which].offset = sign * (hours.min(24) * 3600 + minutes * 60 + seconds);
                self.at = consumed;
                true
            }
            None if which == 0 => {
                self.rules[0].offset = 0;
                false
            }
            None => {
                self.rules[1].offset = self.rules[0].offset + 3600;
                true
            }
        }
    }

    /// glibc's `parse_rule`: `,date[/time]`, the US dates when absent.
    fn rule(&mut self, which: usize) -> bool {
        if self.peek() == b',' {
            self.at += 1;
        }
        let first = self.peek();
        let rule = &mut self.rules[which];
        if first == b'J' || first.is_ascii_digit() {
            rule.kind = if first == b'J' {
                RuleKind::Julian
            } else {
                RuleKind::ZeroBased
            };
            if first == b'J' {
                self.at += 1;
                if !self.peek().is_ascii_digit() {
                    return false;
                }
            }
            let mut end = self.at;
            let mut day: i64 = 0;
            while self.byte(end).is_ascii_digit() {
                day = (day * 10 + i64::from(self.byte(end) - b'0')).min(1 << 20);
                end += 1;
            }
            let rule = &mut self.rules[which];
            if day > 365 || (rule.kind == RuleKind::Julian && day == 0) {
                return false;
            }
            rule.day = day;
            self.at = end;
        } else if first == b'M' {
            rule.kind = RuleKind::MonthWeekDay;
            let mut at = self.at + 1;
            let mut parts = [0i64; 3];
            for (index, part) in parts.iter_mut().enumerate() {
                if index > 0 {
                    if self.byte(at) != b'.' {
                        return false;
                    }
                    at += 1;
                }
                let Some((value, end)) = self.number(at) else {
                    return false;
                };
                *part = value;
                at = end;
            }
            let [month, week, day] = parts;
            let rule = &mut self.rules[which];
            (rule.month, rule.week, rule.day) = (month, week, day);
            if !(1..=12).contains(&month) || !(1..=5).contains(&week) || day > 6 {
                return false;
            }
            self.at = at;
        } else if first == 0 {
            rule.kind = RuleKind::MonthWeekDay;
            (rule.month, rule.week, rule.day) = if which == 0 { (3, 2, 0) } else { (11, 1, 0) };
        } else {
            return false;
        }
        match self.peek() {
            0 | b',' => self.rules[which].secs = 7200,
            b'/' => {
                self.at += 1;
                if self.peek() == 0 {
                    return false;
                }
                let negative = self.peek() == b'-';
                if negative {
                    self.at += 1;
                }
                let ([hours, minutes, seconds], consumed) = self.clock();
                self.at = consumed;
                let secs =
                    hours.unwrap_or(2) * 3600 + minutes.unwrap_or(0) * 60 + seconds.unwrap_or(0);
                self.rules[which].secs = if negative { -secs } else { secs };
            }
            _ => return false,
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_round_trip() {
        for days in [-1_000_000, -719_468, -1, 0, 1, 11_016, 2_932_896] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
    }

    #[test]
    fn rule_strings() {
        let rule = parse_rule(b"EST5EDT,M3.2.0,M11.1.0");
        // 2021-07-01 12:00 UTC is daylight time, 2021-01-01 standard time.
        assert_eq!(rule.lookup(1_625_140_800).offset, -4 * 3600);
        assert_eq!(rule.lookup(1_609_502_400).offset, -5 * 3600);
        // DST began 2021-03-14 07:00 UTC.
        assert!(!rule.lookup(1_615_705_199).isdst);
        assert!(rule.lookup(1_615_705_200).isdst);
        assert_eq!(parse_rule(b"<+03>-3").rules[0].offset, 3 * 3600);
        assert_eq!(parse_rule(b"Foo/Bar").lookup(0).abbreviation, b"Foo");
    }
}
