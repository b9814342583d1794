//! Build script: embeds every `corpus/*.txt` at compile time, so adding a report needs no code change.

use std::{env, fs, path::Path};

fn main() {
    let root = env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let corpus = Path::new(&root).join("corpus");
    println!("cargo:rerun-if-changed={}", corpus.display());
    let mut files: Vec<_> =
        fs::read_dir(&corpus).map(|dir| dir.filter_map(Result::ok).map(|e| e.path()).collect()).unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "txt"));
    files.sort();
    let mut code = String::from(
        "/// The embedded seed corpus: (document id, text), sorted by id.\npub static EMBEDDED: &[(&str, &str)] = &[\n",
    );
    for path in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let id = path.file_stem().and_then(|s| s.to_str()).expect("corpus file names are UTF-8");
        code.push_str(&format!("    ({id:?}, include_str!({:?})),\n", path.display().to_string()));
    }
    code.push_str("];\n");
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("corpus.rs");
    fs::write(out, code).expect("write generated corpus list");
}
