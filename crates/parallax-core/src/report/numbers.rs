//! The numbers section: every quantity of every document, with its text.

use serde::Serialize;

use crate::ingest::Document;
use crate::numbers::{Confidence, NumberKind, Quantity, Value};

#[derive(Debug, Serialize)]
pub struct NumberReport<'a> {
    pub doc: &'a str,
    pub sentence: usize,
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    pub value: ValueReport<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub high: Option<f64>,
    pub kind: NumberKind,
    pub unit: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit_text: Option<&'a str>,
    /// What it measures when read as a figure: "dead", "depth".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub class: Option<&'a str>,
    pub confidence: Confidence,
}

/// A value in JSON: a plain number, or ISO text for dates and times.
#[derive(Debug, Serialize)]
#[serde(untagged)]
pub enum ValueReport<'a> {
    Number(f64),
    Text(&'a str),
}

impl<'a> From<&'a Value> for ValueReport<'a> {
    fn from(v: &'a Value) -> Self {
        match v {
            Value::Number(n) => ValueReport::Number(*n),
            Value::Text(t) => ValueReport::Text(t),
        }
    }
}

pub(super) fn number<'a>(d: &'a Document, q: &'a Quantity) -> NumberReport<'a> {
    NumberReport {
        doc: &d.id,
        sentence: q.sentence,
        start: q.start,
        end: q.end,
        text: &d.text[q.start..q.end],
        value: (&q.value).into(),
        high: q.high,
        kind: q.kind,
        unit: q.unit.as_deref(),
        unit_text: q.unit_text.as_deref(),
        class: q.class.as_deref(),
        confidence: q.confidence,
    }
}
