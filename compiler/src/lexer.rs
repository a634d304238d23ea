//! The lexer: Lua source bytes to tokens, built on logos.
//!
//! Logos recognises the fixed tokens; strings, long brackets, comments and
//! numbers are finished by hand in callbacks because their extent depends on
//! escapes, levels and LuaJIT's number rules. Source is bytes, not UTF-8:
//! bytes >= 0x80 are identifier characters, as in LuaJIT.
//!
//! Lines: `\n`, `\r`, `\r\n` and `\n\r` each count as one line. The line
//! recorded for a token is the line where it ends, which is what LuaJIT
//! reports in errors.

use logos::{FilterResult, Logos};

/// What went wrong while scanning a token, with LuaJIT's wording.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum LexErrorKind {
    /// A byte that starts no token; reported by the parser as a symbol.
    #[default]
    Stray,
    /// `unfinished string`; `near` is the text so far, or None for `<eof>`.
    UnfinishedString(Option<Vec<u8>>),
    /// `invalid escape sequence` near the text so far.
    InvalidEscape(Vec<u8>),
    /// `unfinished long string`.
    UnfinishedLongString,
    /// `unfinished long comment`.
    UnfinishedLongComment,
    /// `invalid long string delimiter` near `[` and its `=`s.
    InvalidLongDelimiter(Vec<u8>),
    /// `malformed number` near its text.
    MalformedNumber(Vec<u8>),
    /// A number with an FFI suffix (`1LL`, `1ULL`, `2i`); becomes `FfiNumber`.
    FfiNumber(Vec<u8>),
}

/// An interned name or string literal: an index into the chunk's `Interner`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Symbol(u32);

impl Symbol {
    /// `self`, the implicit parameter of methods.
    pub const SELF: Symbol = Symbol(0);
    /// `goto`, which is a name unless a name follows it.
    pub const GOTO: Symbol = Symbol(1);
    /// The first symbol a chunk's own text gets.
    pub const FIRST_FREE: Symbol = Symbol(2);
}

/// The names and string literals of one chunk, each stored once, so the
/// parser and code generator pass and compare `Symbol`s instead of bytes.
#[derive(Clone, Debug)]
pub struct Interner {
    ids: ahash::AHashMap<Box<[u8]>, Symbol>,
    texts: Vec<Box<[u8]>>,
}

impl Default for Interner {
    fn default() -> Self {
        let mut interner = Interner {
            ids: ahash::AHashMap::new(),
            texts: Vec::new(),
        };
        for (text, symbol) in [(&b"self"[..], Symbol::SELF), (b"goto", Symbol::GOTO)] {
            assert_eq!(
                interner.intern(text),
                symbol,
                "well-known symbols come first"
            );
        }
        interner
    }
}

impl Interner {
    /// The symbol of `text`, added if new.
    pub fn intern(&mut self, text: &[u8]) -> Symbol {
        if let Some(&symbol) = self.ids.get(text) {
            return symbol;
        }
        let symbol = Symbol(self.texts.len() as u32);
        self.texts.push(text.into());
        self.ids.insert(text.into(), symbol);
        symbol
    }

    /// The bytes of a symbol.
    pub fn text(&self, symbol: Symbol) -> &[u8] {
        &self.texts[symbol.0 as usize]
    }
}

/// Lexer state carried between tokens.
#[derive(Clone, Debug)]
pub struct Extras {
    /// The current line (1-based).
    pub line: u32,
    /// Names and strings seen so far.
    pub interner: Interner,
}

impl Default for Extras {
    fn default() -> Self {
        Extras {
            line: 1,
            interner: Interner::default(),
        }
    }
}

type Lexer<'s> = logos::Lexer<'s, Token>;

/// A Lua token.
#[derive(Logos, Clone, Debug, PartialEq)]
#[logos(utf8 = false, extras = Extras, error = LexErrorKind)]
#[logos(skip r"[ \t\x0b\x0c]+")]
pub enum Token {
    #[regex(r"\n\r|\r\n|\n|\r", newline)]
    Newline,
    #[token("--", comment)]
    Comment,
    #[token("and")]
    And,
    #[token("break")]
    Break,
    #[token("do")]
    Do,
    #[token("else")]
    Else,
    #[token("elseif")]
    Elseif,
    #[token("end")]
    End,
    #[token("false")]
    False,
    #[token("for")]
    For,
    #[token("function")]
    Function,
    #[token("goto")]
    Goto,
    #[token("if")]
    If,
    #[token("in")]
    In,
    #[token("local")]
    Local,
    #[token("nil")]
    Nil,
    #[token("not")]
    Not,
    #[token("or")]
    Or,
    #[token("repeat")]
    Repeat,
    #[token("return")]
    Return,
    #[token("then")]
    Then,
    #[token("true")]
    True,
    #[token("until")]
    Until,
    #[token("while")]
    While,
    /// A name; bytes >= 0x80 count as letters.
    #[regex(r"(?-u:[A-Za-z_\x80-\xff][A-Za-z0-9_\x80-\xff]*)", |lex| { let text = lex.slice(); lex.extras.interner.intern(text) })]
    Name(Symbol),
    /// A number literal.
    #[regex(r"[0-9]|\.[0-9]", number)]
    Number(f64),
    /// A quoted string, escapes decoded.
    #[token("\"", quoted_string)]
    #[token("'", quoted_string)]
    String(Symbol),
    /// A long-bracket string.
    #[regex(r"\[=*\[", long_string)]
    LongString(Symbol),
    #[regex(r"\[=+", invalid_long_delimiter)]
    InvalidDelimiter,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("/")]
    Slash,
    #[token("%")]
    Percent,
    #[token("^")]
    Caret,
    #[token("#")]
    Hash,
    #[token("==")]
    Eq,
    #[token("~=")]
    Ne,
    #[token("<=")]
    Le,
    #[token(">=")]
    Ge,
    #[token("<")]
    Lt,
    #[token(">")]
    Gt,
    #[token("=")]
    Assign,
    #[token("(")]
    LParen,
    /// A `(` that opens call arguments; never produced by logos, the parser's
    /// token filter turns `LParen` into it after a prefix expression.
    CallParen,
    #[token(")")]
    RParen,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token("[")]
    LBracket,
    #[token("]")]
    RBracket,
    #[token("::")]
    DoubleColon,
    #[token(";")]
    Semicolon,
    #[token(":")]
    Colon,
    #[token(",")]
    Comma,
    #[token(".")]
    Dot,
    #[token("..")]
    Concat,
    #[token("...")]
    Dots,
    /// A LuaJIT FFI number literal (`1LL`, `1ULL`, `1i`). Lunaris has no
    /// FFI: the parser accepts it nowhere, so it reads "unexpected symbol".
    FfiNumber(Box<[u8]>),
    /// Any other single byte (`@`, `$`, `~`, control bytes): the parser rejects it.
    #[regex(r"[\x00-\x08\x0e-\x1f!-/:-@\[-`{-~\x7f]", |lex| lex.slice()[0], priority = 0)]
    Other(u8),
}

impl Token {
    /// The token with no owned payload (an FFI literal loses its text, which
    /// the source span still has), so the filter can keep it without
    /// allocating.
    pub fn shape(&self) -> Token {
        match self {
            Token::FfiNumber(_) => Token::FfiNumber(Box::default()),
            other => other.clone(),
        }
    }

    /// The token as LuaJIT prints it after `near`, for tokens whose text does
    /// not come from the source buffer (names, strings and numbers do). `None` is the NUL byte, which LuaJIT
    /// treats as "no token" and prints no `near` part for.
    pub fn describe(&self) -> Option<Vec<u8>> {
        let fixed: &str = match self {
            Token::Newline | Token::Comment | Token::InvalidDelimiter => "?",
            Token::And => "and",
            Token::Break => "break",
            Token::Do => "do",
            Token::Else => "else",
            Token::Elseif => "elseif",
            Token::End => "end",
            Token::False => "false",
            Token::For => "for",
            Token::Function => "function",
            Token::Goto => "goto",
            Token::If => "if",
            Token::In => "in",
            Token::Local => "local",
            Token::Nil => "nil",
            Token::Not => "not",
            Token::Or => "or",
            Token::Repeat => "repeat",
            Token::Return => "return",
            Token::Then => "then",
            Token::True => "true",
            Token::Until => "until",
            Token::While => "while",
            Token::FfiNumber(name) => return Some(name.to_vec()),
            Token::Name(_) => "?",
            Token::Number(_) | Token::String(_) | Token::LongString(_) => "?",
            Token::Plus => "+",
            Token::Minus => "-",
            Token::Star => "*",
            Token::Slash => "/",
            Token::Percent => "%",
            Token::Caret => "^",
            Token::Hash => "#",
            Token::Eq => "==",
            Token::Ne => "~=",
            Token::Le => "<=",
            Token::Ge => ">=",
            Token::Lt => "<",
            Token::Gt => ">",
            Token::Assign => "=",
            Token::LParen | Token::CallParen => "(",
            Token::RParen => ")",
            Token::LBrace => "{",
            Token::RBrace => "}",
            Token::LBracket => "[",
            Token::RBracket => "]",
            Token::DoubleColon => "::",
            Token::Semicolon => ";",
            Token::Colon => ":",
            Token::Comma => ",",
            Token::Dot => ".",
            Token::Concat => "..",
            Token::Dots => "...",
            Token::Other(0) => return None,
            Token::Other(byte) if *byte < 0x20 || *byte == 0x7f => {
                return Some(format!("char({byte})").into_bytes())
            }
            Token::Other(byte) => return Some(vec![*byte]),
        };
        Some(fixed.as_bytes().to_vec())
    }
}

fn newline(lex: &mut Lexer) -> logos::Skip {
    lex.extras.line += 1;
    logos::Skip
}

/// Length of a line break at the start of `rest`, if there is one.
fn line_break_len(rest: &[u8]) -> Option<usize> {
    match rest {
        [a @ (b'\n' | b'\r'), b, ..] if (*b == b'\n' || *b == b'\r') && a != b => Some(2),
        [b'\n' | b'\r', ..] => Some(1),
        _ => None,
    }
}

/// If `rest` starts with a long bracket `[=*[`, its level.
fn long_bracket_level(rest: &[u8]) -> Option<usize> {
    let level = rest.get(1..)?.iter().take_while(|&&b| b == b'=').count();
    (rest.first() == Some(&b'[') && rest.get(1 + level) == Some(&b'[')).then_some(level)
}

/// Scans a long string body starting right after its opening bracket.
/// Returns the content and the number of bytes consumed, or None at EOF.
fn scan_long_body(lex: &mut Lexer, level: usize) -> Option<(Vec<u8>, usize)> {
    let rest = lex.remainder();
    let mut pos = 0;
    let mut content = Vec::new();
    if let Some(len) = line_break_len(rest) {
        pos += len;
        lex.extras.line += 1;
    }
    loop {
        match rest.get(pos)? {
            b']' if rest
                .get(pos + 1..pos + 1 + level)?
                .iter()
                .all(|&b| b == b'=')
                && rest.get(pos + 1 + level) == Some(&b']') =>
            {
                return Some((content, pos + 2 + level));
            }
            b'\n' | b'\r' => {
                pos += line_break_len(&rest[pos..]).expect("at a line break");
                lex.extras.line += 1;
                content.push(b'\n');
            }
            &byte => {
                content.push(byte);
                pos += 1;
            }
        }
    }
}

fn long_string(lex: &mut Lexer) -> Result<Symbol, LexErrorKind> {
    let level = lex.slice().len() - 2;
    let (content, used) = scan_long_body(lex, level).ok_or_else(|| {
        lex.bump(lex.remainder().len());
        LexErrorKind::UnfinishedLongString
    })?;
    lex.bump(used);
    Ok(lex.extras.interner.intern(&content))
}

fn invalid_long_delimiter(lex: &mut Lexer) -> FilterResult<(), LexErrorKind> {
    FilterResult::Error(LexErrorKind::InvalidLongDelimiter(lex.slice().to_vec()))
}

fn comment(lex: &mut Lexer) -> FilterResult<(), LexErrorKind> {
    if let Some(level) = long_bracket_level(lex.remainder()) {
        lex.bump(level + 2);
        match scan_long_body(lex, level) {
            Some((_, used)) => lex.bump(used),
            None => {
                lex.bump(lex.remainder().len());
                return FilterResult::Error(LexErrorKind::UnfinishedLongComment);
            }
        }
    } else {
        let len = lex
            .remainder()
            .iter()
            .take_while(|&&b| b != b'\n' && b != b'\r')
            .count();
        lex.bump(len);
    }
    FilterResult::Skip
}

fn number(lex: &mut Lexer) -> Result<f64, LexErrorKind> {
    let start = lex.slice();
    let exponent_letter = if start == b"0" && matches!(lex.remainder().first(), Some(b'x' | b'X')) {
        b'p'
    } else {
        b'e'
    };
    let mut previous = *start.last().expect("a number starts with a byte");
    let mut used = 0;
    for &byte in lex.remainder() {
        let takes = byte.is_ascii_alphanumeric()
            || byte == b'_'
            || byte >= 0x80
            || byte == b'.'
            || ((byte == b'+' || byte == b'-') && previous | 0x20 == exponent_letter);
        if !takes {
            break;
        }
        previous = byte;
        used += 1;
    }
    lex.bump(used);
    let text = lex.slice();
    parse_number_text(text).ok_or_else(|| {
        if has_ffi_suffix(text) {
            LexErrorKind::FfiNumber(text.to_vec())
        } else {
            LexErrorKind::MalformedNumber(text.to_vec())
        }
    })
}

/// LuaJIT's cdata literals: an integer with `LL`/`ULL`/`LLU`, or any number with `i`.
fn has_ffi_suffix(text: &[u8]) -> bool {
    let lower = text.to_ascii_lowercase();
    if let Some(base) = lower.strip_suffix(b"i") {
        return parse_number_text(base).is_some();
    }
    let base = lower
        .strip_suffix(b"ull")
        .or_else(|| lower.strip_suffix(b"llu"))
        .or_else(|| lower.strip_suffix(b"ll"));
    base.is_some_and(|base| {
        let hex = base.starts_with(b"0x");
        let integer = !base.contains(&b'.')
            && (hex && !base.contains(&b'p') || !hex && !base.contains(&b'e'));
        integer && parse_number_text(base).is_some()
    })
}

/// LuaJIT's source numbers: `number.rs` literals plus `0b` binary integers.
fn parse_number_text(text: &[u8]) -> Option<f64> {
    match text {
        [b'0', b'b' | b'B', digits @ ..] if !digits.is_empty() => {
            digits.iter().try_fold(0f64, |acc, &d| match d {
                b'0' | b'1' => Some(acc * 2.0 + f64::from(d - b'0')),
                _ => None,
            })
        }
        _ => lunaris_vm::number::parse_literal(text),
    }
}

fn quoted_string(lex: &mut Lexer) -> Result<Symbol, LexErrorKind> {
    let quote = lex.slice()[0];
    let rest = lex.remainder();
    let mut buf = vec![quote];
    let mut pos = 0;
    let mut lines = 0;
    let result = loop {
        let Some(&byte) = rest.get(pos) else {
            break Err(LexErrorKind::UnfinishedString(None));
        };
        match byte {
            b'\n' | b'\r' => {
                break Err(LexErrorKind::UnfinishedString(Some(std::mem::take(
                    &mut buf,
                ))))
            }
            b'\\' => match decode_escape(&rest[pos + 1..], &mut buf, &mut lines) {
                Ok(used) => pos += 1 + used,
                Err(at_eof) => {
                    break Err(if at_eof {
                        LexErrorKind::UnfinishedString(None)
                    } else {
                        LexErrorKind::InvalidEscape(std::mem::take(&mut buf))
                    });
                }
            },
            _ if byte == quote => {
                pos += 1;
                break Ok(());
            }
            _ => {
                buf.push(byte);
                pos += 1;
            }
        }
    };
    lex.extras.line += lines;
    lex.bump(if result.is_ok() {
        pos
    } else {
        pos.min(rest.len())
    });
    result.map(|()| lex.extras.interner.intern(&buf[1..]))
}

/// Decodes the escape after a backslash into `buf`; returns the bytes used,
/// or Err(true) at end of input and Err(false) for an invalid escape.
fn decode_escape(rest: &[u8], buf: &mut Vec<u8>, lines: &mut u32) -> Result<usize, bool> {
    let Some(&first) = rest.first() else {
        return Err(true);
    };
    let simple = match first {
        b'a' => Some(7),
        b'b' => Some(8),
        b'f' => Some(12),
        b'n' => Some(b'\n'),
        b'r' => Some(b'\r'),
        b't' => Some(b'\t'),
        b'v' => Some(11),
        b'\\' | b'"' | b'\'' => Some(first),
        _ => None,
    };
    if let Some(byte) = simple {
        buf.push(byte);
        return Ok(1);
    }
    match first {
        b'\n' | b'\r' => {
            buf.push(b'\n');
            *lines += 1;
            Ok(line_break_len(rest).expect("at a line break"))
        }
        b'x' => {
            let hex = rest
                .get(1..3)
                .ok_or(rest.len() < 3 && rest[1..].iter().all(u8::is_ascii_hexdigit))?;
            let text = std::str::from_utf8(hex).map_err(|_| false)?;
            if !hex.iter().all(u8::is_ascii_hexdigit) {
                return Err(false);
            }
            buf.push(u8::from_str_radix(text, 16).map_err(|_| false)?);
            Ok(3)
        }
        b'z' => {
            let mut pos = 1;
            while let Some(&byte) = rest.get(pos) {
                if let Some(len) = line_break_len(&rest[pos..]) {
                    pos += len;
                    *lines += 1;
                } else if lunaris_vm::number::is_space(byte) {
                    pos += 1;
                } else {
                    break;
                }
            }
            Ok(pos)
        }
        b'u' => {
            if rest.get(1) != Some(&b'{') {
                return Err(rest.len() < 2);
            }
            let digits = rest[2..]
                .iter()
                .take_while(|b| b.is_ascii_hexdigit())
                .count();
            let mut code: u32 = 0;
            for &d in &rest[2..2 + digits] {
                code = (code << 4 | (d as char).to_digit(16).expect("hex digit")).min(0x11_0000);
            }
            match rest.get(2 + digits) {
                None => return Err(true),
                Some(b'}')
                    if digits > 0 && code < 0x11_0000 && !(0xd800..0xe000).contains(&code) => {}
                _ => return Err(false),
            }
            let ch = char::from_u32(code).ok_or(false)?;
            let mut utf8 = [0; 4];
            buf.extend_from_slice(ch.encode_utf8(&mut utf8).as_bytes());
            Ok(3 + digits)
        }
        b'0'..=b'9' => {
            let digits = rest
                .iter()
                .take(3)
                .take_while(|b| b.is_ascii_digit())
                .count();
            let value = rest[..digits]
                .iter()
                .fold(0u32, |acc, &d| acc * 10 + u32::from(d - b'0'));
            buf.push(u8::try_from(value).map_err(|_| false)?);
            Ok(digits)
        }
        _ => Err(false),
    }
}

/// A token with its position: the line where it ends and its byte span.
#[derive(Clone, Debug)]
pub struct Spanned {
    /// The token.
    pub token: Token,
    /// The line where the token ends.
    pub line: u32,
    /// Its bytes in the source.
    pub span: std::ops::Range<usize>,
}

/// A lexical error with the line it happened on.
#[derive(Clone, Debug, PartialEq)]
pub struct LexError {
    /// What went wrong.
    pub kind: LexErrorKind,
    /// The line LuaJIT reports.
    pub line: u32,
    /// The byte span of the offending input.
    pub span: std::ops::Range<usize>,
}

/// Skips a UTF-8 byte order mark and a first line starting with `#`, as
/// LuaJIT does. Returns the offset where tokens start.
pub fn skip_header(source: &[u8]) -> usize {
    let start = if source.starts_with(b"\xef\xbb\xbf") {
        3
    } else {
        0
    };
    if source.get(start) == Some(&b'#') {
        start
            + source[start..]
                .iter()
                .take_while(|&&b| b != b'\n' && b != b'\r')
                .count()
    } else {
        start
    }
}

/// An iterator of tokens over a whole source.
pub struct Tokens<'s> {
    lexer: Lexer<'s>,
    offset: usize,
}

impl<'s> Tokens<'s> {
    /// The interner holding the chunk's names and strings.
    pub fn interner(&self) -> &Interner {
        &self.lexer.extras.interner
    }

    /// Gives up the interner once lexing is done.
    pub fn into_interner(self) -> Interner {
        self.lexer.extras.interner
    }

    /// Starts lexing `source` (after its header, see `skip_header`).
    pub fn new(source: &'s [u8]) -> Tokens<'s> {
        let offset = skip_header(source);
        Tokens {
            lexer: Token::lexer(&source[offset..]),
            offset,
        }
    }

    /// The current line: after the last token, or at end of input.
    pub fn line(&self) -> u32 {
        self.lexer.extras.line
    }
}

impl Iterator for Tokens<'_> {
    type Item = Result<Spanned, LexError>;

    fn next(&mut self) -> Option<Self::Item> {
        let result = self.lexer.next()?;
        let span = self.lexer.span();
        let span = span.start + self.offset..span.end + self.offset;
        let line = self.lexer.extras.line;
        Some(match result {
            Ok(token) => Ok(Spanned { token, line, span }),
            Err(LexErrorKind::Stray) => {
                // Logos found no rule (a byte not covered by `Other`, which
                // cannot happen) or an `Other` byte at the same priority.
                let byte = self.lexer.slice().first().copied().unwrap_or(0);
                Ok(Spanned {
                    token: Token::Other(byte),
                    line,
                    span,
                })
            }
            Err(LexErrorKind::FfiNumber(text)) => Ok(Spanned {
                token: Token::FfiNumber(text.into_boxed_slice()),
                line,
                span,
            }),
            Err(kind) => Err(LexError { kind, line, span }),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tokens of `source`, names and strings shown with their text.
    fn tokens(source: &str) -> Vec<String> {
        let mut lexer = Tokens::new(source.as_bytes());
        let tokens: Vec<Token> = lexer
            .by_ref()
            .map(|t| t.expect("valid token").token)
            .collect();
        let interner = lexer.into_interner();
        let text = |symbol| String::from_utf8_lossy(interner.text(symbol)).into_owned();
        tokens
            .into_iter()
            .map(|token| match token {
                Token::Name(symbol) => format!("name {}", text(symbol)),
                Token::String(symbol) | Token::LongString(symbol) => {
                    format!("string {:?}", text(symbol))
                }
                Token::Number(n) => format!("number {n}"),
                other => format!("{other:?}"),
            })
            .collect()
    }

    fn error(source: &str) -> LexError {
        Tokens::new(source.as_bytes())
            .find_map(Result::err)
            .expect("a lexical error")
    }

    #[test]
    fn keywords_names_and_operators() {
        assert_eq!(
            tokens("local x = a.b .. c...~="),
            [
                "Local", "name x", "Assign", "name a", "Dot", "name b", "Concat", "name c", "Dots",
                "Ne"
            ]
        );
    }

    #[test]
    fn names_may_hold_high_bytes() {
        let mut lexer = Tokens::new(b"\xff\xfe x");
        assert!(matches!(
            lexer.next(),
            Some(Ok(Spanned {
                token: Token::Name(_),
                ..
            }))
        ));
        assert!(matches!(
            lexer.next(),
            Some(Ok(Spanned {
                token: Token::Name(_),
                ..
            }))
        ));
    }

    #[test]
    fn numbers() {
        assert_eq!(
            tokens("3 0x10 0x1p4 .5 1e2 0b101"),
            [
                "number 3",
                "number 16",
                "number 16",
                "number 0.5",
                "number 100",
                "number 5"
            ]
        );
        assert_eq!(
            error("x = 3..4").kind,
            LexErrorKind::MalformedNumber(b"3..4".to_vec())
        );
        assert_eq!(tokens("0x1e+1").len(), 3);
        assert!(matches!(
            Tokens::new(b"42LL").next(),
            Some(Ok(Spanned {
                token: Token::FfiNumber(_),
                ..
            }))
        ));
        assert_eq!(
            error("1e5LL").kind,
            LexErrorKind::MalformedNumber(b"1e5LL".to_vec())
        );
    }

    #[test]
    fn strings_and_escapes() {
        assert_eq!(
            tokens(r#""a\tb\65\x41\z   c\u{48}" 'q'"#),
            ["string \"a\\tbAAcH\"", "string \"q\""]
        );
        assert_eq!(tokens("[==[\nx]]y]==]"), ["string \"x]]y\""]);
        assert_eq!(
            error("'ab\\q'").kind,
            LexErrorKind::InvalidEscape(b"'ab".to_vec())
        );
        assert_eq!(
            error("\"ab\ncd\"").kind,
            LexErrorKind::UnfinishedString(Some(b"\"ab".to_vec()))
        );
        assert_eq!(
            error("x = [=x").kind,
            LexErrorKind::InvalidLongDelimiter(b"[=".to_vec())
        );
        assert_eq!(
            error("'\\u{D800}'").kind,
            LexErrorKind::InvalidEscape(b"'".to_vec())
        );
        assert_eq!(
            error("'\\300'").kind,
            LexErrorKind::InvalidEscape(b"'".to_vec())
        );
    }

    #[test]
    fn lines_and_comments() {
        let mut lexer = Tokens::new(b"#!shebang\na\r\nb\n\rc\rd --[[x\ny]] e -- f\n");
        let lines: Vec<u32> = lexer.by_ref().map(|t| t.expect("token").line).collect();
        assert_eq!(lines, vec![2, 3, 4, 5, 6]);
        assert_eq!(lexer.line(), 7);
        assert_eq!(
            error("--[==[ abc\n\n").kind,
            LexErrorKind::UnfinishedLongComment
        );
        assert_eq!(error("--[==[ abc\n\n").line, 3);
    }
}
