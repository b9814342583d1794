//! The claims section: each claim with its sources, sentences and conflicting values.

use serde::Serialize;

use crate::claims::{Claim, ClaimKind, Conflict, ConflictValue, Status};
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
    }
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
