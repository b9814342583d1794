//! The claims section: each claim with its sources, sentences and conflicting values.

use serde::Serialize;

use crate::claims::{Claim, ClaimKind, Conflict, ConflictValue, Difference, KeyFigure, Nature, Status};
use crate::Analysis;

#[derive(Debug, Serialize)]
pub struct ClaimReport<'a> {
    pub id: &'a str,
    pub status: Status,
    pub kind: ClaimKind,
    pub docs: Vec<&'a str>,
    pub sentences: Vec<ClaimSentenceReport<'a>>,
    pub conflicts: Vec<ConflictReport<'a>>,
    pub explanation: &'a str,
    /// For a disagreement about a figure: `conflict` (the values cannot all be true on one day)
    /// or `update` (reports of different dates; the figure moved).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nature: Option<Nature>,
    /// For a figure compared across sources: a row of the Key figures table.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub figure: Option<FigureReport<'a>>,
    /// For a disagreement that is not about a number: `attribution` (credited to different
    /// people or bodies), `polarity` or `scope`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub difference: Option<Difference>,
}

/// A key figure: what is measured and each source's value as written, with the report's date.
#[derive(Debug, Serialize)]
pub struct FigureReport<'a> {
    pub what: &'a str,
    pub class: &'a str,
    pub values: Vec<FigureValueReport<'a>>,
}

#[derive(Debug, Serialize)]
pub struct FigureValueReport<'a> {
    pub doc: &'a str,
    pub date: Option<&'a str>,
    pub value: &'a str,
    pub sentence: usize,
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Serialize)]
pub struct ClaimSentenceReport<'a> {
    pub doc: &'a str,
    pub sentence: usize,
    pub text: &'a str,
}

#[derive(Debug, Serialize)]
pub struct ConflictReport<'a> {
    pub what: &'a str,
    pub values: Vec<ConflictValueReport<'a>>,
}

#[derive(Debug, Serialize)]
pub struct ConflictValueReport<'a> {
    pub value: &'a str,
    pub docs: Vec<&'a str>,
}

pub(super) fn claim<'a>(analysis: &'a Analysis, c: &'a Claim) -> ClaimReport<'a> {
    ClaimReport {
        id: &c.id,
        status: c.status,
        kind: c.kind,
        docs: doc_ids(analysis, &c.docs),
        sentences: c.sentences.iter().map(|&(d, s)| sentence(analysis, d, s)).collect(),
        conflicts: c.conflicts.iter().map(|k| conflict(analysis, k)).collect(),
        explanation: &c.explanation,
        nature: c.figure.as_ref().and_then(|f| f.nature),
        figure: c.figure.as_ref().map(|f| figure(analysis, f)),
        difference: c.difference,
    }
}

fn figure<'a>(analysis: &'a Analysis, f: &'a KeyFigure) -> FigureReport<'a> {
    let values = f
        .values
        .iter()
        .flat_map(|v| v.spans.iter().map(move |&(d, sentence, start, end)| (v, d, sentence, start, end)))
        .map(|(v, d, sentence, start, end)| {
            let doc = &analysis.documents[d];
            FigureValueReport { doc: &doc.id, date: doc.date.as_deref(), value: &v.value, sentence, start, end }
        })
        .collect();
    FigureReport { what: &f.what, class: &f.class, values }
}

fn doc_ids<'a>(analysis: &'a Analysis, docs: &[usize]) -> Vec<&'a str> {
    docs.iter().map(|&d| analysis.documents[d].id.as_str()).collect()
}

fn sentence(analysis: &Analysis, d: usize, s: usize) -> ClaimSentenceReport<'_> {
    let doc = &analysis.documents[d];
    ClaimSentenceReport { doc: &doc.id, sentence: s, text: doc.sentence_text(&doc.sentences[s]) }
}

fn conflict<'a>(analysis: &'a Analysis, k: &'a Conflict) -> ConflictReport<'a> {
    ConflictReport { what: &k.what, values: k.values.iter().map(|v| conflict_value(analysis, v)).collect() }
}

fn conflict_value<'a>(analysis: &'a Analysis, v: &'a ConflictValue) -> ConflictValueReport<'a> {
    ConflictValueReport { value: &v.value, docs: doc_ids(analysis, &v.docs) }
}
