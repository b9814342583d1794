//! Parallax's analysis core: ingest -> extract -> align -> index, pure Rust with no web dependencies.
//!
//! One entry point, [`analyze`], takes raw texts and never fails: whatever the input, it returns an
//! [`Analysis`] plus diagnostics that say what was odd about it. Every span is a byte range into the
//! original text of its document.

pub mod claims;
pub mod dates;
pub mod entities;
pub mod features;
pub mod gazetteer;
pub mod hash;
pub mod import;
pub mod index;
pub mod ingest;
pub mod lexicon;
pub mod numbers;
pub mod quotes;
pub mod report;
pub mod text;
pub mod topics;
pub mod words;

use serde::Serialize;

pub use ingest::{Document, Paragraph, Role, Sentence};

/// A raw source as the user (or the embedded corpus) gives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// Stable id: for files, the file name without extension.
    pub id: String,
    pub text: String,
    /// A label the reader gave (or an HTML title); otherwise one is derived from the text.
    pub label: Option<String>,
}

impl Source {
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Self {
        Source { id: id.into(), text: text.into(), label: None }
    }

    pub fn with_label(mut self, label: Option<String>) -> Self {
        self.label = label.map(|l| l.split_whitespace().collect::<Vec<_>>().join(" ")).filter(|l| !l.is_empty());
        self
    }
}

/// How serious a diagnostic is. Nothing here stops analysis; it tells the reader what was set aside.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    Info,
    Warning,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// The document it concerns, if one.
    pub doc: Option<String>,
    pub message: String,
}

/// Everything Parallax knows about a corpus.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Analysis {
    pub documents: Vec<Document>,
    /// Quantities per document, parallel to `documents`.
    pub numbers: Vec<Vec<numbers::Quantity>>,
    pub entities: Vec<entities::Entity>,
    pub claims: Vec<claims::Claim>,
    pub quotes: Vec<quotes::Quote>,
    pub topics: Vec<topics::Topic>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Analyses a corpus. Never panics, never fails: odd input is reported in `diagnostics`.
pub fn analyze(sources: &[Source]) -> Analysis {
    let mut diagnostics = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut documents = Vec::with_capacity(sources.len());
    for source in sources {
        if !seen.insert(source.id.as_str()) {
            diagnostics.push(Diagnostic {
                severity: Severity::Warning,
                doc: Some(source.id.clone()),
                message: format!("duplicate document id {:?}: the later copy is skipped", source.id),
            });
            continue;
        }
        let mut doc = ingest::ingest(&source.id, &source.text);
        if let Some(label) = &source.label {
            doc.label = text::truncate_words(label, 120);
        }
        if doc.words == 0 {
            diagnostics.push(Diagnostic {
                severity: Severity::Warning,
                doc: Some(source.id.clone()),
                message: "no article text found (empty, or page furniture only)".to_string(),
            });
        }
        documents.push(doc);
    }
    let numbers: Vec<Vec<numbers::Quantity>> = documents.iter().map(numbers::extract).collect();
    let entities = entities::extract(&documents);
    let features = features::build(&documents, &entities, &numbers);
    let quotes = quotes::extract(&documents, &entities);
    let claims = claims::align(&documents, &numbers, &entities, &quotes, &features);
    let topics = topics::extract(&features);
    Analysis { documents, numbers, entities, claims, quotes, topics, diagnostics }
}
