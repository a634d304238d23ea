//! Listing snapshots: each `tests/bytecode/<name>.lua` compiles to the
//! listing committed in `<name>.listing` (`lunaris -bl` output). Regenerate
//! with `LUNARIS_REGENERATE=1` after an intended codegen change and review
//! the diff.

use std::path::Path;

#[test]
fn listings_match_snapshots() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bytecode");
    let mut scripts: Vec<_> = std::fs::read_dir(&dir)
        .expect("snapshot directory exists")
        .map(|entry| entry.expect("readable").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "lua"))
        .collect();
    scripts.sort();
    assert!(scripts.len() >= 4, "the snapshots are missing");
    let mut stale = Vec::new();
    for script in scripts {
        let name = script
            .file_name()
            .expect("named")
            .to_string_lossy()
            .into_owned();
        let source = std::fs::read(&script).expect("readable");
        let proto = lunaris_compiler::compile(&source, format!("@{name}").as_bytes())
            .expect("snapshot programs compile");
        let listing = lunaris_vm::bytecode::disasm::listing(&proto);
        let snapshot = script.with_extension("listing");
        if std::env::var_os("LUNARIS_REGENERATE").is_some() {
            std::fs::write(&snapshot, &listing).expect("snapshot is writable");
        }
        if std::fs::read_to_string(&snapshot).ok().as_deref() != Some(listing.as_str()) {
            stale.push(name);
        }
    }
    assert!(
        stale.is_empty(),
        "listings differ from their snapshots: {stale:?}"
    );
}
