//! Parallax's analysis core: ingest -> extract -> align -> index, pure Rust with no web dependencies.
//!
//! One entry point, [`analyze`], takes raw texts and never fails: whatever the input, it returns an
//! [`Analysis`] plus diagnostics that say what was odd about it. Every span is a byte range into the
//! original text of its document.

pub mod attribution;
pub mod bundle;
mod causes;
pub mod claims;
pub mod dates;
pub mod entities;
pub mod features;
pub mod figures;
pub mod fold;
pub mod frames;
pub mod gazetteer;
pub mod hash;
pub mod hedges;
pub mod import;
pub mod index;
pub mod ingest;
pub mod lexicon;
pub mod lists;
pub mod manner;
pub mod numbers;
pub mod order;
mod packing;
pub mod polarity;
pub mod quotes;
pub mod report;
pub mod text;
pub mod topics;
pub mod words;

use serde::{Deserialize, Serialize};

pub use ingest::{Document, Paragraph, Role, Sentence};

/// A raw source as the user (or the embedded corpus) gives it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// Stable id: for files, the file name without extension.
    pub id: String,
    pub text: String,
    /// A label the reader gave (or an HTML title); otherwise one is derived from the text.
    pub label: Option<String>,
    /// Details the reader gave; they win over what the text says of itself.
    pub details: Details,
}

/// What a reader may say about a source beyond its text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Details {
    pub outlet: Option<String>,
    /// ISO `YYYY-MM-DD`.
    pub date: Option<String>,
    /// Where the article came from. Kept as text; the app links it only if it is http(s).
    pub url: Option<String>,
}

impl Details {
    /// Details as typed: trimmed, spaces collapsed, empty fields dropped, the date read as ISO or
    /// as a written date ("4 September 2025"). A date that is not a date comes back as an error.
    pub fn from_input(outlet: &str, date: &str, url: &str) -> Result<Details, String> {
        let clean = |s: &str, max: usize| {
            let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
            (!s.is_empty()).then(|| s.chars().take(max).collect::<String>())
        };
        let date = match clean(date, 64) {
            None => None,
            Some(d) => Some(
                dates::parse_iso(&d)
                    .or_else(|| dates::find_dates(&d).into_iter().next().map(|f| f.iso))
                    .ok_or_else(|| format!("\u{201C}{d}\u{201D} is not a date (write it as 2025-09-04)"))?,
            ),
        };
        Ok(Details { outlet: clean(outlet, 120), date, url: clean(url, 2000) })
    }
}

impl Source {
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Self {
        Source { id: id.into(), text: text.into(), label: None, details: Details::default() }
    }

    pub fn with_label(mut self, label: Option<String>) -> Self {
        self.label = label.map(|l| l.split_whitespace().collect::<Vec<_>>().join(" ")).filter(|l| !l.is_empty());
        self
    }

    pub fn with_details(mut self, details: Details) -> Self {
        self.details = details;
        self
    }
}

/// How serious a diagnostic is. Nothing here stops analysis; it tells the reader what was set aside.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    Info,
    Warning,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// The document it concerns, if one.
    pub doc: Option<String>,
    pub message: String,
}

/// Everything Parallax knows about a corpus.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    // The fields in the order a bundle writes them, which is after the texts (`bundle`): names
    // and quoted words first, where DEFLATE finds them in the texts within its 32 KB window. The
    // embedded seed bundle deflates 1.4 KB smaller so than in the order the pipeline makes them.
    pub entities: Vec<entities::Entity>,
    pub quotes: Vec<quotes::Quote>,
    pub topics: Vec<topics::Topic>,
    pub documents: Vec<Document>,
    /// Quantities per document, parallel to `documents`.
    pub numbers: Vec<Vec<numbers::Quantity>>,
    pub claims: Vec<claims::Claim>,
    pub diagnostics: Vec<Diagnostic>,
}

/// The stages of an analysis, in order, for a progress display.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Stage {
    /// Paragraphs, sentences and words of each document.
    Reading,
    /// Numbers, per document.
    Numbers,
    /// Names across the corpus.
    Entities,
    /// Quotes and statements aligned across sources.
    Comparing,
    Topics,
    Done,
}

impl Stage {
    pub fn label(self) -> &'static str {
        match self {
            Stage::Reading => "Reading the articles",
            Stage::Numbers => "Finding numbers",
            Stage::Entities => "Finding names",
            Stage::Comparing => "Comparing sources",
            Stage::Topics => "Grouping topics",
            Stage::Done => "Done",
        }
    }

    /// The share of the whole run finished when this stage starts, from the stage timings of the
    /// 1,000-document benchmark (`cargo bench -p parallax-core --bench analyze -- --stages 1000`).
    fn start_share(self) -> f64 {
        match self {
            // Measured: ingest 273 ms, numbers 102, entities 267, features + quotes + claims 419,
            // topics 90 (of 1,152 ms).
            Stage::Reading => 0.0,
            Stage::Numbers => 0.24,
            Stage::Entities => 0.33,
            Stage::Comparing => 0.56,
            Stage::Topics => 0.92,
            Stage::Done => 1.0,
        }
    }
}

/// How far an analysis has got: a stage, and documents done of the total in per-document stages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    pub stage: Stage,
    pub done: usize,
    pub total: usize,
}

impl Progress {
    /// The whole run's completed share, 0.0 to 1.0, for a progress bar.
    pub fn fraction(&self) -> f64 {
        let start = self.stage.start_share();
        let next = match self.stage {
            Stage::Reading => Stage::Numbers,
            Stage::Numbers => Stage::Entities,
            Stage::Entities => Stage::Comparing,
            Stage::Comparing => Stage::Topics,
            Stage::Topics | Stage::Done => Stage::Done,
        };
        let within = if self.total == 0 { 0.0 } else { self.done.min(self.total) as f64 / self.total as f64 };
        start + (next.start_share() - start) * within
    }
}

/// Analyses a corpus. Never panics, never fails: odd input is reported in `diagnostics`.
pub fn analyze(sources: &[Source]) -> Analysis {
    analyze_with_progress(sources, &mut |_| {})
}

/// [`analyze`], telling `progress` where it is: after each document in the per-document stages,
/// and at the start of every corpus-wide stage.
pub fn analyze_with_progress(sources: &[Source], progress: &mut dyn FnMut(Progress)) -> Analysis {
    let total = sources.len();
    let mut diagnostics = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut documents = Vec::with_capacity(sources.len());
    for (i, source) in sources.iter().enumerate() {
        progress(Progress { stage: Stage::Reading, done: i, total });
        if !seen.insert(source.id.as_str()) {
            diagnostics.push(Diagnostic {
                severity: Severity::Warning,
                doc: Some(source.id.clone()),
                message: format!("duplicate document id “{}”: the later copy is skipped", source.id),
            });
            continue;
        }
        let mut doc = ingest::ingest(&source.id, &source.text);
        if let Some(label) = &source.label {
            doc.label = text::truncate_words(label, 120);
        }
        let given = &source.details;
        doc.outlet = given.outlet.clone().or(doc.outlet);
        doc.date = given.date.clone().or(doc.date);
        doc.url = given.url.clone();
        if doc.words == 0 {
            diagnostics.push(Diagnostic {
                severity: Severity::Warning,
                doc: Some(source.id.clone()),
                message: "no article text found (empty, or page furniture only)".to_string(),
            });
        }
        documents.push(doc);
    }
    let total = documents.len();
    let mut numbers: Vec<Vec<numbers::Quantity>> = Vec::with_capacity(total);
    for (i, doc) in documents.iter().enumerate() {
        progress(Progress { stage: Stage::Numbers, done: i, total });
        numbers.push(numbers::extract(doc));
    }
    progress(Progress { stage: Stage::Entities, done: 0, total });
    let entities = entities::extract(&documents);
    progress(Progress { stage: Stage::Comparing, done: 0, total });
    let features = features::build(&documents, &entities, &numbers);
    let quotes = quotes::extract(&documents, &entities);
    let mut read = figures::read(&documents, &numbers, &entities);
    figures::label_numbers(&mut numbers, &read);
    // Who counted a crowd: organisers' and police counts are compared apart.
    let counters = attribution::count_voices(&mut read, &documents, &entities);
    let mut figures = figures::compare(&documents, &read, &counters);
    drop(read);
    // Who said what: one statement credited to two people (first, while little else is held:
    // its runs of words are the largest thing it keeps), one figure credited to two sources.
    // One index of every mention by document for these readers; not held through `align`,
    // the analysis' peak (8 bytes a mention), but made again after it.
    let mentions = features::MentionsByDoc::new(documents.len(), &entities);
    let acts = attribution::credit_acts(&documents, &entities, &features, &mentions);
    attribution::credit_figures(&mut figures, &documents, &entities, &mentions);
    drop(mentions);
    figures.claims.extend(acts);
    let mut claims = claims::align(&documents, &numbers, &entities, &quotes, &features, figures);
    let mentions = features::MentionsByDoc::new(documents.len(), &entities);
    attribution::note_statements(&mut claims, &documents, &entities, &mentions);
    let mut denials = polarity::flag(&claims, &documents, &numbers, &entities, &mentions);
    denials.extend(manner::flag(&documents, &entities, &mentions));
    denials.extend(causes::flag(&documents));
    drop(mentions);
    if !denials.is_empty() {
        claims.extend(denials);
        claims::number(&mut claims);
    }
    progress(Progress { stage: Stage::Topics, done: 0, total });
    let topics = topics::extract(&features);
    progress(Progress { stage: Stage::Done, done: total, total });
    Analysis { documents, numbers, entities, claims, quotes, topics, diagnostics }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_only_moves_forward_and_ends_complete() {
        let sources: Vec<Source> =
            (0..6).map(|i| Source::new(format!("d{i}"), format!("Leaders of {i} nations met in Paris."))).collect();
        let mut seen = Vec::new();
        analyze_with_progress(&sources, &mut |p| seen.push(p));
        let fractions: Vec<f64> = seen.iter().map(Progress::fraction).collect();
        assert!(fractions.windows(2).all(|w| w[0] <= w[1]), "{fractions:?}");
        assert_eq!(seen.first().map(|p| (p.stage, p.done)), Some((Stage::Reading, 0)));
        assert_eq!(seen.last().map(|p| (p.stage, p.fraction())), Some((Stage::Done, 1.0)));
        let stages: Vec<Stage> = seen.iter().map(|p| p.stage).collect();
        for stage in [Stage::Numbers, Stage::Entities, Stage::Comparing, Stage::Topics] {
            assert!(stages.contains(&stage), "{stage:?} reported");
        }
    }

    #[test]
    fn details_the_reader_gives_are_cleaned_and_win_over_the_text() {
        let table = [
            (("  Le  Monde ", "2025-09-04", ""), Ok((Some("Le Monde"), Some("2025-09-04"), None))),
            (
                ("", "4 September 2025", "https://example.org/a"),
                Ok((None, Some("2025-09-04"), Some("https://example.org/a"))),
            ),
            (("", "September 4, 2025", ""), Ok((None, Some("2025-09-04"), None))),
            (("", "", ""), Ok((None, None, None))),
            (("", "2025-02-30", ""), Err("not a date")),
            (("", "last Tuesday", ""), Err("not a date")),
        ];
        for ((outlet, date, url), want) in table {
            let got = Details::from_input(outlet, date, url);
            match (got, want) {
                (Ok(d), Ok((o, t, u))) => {
                    assert_eq!((d.outlet.as_deref(), d.date.as_deref(), d.url.as_deref()), (o, t, u), "{date}")
                }
                (Err(e), Err(part)) => assert!(e.contains(part), "{e}"),
                (got, want) => panic!("{outlet:?} {date:?}: got {got:?}, want {want:?}"),
            }
        }
        // Given details replace what ingest found in the text; missing ones leave it.
        let text = "Leaders met\n\nPARIS (Reuters) - Leaders met in Paris on 4 September 2025.";
        let plain = analyze(&[Source::new("a", text)]);
        assert_eq!(plain.documents[0].outlet.as_deref(), Some("Reuters"));
        let details = Details::from_input("Le Monde", "", "https://example.org").unwrap();
        let given = analyze(&[Source::new("a", text).with_details(details)]);
        let doc = &given.documents[0];
        assert_eq!((doc.outlet.as_deref(), doc.url.as_deref()), (Some("Le Monde"), Some("https://example.org")));
        assert_eq!(doc.date, plain.documents[0].date, "no date given: the text's own date stays");
    }
}
