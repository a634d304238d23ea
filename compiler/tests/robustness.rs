//! Bad input never panics, hangs or overflows the stack: random byte
//! strings and random soups of Lua tokens either compile or give a syntax
//! error. The generator is a fixed-seed xorshift, so failures reproduce.

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Fragments that exercise every part of the grammar and lexer.
const FRAGMENTS: &[&str] = &[
    "local ",
    "function ",
    "end ",
    "if ",
    "then ",
    "else ",
    "elseif ",
    "while ",
    "do ",
    "for ",
    "in ",
    "repeat ",
    "until ",
    "return ",
    "break ",
    "goto ",
    "::",
    "x",
    "y ",
    "t.",
    "a:",
    "f",
    "(",
    ")",
    "{",
    "}",
    "[",
    "]",
    "=",
    "==",
    "~=",
    "<",
    "<=",
    "..",
    "...",
    "+",
    "-",
    "*",
    "/",
    "%",
    "^",
    "#",
    "not ",
    "and ",
    "or ",
    ",",
    ";",
    "1",
    "0x1p4",
    "1e",
    "'s'",
    "\"\\x4",
    "[[",
    "]]",
    "--[==[",
    "\n",
    "\r\n",
    "nil ",
    "true ",
    "self",
    "\\",
    "\u{7f}",
    "\u{0}",
    "\u{ff}",
    "[=",
    "'\\u{110000}'",
    "3..4",
    "1LL",
    "f\n(",
    "@",
    "$",
];

fn compile_does_not_panic(source: &[u8]) {
    let outcome = std::panic::catch_unwind(|| lunaris_compiler::compile(source, b"=fuzz"));
    assert!(
        outcome.is_ok(),
        "the compiler panicked on {:?}",
        String::from_utf8_lossy(source)
    );
}

fn run_in_big_thread(check: impl FnOnce() + Send + 'static) {
    std::thread::Builder::new()
        .stack_size(8 << 20)
        .spawn(check)
        .expect("thread starts")
        .join()
        .expect("no panic");
}

#[test]
fn random_bytes_never_panic() {
    run_in_big_thread(|| {
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        for _ in 0..4000 {
            let len = rng.below(64);
            let source: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
            compile_does_not_panic(&source);
        }
    });
}

#[test]
fn random_token_soups_never_panic() {
    run_in_big_thread(|| {
        let mut rng = Rng(0x2545_f491_4f6c_dd1d);
        for _ in 0..20000 {
            let n = 1 + rng.below(40);
            let source: String = (0..n)
                .map(|_| FRAGMENTS[rng.below(FRAGMENTS.len())])
                .collect();
            compile_does_not_panic(source.as_bytes());
        }
    });
}

#[test]
fn deep_nestings_are_errors_not_crashes() {
    run_in_big_thread(|| {
        let depth = 100_000;
        let cases = [
            format!("x = {}1{}", "(".repeat(depth), ")".repeat(depth)),
            format!("x = {}{}", "{".repeat(depth), "}".repeat(depth)),
            format!("{}{}", "do ".repeat(depth), "end ".repeat(depth)),
            format!("x = {}1", "- ".repeat(depth)),
            format!("x = {}1", "not ".repeat(depth)),
            format!("x = 1{}", " .. 1".repeat(depth)),
            format!("x = 1{}", " ^ 1".repeat(depth)),
            format!("x = {}", "function() return ".repeat(depth)),
            format!("x = a{}", "[a".repeat(depth)),
        ];
        for source in cases {
            let error = lunaris_compiler::compile(source.as_bytes(), b"=deep")
                .expect_err("too deep to compile");
            assert!(
                error.message == "chunk has too many syntax levels",
                "unexpected message for a deep nesting: {error}"
            );
        }
        // Long flat chains are fine: they are stored as lists.
        let flat = [
            format!("x = 1{}", " + 1".repeat(depth)),
            format!("x = a{}", ".b".repeat(depth)),
            format!("f{}", "()".repeat(depth)),
        ];
        for source in flat {
            lunaris_compiler::compile(source.as_bytes(), b"=flat")
                .expect("long flat chains compile");
        }
    });
}
