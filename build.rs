//! Build script: embeds the seed corpus (every `corpus/*.txt`, so adding a report needs no code
//! change) already analysed, as a bundle (`parallax_core::bundle`) the app decodes at start.
//!
//! The analysis is made here, natively, by the same `parallax-core` the app links (a build
//! dependency): cargo rebuilds and reruns this script whenever the core's source or its data
//! lists change (they are part of the core's own build), and `rerun-if-changed` covers `corpus/`.
//! The generated `corpus.rs` names the bundle's bytes (`ANALYSED_BYTES`, `include_bytes!` of the
//! file written to `OUT_DIR`) and each report's text (`EMBEDDED`) as a slice of them, where the
//! text already is, so it is embedded once (the slices are checked as UTF-8 at compile time).
//! `src/corpus.rs` has the test that the bytes equal a fresh analysis by the current engine.

use std::{env, fs, path::Path};

use parallax_core::{analyze, bundle, Source};

fn main() {
    let root = env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let corpus = Path::new(&root).join("corpus");
    println!("cargo:rerun-if-changed={}", corpus.display());
    let mut files: Vec<_> =
        fs::read_dir(&corpus).map(|dir| dir.filter_map(Result::ok).map(|e| e.path()).collect()).unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "txt"));
    files.sort();
    let mut sources = Vec::new();
    for path in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let id = path.file_stem().and_then(|s| s.to_str()).expect("corpus file names are UTF-8");
        let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
        sources.push(Source::new(id, text));
    }
    let bytes = bundle::encode(&sources, &analyze(&sources));
    // The app trusts these bytes no more than any other bundle, but they must decode: a bundle
    // that does not would only show up in a browser, as the slower fallback.
    if let Err(e) = bundle::decode(&bytes) {
        panic!("the embedded corpus does not decode as a bundle: {e}");
    }
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).to_path_buf();
    let bundle_path = out.join("corpus.parallax");
    fs::write(&bundle_path, &bytes).expect("write the embedded bundle");

    // Each text as a range of the bundle: postcard writes a string as its length, then its bytes.
    let mut code = format!(
        "/// The embedded seed corpus and its analysis, as a bundle (`parallax_core::bundle`).\n\
         const ANALYSED_BYTES: &[u8] = include_bytes!({:?});\n\n\
         /// The embedded seed corpus: (document id, text), sorted by id. Each text is a slice of the bundle.\n\
         pub static EMBEDDED: &[(&str, &str)] = &[\n",
        bundle_path.display().to_string()
    );
    let mut from = 0;
    for s in &sources {
        let at = find(&bytes[from..], s.text.as_bytes()).map(|i| from + i).unwrap_or_else(|| {
            panic!("the text of {} is not in its bundle", s.id);
        });
        let end = at + s.text.len();
        code.push_str(&format!("    ({:?}, text_at({at}, {end})),\n", s.id));
        from = end;
    }
    code.push_str("];\n");
    fs::write(out.join("corpus.rs"), code).expect("write generated corpus list");
}

/// Where `needle` first occurs in `haystack` (an empty text is found at once).
fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    haystack.windows(needle.len()).position(|w| w == needle)
}
