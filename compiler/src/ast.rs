//! The syntax tree the grammar builds and code generation walks.
//!
//! Left-associative operator chains and suffix chains (`a.b.c`, `f()()`)
//! are stored flat, as a head and a list, so no pass needs recursion
//! proportional to their length. Everything that does nest (parentheses,
//! blocks, functions, unary and right-associative operators) is bounded by
//! the parser's syntax-level limit.

pub use crate::lexer::Symbol;

/// A name as written in source, interned (see `lexer::Interner`).
pub type Name = Symbol;

/// A block: statements and an optional final `return` or `break`.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    /// The statements in order.
    pub stats: Vec<Stat>,
    /// The `return` ending the block, if any (boxed: blocks sit on the
    /// parser's stack, and most have none).
    pub ret: Option<Box<Return>>,
}

/// A `return` statement.
#[derive(Debug, Clone, PartialEq)]
pub struct Return {
    /// The returned expressions.
    pub values: Vec<Expr>,
    /// Line of the `return` keyword.
    pub line: u32,
}

/// A statement.
#[derive(Debug, Clone, PartialEq)]
pub enum Stat {
    /// A function or method call used as a statement.
    Call(Suffixed),
    /// `targets = values`.
    Assign {
        targets: Vec<Suffixed>,
        values: Vec<Expr>,
        line: u32,
    },
    /// `local names = values`.
    Local {
        /// Each name with the line of the token after it, where LuaJIT
        /// reports a local-variable limit.
        names: Vec<(Name, u32)>,
        values: Vec<Expr>,
        line: u32,
    },
    /// `local function name body`.
    LocalFunction { name: Name, body: Box<FuncBody> },
    /// `function a.b.c:m body`.
    Function {
        path: Vec<Name>,
        method: Option<Name>,
        body: Box<FuncBody>,
        line: u32,
    },
    /// `do block end`.
    Do(Block),
    /// `while cond do body end`.
    While { cond: Expr, body: Block, line: u32 },
    /// `repeat body until cond`.
    Repeat { body: Block, cond: Expr, line: u32 },
    /// `if c1 then b1 elseif c2 then b2 else b3 end`.
    If {
        clauses: Vec<(Expr, Block)>,
        else_block: Option<Block>,
        line: u32,
    },
    /// `for var = start, limit, step do body end` (boxed: the largest statement).
    NumericFor(Box<NumericFor>),
    /// `for names in exprs do body end`.
    GenericFor {
        names: Vec<Name>,
        exprs: Vec<Expr>,
        body: Block,
        line: u32,
    },
    /// `break`.
    Break { line: u32 },
    /// `goto label`.
    Goto { label: Name, line: u32 },
    /// `::name::`; `line` is the line LuaJIT reports for a duplicate.
    Label { name: Name, line: u32 },
}

/// The parts of a numeric `for`.
#[derive(Debug, Clone, PartialEq)]
pub struct NumericFor {
    pub var: Name,
    pub start: Expr,
    pub limit: Expr,
    pub step: Option<Expr>,
    pub body: Block,
    pub line: u32,
}

/// A function body: parameters and block.
#[derive(Debug, Clone, PartialEq)]
pub struct FuncBody {
    /// Named parameters (with `self` first for methods).
    pub params: Vec<Name>,
    /// Whether `...` ends the parameter list.
    pub is_vararg: bool,
    /// The body.
    pub body: Block,
    /// The line LuaJIT records as the function's definition line.
    pub line: u32,
    /// The line of the closing `end`.
    pub end_line: u32,
}

/// Binary operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    Mod,
    Pow,
    Concat,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    And,
    Or,
}

/// Unary operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnOp {
    Neg,
    Not,
    Len,
}

/// An expression.
#[derive(Debug, Clone, PartialEq)]
pub enum Expr {
    Nil,
    True,
    False,
    /// `...`, with its line for the "outside a vararg function" error.
    Dots(u32),
    Number(f64),
    /// A string literal, interned.
    String(Symbol),
    Function(Box<FuncBody>),
    Table(Box<Table>),
    /// A bare variable name (the commonest expression, kept unboxed).
    Name(Name, u32),
    /// A parenthesized expression or a suffix chain.
    Suffixed(Box<Suffixed>),
    /// A left-associative chain of operators of one precedence level:
    /// `first op1 e1 op2 e2 ...`, evaluated left to right.
    Chain(Box<Expr>, Vec<(BinOp, u32, Expr)>),
    /// A right-associative operator (`..`, `^`).
    Binary(BinOp, u32, Box<Expr>, Box<Expr>),
    Unary(UnOp, u32, Box<Expr>),
}

/// The start of a suffix chain.
#[derive(Debug, Clone, PartialEq)]
pub enum Primary {
    /// A variable name, with the line of the token after it (where LuaJIT's
    /// lexer stands when it resolves the name).
    Name(Name, u32),
    /// A parenthesized expression (truncated to one value).
    Paren(Expr),
}

/// A primary expression followed by indexing and calls.
#[derive(Debug, Clone, PartialEq)]
pub struct Suffixed {
    /// The head.
    pub primary: Primary,
    /// The suffixes, applied left to right.
    pub suffixes: Vec<Suffix>,
}

impl Suffixed {
    /// Whether the chain ends with a call (a call statement, a multi-value expression).
    pub fn is_call(&self) -> bool {
        matches!(
            self.suffixes.last(),
            Some(Suffix::Call(..) | Suffix::Method(..))
        )
    }
}

/// One step of a suffix chain.
#[derive(Debug, Clone, PartialEq)]
pub enum Suffix {
    /// `.name` or `[expr]`.
    Index(Expr, u32),
    /// `(args)`, `"str"` or `{...}`.
    Call(Vec<Expr>, u32),
    /// `:name(args)`.
    Method(Name, Vec<Expr>, u32),
}

/// A table constructor.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// Positional items in order.
    pub items: Vec<Field>,
    /// Line of the `{`.
    pub line: u32,
}

/// A table constructor field.
#[derive(Debug, Clone, PartialEq)]
pub enum Field {
    /// A positional value.
    Positional(Expr),
    /// `key = value` or `[key] = value`.
    Keyed(Expr, Expr),
}
