//! Lua 5.1 patterns (reference manual §5.4.1) as LuaJIT 2.1 matches them:
//! the engine behind `string.find`, `match`, `gmatch` and `gsub`. Bytes in,
//! offsets and captures out; it knows nothing of the VM, and `string.rs`
//! turns its results into Lua values and its errors into Lua errors.
//!
//! Matching is a backtracking search over the pattern text, with no
//! compiled form. Offsets into the subject are named `at`, offsets into the
//! pattern `pat`; both are 0-based byte offsets.
//!
//! Invariants and reference behaviour:
//! - A pattern ends at its first NUL byte, because LuaJIT reads patterns as
//!   C strings: `("a\0b"):match("a\0b")` is `"a"`. Use `%z` to match NUL.
//!   Subjects and replacement strings are read by length.
//! - Malformed patterns are reported only when the search reaches the bad
//!   spot, as in LuaJIT: `("b"):find("a%")` is nil, `("a"):find("a%")` fails.
//! - Every nested call of `Matcher::match_from` counts towards `MAX_DEPTH`,
//!   and only those calls recurse. A single-character item without a
//!   quantifier, `%b`, `%f` and back-references continue in a loop instead.
//!   So the Rust stack holds at most a few frames per level, and the depth
//!   at which "pattern too complex" is raised is the same as LuaJIT's:
//!   each capture start, capture end, `?` that matched, and try of a `*`,
//!   `+` or `-` item adds one level while the rest of the pattern is tried.
//! - Backtracking is not memoised: `.-b` against a long run of `a` is
//!   quadratic here exactly as in LuaJIT. It is slow but always finishes.

use std::fmt;

/// Captures a pattern may open in one match (Lua's `LUA_MAXCAPTURES`).
pub const MAX_CAPTURES: usize = 32;

/// Nested match calls allowed before "pattern too complex" (LuaJIT's limit
/// on the C recursion of its matcher).
const MAX_DEPTH: usize = 200;

/// The escape character of patterns and replacement strings.
const ESCAPE: u8 = b'%';

/// Bytes that make `string.find` run the matcher instead of a plain search
/// (LuaJIT's `lj_str_haspattern`; `)` and `]` are not among them).
const SPECIALS: &[u8] = b"^$*+?.([%-";

/// A malformed pattern or replacement, or a match beyond the limits. The
/// `Display` text is LuaJIT's message, without position information.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PatternError {
    /// The pattern ends with a lone `%`.
    EndsWithEscape,
    /// A `[` set has no closing `]`.
    MissingBracket,
    /// `%f` is not followed by a `[` set.
    MissingFrontierSet,
    /// `%b` is not followed by two characters.
    UnbalancedPattern,
    /// `%n` names a capture that does not exist or is still open, in a
    /// pattern or a replacement string.
    InvalidCaptureIndex,
    /// A `)` closes no capture.
    InvalidPatternCapture,
    /// A capture still open when the match ended was asked for.
    UnfinishedCapture,
    /// More than `MAX_CAPTURES` captures were opened.
    TooManyCaptures,
    /// The match nested deeper than `MAX_DEPTH`.
    TooComplex,
}

impl PatternError {
    /// LuaJIT's message for this error.
    pub fn message(self) -> &'static str {
        match self {
            PatternError::EndsWithEscape => "malformed pattern (ends with '%')",
            PatternError::MissingBracket => "malformed pattern (missing ']')",
            PatternError::MissingFrontierSet => "missing '[' after '%f' in pattern",
            PatternError::UnbalancedPattern => "unbalanced pattern",
            PatternError::InvalidCaptureIndex => "invalid capture index",
            PatternError::InvalidPatternCapture => "invalid pattern capture",
            PatternError::UnfinishedCapture => "unfinished capture",
            PatternError::TooManyCaptures => "too many captures",
            PatternError::TooComplex => "pattern too complex",
        }
    }
}

impl fmt::Display for PatternError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message())
    }
}

impl std::error::Error for PatternError {}

/// One capture of a successful match.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Capture {
    /// The bytes `start..end` of the subject.
    Range(usize, usize),
    /// A position capture `()`: the 1-based position it stood at.
    Position(usize),
    /// A capture whose `)` was never reached, as in `(a`. The match itself
    /// succeeds; asking for this capture's value is the error.
    Unfinished,
}

/// The value of a capture, as Lua sees it: a string or a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CaptureValue<'s> {
    /// A piece of the subject.
    Bytes(&'s [u8]),
    /// A 1-based position, from `()`.
    Position(usize),
}

/// A successful match: the subject bytes `start..end` (0-based), and the
/// captures in the order their `(` appear in the pattern.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Match {
    pub start: usize,
    pub end: usize,
    pub captures: Vec<Capture>,
}

impl Match {
    /// The values `string.match`, `gmatch` and a `gsub` function receive:
    /// the captures, or the whole match when the pattern has none.
    /// (`string.find` returns no captures at all for such a pattern, so it
    /// checks `captures.is_empty()` first.)
    pub fn values<'s>(&self, subject: &'s [u8]) -> Result<Vec<CaptureValue<'s>>, PatternError> {
        if self.captures.is_empty() {
            return Ok(vec![CaptureValue::Bytes(&subject[self.start..self.end])]);
        }
        (0..self.captures.len())
            .map(|index| self.capture(subject, index))
            .collect()
    }

    /// Capture `index` (0-based, so `%1` is index 0), where index 0 of a
    /// pattern without captures is the whole match, as a `gsub` table
    /// lookup and a replacement's `%1` see it.
    pub fn capture<'s>(
        &self,
        subject: &'s [u8],
        index: usize,
    ) -> Result<CaptureValue<'s>, PatternError> {
        match self.captures.get(index) {
            Some(&Capture::Range(start, end)) => Ok(CaptureValue::Bytes(&subject[start..end])),
            Some(&Capture::Position(position)) => Ok(CaptureValue::Position(position)),
            Some(Capture::Unfinished) => Err(PatternError::UnfinishedCapture),
            None if index == 0 => Ok(CaptureValue::Bytes(&subject[self.start..self.end])),
            None => Err(PatternError::InvalidCaptureIndex),
        }
    }
}

/// Whether `pattern` holds a byte that makes it a pattern. Without one,
/// LuaJIT's `string.find` does a plain search instead of matching, so
/// `("x)"):find("x)")` finds the text where `match` would fail.
pub fn has_specials(pattern: &[u8]) -> bool {
    pattern.iter().any(|byte| SPECIALS.contains(byte))
}

/// The first occurrence of `needle` at or after offset `init` (clamped to
/// the subject's length): `string.find` with `plain` set, or without
/// specials.
pub fn find_plain(subject: &[u8], needle: &[u8], init: usize) -> Option<usize> {
    let init = init.min(subject.len());
    if needle.is_empty() {
        return Some(init);
    }
    subject[init..]
        .windows(needle.len())
        .position(|window| window == needle)
        .map(|offset| init + offset)
}

/// The first match of `pattern` starting at or after offset `init` (clamped
/// to the subject's length), for `string.find` and `string.match`. A
/// leading `^` anchors the match at `init`.
pub fn find(subject: &[u8], pattern: &[u8], init: usize) -> Result<Option<Match>, PatternError> {
    let pattern = until_nul(pattern);
    let (anchored, body) = match pattern.split_first() {
        Some((b'^', body)) => (true, body),
        _ => (false, pattern),
    };
    let mut matcher = Matcher::new(subject, body);
    let mut start = init.min(subject.len());
    loop {
        if let Some(found) = matcher.try_at(start)? {
            return Ok(Some(found));
        }
        start += 1;
        if anchored || start > subject.len() {
            return Ok(None);
        }
    }
}

/// The state of a `gmatch` iteration or a `gsub` loop between two matches.
/// It is plain data, so a native function can keep it across calls; every
/// call of `next` must pass the same subject and pattern.
///
/// Matches never overlap, and a match that is empty moves the next try on
/// by one byte (Lua 5.1 allows an empty match right after a non-empty one:
/// `("abc"):gsub("b*", "-")` is `-a--c-`). So the text `gsub` keeps is,
/// between two matches, `subject[previous.end..next.start]`, and after the
/// last one, `subject[last.end..]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Scan {
    /// Where the next try starts; past the subject's end when finished.
    pub position: usize,
    /// The matches returned so far.
    pub count: usize,
    /// The most matches to return.
    limit: usize,
    /// The pattern began with `^`: try once, at the start.
    anchored: bool,
}

impl Scan {
    /// A `string.gmatch` iteration. In Lua 5.1 `gmatch` gives `^` no
    /// meaning: it is matched as a literal `^`.
    pub fn gmatch() -> Scan {
        Scan {
            position: 0,
            count: 0,
            limit: usize::MAX,
            anchored: false,
        }
    }

    /// A `string.gsub` loop: at most `max_n` matches (`None` for no limit;
    /// Lua's zero or negative `n` is `Some(0)`), and a leading `^` means a
    /// single try at the start.
    pub fn gsub(pattern: &[u8], max_n: Option<usize>) -> Scan {
        Scan {
            position: 0,
            count: 0,
            limit: max_n.unwrap_or(usize::MAX),
            anchored: pattern.first() == Some(&b'^'),
        }
    }

    /// The next match, or `None` when the iteration is over.
    pub fn next(&mut self, subject: &[u8], pattern: &[u8]) -> Result<Option<Match>, PatternError> {
        let mut body = until_nul(pattern);
        if self.anchored {
            body = &body[1..];
        }
        let mut matcher = Matcher::new(subject, body);
        while self.count < self.limit && self.position <= subject.len() {
            let start = self.position;
            let found = matcher.try_at(start)?;
            self.position = match &found {
                Some(found) if found.end > start => found.end,
                _ => start + 1,
            };
            if self.anchored {
                self.position = subject.len() + 1;
            }
            if found.is_some() {
                self.count += 1;
                return Ok(found);
            }
        }
        Ok(None)
    }
}

/// `string.gsub` with the replacement left to `replace`, which appends what
/// stands for each match to the output (to keep a match unchanged, it
/// appends `subject[m.start..m.end]`). Returns the new string and the
/// number of matches. See `Scan::gsub` for `max_n`.
pub fn gsub<E: From<PatternError>>(
    subject: &[u8],
    pattern: &[u8],
    max_n: Option<usize>,
    mut replace: impl FnMut(&Match, &mut Vec<u8>) -> Result<(), E>,
) -> Result<(Vec<u8>, usize), E> {
    let mut scan = Scan::gsub(pattern, max_n);
    let mut out = Vec::with_capacity(subject.len());
    let mut kept_from = 0;
    while let Some(found) = scan.next(subject, pattern)? {
        out.extend_from_slice(&subject[kept_from..found.start]);
        replace(&found, &mut out)?;
        kept_from = found.end;
    }
    out.extend_from_slice(&subject[kept_from..]);
    Ok((out, scan.count))
}

/// Appends a `gsub` replacement string for `found` to `out`: `%0` is the
/// whole match, `%1`..`%9` the captures (`%1` is the whole match when there
/// are none), and `%` before any other byte stands for that byte. As in
/// LuaJIT, a `%` at the very end stands for a NUL byte.
pub fn expand_replacement(
    replacement: &[u8],
    subject: &[u8],
    found: &Match,
    out: &mut Vec<u8>,
) -> Result<(), PatternError> {
    let mut bytes = replacement.iter();
    while let Some(&byte) = bytes.next() {
        if byte != ESCAPE {
            out.push(byte);
            continue;
        }
        match bytes.next().copied().unwrap_or(0) {
            b'0' => out.extend_from_slice(&subject[found.start..found.end]),
            digit @ b'1'..=b'9' => match found.capture(subject, usize::from(digit - b'1'))? {
                CaptureValue::Bytes(bytes) => out.extend_from_slice(bytes),
                CaptureValue::Position(position) => {
                    out.extend_from_slice(position.to_string().as_bytes())
                }
            },
            other => out.push(other),
        }
    }
    Ok(())
}

/// The part of `pattern` before its first NUL (see the invariants above).
fn until_nul(pattern: &[u8]) -> &[u8] {
    match pattern.iter().position(|&byte| byte == 0) {
        Some(end) => &pattern[..end],
        None => pattern,
    }
}

/// A capture while matching: where it starts and how far it got.
#[derive(Clone, Copy, Debug)]
struct Slot {
    start: usize,
    state: SlotState,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum SlotState {
    Open,
    Closed(usize), // The end offset.
    Position,
}

/// One search of one pattern over one subject.
struct Matcher<'a> {
    subject: &'a [u8],
    pattern: &'a [u8],
    depth: usize,     // Nested `match_from` calls now running.
    slots: Vec<Slot>, // Captures opened on the current path, in `(` order.
}

impl<'a> Matcher<'a> {
    fn new(subject: &'a [u8], pattern: &'a [u8]) -> Matcher<'a> {
        Matcher {
            subject,
            pattern,
            depth: 0,
            slots: Vec::new(),
        }
    }

    /// Matches the whole pattern starting exactly at `start`.
    fn try_at(&mut self, start: usize) -> Result<Option<Match>, PatternError> {
        self.slots.clear();
        let Some(end) = self.match_from(start, 0)? else {
            return Ok(None);
        };
        let captures = self
            .slots
            .iter()
            .map(|slot| match slot.state {
                SlotState::Open => Capture::Unfinished,
                SlotState::Closed(end) => Capture::Range(slot.start, end),
                SlotState::Position => Capture::Position(slot.start + 1),
            })
            .collect();
        Ok(Some(Match {
            start,
            end,
            captures,
        }))
    }

    /// Matches the pattern from `pat` on against the subject from `at` on,
    /// returning where the match ends. This is the only recursive entry.
    fn match_from(&mut self, at: usize, pat: usize) -> Result<Option<usize>, PatternError> {
        if self.depth >= MAX_DEPTH {
            return Err(PatternError::TooComplex);
        }
        self.depth += 1;
        let res = self.match_loop(at, pat);
        self.depth -= 1;
        res
    }

    fn match_loop(&mut self, mut at: usize, mut pat: usize) -> Result<Option<usize>, PatternError> {
        loop {
            let Some(&byte) = self.pattern.get(pat) else {
                return Ok(Some(at));
            };
            let next = self.pattern.get(pat + 1).copied();
            match (byte, next) {
                (b'(', Some(b')')) => return self.start_capture(at, pat + 2, SlotState::Position),
                (b'(', _) => return self.start_capture(at, pat + 1, SlotState::Open),
                (b')', _) => return self.end_capture(at, pat + 1),
                (b'$', None) => return Ok((at == self.subject.len()).then_some(at)),
                (ESCAPE, Some(b'b')) => match self.balance(at, pat + 2)? {
                    Some(end) => {
                        at = end;
                        pat += 4;
                        continue;
                    }
                    None => return Ok(None),
                },
                (ESCAPE, Some(b'f')) => match self.frontier(at, pat + 2)? {
                    Some(set_end) => {
                        pat = set_end;
                        continue;
                    }
                    None => return Ok(None),
                },
                (ESCAPE, Some(digit)) if digit.is_ascii_digit() => {
                    match self.back_reference(at, digit)? {
                        Some(end) => {
                            at = end;
                            pat += 2;
                            continue;
                        }
                        None => return Ok(None),
                    }
                }
                _ => {}
            }
            // A single-character class, perhaps with a quantifier.
            let class_end = self.class_end(pat)?;
            let matches = self.matches_at(at, pat, class_end);
            match self.pattern.get(class_end) {
                Some(b'?') => {
                    if matches {
                        if let Some(end) = self.match_from(at + 1, class_end + 1)? {
                            return Ok(Some(end));
                        }
                    }
                    pat = class_end + 1;
                }
                Some(b'*') => return self.max_expand(at, pat, class_end),
                Some(b'+') if matches => return self.max_expand(at + 1, pat, class_end),
                Some(b'+') => return Ok(None),
                Some(b'-') => return self.min_expand(at, pat, class_end),
                _ if matches => {
                    at += 1;
                    pat = class_end;
                }
                _ => return Ok(None),
            }
        }
    }

    /// Opens a capture at `at` and matches the rest from `pat`.
    fn start_capture(
        &mut self,
        at: usize,
        pat: usize,
        state: SlotState,
    ) -> Result<Option<usize>, PatternError> {
        if self.slots.len() >= MAX_CAPTURES {
            return Err(PatternError::TooManyCaptures);
        }
        self.slots.push(Slot { start: at, state });
        let res = self.match_from(at, pat)?;
        if res.is_none() {
            self.slots.pop();
        }
        Ok(res)
    }

    /// Closes the innermost open capture at `at` and matches the rest.
    fn end_capture(&mut self, at: usize, pat: usize) -> Result<Option<usize>, PatternError> {
        let index = self
            .slots
            .iter()
            .rposition(|slot| slot.state == SlotState::Open)
            .ok_or(PatternError::InvalidPatternCapture)?;
        self.slots[index].state = SlotState::Closed(at);
        let res = self.match_from(at, pat)?;
        if res.is_none() {
            self.slots[index].state = SlotState::Open;
        }
        Ok(res)
    }

    /// `%1`..`%9` (and the invalid `%0`): the text of a closed capture
    /// again. A position capture is never matched again.
    fn back_reference(&self, at: usize, digit: u8) -> Result<Option<usize>, PatternError> {
        let slot = usize::from(digit - b'0')
            .checked_sub(1)
            .and_then(|index| self.slots.get(index))
            .ok_or(PatternError::InvalidCaptureIndex)?;
        match slot.state {
            SlotState::Open => Err(PatternError::InvalidCaptureIndex),
            SlotState::Position => Ok(None),
            SlotState::Closed(end) => {
                let captured = &self.subject[slot.start..end];
                let end = at + captured.len();
                Ok((self.subject.get(at..end) == Some(captured)).then_some(end))
            }
        }
    }

    /// `%bxy` with `pat` at `x`: a run from `x` to its balancing `y`.
    fn balance(&self, at: usize, pat: usize) -> Result<Option<usize>, PatternError> {
        let (Some(&open), Some(&close)) = (self.pattern.get(pat), self.pattern.get(pat + 1)) else {
            return Err(PatternError::UnbalancedPattern);
        };
        if self.subject.get(at) != Some(&open) {
            return Ok(None);
        }
        let mut depth = 1;
        for (offset, &byte) in self.subject[at + 1..].iter().enumerate() {
            // The closer is checked first, so `%b""` matches a quoted run.
            if byte == close {
                depth -= 1;
                if depth == 0 {
                    return Ok(Some(at + 1 + offset + 1));
                }
            } else if byte == open {
                depth += 1;
            }
        }
        Ok(None)
    }

    /// `%f[set]` with `pat` at `[`: the byte before `at` is outside the set
    /// and the byte at `at` inside it, where the subject is taken to have a
    /// NUL before its start and after its end. Returns the end of the set.
    fn frontier(&self, at: usize, pat: usize) -> Result<Option<usize>, PatternError> {
        if self.pattern.get(pat) != Some(&b'[') {
            return Err(PatternError::MissingFrontierSet);
        }
        let set_end = self.class_end(pat)?;
        let before = if at == 0 { 0 } else { self.subject[at - 1] };
        let current = self.subject.get(at).copied().unwrap_or(0);
        let close = set_end - 1;
        let found = !self.in_set(before, pat, close) && self.in_set(current, pat, close);
        Ok(found.then_some(set_end))
    }

    /// Greedy `*` (and `+` after its first byte): takes as many bytes of the
    /// class as possible, then gives them back one at a time.
    fn max_expand(
        &mut self,
        at: usize,
        pat: usize,
        class_end: usize,
    ) -> Result<Option<usize>, PatternError> {
        let mut count = 0;
        while self.matches_at(at + count, pat, class_end) {
            count += 1;
        }
        for taken in (0..=count).rev() {
            if let Some(end) = self.match_from(at + taken, class_end + 1)? {
                return Ok(Some(end));
            }
        }
        Ok(None)
    }

    /// Lazy `-`: tries the rest first, then one more byte of the class.
    fn min_expand(
        &mut self,
        mut at: usize,
        pat: usize,
        class_end: usize,
    ) -> Result<Option<usize>, PatternError> {
        loop {
            if let Some(end) = self.match_from(at, class_end + 1)? {
                return Ok(Some(end));
            }
            if !self.matches_at(at, pat, class_end) {
                return Ok(None);
            }
            at += 1;
        }
    }

    /// The end of the single-character class at `pat`: `.`, a literal, `%x`
    /// or a `[set]`. In a set the first byte (after any `^`) is never its
    /// end, so `[]]` is the set of `]`, and `%` escapes the byte after it.
    fn class_end(&self, pat: usize) -> Result<usize, PatternError> {
        let pattern = self.pattern;
        match pattern[pat] {
            ESCAPE if pat + 1 >= pattern.len() => Err(PatternError::EndsWithEscape),
            ESCAPE => Ok(pat + 2),
            b'[' => {
                let mut pat = pat + 1;
                if pattern.get(pat) == Some(&b'^') {
                    pat += 1;
                }
                loop {
                    let Some(&byte) = pattern.get(pat) else {
                        return Err(PatternError::MissingBracket);
                    };
                    pat += 1;
                    if byte == ESCAPE && pat < pattern.len() {
                        pat += 1;
                    }
                    if pattern.get(pat) == Some(&b']') {
                        return Ok(pat + 1);
                    }
                }
            }
            _ => Ok(pat + 1),
        }
    }

    /// Whether the subject byte at `at` exists and is in the class
    /// `pattern[pat..class_end]`.
    fn matches_at(&self, at: usize, pat: usize, class_end: usize) -> bool {
        let Some(&byte) = self.subject.get(at) else {
            return false;
        };
        match self.pattern[pat] {
            b'.' => true,
            ESCAPE => class_matches(byte, self.pattern[pat + 1]),
            b'[' => self.in_set(byte, pat, class_end - 1),
            literal => literal == byte,
        }
    }

    /// Whether `byte` is in the set from the `[` at `pat` to the `]` at
    /// `close`. A `-` makes a range only between two bytes inside the set,
    /// so `[a-]` and `[-a]` hold a literal `-`; `%x` is a class or escape.
    fn in_set(&self, byte: u8, pat: usize, close: usize) -> bool {
        let pattern = self.pattern;
        let mut item = pat + 1;
        let negated = pattern[item] == b'^';
        if negated {
            item += 1;
        }
        while item < close {
            let first = pattern[item];
            if first == ESCAPE {
                if class_matches(byte, pattern[item + 1]) {
                    return !negated;
                }
                item += 2;
            } else if pattern[item + 1] == b'-' && item + 2 < close {
                if (first..=pattern[item + 2]).contains(&byte) {
                    return !negated;
                }
                item += 3;
            } else {
                if first == byte {
                    return !negated;
                }
                item += 1;
            }
        }
        negated
    }
}

/// Whether `byte` is in the class `%letter`, in the C locale (bytes above
/// 127 are in no class). An upper-case letter is the complement, and `%`
/// before any byte that names no class stands for that byte itself.
fn class_matches(byte: u8, letter: u8) -> bool {
    let in_class = match letter.to_ascii_lowercase() {
        b'a' => byte.is_ascii_alphabetic(),
        b'c' => byte.is_ascii_control(),
        b'd' => byte.is_ascii_digit(),
        b'g' => byte.is_ascii_graphic(),
        b'l' => byte.is_ascii_lowercase(),
        b'p' => byte.is_ascii_punctuation(),
        // C's isspace: Rust's is_ascii_whitespace leaves out \v.
        b's' => matches!(byte, b'\t'..=b'\r' | b' '),
        b'u' => byte.is_ascii_uppercase(),
        b'w' => byte.is_ascii_alphanumeric(),
        b'x' => byte.is_ascii_hexdigit(),
        b'z' => byte == 0,
        _ => return byte == letter,
    };
    in_class != letter.is_ascii_uppercase()
}

#[cfg(test)]
mod tests {
    //! Expected strings are what luajit prints for the same call, values
    //! joined by spaces; `lua_gmatch` joins iterations with `|`.

    use super::*;

    fn show(values: &[CaptureValue<'_>]) -> String {
        let shown: Vec<String> = values
            .iter()
            .map(|value| match value {
                CaptureValue::Bytes(bytes) => String::from_utf8_lossy(bytes).into_owned(),
                CaptureValue::Position(position) => position.to_string(),
            })
            .collect();
        shown.join(" ")
    }

    fn shown_error(error: PatternError) -> String {
        format!("error: {error}")
    }

    /// `string.find(subject, pattern, init)`, with `init` 1-based.
    fn lua_find_at(subject: impl AsRef<[u8]>, pattern: impl AsRef<[u8]>, init: usize) -> String {
        let (subject, pattern) = (subject.as_ref(), pattern.as_ref());
        if !has_specials(pattern) {
            return match find_plain(subject, pattern, init - 1) {
                Some(start) => format!("{} {}", start + 1, start + pattern.len()),
                None => "nil".to_string(),
            };
        }
        match find(subject, pattern, init - 1) {
            Err(error) => shown_error(error),
            Ok(None) => "nil".to_string(),
            Ok(Some(found)) => {
                let bounds = format!("{} {}", found.start + 1, found.end);
                if found.captures.is_empty() {
                    return bounds;
                }
                match found.values(subject) {
                    Ok(values) => format!("{bounds} {}", show(&values)),
                    Err(error) => shown_error(error),
                }
            }
        }
    }

    fn lua_find(subject: impl AsRef<[u8]>, pattern: impl AsRef<[u8]>) -> String {
        lua_find_at(subject, pattern, 1)
    }

    /// `string.match(subject, pattern)`.
    fn lua_match(subject: impl AsRef<[u8]>, pattern: impl AsRef<[u8]>) -> String {
        let subject = subject.as_ref();
        match find(subject, pattern.as_ref(), 0) {
            Err(error) => shown_error(error),
            Ok(None) => "nil".to_string(),
            Ok(Some(found)) => match found.values(subject) {
                Ok(values) => show(&values),
                Err(error) => shown_error(error),
            },
        }
    }

    /// `string.gsub(subject, pattern, replacement, max_n)` with a string
    /// replacement.
    fn lua_gsub_n(
        subject: impl AsRef<[u8]>,
        pattern: impl AsRef<[u8]>,
        replacement: impl AsRef<[u8]>,
        max_n: Option<usize>,
    ) -> String {
        let subject = subject.as_ref();
        let res = gsub(subject, pattern.as_ref(), max_n, |found, out| {
            expand_replacement(replacement.as_ref(), subject, found, out)
        });
        match res {
            Ok((out, count)) => format!("{} {count}", String::from_utf8_lossy(&out)),
            Err(error) => shown_error(error),
        }
    }

    fn lua_gsub(
        subject: impl AsRef<[u8]>,
        pattern: impl AsRef<[u8]>,
        replacement: impl AsRef<[u8]>,
    ) -> String {
        lua_gsub_n(subject, pattern, replacement, None)
    }

    /// Every iteration of `string.gmatch(subject, pattern)`.
    fn lua_gmatch(subject: impl AsRef<[u8]>, pattern: impl AsRef<[u8]>) -> String {
        let (subject, pattern) = (subject.as_ref(), pattern.as_ref());
        let mut scan = Scan::gmatch();
        let mut iterations = Vec::new();
        loop {
            match scan.next(subject, pattern) {
                Ok(Some(found)) => match found.values(subject) {
                    Ok(values) => iterations.push(show(&values)),
                    Err(error) => {
                        iterations.push(shown_error(error));
                        break;
                    }
                },
                Ok(None) => break,
                Err(error) => {
                    iterations.push(shown_error(error));
                    break;
                }
            }
        }
        iterations.join("|")
    }

    /// The bytes in class `%letter`, as luajit lists them: runs `first-last`.
    fn class_ranges(letter: u8) -> String {
        let mut runs = Vec::new();
        let mut run_start = None;
        for byte in 0..=256u16 {
            let inside = byte < 256 && class_matches(byte as u8, letter);
            match (inside, run_start) {
                (true, None) => run_start = Some(byte),
                (false, Some(first)) => {
                    runs.push(format!("{first}-{}", byte - 1));
                    run_start = None;
                }
                _ => {}
            }
        }
        runs.join(" ")
    }

    #[test]
    fn find_returns_bounds() {
        assert_eq!(lua_find("hello", "l+"), "3 4");
        assert_eq!(lua_find("hello", "xyz"), "nil");
        assert_eq!(lua_find("hello", "o$"), "5 5");
        assert_eq!(lua_find("hello world", "o w"), "5 7");
    }

    #[test]
    fn find_starts_at_init() {
        assert_eq!(lua_find_at("hello", "l", 4), "4 4");
        assert_eq!(lua_find_at("hello", "l.", 4), "4 5");
        assert_eq!(lua_find_at("hello", "h.", 2), "nil");
    }

    #[test]
    fn find_anchors_at_init() {
        assert_eq!(lua_find_at("hello", "^l", 4), "4 4");
        assert_eq!(lua_find_at("hello", "^h", 2), "nil");
        assert_eq!(lua_find("hello", "^e"), "nil");
    }

    #[test]
    fn empty_pattern_matches_empty_string() {
        assert_eq!(lua_find("hello", ""), "1 0");
        assert_eq!(lua_find("", ""), "1 0");
        assert_eq!(lua_find_at("hello", "()", 6), "6 5 6");
        assert_eq!(lua_find("", "^$"), "1 0");
        assert_eq!(lua_find("hello", "^$"), "nil");
    }

    #[test]
    fn find_clamps_init_to_the_end() {
        let found = find(b"hello", b"()", 10).unwrap().unwrap();
        assert_eq!(found.start, 5);
        assert_eq!(found.captures, vec![Capture::Position(6)]);
    }

    #[test]
    fn find_reports_captures_after_bounds() {
        assert_eq!(lua_find("hello", "(l)(l)"), "3 4 l l");
        assert_eq!(lua_find("hello", "()ll()"), "3 4 3 5");
    }

    #[test]
    fn match_struct_holds_offsets() {
        let found = find(b"hello", b"(l)(l)()", 0).unwrap().unwrap();
        assert_eq!(
            found,
            Match {
                start: 2,
                end: 4,
                captures: vec![
                    Capture::Range(2, 3),
                    Capture::Range(3, 4),
                    Capture::Position(5)
                ],
            }
        );
    }

    #[test]
    fn find_without_specials_is_plain() {
        assert!(!has_specials(b"x)"));
        assert!(!has_specials(b"a]"));
        assert!(has_specials(b"a-"));
        assert_eq!(lua_find("x)", "x)"), "1 2");
        assert_eq!(lua_find("a]", "]"), "2 2");
        assert_eq!(lua_match("a", "a)"), "error: invalid pattern capture");
    }

    #[test]
    fn find_plain_searches_bytes() {
        assert_eq!(find_plain(b"hello", b"l", 0), Some(2));
        assert_eq!(find_plain(b"hello", b"l", 3), Some(3));
        assert_eq!(find_plain(b"hello", b"lo", 4), None);
        assert_eq!(find_plain(b"hello", b"", 9), Some(5));
    }

    #[test]
    fn pattern_ends_at_nul() {
        assert_eq!(lua_find("a\0b", "a\0b"), "1 3");
        assert_eq!(lua_find("a\0b", "a\0."), "1 1");
        assert_eq!(lua_match("a\0b", "a\0b"), "a");
        assert_eq!(
            lua_match("a\0b", "a[\0]b"),
            "error: malformed pattern (missing ']')"
        );
        assert_eq!(lua_gsub("a\0b", "a\0b", "x"), "x\0b 1");
    }

    #[test]
    fn class_contents_match_luajit() {
        assert_eq!(class_ranges(b'a'), "65-90 97-122");
        assert_eq!(class_ranges(b'c'), "0-31 127-127");
        assert_eq!(class_ranges(b'd'), "48-57");
        assert_eq!(class_ranges(b'g'), "33-126");
        assert_eq!(class_ranges(b'l'), "97-122");
        assert_eq!(class_ranges(b'p'), "33-47 58-64 91-96 123-126");
        assert_eq!(class_ranges(b's'), "9-13 32-32");
        assert_eq!(class_ranges(b'u'), "65-90");
        assert_eq!(class_ranges(b'w'), "48-57 65-90 97-122");
        assert_eq!(class_ranges(b'x'), "48-57 65-70 97-102");
        assert_eq!(class_ranges(b'z'), "0-0");
    }

    #[test]
    fn upper_case_classes_are_complements() {
        for letter in b"acdglpsuwxz" {
            let upper = letter.to_ascii_uppercase();
            for byte in 0..=255u8 {
                assert_ne!(class_matches(byte, *letter), class_matches(byte, upper));
                let subject = [byte];
                let single = format!("%{}", *letter as char);
                let in_set = format!("[%{}]", *letter as char);
                assert_eq!(lua_find(subject, single), lua_find(subject, in_set));
            }
        }
    }

    #[test]
    fn single_classes() {
        assert_eq!(lua_match("hello world", "%a+"), "hello");
        assert_eq!(lua_match("abc123", "%d+"), "123");
        assert_eq!(lua_match("x\t\x0b\x0c\r\n y", "%s+"), "\t\x0b\x0c\r\n ");
        assert_eq!(lua_match("hello World", "%u%l+"), "World");
        assert_eq!(lua_match("foo_bar1", "%w+"), "foo");
        assert_eq!(lua_match("0xBeEf!", "%x+"), "0");
        assert_eq!(lua_match("a, b", "%p"), ",");
        assert_eq!(lua_match("ab\x01c", "%c"), "\x01");
        assert_eq!(lua_find("a", "%g"), "1 1");
        assert_eq!(lua_find(" ", "%g"), "nil");
    }

    #[test]
    fn dot_matches_any_byte() {
        assert_eq!(lua_find("\0", "."), "1 1");
        assert_eq!(lua_find(b"\xff", "."), "1 1");
        assert_eq!(lua_match("abc", ".."), "ab");
    }

    #[test]
    fn z_matches_nul() {
        assert_eq!(lua_match("a\0b", "%z"), "\0");
        assert_eq!(lua_match("a\0b", ".%Z"), "\0b");
        assert_eq!(lua_match("a\0b", "[%z]"), "\0");
        assert_eq!(lua_find("a", "%z"), "nil");
    }

    #[test]
    fn high_bytes_are_in_no_class() {
        assert_eq!(lua_find(b"\xe9", "%a"), "nil");
        assert_eq!(lua_find(b"\xff\x80a", "%A+"), "1 2");
        assert_eq!(lua_find(b"a\xff\x80", b"[\x80-\xff]+"), "2 3");
    }

    #[test]
    fn escapes_stand_for_themselves() {
        assert_eq!(lua_match("a.b", "%."), ".");
        assert_eq!(lua_match("a+b", "a%+b"), "a+b");
        assert_eq!(lua_match("x%y", "%%"), "%");
        assert_eq!(lua_match("q", "%q"), "q");
        assert_eq!(lua_match("(x)", "%(%w%)"), "(x)");
    }

    #[test]
    fn sets() {
        assert_eq!(lua_match("foo_bar1", "[%a_]+"), "foo_bar");
        assert_eq!(lua_match("  word  ", "[^%s]+"), "word");
        assert_eq!(lua_match("hello", "[aeiou]"), "e");
        assert_eq!(lua_match("Hello", "[A-Z][a-z]+"), "Hello");
        assert_eq!(lua_match("%a", "[%%]"), "%");
    }

    #[test]
    fn bracket_first_in_set_is_literal() {
        assert_eq!(lua_match("x]", "[]]"), "]");
        assert_eq!(lua_match("x]", "[^]]"), "x");
        assert_eq!(lua_match("]", "[]-a]"), "]");
    }

    #[test]
    fn dash_at_set_edges_is_literal() {
        assert_eq!(lua_match("a-z", "[a-]+"), "a-");
        assert_eq!(lua_match("a-z", "[-z]+"), "-z");
        assert_eq!(lua_match("b-", "[a%-z]+"), "-");
        assert_eq!(lua_match("c", "[a-]"), "nil");
    }

    #[test]
    fn odd_set_ranges() {
        assert_eq!(lua_match("z", "[z-a]"), "nil");
        assert_eq!(lua_match("c", "[a-%c]"), "c");
        assert_eq!(lua_match("b", "[a-%c]"), "nil");
        assert_eq!(lua_match("-", "[a-%c]"), "nil");
    }

    #[test]
    fn caret_inside_set() {
        assert_eq!(lua_match("^", "[^^]"), "nil");
        assert_eq!(lua_match("^", "[a^]"), "^");
    }

    #[test]
    fn greedy_star_and_plus() {
        assert_eq!(lua_find("aaab", "a*"), "1 3");
        assert_eq!(lua_find("aaab", "a+"), "1 3");
        assert_eq!(lua_find("baaa", "a+"), "2 4");
        assert_eq!(lua_match("<a><b>", "<.*>"), "<a><b>");
        assert_eq!(lua_find("b", "a*"), "1 0");
    }

    #[test]
    fn lazy_minus() {
        assert_eq!(lua_find("aaab", "a-b"), "1 4");
        assert_eq!(lua_match("<a><b>", "<.->"), "<a>");
        assert_eq!(lua_match("a-b", "a-b"), "b");
        assert_eq!(lua_match("xab", "a-b"), "ab");
    }

    #[test]
    fn optional() {
        assert_eq!(lua_find("baaa", "a?"), "1 0");
        assert_eq!(lua_find("baaa", "ba?a"), "1 3");
        assert_eq!(lua_match("color colour", "colou?r"), "color");
    }

    #[test]
    fn quantifier_after_quantifier_is_literal() {
        assert_eq!(lua_match("aa**", "a**"), "aa*");
        assert_eq!(lua_match("ab", "(a)*"), "nil");
        assert_eq!(lua_match("a*", "(a)*"), "a");
    }

    #[test]
    fn anchors_elsewhere_are_literal() {
        assert_eq!(lua_match("a$b", "a$b"), "a$b");
        assert_eq!(lua_match("a^b", "a^b"), "a^b");
        assert_eq!(lua_match("ab", "^^"), "nil");
        assert_eq!(lua_match("^ab", "^^a"), "^a");
        assert_eq!(lua_match("ab$", "b$$"), "b$");
        assert_eq!(lua_match("ab", "b$$"), "nil");
    }

    #[test]
    fn common_idioms() {
        assert_eq!(lua_match("  trim  ", "^%s*(.-)%s*$"), "trim");
        assert_eq!(lua_match("2024-01-15", "(%d+)-(%d+)-(%d+)"), "2024 01 15");
        assert_eq!(lua_match("key = value", "(%w+)%s*=%s*(%w+)"), "key value");
        assert_eq!(
            lua_match("/usr/lib/x.so", "^(.*)/([^/]*)$"),
            "/usr/lib x.so"
        );
    }

    #[test]
    fn nested_captures() {
        assert_eq!(lua_match("hello", "(h)(e)(l)(l)(o)"), "h e l l o");
        assert_eq!(lua_match("hello", "((h)(e))"), "he h e");
        assert_eq!(lua_match("hello", "(h(e(l)))"), "hel el l");
    }

    #[test]
    fn position_captures() {
        assert_eq!(lua_match("hello", "()ll()"), "3 5");
        assert_eq!(lua_match("  x", "()x()"), "3 4");
        assert_eq!(lua_match("hello", "()"), "1");
    }

    #[test]
    fn back_references() {
        assert_eq!(lua_match("abcabc", "(abc)%1"), "abc");
        assert_eq!(lua_match("abcabd", "(abc)%1"), "nil");
        assert_eq!(lua_match("say 'hi' now", "([\"'])(.-)%1"), "' hi");
        assert_eq!(lua_match("aa", "(a)%1*"), "nil");
        assert_eq!(lua_match("aa*", "(a)%1*"), "a");
    }

    #[test]
    fn back_reference_to_position_never_matches() {
        assert_eq!(lua_find("aa", "()%1"), "nil");
    }

    #[test]
    fn balanced() {
        assert_eq!(lua_find("x(a(b)c)y", "%b()"), "2 8");
        assert_eq!(lua_find("x((a)", "%b()"), "3 5");
        assert_eq!(lua_find("\"ab\"c\"", "%b\"\""), "1 4");
        assert_eq!(lua_find("aaa", "%baa"), "1 2");
        assert_eq!(lua_find("", "%bxy"), "nil");
        assert_eq!(lua_match("f(a, g(b)) + 1", "%w+%b()"), "f(a, g(b))");
    }

    #[test]
    fn frontier() {
        assert_eq!(lua_find_at("THE (quick) fox", "%f[%a]%a+", 5), "6 10");
        assert_eq!(lua_gsub("THE (quick) fox", "%f[%a]%a+", "W"), "W (W) W 3");
        assert_eq!(
            lua_gsub("hello world", "%f[%w]%w+%f[%W]", "<%0>"),
            "<hello> <world> 2"
        );
    }

    #[test]
    fn frontier_sees_nul_beyond_the_ends() {
        assert_eq!(lua_find("abc", "%f[%z]"), "4 3");
        assert_eq!(lua_find("abc", "%f[%Z]"), "1 0");
        assert_eq!(lua_find("", "%f[%z]"), "nil");
        assert_eq!(lua_find("", "%f[%Z]"), "nil");
    }

    #[test]
    fn malformed_escape_and_set() {
        assert_eq!(
            lua_find("a", "%"),
            "error: malformed pattern (ends with '%')"
        );
        assert_eq!(
            lua_find("a", "[a"),
            "error: malformed pattern (missing ']')"
        );
        assert_eq!(
            lua_find("a", "[]"),
            "error: malformed pattern (missing ']')"
        );
        assert_eq!(
            lua_find("a", "[^]"),
            "error: malformed pattern (missing ']')"
        );
        assert_eq!(
            lua_find("a", "[a-"),
            "error: malformed pattern (missing ']')"
        );
        assert_eq!(
            lua_find("a", "[a%"),
            "error: malformed pattern (missing ']')"
        );
    }

    #[test]
    fn malformed_frontier() {
        assert_eq!(
            lua_find("a", "%f"),
            "error: missing '[' after '%f' in pattern"
        );
        assert_eq!(
            lua_find("a", "%fa"),
            "error: missing '[' after '%f' in pattern"
        );
        assert_eq!(
            lua_find("a", "%f[a"),
            "error: malformed pattern (missing ']')"
        );
    }

    #[test]
    fn malformed_balance() {
        assert_eq!(lua_find("a", "%b"), "error: unbalanced pattern");
        assert_eq!(lua_find("a", "%ba"), "error: unbalanced pattern");
        assert_eq!(lua_find("b", "%bx"), "error: unbalanced pattern");
    }

    #[test]
    fn invalid_capture_references() {
        assert_eq!(lua_find("a", "%1"), "error: invalid capture index");
        assert_eq!(lua_find("a", "%0"), "error: invalid capture index");
        assert_eq!(lua_find("a", "(a%1)"), "error: invalid capture index");
        assert_eq!(lua_match("a", "a)"), "error: invalid pattern capture");
    }

    #[test]
    fn unfinished_captures_fail_when_read() {
        assert_eq!(lua_find("a", "(a"), "error: unfinished capture");
        assert_eq!(lua_find("a", "("), "error: unfinished capture");
        assert_eq!(lua_find("a", "(()"), "error: unfinished capture");
        assert_eq!(lua_match("a", "(a"), "error: unfinished capture");
        assert_eq!(lua_find("a", "()"), "1 0 1");
    }

    #[test]
    fn errors_wait_until_reached() {
        assert_eq!(lua_find("b", "a%"), "nil");
        assert_eq!(
            lua_find("a", "a%"),
            "error: malformed pattern (ends with '%')"
        );
        assert_eq!(lua_find("b", "a["), "nil");
        assert_eq!(lua_find("b", "a%b"), "nil");
    }

    #[test]
    fn capture_limit() {
        let ten_a = "a".repeat(10);
        assert_eq!(
            lua_find(&ten_a, "()".repeat(32)),
            format!("1 0{}", " 1".repeat(32))
        );
        assert_eq!(
            lua_find(&ten_a, "()".repeat(33)),
            "error: too many captures"
        );
        assert_eq!(lua_find(&ten_a, "(a)".repeat(33)), "nil");
    }

    #[test]
    fn depth_limit_counts_optional_items() {
        let complex = "error: pattern too complex";
        assert_eq!(lua_find("a".repeat(199), "a?".repeat(199)), "1 199");
        assert_eq!(lua_find("a".repeat(200), "a?".repeat(200)), complex);
        assert_eq!(lua_find("b".repeat(300), "a?".repeat(250)), "1 0");
        assert_eq!(lua_find("a".repeat(198) + "bb", "a?".repeat(250)), "1 198");
        assert_eq!(lua_find("a".repeat(199) + "bb", "a?".repeat(250)), "1 199");
        assert_eq!(lua_find("a".repeat(300), "a?".repeat(250) + "b"), complex);
    }

    #[test]
    fn depth_limit_counts_expansions() {
        let complex = "error: pattern too complex";
        assert_eq!(lua_find("a".repeat(198), "a?".repeat(198) + "a*"), "1 198");
        assert_eq!(lua_find("a".repeat(199), "a?".repeat(199) + "a*"), complex);
        assert_eq!(lua_find("a".repeat(199), "a-".repeat(199)), "1 0");
        assert_eq!(lua_find("a".repeat(200), "a-".repeat(200)), complex);
    }

    #[test]
    fn depth_limit_counts_capture_ends() {
        let complex = "error: pattern too complex";
        let sequence = "(a)".repeat(32);
        let nested = "(".repeat(16) + &"a".repeat(16) + &")".repeat(16);
        let positions = "()".repeat(32);
        let run = |n| "a".repeat(n);
        assert!(lua_find(run(32 + 135), sequence.clone() + &"a?".repeat(135)).starts_with("1 167"));
        assert_eq!(
            lua_find(run(32 + 136), sequence + &"a?".repeat(136)),
            complex
        );
        assert!(lua_find(run(16 + 167), nested.clone() + &"a?".repeat(167)).starts_with("1 183"));
        assert_eq!(lua_find(run(16 + 168), nested + &"a?".repeat(168)), complex);
        assert!(lua_find(run(167), positions.clone() + &"a?".repeat(167)).starts_with("1 167"));
        assert_eq!(lua_find(run(168), positions + &"a?".repeat(168)), complex);
    }

    #[test]
    fn huge_pattern_is_too_complex() {
        let pattern = "a?".repeat(5000) + &"a".repeat(5000);
        assert_eq!(
            lua_find("a".repeat(5000), pattern),
            "error: pattern too complex"
        );
    }

    #[test]
    fn depth_limit_spares_plain_items() {
        let long = "a".repeat(1000);
        assert_eq!(lua_match(&long, &long).len(), 1000);
        assert_eq!(lua_find(&long, "%f[a]".repeat(300)), "1 0");
        assert_eq!(lua_find("()".repeat(300), "%b()".repeat(300)), "1 600");
        assert_eq!(
            lua_find("a".repeat(301), "(a)".to_string() + &"%1".repeat(300)),
            "1 301 a"
        );
    }

    #[test]
    fn lazy_scan_without_match_terminates() {
        assert_eq!(lua_find("a".repeat(2000), ".-b"), "nil");
    }

    #[test]
    fn megabyte_subject() {
        let subject = "a".repeat(1 << 20);
        assert_eq!(lua_find(&subject, ".-$"), "1 1048576");
        assert_eq!(lua_find(&subject, "%s*$"), "1048577 1048576");
        let with_x = subject.clone() + "x";
        let found = find(with_x.as_bytes(), b"(.-)x", 0).unwrap().unwrap();
        assert_eq!(found.captures, vec![Capture::Range(0, 1 << 20)]);
        assert_eq!(lua_gsub(&subject, "a", "").len(), "1048576".len() + 1);
    }

    #[test]
    fn gsub_replaces_every_match() {
        assert_eq!(lua_gsub("hello world", "o", "0"), "hell0 w0rld 2");
        assert_eq!(
            lua_gsub("hello world", "(%w+)", "<%1>"),
            "<hello> <world> 2"
        );
        assert_eq!(lua_gsub("hello", "l+", ""), "heo 1");
        assert_eq!(lua_gsub("abc", "x", "y"), "abc 0");
    }

    #[test]
    fn gsub_empty_matches_advance_one_byte() {
        assert_eq!(lua_gsub("abc", "", "-"), "-a-b-c- 4");
        assert_eq!(lua_gsub("abc", "%w*", "-"), "-- 2");
        assert_eq!(lua_gsub("abc", "b*", "-"), "-a--c- 4");
        assert_eq!(lua_gsub("abc", ".-", "-"), "-a-b-c- 4");
        assert_eq!(lua_gsub("a".repeat(1000), ".-$", "x"), "xx 2");
    }

    #[test]
    fn gsub_anchor_tries_once() {
        assert_eq!(lua_gsub("abc", "^", "-"), "-abc 1");
        assert_eq!(lua_gsub("abc", "^.", "-"), "-bc 1");
        assert_eq!(lua_gsub("abc", "^b", "x"), "abc 0");
        assert_eq!(lua_gsub("aaa", "^a", "b"), "baa 1");
    }

    #[test]
    fn gsub_max_n() {
        assert_eq!(lua_gsub_n("abc", ".", "-", Some(2)), "--c 2");
        assert_eq!(lua_gsub_n("abc", ".", "-", Some(0)), "abc 0");
        assert_eq!(lua_gsub_n("abc", "", "-", Some(2)), "-a-bc 2");
    }

    #[test]
    fn replacement_captures() {
        assert_eq!(lua_gsub("abc", "b", "[%1]"), "a[b]c 1");
        assert_eq!(lua_gsub("abc", "()b", "%1"), "a2c 1");
        assert_eq!(lua_gsub("abc", "()b", "%0"), "abc 1");
        assert_eq!(lua_gsub("hello", "(l)(l)", "%2%1%0"), "hellllo 1");
    }

    #[test]
    fn replacement_errors() {
        assert_eq!(lua_gsub("x", "x", "%2"), "error: invalid capture index");
        assert_eq!(lua_gsub("abc", "(b)", "%9"), "error: invalid capture index");
        assert_eq!(
            lua_gsub("x", "(x)", "%1%0%2"),
            "error: invalid capture index"
        );
        assert_eq!(lua_gsub("abc", "x", "%2"), "abc 0");
    }

    #[test]
    fn replacement_escape_of_other_bytes() {
        assert_eq!(lua_gsub("x", "x", "%a"), "a 1");
        assert_eq!(lua_gsub("x", "x", "%%"), "% 1");
        assert_eq!(lua_gsub("x", "x", "%"), "\0 1");
        assert_eq!(lua_gsub("x", "x", "a%"), "a\0 1");
        assert_eq!(lua_gsub("x", "x", "%\0y"), "\0y 1");
        assert_eq!(lua_gsub("x", "x", "a\0%0"), "a\0x 1");
    }

    #[test]
    fn replacement_and_unfinished_captures() {
        assert_eq!(lua_gsub("a", "(a", "x"), "x 1");
        assert_eq!(lua_gsub("a", "(a", "%0"), "a 1");
        assert_eq!(lua_gsub("a", "(a", "%1"), "error: unfinished capture");
        assert_eq!(lua_gsub("ab", "(a)(b", "%1"), "a 1");
        assert_eq!(lua_gsub("ab", "(a)(b", "%2"), "error: unfinished capture");
    }

    #[test]
    fn gsub_keeps_what_replace_keeps() {
        let subject = b"one two three";
        let (out, count) = gsub(subject, b"%a+", None, |found, out| {
            let word = &subject[found.start..found.end];
            if word == b"two" {
                out.extend_from_slice(word);
            } else {
                out.extend_from_slice(b"_");
            }
            Ok::<(), PatternError>(())
        })
        .unwrap();
        assert_eq!((out.as_slice(), count), (&b"_ two _"[..], 3));
    }

    #[test]
    fn gmatch_iterates() {
        assert_eq!(
            lua_gmatch("hello world from lua", "%a+"),
            "hello|world|from|lua"
        );
        assert_eq!(lua_gmatch("k=v, a=b", "(%w+)=(%w+)"), "k v|a b");
        assert_eq!(lua_gmatch("abc", "()(.?)"), "1 a|2 b|3 c|4 ");
    }

    #[test]
    fn gmatch_empty_matches_advance_one_byte() {
        assert_eq!(lua_gmatch("abc", ""), "|||");
        assert_eq!(lua_gmatch("abc", "b*"), "|b||");
    }

    #[test]
    fn gmatch_caret_is_literal() {
        assert_eq!(lua_gmatch("abc", "^."), "");
        assert_eq!(lua_gmatch("^abc", "^."), "^a");
        assert_eq!(lua_gmatch("a^b^c", "^%a"), "^b|^c");
    }

    #[test]
    fn gmatch_errors() {
        assert_eq!(lua_gmatch("a", "(a"), "error: unfinished capture");
        assert_eq!(
            lua_gmatch("ab", "b%"),
            "error: malformed pattern (ends with '%')"
        );
    }

    #[test]
    fn scan_resumes_from_saved_state() {
        let (subject, pattern) = (b"a1b2c3", b"%a(%d)");
        let mut scan = Scan::gmatch();
        let first = scan.next(subject, pattern).unwrap().unwrap();
        assert_eq!(first.captures, vec![Capture::Range(1, 2)]);
        let mut resumed = Scan::gmatch();
        resumed.position = scan.position;
        resumed.count = scan.count;
        let second = resumed.next(subject, pattern).unwrap().unwrap();
        assert_eq!((second.start, second.end, resumed.count), (2, 4, 2));
    }

    #[test]
    fn match_capture_accessors() {
        let found = find(b"hello", b"(h)()", 0).unwrap().unwrap();
        assert_eq!(found.capture(b"hello", 0), Ok(CaptureValue::Bytes(b"h")));
        assert_eq!(found.capture(b"hello", 1), Ok(CaptureValue::Position(2)));
        assert_eq!(
            found.capture(b"hello", 2),
            Err(PatternError::InvalidCaptureIndex)
        );
        let whole = find(b"hello", b"ll", 0).unwrap().unwrap();
        assert_eq!(whole.capture(b"hello", 0), Ok(CaptureValue::Bytes(b"ll")));
        assert_eq!(whole.values(b"hello"), Ok(vec![CaptureValue::Bytes(b"ll")]));
    }
}
