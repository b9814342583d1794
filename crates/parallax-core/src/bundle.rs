//! Corpus bundles: the sources and their analysis in one versioned binary file (postcard).
//!
//! The native command writes them for corpora too large to analyse in a browser tab, the app
//! exports and imports them, and the analysis worker sends its result to the page as one. A
//! bundle comes from outside, so decoding checks every index and byte offset the app will use:
//! a damaged or hostile bundle is refused with a reason, never half-loaded and never a panic.

use serde::{Deserialize, Serialize};

use crate::import::{MAX_CORPUS_BYTES, MAX_DOCUMENTS};
use crate::{Analysis, Document, Source};

/// The first bytes of every bundle.
pub const MAGIC: &[u8; 8] = b"PARALLAX";
/// The layout version. Readers refuse newer layouts rather than misread them; an older layout's
/// sources are read and analysed again (format 2 added figures to claims; 3, the difference of a claim: attribution; 4, the difference
/// "manner"; 5, the analysis's fields in another order, names and quotes first; 6, mentions as
/// differences from the one before).
pub const FORMAT: u32 = 6;
/// The engine that made an analysis. A bundle from another engine version still loads (its
/// analysis is what its author saw); the app's own storage re-analyses when this differs.
pub const ENGINE: &str = concat!("parallax-core ", env!("CARGO_PKG_VERSION"));
/// The file name extension of bundles.
pub const EXTENSION: &str = "parallax";
/// Largest bundle file the app reads: a full corpus (50 MB of text) with its analysis fits.
pub const MAX_BUNDLE_BYTES: usize = 256 * 1024 * 1024;

/// Do these bytes start like a bundle?
pub fn is_bundle(bytes: &[u8]) -> bool {
    bytes.starts_with(MAGIC)
}

#[derive(Serialize)]
struct WireRef<'a> {
    engine: &'a str,
    sources: &'a [Source],
    analysis: &'a Analysis,
}

#[derive(Deserialize)]
struct Wire {
    engine: String,
    sources: Vec<Source>,
    analysis: Analysis,
}

/// What every format so far begins with: an older bundle's analysis is in a layout this version
/// does not read, but its sources are not.
#[derive(Deserialize)]
struct WireSources {
    #[allow(dead_code)]
    engine: String,
    sources: Vec<Source>,
}

/// A decoded bundle.
#[derive(Debug, Clone, PartialEq)]
pub struct Bundle {
    /// The engine that produced the analysis ([`ENGINE`] of its time).
    pub engine: String,
    pub sources: Vec<Source>,
    /// The analysis, with each document's text attached from its source.
    pub analysis: Analysis,
}

/// Why bytes could not be read as a bundle.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BundleError {
    NotABundle,
    Newer { format: u32 },
    Damaged(String),
    TooLarge(String),
}

impl std::fmt::Display for BundleError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BundleError::NotABundle => write!(f, "not a Parallax bundle (it does not start with the bundle signature)"),
            BundleError::Newer { format } => write!(
                f,
                "made by a newer version of Parallax (bundle format {format}; this version reads format {FORMAT})"
            ),
            BundleError::Damaged(why) => write!(f, "the bundle is damaged ({why})"),
            BundleError::TooLarge(why) => write!(f, "the bundle is too large for the app ({why})"),
        }
    }
}

/// Writes a bundle. Document texts travel once, in the sources.
pub fn encode(sources: &[Source], analysis: &Analysis) -> Vec<u8> {
    let mut out = Vec::with_capacity(16 + sources.iter().map(|s| s.text.len()).sum::<usize>() * 2);
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FORMAT.to_le_bytes());
    // Serialising plain structs into a Vec cannot fail: postcard's only errors are for
    // unsupported serde features (none used here) and full fixed buffers (not a Vec).
    if let Ok(body) = postcard::to_allocvec(&WireRef { engine: ENGINE, sources, analysis }) {
        out.extend_from_slice(&body);
    }
    out
}

/// Reads and checks a bundle.
pub fn decode(bytes: &[u8]) -> Result<Bundle, BundleError> {
    let Some(rest) = bytes.strip_prefix(MAGIC.as_slice()) else { return Err(BundleError::NotABundle) };
    let Some((format, body)) = rest.split_first_chunk::<4>() else {
        return Err(BundleError::Damaged("it ends before its format number".into()));
    };
    let format = u32::from_le_bytes(*format);
    if format > FORMAT {
        return Err(BundleError::Newer { format });
    }
    if format == 0 {
        return Err(BundleError::Damaged("format 0 does not exist".into()));
    }
    if format < FORMAT {
        return reanalysed(body);
    }
    let wire: Wire = postcard::from_bytes(body).map_err(undecodable)?;
    let Wire { engine, sources, mut analysis } = wire;
    check_limits(&sources)?;
    attach_texts(&sources, &mut analysis.documents)?;
    check_size(&analysis)?;
    check(&analysis).map_err(BundleError::Damaged)?;
    Ok(Bundle { engine, sources, analysis })
}

/// postcard's own wording ("Found a bool that wasn't 0 or 1") tells a reader nothing they can act
/// on, and formatting it links all its messages into the wasm (about 400 B gzip): one plain reason.
fn undecodable(_: postcard::Error) -> BundleError {
    BundleError::Damaged("its contents are cut short or altered".into())
}

/// An older layout: its sources, within the limits, analysed again by this engine. Nothing the
/// reader added is lost; only the stored analysis is redone.
fn reanalysed(body: &[u8]) -> Result<Bundle, BundleError> {
    let (wire, _) = postcard::take_from_bytes::<WireSources>(body).map_err(undecodable)?;
    check_limits(&wire.sources)?;
    let analysis = crate::analyze(&wire.sources);
    Ok(Bundle { engine: ENGINE.to_string(), sources: wire.sources, analysis })
}

fn check_limits(sources: &[Source]) -> Result<(), BundleError> {
    if sources.len() > MAX_DOCUMENTS {
        return Err(BundleError::TooLarge(format!("{} documents; the limit is {MAX_DOCUMENTS}", sources.len())));
    }
    let bytes_total: usize = sources.iter().map(|s| s.text.len()).sum();
    if bytes_total > MAX_CORPUS_BYTES {
        return Err(BundleError::TooLarge(format!(
            "{} MB of text; the limit is {} MB",
            crate::text::fixed(bytes_total as f64 / (1024.0 * 1024.0), 1),
            MAX_CORPUS_BYTES / (1024 * 1024)
        )));
    }
    Ok(())
}

/// Gives each document its source's text (bundles carry it once). The engine makes one
/// document per source, in order (duplicate ids are refused above), and so must a bundle: this
/// is checked before any text is copied, so a crafted file cannot multiply one large text.
fn attach_texts(sources: &[Source], documents: &mut [Document]) -> Result<(), BundleError> {
    let mut seen = std::collections::HashSet::new();
    for s in sources {
        if !seen.insert(s.id.as_str()) {
            return Err(BundleError::Damaged(format!("two sources share the id “{}”", s.id)));
        }
    }
    if documents.len() != sources.len() {
        return Err(BundleError::Damaged(format!("{} documents for {} sources", documents.len(), sources.len())));
    }
    for (doc, source) in documents.iter_mut().zip(sources) {
        if doc.id != source.id {
            return Err(BundleError::Damaged(format!("document “{}” has no source text", doc.id)));
        }
        doc.text = source.text.clone();
    }
    Ok(())
}

/// Most bytes the app's index may take (one bit per sentence for every entity, topic and
/// number value): a bundle that would need more is refused rather than exhaust the tab.
const MAX_INDEX_BYTES: usize = 512 * 1024 * 1024;

fn check_size(a: &Analysis) -> Result<(), BundleError> {
    let sentences: usize = a.documents.iter().map(|d| d.sentences.len()).sum();
    let values = a.entities.len() + a.topics.len() + a.numbers.iter().map(Vec::len).sum::<usize>() + 4;
    let bytes = values.saturating_mul(sentences / 8 + 8);
    if bytes > MAX_INDEX_BYTES {
        return Err(BundleError::TooLarge(format!(
            "{sentences} sentences and {values} names, numbers and topics would need {} MB of index",
            bytes / (1024 * 1024)
        )));
    }
    Ok(())
}

fn span_ok(text: &str, start: usize, end: usize) -> bool {
    start <= end && end <= text.len() && text.is_char_boundary(start) && text.is_char_boundary(end)
}

/// Checks every index and offset the app relies on.
pub fn check(a: &Analysis) -> Result<(), String> {
    let docs = &a.documents;
    let sentence_ok = |doc: usize, sentence: usize| docs.get(doc).is_some_and(|d| sentence < d.sentences.len());
    let mention_ok = |doc: usize, sentence: usize, start: usize, end: usize| {
        docs.get(doc).is_some_and(|d| sentence < d.sentences.len() && span_ok(&d.text, start, end))
    };
    for d in docs {
        for (i, s) in d.sentences.iter().enumerate() {
            if s.index != i || s.paragraph >= d.paragraphs.len().max(1) || !span_ok(&d.text, s.start, s.end) {
                return Err(format!("sentence {i} of “{}” is out of place", d.id));
            }
        }
        for (i, p) in d.paragraphs.iter().enumerate() {
            let last = p.first_sentence.checked_add(p.sentence_count);
            if !span_ok(&d.text, p.start, p.end) || last.is_none_or(|l| l > d.sentences.len()) {
                return Err(format!("paragraph {i} of “{}” is out of place", d.id));
            }
        }
    }
    if a.numbers.len() != docs.len() {
        return Err("numbers do not match the documents".into());
    }
    for (d, qs) in docs.iter().zip(&a.numbers) {
        if qs.iter().any(|q| q.sentence >= d.sentences.len() || !span_ok(&d.text, q.start, q.end)) {
            return Err(format!("a number in “{}” is out of place", d.id));
        }
    }
    for e in &a.entities {
        if e.mentions.iter().any(|m| !mention_ok(m.doc, m.sentence, m.start, m.end)) {
            return Err(format!("a mention of “{}” is out of place", e.name));
        }
    }
    for c in &a.claims {
        let spans_ok = c.conflicts.iter().flat_map(|k| &k.values).all(|v| {
            v.docs.iter().all(|&d| d < docs.len())
                && v.spans.iter().all(|&(d, s, start, end)| mention_ok(d, s, start, end))
        });
        if c.docs.iter().any(|&d| d >= docs.len()) || c.sentences.iter().any(|&(d, s)| !sentence_ok(d, s)) || !spans_ok
        {
            return Err(format!("claim “{}” points outside the documents", c.id));
        }
    }
    for q in &a.quotes {
        let bad = q.occurrences.iter().any(|o| {
            !mention_ok(o.doc, o.sentence, o.start, o.end) || o.speaker_entity.is_some_and(|e| e >= a.entities.len())
        });
        if bad {
            return Err("a quote points outside the documents".into());
        }
    }
    for t in &a.topics {
        if t.sentences.iter().any(|&(d, s)| !sentence_ok(d, s)) {
            return Err(format!("topic “{}” points outside the documents", t.label));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> (Vec<Source>, Analysis) {
        let sources = vec![
            Source::new(
                "a",
                "Leaders of 26 countries met in Paris on Thursday. Emmanuel Macron said: \u{201C}We are ready.\u{201D}",
            ),
            Source::new("b", "Twenty-six nations pledged troops, President Macron said in Paris.")
                .with_label(Some("Second report".into())),
        ];
        let analysis = crate::analyze(&sources);
        (sources, analysis)
    }

    /// What a bundle does not carry: tokens, their folded forms and token ranges are derived data.
    fn without_tokens(mut a: Analysis) -> Analysis {
        for d in &mut a.documents {
            d.tokens.clear();
            d.folded.clear();
            for s in &mut d.sentences {
                s.tokens = 0..0;
            }
        }
        a
    }

    #[test]
    fn a_bundle_round_trips_sources_and_analysis() {
        let (sources, analysis) = sample();
        let bytes = encode(&sources, &analysis);
        let bundle = decode(&bytes).expect("decodes");
        assert_eq!(bundle.sources, sources);
        assert_eq!(bundle.engine, ENGINE);
        assert_eq!(bundle.analysis, without_tokens(analysis));
        assert_eq!(bundle.analysis.documents[1].text, sources[1].text, "texts are attached again");
    }

    #[test]
    fn an_older_layout_keeps_its_sources_and_is_analysed_again() {
        let (sources, analysis) = sample();
        // Format 1: the same sources first, then an analysis in a layout this version cannot read.
        let body =
            postcard::to_allocvec(&WireRef { engine: "parallax-core 0.2.0", sources: &sources, analysis: &analysis })
                .expect("serialises");
        let old = [MAGIC.as_slice(), &1u32.to_le_bytes(), &body[..body.len() / 2]].concat();
        let bundle = decode(&old).expect("an older bundle opens");
        assert_eq!(bundle.sources, sources, "every source kept");
        assert_eq!(bundle.analysis, crate::analyze(&sources), "analysed by this engine");
        assert_eq!(bundle.engine, ENGINE);
    }

    #[test]
    fn bad_bytes_are_refused_with_a_reason() {
        let (sources, analysis) = sample();
        let good = encode(&sources, &analysis);
        let cases: Vec<(&str, Vec<u8>, &str)> = vec![
            ("empty", vec![], "not a Parallax bundle"),
            ("a text file", b"Leaders met in Paris.".to_vec(), "not a Parallax bundle"),
            ("signature only", MAGIC.to_vec(), "ends before its format"),
            ("newer", [MAGIC.as_slice(), &7u32.to_le_bytes(), &good[12..]].concat(), "newer version"),
            ("truncated", good[..good.len() / 2].to_vec(), "damaged"),
            ("garbage body", [&good[..12], &[0xff; 64][..]].concat(), "damaged"),
        ];
        for (what, bytes, expected) in cases {
            let err = decode(&bytes).expect_err(what).to_string();
            assert!(err.contains(expected), "{what}: {err}");
        }
    }

    #[test]
    fn a_bundle_whose_index_would_exhaust_memory_is_refused() {
        let (sources, mut analysis) = sample();
        let sentence = analysis.documents[0].sentences[0].clone();
        analysis.documents[0].sentences =
            (0..200_000).map(|i| crate::Sentence { index: i, paragraph: 0, ..sentence.clone() }).collect();
        let entity = analysis.entities[0].clone();
        analysis.entities = (0..30_000).map(|_| entity.clone()).collect();
        let err = decode(&encode(&sources, &analysis)).unwrap_err();
        assert!(matches!(err, BundleError::TooLarge(_)), "{err}");
    }

    #[test]
    fn offsets_outside_the_text_are_refused_not_trusted() {
        let (sources, mut analysis) = sample();
        analysis.entities[0].mentions[0].end = 10_000;
        let err = decode(&encode(&sources, &analysis)).unwrap_err().to_string();
        assert!(err.contains("out of place"), "{err}");

        let (sources, mut analysis) = sample();
        analysis.claims[0].sentences.push((9, 0));
        assert!(decode(&encode(&sources, &analysis)).unwrap_err().to_string().contains("outside"));

        let (mut sources, analysis) = sample();
        // A source text cut short under the same analysis: its spans run past the end.
        sources[1].text.truncate(10);
        assert!(decode(&encode(&sources, &analysis)).unwrap_err().to_string().contains("out of place"));

        let (mut sources, analysis) = sample();
        sources.remove(0);
        assert!(decode(&encode(&sources, &analysis)).unwrap_err().to_string().contains("2 documents for 1 sources"));

        // Many documents over one source: refused before any text is copied.
        let (sources, mut analysis) = sample();
        let copy = analysis.documents[0].clone();
        analysis.documents.extend(std::iter::repeat_n(copy, 1000));
        assert!(decode(&encode(&sources, &analysis)).unwrap_err().to_string().contains("documents for 2 sources"));

        let (mut sources, analysis) = sample();
        sources.swap(0, 1);
        assert!(decode(&encode(&sources, &analysis)).unwrap_err().to_string().contains("no source text"));
    }
}
