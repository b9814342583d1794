//! Fuzz target: reading arbitrary bytes as a .txt, .md or .html file never panics, and what is
//! accepted is non-empty text that analyses cleanly.
#![no_main]

use libfuzzer_sys::fuzz_target;
use parallax_core::{analyze, bundle, import, Source};

fuzz_target!(|data: &[u8]| {
    let Some((&kind, bytes)) = data.split_first() else { return };
    let name = ["a.txt", "a.md", "a.html", "a"][usize::from(kind % 4)];
    if let Ok(imported) = import::import_file(name, bytes) {
        assert!(!imported.text.trim().is_empty());
        let analysis = analyze(&[Source::new("a", imported.text)]);
        assert!(bundle::check(&analysis).is_ok());
    }
});
