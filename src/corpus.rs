//! The seed corpus, embedded at compile time from `corpus/*.txt` by `build.rs`, already analysed.
//!
//! `build.rs` analyses the reports natively with the same core and embeds the result as a bundle
//! (`ANALYSED`), so the page decodes and renders at start instead of analysing. The bundle is
//! checked on decode like any other; should it ever fail, the texts are analysed on the page as
//! before, and the reader is told (`Embedded::notice`).

use parallax_core::bundle::{self, BundleError};
use parallax_core::{Analysis, Source};

include!(concat!(env!("OUT_DIR"), "/corpus.rs"));

/// The embedded reports and their analysis, as a bundle.
pub static ANALYSED: &[u8] = ANALYSED_BYTES;

/// A report's text: bytes `start..end` of the bundle, checked as UTF-8 when the app is compiled.
const fn text_at(start: usize, end: usize) -> &'static str {
    let (_, rest) = ANALYSED_BYTES.split_at(start);
    let (text, _) = rest.split_at(end - start);
    match std::str::from_utf8(text) {
        Ok(text) => text,
        Err(_) => panic!("an embedded report is not UTF-8"),
    }
}

/// The embedded reports as analysis sources.
pub fn embedded_sources() -> Vec<Source> {
    EMBEDDED.iter().map(|(id, text)| Source::new(*id, *text)).collect()
}

/// The embedded reports, ready to show.
#[derive(Debug)]
pub struct Embedded {
    pub sources: Vec<Source>,
    pub analysis: Analysis,
    /// Set when the embedded analysis could not be used and the reports were analysed again.
    pub notice: Option<String>,
}

/// The embedded analysis, decoded and checked (no analysis).
pub fn decode() -> Result<Embedded, BundleError> {
    let b = bundle::decode(ANALYSED)?;
    Ok(Embedded { sources: b.sources, analysis: b.analysis, notice: None })
}

/// The fallback when [`decode`] fails (it should never): the reports analysed here, and why.
pub fn analysed_again(why: &BundleError) -> Embedded {
    let sources = embedded_sources();
    let analysis = parallax_core::analyze(&sources);
    let notice = Some(format!("The embedded reports' analysis could not be read ({why}); they were analysed again."));
    Embedded { sources, analysis, notice }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn on_disk() -> Vec<(String, String)> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
        let mut files: Vec<(String, String)> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .map(|p| (p.file_stem().unwrap().to_str().unwrap().to_string(), std::fs::read_to_string(&p).unwrap()))
            .collect();
        files.sort();
        files
    }

    #[test]
    fn embeds_every_corpus_file_unchanged_under_its_file_name() {
        let embedded: Vec<(String, String)> = EMBEDDED.iter().map(|(i, t)| (i.to_string(), t.to_string())).collect();
        assert_eq!(embedded.len(), 5);
        assert_eq!(embedded, on_disk());
    }

    /// The freshness test: the embedded analysis is what the current engine makes of `corpus/`
    /// now, byte for byte, so it can never be stale (were `build.rs` not rerun after a change to
    /// the engine, its data or the corpus, this would fail).
    #[test]
    fn the_embedded_analysis_is_a_fresh_analysis_of_the_corpus_by_this_engine() {
        let sources: Vec<Source> = on_disk().into_iter().map(|(id, text)| Source::new(id, text)).collect();
        let fresh = parallax_core::analyze(&sources);
        assert!(ANALYSED == bundle::encode(&sources, &fresh).as_slice(), "the embedded bundle is stale");
        let decoded = decode().expect("the embedded bundle decodes");
        assert_eq!(decoded.sources, sources);
        assert_eq!(decoded.notice, None);
        // The same analysis but for tokens, which a bundle does not carry (derived data).
        assert_eq!(bundle::encode(&sources, &decoded.analysis), ANALYSED);
        assert_eq!(decoded.analysis.claims, fresh.claims);
        assert_eq!(decoded.analysis.entities, fresh.entities);
        assert_eq!(decoded.analysis.numbers, fresh.numbers);
        assert_eq!(decoded.analysis.topics, fresh.topics);
        assert_eq!(decoded.analysis.quotes, fresh.quotes);
        assert_eq!(decoded.analysis.diagnostics, fresh.diagnostics);
        for (d, f) in decoded.analysis.documents.iter().zip(&fresh.documents) {
            assert_eq!((&d.id, &d.text, &d.label, d.words), (&f.id, &f.text, &f.label, f.words));
            assert_eq!((&d.paragraphs, d.sentences.len()), (&f.paragraphs, f.sentences.len()));
        }
    }

    #[test]
    fn the_fallback_analyses_the_same_reports_and_says_so() {
        let again = analysed_again(&BundleError::Damaged("a test".into()));
        assert!(again.notice.as_deref().is_some_and(|n| n.contains("a test")));
        let decoded = decode().unwrap();
        assert_eq!(again.sources, decoded.sources);
        assert_eq!(bundle::encode(&again.sources, &again.analysis), ANALYSED);
    }
}
