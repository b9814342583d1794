//! The quotes section: each quotation with its occurrences, by document id.

use serde::Serialize;

use crate::quotes::{Quote, QuoteOccurrence};
use crate::Analysis;

#[derive(Debug, Serialize)]
pub struct QuoteReport<'a> {
    pub speaker: Option<&'a str>,
    pub text: &'a str,
    pub attribution_differs: bool,
    pub occurrences: Vec<QuoteOccurrenceReport<'a>>,
}

#[derive(Debug, Serialize)]
pub struct QuoteOccurrenceReport<'a> {
    pub doc: &'a str,
    pub sentence: usize,
    pub start: usize,
    pub end: usize,
    pub speaker: Option<&'a str>,
}

pub(super) fn quote<'a>(analysis: &'a Analysis, q: &'a Quote) -> QuoteReport<'a> {
    QuoteReport {
        speaker: q.speaker.as_deref(),
        text: &q.text,
        attribution_differs: q.attribution_differs,
        occurrences: q.occurrences.iter().map(|o| occurrence(analysis, o)).collect(),
    }
}

fn occurrence<'a>(analysis: &'a Analysis, o: &'a QuoteOccurrence) -> QuoteOccurrenceReport<'a> {
    QuoteOccurrenceReport {
        doc: &analysis.documents[o.doc].id,
        sentence: o.sentence,
        start: o.start,
        end: o.end,
        speaker: o.speaker.as_deref(),
    }
}
