//! Parsing: the token filter that feeds the lalrpop grammar, the helpers its
//! actions call, and the translation of parse failures into LuaJIT's words.
//!
//! The filter settles what an LR grammar cannot: whether a `(` calls the
//! expression before it (LuaJIT always takes it as a call, and rejects one on
//! a new line as ambiguous), whether `goto` is a keyword, and how deep the
//! syntax nests (LuaJIT's 200 levels). It also tracks open brackets and
//! blocks so that a missing `end` can name what it should close.

use crate::ast::{BinOp, Block, Expr, Primary, Stat, Suffixed, UnOp};
use crate::error::SyntaxError;
use crate::grammar::ChunkParser;
use crate::lexer::{Interner, LexError, LexErrorKind, Spanned, Symbol, Token, Tokens};
use lalrpop_util::ParseError;

/// LuaJIT's LJ_MAX_XLEVEL: the most nested syntax levels.
const MAX_LEVELS: usize = 200;

/// A parser location: token index and the line the token ends on.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Pos {
    /// Index of the token in the stream.
    pub index: u32,
    /// Line of the token.
    pub line: u32,
}

/// An error raised by a grammar action or the token filter.
#[derive(Clone, Debug, PartialEq)]
pub enum ActionError {
    /// A complete error.
    Syntax(SyntaxError),
    /// A message whose `near` part is the current lookahead token.
    NearLookahead(&'static str),
    /// A message with no `near` part at `line`.
    AtLine(&'static str, u32),
}

/// One operand of a flat expression: a simple expression and the unary
/// operators before it, innermost first.
pub struct Operand {
    pub prefixes: Vec<(UnOp, u32)>,
    pub value: Expr,
}

/// Lua's binary priorities (left, right); right-associative operators
/// bind less on their right (Lua 5.1 `lparser.c` priority table).
fn priority(op: BinOp) -> (u8, u8) {
    match op {
        BinOp::Or => (1, 1),
        BinOp::And => (2, 2),
        BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => (3, 3),
        BinOp::Concat => (5, 4),
        BinOp::Add | BinOp::Sub => (6, 6),
        BinOp::Mul | BinOp::Div | BinOp::Mod => (7, 7),
        BinOp::Pow => (10, 9),
    }
}

/// The priority of unary operators: `-x^2` is `-(x^2)`, `-x*y` is `(-x)*y`.
const UNARY_PRIORITY: u8 = 8;

/// An operator waiting for its right side while `expression` reads on.
enum Pending {
    Unary(UnOp, u32),
    Binary(BinOp, u32),
}

/// Arranges `first op1 e1 op2 e2 ...` by priority and associativity, with
/// explicit stacks instead of recursion, into the tree code generation
/// expects: left-associative runs of one level become flat `Chain`s,
/// right-associative and unary operators nest (bounded by `nested`).
pub fn expression(
    first: Operand,
    rest: Vec<(Pos, BinOp, Operand)>,
) -> Result<Expr, ParseError<Pos, Token, ActionError>> {
    if rest.is_empty() && first.prefixes.is_empty() {
        // The common case, a lone operand, needs no arranging.
        return Ok(first.value);
    }
    let mut values: Vec<Expr> = Vec::with_capacity(rest.len() + 1);
    let mut pending: Vec<Pending> = Vec::new();
    let operands = std::iter::once((None, first)).chain(
        rest.into_iter()
            .map(|(pos, op, operand)| (Some((op, pos.line)), operand)),
    );
    for (binary, operand) in operands {
        if let Some((op, line)) = binary {
            let (left, _) = priority(op);
            // Reduce what binds tighter than `op` on its left.
            while let Some(top) = pending.last() {
                let binds = match top {
                    Pending::Unary(..) => UNARY_PRIORITY >= left,
                    Pending::Binary(top_op, _) => priority(*top_op).1 >= left,
                };
                if !binds {
                    break;
                }
                reduce(&mut values, &mut pending)?;
            }
            pending.push(Pending::Binary(op, line));
        }
        pending.extend(
            operand
                .prefixes
                .into_iter()
                .rev()
                .map(|(op, line)| Pending::Unary(op, line)),
        );
        values.push(operand.value);
    }
    while !pending.is_empty() {
        reduce(&mut values, &mut pending)?;
    }
    Ok(values.pop().expect("an expression has a value"))
}

/// Applies the operator on top of `pending` to the values it needs.
fn reduce(
    values: &mut Vec<Expr>,
    pending: &mut Vec<Pending>,
) -> Result<(), ParseError<Pos, Token, ActionError>> {
    let expr = match pending.pop().expect("an operator to apply") {
        Pending::Unary(op, line) => {
            let operand = values.pop().expect("a unary operand");
            nested(Expr::Unary(op, line, Box::new(operand)), line)?
        }
        Pending::Binary(op, line) => {
            let right = values.pop().expect("a right operand");
            let left = values.pop().expect("a left operand");
            match op {
                BinOp::Concat | BinOp::Pow => nested(
                    Expr::Binary(op, line, Box::new(left), Box::new(right)),
                    line,
                )?,
                _ => chain_push(left, op, line, right),
            }
        }
    };
    values.push(expr);
    Ok(())
}

/// Appends `op right` to a flat chain of the same priority, or starts one.
fn chain_push(first: Expr, op: BinOp, line: u32, right: Expr) -> Expr {
    match first {
        Expr::Chain(head, mut rest) if priority(rest[0].0) == priority(op) => {
            rest.push((op, line, right));
            Expr::Chain(head, rest)
        }
        first => Expr::Chain(Box::new(first), vec![(op, line, right)]),
    }
}

/// Checks the nesting of unary and right-associative operators against
/// LuaJIT's level limit (the token filter cannot see them).
fn nested(expr: Expr, line: u32) -> Result<Expr, ParseError<Pos, Token, ActionError>> {
    let mut depth = 0;
    let mut current = &expr;
    loop {
        current = match current {
            Expr::Unary(_, _, operand) => operand,
            Expr::Binary(_, _, _, right) => right,
            _ => break,
        };
        depth += 1;
        if depth >= MAX_LEVELS - 2 {
            return Err(ParseError::User {
                error: ActionError::AtLine("chunk has too many syntax levels", line),
            });
        }
    }
    Ok(expr)
}

/// A suffixed expression used as a statement must be a call.
pub fn call_statement(expr: Suffixed) -> Result<Stat, ParseError<Pos, Token, ActionError>> {
    if expr.is_call() {
        return Ok(Stat::Call(expr));
    }
    let message = match (&expr.primary, expr.suffixes.is_empty()) {
        (Primary::Paren(_), true) => "syntax error",
        _ => "'=' expected",
    };
    Err(ParseError::User {
        error: ActionError::NearLookahead(message),
    })
}

/// Checks the targets of an assignment, as LuaJIT does once it sees `=`.
pub fn assignment(
    first: Suffixed,
    rest: Vec<Suffixed>,
    values: Vec<Expr>,
    line: u32,
) -> Result<Stat, ParseError<Pos, Token, ActionError>> {
    let assignable = |target: &Suffixed| {
        matches!(
            (&target.primary, target.suffixes.last()),
            (Primary::Name(..), None) | (_, Some(crate::ast::Suffix::Index(..)))
        )
    };
    // LuaJIT finishes a call statement before it sees `=`, so `f() = 1`
    // fails on the `=` as the start of a new statement.
    let message = if rest.is_empty() && first.is_call() {
        Some("unexpected symbol")
    } else if !assignable(&first) || !rest.iter().all(assignable) {
        Some("syntax error")
    } else {
        None
    };
    if let Some(message) = message {
        return Err(ParseError::User {
            error: ActionError::Syntax(SyntaxError {
                chunk: String::new(),
                line,
                message: message.into(),
                near: Some(b"=".to_vec()),
            }),
        });
    }
    let mut targets = vec![first];
    targets.extend(rest);
    Ok(Stat::Assign {
        targets,
        values,
        line,
    })
}

/// What an open bracket or block is, for level counting and error messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum OpenKind {
    /// `(`: call arguments or a parenthesized expression.
    Paren,
    /// A parameter list; the function body's levels are added at its `)`.
    Params {
        body_levels: usize,
    },
    /// `{`, and whether it is a call argument (`f{...}`).
    Brace {
        call_arg: bool,
    },
    Bracket,
    /// `while` or `for` before their `do`.
    LoopHeader(&'static str),
    /// A block closed by `end` (or `until` for `repeat`).
    Block(&'static str),
}

#[derive(Clone, Copy, Debug)]
struct Open {
    kind: OpenKind,
    line: u32,
    /// Syntax levels this opener adds.
    levels: usize,
    /// Whether it opens call arguments.
    call: bool,
}

/// How names are treated right now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum NameMode {
    Normal,
    /// After `local`: declared names, not expressions. A name right after
    /// a declared name (no comma between) starts the next statement.
    LocalNames {
        expect_name: bool,
    },
    /// After `function`: the function's name, then its parameter list.
    /// `keyword_line` is set for function statements, whose body LuaJIT
    /// dates from the keyword; others date from the `(`.
    FunctionHeader {
        keyword_line: Option<u32>,
        expression: bool,
    },
    /// After `goto`: the label name.
    GotoLabel,
}

/// The token stream handed to the grammar.
pub struct Filter<'s> {
    tokens: Tokens<'s>,
    /// The line of the last token handed out (or of the end of input),
    /// shared with the grammar's actions.
    lexer_line: std::rc::Rc<std::cell::Cell<u32>>,
    source: &'s [u8],
    peeked: Option<Option<Result<Spanned, LexError>>>,
    index: u32,
    prev: Option<Token>,
    prev_line: u32,
    prev_ends_prefix: bool,
    mode: NameMode,
    opens: Vec<Open>,
    levels: usize,
    /// The last token handed to the parser: the lookahead when it fails.
    last: Option<Spanned>,
    /// Whether the parser has been told the input ended.
    eof_returned: bool,
    /// Set when an opener went past the syntax-level limit.
    levels_exceeded: bool,
    /// Whether the last token closed a call's arguments.
    last_closed_call: bool,
    /// Whether the token before the lookahead closed a call's arguments.
    lookahead_follows_call: bool,
    /// Whether the last token was a name declared by `local`.
    last_declared_name: bool,
    /// Whether the token before the lookahead was a name declared by `local`.
    lookahead_follows_declared_name: bool,
    /// The error that ended the stream, if any.
    failure: Option<ActionError>,
}

impl<'s> Filter<'s> {
    fn new(source: &'s [u8]) -> Filter<'s> {
        Filter {
            tokens: Tokens::new(source),
            lexer_line: std::rc::Rc::new(std::cell::Cell::new(1)),
            source,
            peeked: None,
            index: 0,
            prev: None,
            prev_line: 1,
            prev_ends_prefix: false,
            mode: NameMode::Normal,
            opens: Vec::new(),
            levels: 1,
            last: None,
            eof_returned: false,
            levels_exceeded: false,
            last_closed_call: false,
            lookahead_follows_call: false,
            last_declared_name: false,
            lookahead_follows_declared_name: false,
            failure: None,
        }
    }

    fn pull(&mut self) -> Option<Result<Spanned, LexError>> {
        self.peeked.take().unwrap_or_else(|| self.tokens.next())
    }

    fn peek(&mut self) -> Option<&Result<Spanned, LexError>> {
        if self.peeked.is_none() {
            self.peeked = Some(self.tokens.next());
        }
        self.peeked.as_ref().expect("just filled").as_ref()
    }

    fn push_open(&mut self, kind: OpenKind, line: u32, levels: usize) -> Result<(), ActionError> {
        self.levels += levels;
        self.opens.push(Open {
            kind,
            line,
            levels,
            call: false,
        });
        // LuaJIT notices after reading the next token, and reports its line.
        self.levels_exceeded |= self.levels >= MAX_LEVELS;
        let _ = line;
        Ok(())
    }

    fn pop_open(&mut self, matches: impl Fn(OpenKind) -> bool) -> Option<Open> {
        let open = *self.opens.last()?;
        if !matches(open.kind) {
            return None;
        }
        self.opens.pop();
        self.levels -= open.levels;
        Some(open)
    }

    /// Levels of a bracket: its own, the enclosing statement's expression
    /// when it is the outermost bracket, and an operator's operand when an
    /// operator precedes it (LuaJIT counts each as a nested `expr`).
    fn expression_opener_levels(&self) -> usize {
        let after_operator = self.prev.as_ref().is_some_and(is_operator);
        1 + usize::from(!self.in_brackets()) + usize::from(after_operator)
    }

    /// Adds syntax levels to the innermost opener.
    fn add_levels_to_top(&mut self, levels: usize) {
        if let Some(open) = self.opens.last_mut() {
            open.levels += levels;
            self.levels += levels;
            self.levels_exceeded |= self.levels >= MAX_LEVELS;
        }
    }

    /// Whether the innermost opener is a bracket (we are inside an expression).
    fn in_brackets(&self) -> bool {
        matches!(
            self.opens.last(),
            Some(Open {
                kind: OpenKind::Paren
                    | OpenKind::Params { .. }
                    | OpenKind::Brace { .. }
                    | OpenKind::Bracket,
                ..
            })
        )
    }

    /// Classifies one token, updating the state; returns the token to emit.
    fn classify(&mut self, spanned: Spanned) -> Result<Token, ActionError> {
        let Spanned {
            mut token,
            line,
            span,
        } = spanned;
        self.last = Some(Spanned {
            token: token.shape(),
            line,
            span,
        });
        if token == Token::Goto
            && !matches!(
                self.peek(),
                Some(Ok(Spanned {
                    token: Token::Name(_),
                    ..
                }))
            )
        {
            token = Token::Name(Symbol::GOTO);
        }
        let mode = self.mode;
        let mut ends_prefix = false;
        let mut call_paren = false;
        let mut closed_call_paren = false;
        match &token {
            Token::Name(_) => match mode {
                NameMode::LocalNames { expect_name: true } => {
                    self.mode = NameMode::LocalNames { expect_name: false }
                }
                NameMode::LocalNames { expect_name: false } | NameMode::GotoLabel => {
                    self.mode = NameMode::Normal;
                    ends_prefix = mode != NameMode::GotoLabel;
                }
                NameMode::Normal => ends_prefix = true,
                NameMode::FunctionHeader { .. } => {}
            },
            Token::Local => self.mode = NameMode::LocalNames { expect_name: true },
            Token::Goto => self.mode = NameMode::GotoLabel,
            Token::Function => {
                let local = self.prev == Some(Token::Local);
                let statement = !local && self.prev.as_ref().is_none_or(ends_statement);
                self.mode = NameMode::FunctionHeader {
                    keyword_line: statement.then_some(line),
                    expression: !statement && !local,
                };
            }
            Token::Dot | Token::Colon if matches!(mode, NameMode::FunctionHeader { .. }) => {}
            Token::Comma if mode == (NameMode::LocalNames { expect_name: false }) => {
                self.mode = NameMode::LocalNames { expect_name: true };
            }
            Token::LParen => {
                if let NameMode::FunctionHeader {
                    keyword_line,
                    expression,
                } = mode
                {
                    self.mode = NameMode::Normal;
                    let body_line = keyword_line.unwrap_or(line);
                    // LuaJIT enters the body's level after the parameter list,
                    // so the level is added when the `)` arrives.
                    let body_levels = if expression { 2 } else { 1 };
                    self.push_open(OpenKind::Block("function"), body_line, 0)?;
                    self.push_open(OpenKind::Params { body_levels }, line, 0)?;
                } else if self.prev_ends_prefix {
                    if line != self.prev_line {
                        return Err(ActionError::Syntax(SyntaxError {
                            chunk: String::new(),
                            line,
                            message: "ambiguous syntax (function call x new statement)".into(),
                            near: Some(b"(".to_vec()),
                        }));
                    }
                    token = Token::CallParen;
                    call_paren = true;
                    let levels = self.expression_opener_levels();
                    self.push_open(OpenKind::Paren, line, levels)?;
                } else {
                    let levels = self.expression_opener_levels();
                    self.push_open(OpenKind::Paren, line, levels)?;
                }
            }
            Token::RParen => {
                match self.pop_open(|k| matches!(k, OpenKind::Paren | OpenKind::Params { .. })) {
                    Some(Open {
                        kind: OpenKind::Params { body_levels },
                        ..
                    }) => self.add_levels_to_top(body_levels),
                    Some(open) => {
                        ends_prefix = true;
                        closed_call_paren = open.call;
                    }
                    None => {}
                }
            }
            Token::LBrace => {
                let levels = self.expression_opener_levels();
                self.push_open(
                    OpenKind::Brace {
                        call_arg: self.prev_ends_prefix,
                    },
                    line,
                    levels,
                )?;
            }
            Token::RBrace => {
                if let Some(open) = self.pop_open(|k| matches!(k, OpenKind::Brace { .. })) {
                    ends_prefix = open.kind == (OpenKind::Brace { call_arg: true });
                }
            }
            Token::LBracket => {
                let levels = self.expression_opener_levels();
                self.push_open(OpenKind::Bracket, line, levels)?;
            }
            Token::RBracket => {
                ends_prefix = self.pop_open(|k| k == OpenKind::Bracket).is_some();
            }
            Token::String(_) | Token::LongString(_) => ends_prefix = self.prev_ends_prefix,
            Token::While => self.push_open(OpenKind::LoopHeader("while"), line, 0)?,
            Token::For => self.push_open(OpenKind::LoopHeader("for"), line, 0)?,
            Token::Do => {
                if let Some(open) = self.pop_open(|k| matches!(k, OpenKind::LoopHeader(_))) {
                    let OpenKind::LoopHeader(name) = open.kind else {
                        unreachable!("matched a loop header")
                    };
                    self.push_open(OpenKind::Block(name), open.line, 1)?;
                } else {
                    self.push_open(OpenKind::Block("do"), line, 1)?;
                }
            }
            Token::If => self.push_open(OpenKind::Block("if"), line, 1)?,
            Token::Repeat => self.push_open(OpenKind::Block("repeat"), line, 1)?,
            Token::End => {
                self.pop_open(|k| matches!(k, OpenKind::Block(name) if name != "repeat"));
            }
            Token::Until => {
                self.pop_open(|k| k == OpenKind::Block("repeat"));
            }
            _ => {}
        }
        self.mode = match (self.mode, &token) {
            (NameMode::LocalNames { .. }, Token::Local | Token::Name(_) | Token::Comma)
            | (
                NameMode::FunctionHeader { .. },
                Token::Name(_) | Token::Dot | Token::Colon | Token::Function,
            ) => self.mode,
            (NameMode::LocalNames { .. } | NameMode::FunctionHeader { .. }, _) => NameMode::Normal,
            (mode, _) => mode,
        };
        let closes_call = match &token {
            Token::RParen => closed_call_paren,
            Token::String(_) | Token::LongString(_) => self.prev_ends_prefix,
            Token::RBrace => ends_prefix,
            _ => false,
        };
        if call_paren {
            if let Some(open) = self.opens.last_mut() {
                open.call = true;
            }
        }
        self.lookahead_follows_call = self.last_closed_call;
        self.lookahead_follows_declared_name = self.last_declared_name;
        self.last_declared_name =
            matches!(token, Token::Name(_)) && mode == (NameMode::LocalNames { expect_name: true });
        self.last_closed_call = closes_call;
        self.prev_ends_prefix = ends_prefix;
        self.prev_line = line;
        self.prev = Some(token.shape());
        Ok(token)
    }

    /// The text LuaJIT prints after `near` for a token of the source.
    fn near_text(&self, spanned: &Spanned) -> Option<Vec<u8>> {
        let raw = &self.source[spanned.span.clone()];
        let interner = self.tokens.interner();
        match spanned.token {
            Token::Number(_) | Token::Name(_) | Token::FfiNumber(_) => Some(raw.to_vec()),
            Token::String(value) => {
                let mut text = vec![raw[0]];
                text.extend_from_slice(interner.text(value));
                text.push(raw[0]);
                Some(cut_at_nul(text))
            }
            Token::LongString(value) => {
                let level = raw.iter().skip(1).take_while(|&&b| b == b'=').count();
                let mut text = vec![b'['];
                text.extend(std::iter::repeat_n(b'=', level));
                text.push(b'[');
                text.extend_from_slice(interner.text(value));
                text.push(b']');
                text.extend(std::iter::repeat_n(b'=', level));
                text.push(b']');
                Some(cut_at_nul(text))
            }
            ref token => token.describe(),
        }
    }
}

fn cut_at_nul(mut text: Vec<u8>) -> Vec<u8> {
    if let Some(nul) = text.iter().position(|&b| b == 0) {
        text.truncate(nul);
    }
    text
}

/// Binary and unary operators: an operand after one is a nested expression.
fn is_operator(token: &Token) -> bool {
    matches!(
        token,
        Token::Plus
            | Token::Minus
            | Token::Star
            | Token::Slash
            | Token::Percent
            | Token::Caret
            | Token::Hash
            | Token::Eq
            | Token::Ne
            | Token::Le
            | Token::Ge
            | Token::Lt
            | Token::Gt
            | Token::Concat
            | Token::And
            | Token::Or
            | Token::Not
    )
}

/// Tokens after which a new statement may begin (so `function` there starts
/// a function statement, not a function expression).
fn ends_statement(token: &Token) -> bool {
    matches!(
        token,
        Token::Name(_)
            | Token::Number(_)
            | Token::String(_)
            | Token::LongString(_)
            | Token::RParen
            | Token::RBracket
            | Token::RBrace
            | Token::End
            | Token::Semicolon
            | Token::Do
            | Token::Then
            | Token::Else
            | Token::Repeat
            | Token::Nil
            | Token::True
            | Token::False
            | Token::Dots
            | Token::DoubleColon
            | Token::Break
    )
}

impl Iterator for Filter<'_> {
    type Item = Result<(Pos, Token, Pos), ActionError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failure.is_some() {
            return None;
        }
        let item = self.pull();
        if self.levels_exceeded {
            let line = match &item {
                Some(Ok(spanned)) => spanned.line,
                Some(Err(error)) => error.line,
                None => self.tokens.line(),
            };
            let error = ActionError::AtLine("chunk has too many syntax levels", line);
            self.failure = Some(error.clone());
            return Some(Err(error));
        }
        let Some(item) = item else {
            self.eof_returned = true;
            self.lexer_line.set(self.tokens.line());
            return None;
        };
        let result = match item {
            Ok(spanned) => {
                let line = spanned.line;
                self.lexer_line.set(line);
                self.classify(spanned).map(|token| {
                    let pos = Pos {
                        index: self.index,
                        line,
                    };
                    self.index += 1;
                    (
                        pos,
                        token,
                        Pos {
                            index: self.index,
                            line: pos.line,
                        },
                    )
                })
            }
            Err(error) => Err(lex_failure(error)),
        };
        if let Err(error) = &result {
            self.failure = Some(error.clone());
        }
        Some(result)
    }
}

fn lex_failure(error: LexError) -> ActionError {
    let (message, near) = match error.kind {
        LexErrorKind::Stray => ("unexpected symbol", None),
        LexErrorKind::UnfinishedString(near) => (
            "unfinished string",
            near.map(cut_at_nul).or(Some(b"<eof>".to_vec())),
        ),
        LexErrorKind::InvalidEscape(near) => ("invalid escape sequence", Some(cut_at_nul(near))),
        LexErrorKind::UnfinishedLongString => ("unfinished long string", Some(b"<eof>".to_vec())),
        LexErrorKind::UnfinishedLongComment => ("unfinished long comment", Some(b"<eof>".to_vec())),
        LexErrorKind::InvalidLongDelimiter(near) => ("invalid long string delimiter", Some(near)),
        LexErrorKind::MalformedNumber(near) => ("malformed number", Some(near)),
        LexErrorKind::FfiNumber(near) => ("unexpected symbol", Some(near)),
    };
    ActionError::Syntax(SyntaxError {
        chunk: String::new(),
        line: error.line,
        message: message.into(),
        near,
    })
}

/// A parsed chunk: its tree, the text of its names and strings, and its
/// last line (where LuaJIT says the main function ends).
#[derive(Debug)]
pub struct Parsed {
    pub block: Block,
    pub interner: Interner,
    pub last_line: u32,
}

/// Parses a whole chunk. `chunk_name` is the raw name (`@file.lua`, `=stdin`
/// or source text); errors display it as LuaJIT does. The interner holds
/// the text of the tree's names and strings.
pub fn parse(source: &[u8], chunk_name: &[u8]) -> Result<Parsed, SyntaxError> {
    let mut filter = Filter::new(source);
    let lexer_line = std::rc::Rc::clone(&filter.lexer_line);
    let result = ChunkParser::new().parse(&lexer_line, &mut filter);
    match result {
        Ok(block) => {
            let last_line = filter.tokens.line();
            Ok(Parsed {
                block,
                interner: filter.tokens.into_interner(),
                last_line,
            })
        }
        Err(error) => {
            let mut error = describe_failure(&filter, error);
            error.chunk = lunaris_vm::bytecode::short_chunk_name(chunk_name);
            Err(error)
        }
    }
}

impl Filter<'_> {
    /// The line and `near` text of the lookahead when the parser stopped.
    fn lookahead(&self) -> (u32, Option<Vec<u8>>) {
        match &self.last {
            Some(last) if !self.eof_returned => (last.line, self.near_text(last)),
            _ => (self.tokens.line(), Some(b"<eof>".to_vec())),
        }
    }

    /// The innermost opener that `closer` would close.
    fn opener_for(&self, closer: &str) -> Option<Open> {
        self.opens
            .iter()
            .rev()
            .copied()
            .find(|open| match open.kind {
                OpenKind::Paren | OpenKind::Params { .. } => closer == ")",
                OpenKind::Brace { .. } => closer == "}",
                OpenKind::Bracket => closer == "]",
                OpenKind::Block("repeat") => closer == "until",
                OpenKind::Block(_) | OpenKind::LoopHeader(_) => closer == "end",
            })
    }

    /// The closer the innermost open block needs (`end`, `until` or `<eof>`).
    fn block_closer(&self) -> &'static str {
        match self
            .opens
            .iter()
            .rev()
            .find(|open| matches!(open.kind, OpenKind::Block(_)))
        {
            Some(Open {
                kind: OpenKind::Block("repeat"),
                ..
            }) => "until",
            Some(_) => "end",
            None => "<eof>",
        }
    }
}

fn describe_failure(filter: &Filter, error: ParseError<Pos, Token, ActionError>) -> SyntaxError {
    let (line, near) = filter.lookahead();
    let simple = |message: &str, line, near| SyntaxError {
        chunk: String::new(),
        line,
        message: message.into(),
        near,
    };
    match error {
        ParseError::User {
            error: ActionError::Syntax(error),
        } => error,
        ParseError::User {
            error: ActionError::NearLookahead(message),
        } => simple(message, line, near),
        ParseError::User {
            error: ActionError::AtLine(message, at),
        } => simple(message, at, None),
        ParseError::UnrecognizedToken { expected, .. }
        | ParseError::UnrecognizedEof { expected, .. } => {
            let expected: Vec<&str> = expected.iter().map(|name| name.trim_matches('"')).collect();
            expected_message(filter, &expected, line, near)
        }
        ParseError::InvalidToken { .. } | ParseError::ExtraToken { .. } => {
            simple("unexpected symbol", line, near)
        }
    }
}

/// Tokens that continue an expression; they never decide the message.
const CONTINUATIONS: &[&str] = &[
    "+",
    "-",
    "*",
    "/",
    "%",
    "^",
    "..",
    "==",
    "~=",
    "<",
    "<=",
    ">",
    ">=",
    "and",
    "or",
    ".",
    "[",
    ":",
    "call(",
    "{",
    "String",
    "LongString",
];

/// Tokens that can only start an expression (a name may also be a declared name).
const EXPRESSION_STARTERS: &[&str] = &["Number", "nil", "true", "false", "not", "#"];

/// Words LuaJIT's recursive-descent parser would use for a failure at a
/// point where the LR parser could have accepted `expected`.
fn expected_message(
    filter: &Filter,
    expected: &[&str],
    line: u32,
    near: Option<Vec<u8>>,
) -> SyntaxError {
    let has = |name: &str| expected.contains(&name);
    // Where a statement may start, LuaJIT's block loop stops at a block
    // follower and then wants the block's closer.
    let statement_boundary = has("local");
    let at_block_end = filter.last_is_keyword_or_eof();
    let expression_start = (has("Name") && has("("))
        || expected
            .iter()
            .any(|name| EXPRESSION_STARTERS.contains(name));
    let message = if statement_boundary && at_block_end {
        return closer_expected(filter, filter.block_closer(), line, near);
    } else if statement_boundary
        && has("=")
        && !filter.lookahead_follows_call
        && !filter.lookahead_follows_declared_name
    {
        // The LR parser has finished `x` as a statement; LuaJIT still wants
        // the `=` of an assignment, because `x` is no call.
        "'=' expected".to_string()
    } else if statement_boundary || expression_start {
        "unexpected symbol".to_string()
    } else if !expected.is_empty()
        && expected
            .iter()
            .all(|name| ["call(", "{", "String", "LongString"].contains(name))
    {
        "function arguments expected".to_string()
    } else {
        let rest: Vec<&str> = expected
            .iter()
            .copied()
            .filter(|name| !CONTINUATIONS.contains(name))
            .collect();
        let has_rest = |name: &str| rest.contains(&name);
        if has_rest("=") && has_rest("in") {
            "'=' or 'in' expected".to_string()
        } else if has_rest("...") {
            "<name> or '...' expected".to_string()
        } else if has_rest("Name") {
            "'<name>' expected".to_string()
        } else if let Some(closer) = ["end", "until", ")", "}", "]"]
            .into_iter()
            .find(|closer| has_rest(closer))
        {
            return closer_expected(filter, closer, line, near);
        } else {
            // A lone ',' is required (numeric for); ',' or ';' together
            // end an expression list, after which LuaJIT wants the closer.
            match rest.iter().find(|name| !matches!(**name, "," | ";")) {
                Some(name) => format!("'{name}' expected"),
                None if rest == [","] => "',' expected".to_string(),
                None => return closer_expected(filter, filter.block_closer(), line, near),
            }
        }
    };
    SyntaxError {
        chunk: String::new(),
        line,
        message,
        near,
    }
}

/// `'end' expected`, naming the opener when it is on another line.
fn closer_expected(filter: &Filter, closer: &str, line: u32, near: Option<Vec<u8>>) -> SyntaxError {
    let opener = filter.opener_for(closer);
    let message = match opener {
        Some(open)
            if open.line != line
                && closer != "]"
                && !matches!(open.kind, OpenKind::Params { .. }) =>
        {
            let what = match open.kind {
                OpenKind::Paren | OpenKind::Params { .. } => "(",
                OpenKind::Brace { .. } => "{",
                OpenKind::Bracket => "[",
                OpenKind::Block(name) | OpenKind::LoopHeader(name) => name,
            };
            format!(
                "'{closer}' expected (to close '{what}' at line {})",
                open.line
            )
        }
        _ => format!("'{closer}' expected"),
    };
    SyntaxError {
        chunk: String::new(),
        line,
        message,
        near,
    }
}

impl Filter<'_> {
    /// Whether the lookahead is end of input or a keyword (not a name spelled
    /// like one, which cannot happen, but a string `"end"` can).
    fn last_is_keyword_or_eof(&self) -> bool {
        self.eof_returned
            || matches!(
                self.last.as_ref().map(|s| &s.token),
                Some(Token::End | Token::Else | Token::Elseif | Token::Until)
            )
    }
}

#[cfg(test)]
mod tests {
    use super::parse;
    use crate::ast::{BinOp, Expr, Primary, Stat, Suffix, Symbol, UnOp};

    /// The first symbol a chunk interns after `self` and `goto`.
    const FIRST_NAME: Symbol = Symbol::FIRST_FREE;

    /// The expression of `return <source>`.
    fn expr(source: &str) -> Expr {
        let block = parse(format!("return {source}").as_bytes(), b"=test")
            .expect("parses")
            .block;
        block.ret.expect("a return").values.remove(0)
    }

    /// The symbol of a bare name; `a` is the first name interned after the
    /// well-known ones.
    fn name(expr: &Expr) -> Symbol {
        match expr {
            Expr::Name(name, _) => *name,
            Expr::Suffixed(s) => match &s.primary {
                Primary::Name(name, _) if s.suffixes.is_empty() => *name,
                other => panic!("not a bare name: {other:?}"),
            },
            other => panic!("not a name: {other:?}"),
        }
    }

    #[test]
    fn unary_minus_binds_looser_than_power() {
        let Expr::Unary(UnOp::Neg, _, operand) = expr("-2^2") else {
            panic!("not a negation")
        };
        assert!(matches!(*operand, Expr::Binary(BinOp::Pow, ..)));
    }

    #[test]
    fn not_binds_tighter_than_equality() {
        let Expr::Chain(first, rest) = expr("not a == b") else {
            panic!("not a chain")
        };
        assert!(matches!(*first, Expr::Unary(UnOp::Not, ..)));
        assert_eq!(rest[0].0, BinOp::Eq);
    }

    #[test]
    fn concat_and_power_are_right_associative() {
        for (source, op) in [("a .. b .. c", BinOp::Concat), ("a ^ b ^ c", BinOp::Pow)] {
            let Expr::Binary(top, _, left, right) = expr(source) else {
                panic!("not binary")
            };
            assert_eq!(top, op);
            assert_eq!(name(&left), FIRST_NAME);
            assert!(matches!(*right, Expr::Binary(inner, ..) if inner == op));
        }
    }

    #[test]
    fn left_associative_levels_are_flat_chains() {
        let Expr::Chain(first, rest) = expr("a + b * c - d") else {
            panic!("not a chain")
        };
        assert_eq!(name(&first), FIRST_NAME);
        let ops: Vec<BinOp> = rest.iter().map(|(op, _, _)| *op).collect();
        assert_eq!(ops, [BinOp::Add, BinOp::Sub]);
        assert!(matches!(&rest[0].2, Expr::Chain(_, inner) if inner[0].0 == BinOp::Mul));
    }

    #[test]
    fn call_sugar_and_methods() {
        let parsed = parse(b"f'x' g{1} a.b:c(1)", b"=test").expect("parses");
        let (block, interner) = (parsed.block, parsed.interner);
        let kinds: Vec<&Suffix> = block
            .stats
            .iter()
            .map(|stat| match stat {
                Stat::Call(call) => call.suffixes.last().expect("a call"),
                other => panic!("not a call: {other:?}"),
            })
            .collect();
        assert!(matches!(kinds[0], Suffix::Call(args, _) if matches!(args[0], Expr::String(_))));
        assert!(matches!(kinds[1], Suffix::Call(args, _) if matches!(args[0], Expr::Table(_))));
        assert!(
            matches!(kinds[2], Suffix::Method(name, args, _) if interner.text(*name) == b"c" && args.len() == 1)
        );
    }

    #[test]
    fn call_on_a_new_line_is_ambiguous() {
        let error = parse(b"local x = f\n(g)()", b"=test").expect_err("ambiguous");
        assert_eq!(
            error.to_string(),
            "test:2: ambiguous syntax (function call x new statement) near '('"
        );
        assert!(parse(b"local x = f (g)()", b"=test").is_ok());
        assert!(parse(b"local x = 1\n(g)()", b"=test").is_ok());
    }

    #[test]
    fn goto_is_a_keyword_only_before_a_name() {
        assert!(parse(b"local goto = 1 goto = goto + 1", b"=test").is_ok());
        let block = parse(b"goto done ::done::", b"=test")
            .expect("parses")
            .block;
        assert!(matches!(block.stats[0], Stat::Goto { .. }));
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let source = format!("x = {}1{}", "(".repeat(100_000), ")".repeat(100_000));
        let error = parse(source.as_bytes(), b"=test").expect_err("too deep");
        assert_eq!(error.message, "chunk has too many syntax levels");
        let unary = format!("x = {}1", "- ".repeat(100_000));
        assert!(parse(unary.as_bytes(), b"=test").is_err());
    }
}
