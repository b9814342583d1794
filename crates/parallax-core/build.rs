//! Build script: copies every word list of `data/` into `OUT_DIR` without its `#` header and
//! blank lines, which is what the engine compiles in (`include_str!` from `OUT_DIR`). The
//! headers say what each list is for and where it comes from (checked by `tests/lists.rs` on the
//! files themselves); in the browser build they were a third of the lists' bytes and bought
//! nothing.

use std::{env, fs, path::Path};

fn main() {
    let root = env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let data = Path::new(&root).join("data");
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("data");
    fs::create_dir_all(&out).expect("create OUT_DIR/data");
    println!("cargo:rerun-if-changed={}", data.display());
    for entry in fs::read_dir(&data).expect("data/").filter_map(Result::ok) {
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "txt") {
            continue;
        }
        println!("cargo:rerun-if-changed={}", path.display());
        let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
        let mut kept = String::with_capacity(text.len());
        for line in text.lines() {
            let trimmed = line.trim();
            if !trimmed.is_empty() && !trimmed.starts_with('#') {
                kept.push_str(line);
                kept.push('\n');
            }
        }
        fs::write(out.join(entry.file_name()), kept).expect("write a list to OUT_DIR");
    }
}
