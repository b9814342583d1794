//! Fuzz target: ingest + extraction + alignment on arbitrary text never panics, and every index
//! and offset of the result is valid (checked by the same `bundle::check` that guards imports).
#![no_main]

use libfuzzer_sys::fuzz_target;
use parallax_core::{analyze, bundle, Source};

fuzz_target!(|data: &[u8]| {
    // Up to four documents, split at 0xFF bytes (which never occur in UTF-8), so alignment
    // across sources is exercised too.
    let sources: Vec<Source> = data
        .split(|&b| b == 0xFF)
        .take(4)
        .enumerate()
        .map(|(i, part)| Source::new(format!("d{i}"), String::from_utf8_lossy(part).into_owned()))
        .collect();
    let analysis = analyze(&sources);
    assert_eq!(analysis.documents.len(), sources.len());
    if let Err(e) = bundle::check(&analysis) {
        panic!("analysis of valid text has bad offsets: {e}");
    }
    let decoded = bundle::decode(&bundle::encode(&sources, &analysis)).expect("own bundle decodes");
    assert_eq!(decoded.analysis.claims, analysis.claims);
});
