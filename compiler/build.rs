//! Generates the parser from `src/grammar.lalrpop` at build time.
fn main() {
    lalrpop::Configuration::new()
        .use_cargo_dir_conventions()
        .process()
        .expect("grammar.lalrpop must generate a parser");
}
