//! Shared by the integration tests: reading a folder of reports as the sources the engine takes.
#![allow(dead_code)] // each test file uses what it needs

use std::path::Path;

use parallax_core::Source;

/// Every `.txt` file in `dir`, sorted by name, as a source whose id is the file name without
/// its extension.
pub fn sources_in(dir: &Path) -> Vec<Source> {
    let mut files: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    files
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| Source::new(p.file_stem().unwrap().to_str().unwrap(), std::fs::read_to_string(&p).unwrap()))
        .collect()
}

/// The five seed reports in `corpus/`.
pub fn seed_corpus() -> Vec<Source> {
    sources_in(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus"))
}
