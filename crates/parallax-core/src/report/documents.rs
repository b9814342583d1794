//! The documents section: each document with its sentences and their texts.

use serde::Serialize;

use crate::ingest::{Document, Sentence};
use crate::Role;

#[derive(Debug, Serialize)]
pub struct DocumentReport<'a> {
    pub id: &'a str,
    pub label: &'a str,
    pub date: Option<&'a str>,
    pub outlet: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<&'a str>,
    pub words: usize,
    pub sentences: Vec<SentenceReport<'a>>,
}

#[derive(Debug, Serialize)]
pub struct SentenceReport<'a> {
    pub index: usize,
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    pub furniture: bool,
    pub role: Role,
    pub paragraph: usize,
}

pub(super) fn document(d: &Document) -> DocumentReport<'_> {
    DocumentReport {
        id: &d.id,
        label: &d.label,
        date: d.date.as_deref(),
        outlet: d.outlet.as_deref(),
        url: d.url.as_deref(),
        words: d.words,
        sentences: d.sentences.iter().map(|s| sentence(d, s)).collect(),
    }
}

fn sentence<'a>(d: &'a Document, s: &Sentence) -> SentenceReport<'a> {
    SentenceReport {
        index: s.index,
        start: s.start,
        end: s.end,
        text: d.sentence_text(s),
        furniture: s.furniture(),
        role: s.role,
        paragraph: s.paragraph,
    }
}
