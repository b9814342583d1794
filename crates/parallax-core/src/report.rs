//! The public JSON shape of an analysis, as the command prints it and the app exports it.
//!
//! Internal types keep ranges and indices; this view adds the texts a reader needs and uses
//! document ids instead of positions, so the JSON stands on its own.

use serde::Serialize;

use crate::claims::{ClaimKind, Status};
use crate::entities::{EntityKind, Merge};
use crate::numbers::{Confidence, NumberKind, Value};
use crate::{Analysis, Diagnostic, Role};

#[derive(Debug, Serialize)]
pub struct Report<'a> {
    pub documents: Vec<DocumentReport<'a>>,
    pub entities: Vec<EntityReport<'a>>,
    pub numbers: Vec<NumberReport<'a>>,
    pub claims: Vec<ClaimReport<'a>>,
    pub quotes: Vec<QuoteReport<'a>>,
    pub topics: Vec<TopicReport<'a>>,
    pub diagnostics: &'a [Diagnostic],
}

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

#[derive(Debug, Serialize)]
pub struct EntityReport<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub kind: EntityKind,
    pub aliases: &'a [String],
    pub demonyms: &'a [String],
    pub mentions: Vec<MentionReport<'a>>,
    pub merges: &'a [Merge],
}

#[derive(Debug, Serialize)]
pub struct MentionReport<'a> {
    pub doc: &'a str,
    pub sentence: usize,
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub demonym: bool,
}

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

#[derive(Debug, Serialize)]
pub struct TopicReport<'a> {
    pub id: &'a str,
    pub label: &'a str,
    pub keywords: &'a [String],
    pub sentences: Vec<SentenceRefReport<'a>>,
}

#[derive(Debug, Serialize)]
pub struct SentenceRefReport<'a> {
    pub doc: &'a str,
    pub sentence: usize,
}

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

/// The report view of an analysis.
pub fn report(analysis: &Analysis) -> Report<'_> {
    Report {
        documents: analysis
            .documents
            .iter()
            .map(|d| DocumentReport {
                id: &d.id,
                label: &d.label,
                date: d.date.as_deref(),
                outlet: d.outlet.as_deref(),
                url: d.url.as_deref(),
                words: d.words,
                sentences: d
                    .sentences
                    .iter()
                    .map(|s| SentenceReport {
                        index: s.index,
                        start: s.start,
                        end: s.end,
                        text: d.sentence_text(s),
                        furniture: s.furniture(),
                        role: s.role,
                        paragraph: s.paragraph,
                    })
                    .collect(),
            })
            .collect(),
        entities: analysis
            .entities
            .iter()
            .map(|e| EntityReport {
                id: &e.id,
                name: &e.name,
                kind: e.kind,
                aliases: &e.aliases,
                demonyms: &e.demonyms,
                mentions: e
                    .mentions
                    .iter()
                    .map(|m| {
                        let d = &analysis.documents[m.doc];
                        MentionReport {
                            doc: &d.id,
                            sentence: m.sentence,
                            start: m.start,
                            end: m.end,
                            text: &d.text[m.start..m.end],
                            demonym: m.demonym,
                        }
                    })
                    .collect(),
                merges: &e.merges,
            })
            .collect(),
        numbers: analysis
            .documents
            .iter()
            .zip(&analysis.numbers)
            .flat_map(|(d, qs)| {
                qs.iter().map(move |q| NumberReport {
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
                    confidence: q.confidence,
                })
            })
            .collect(),
        claims: analysis
            .claims
            .iter()
            .map(|c| {
                let id = |d: usize| analysis.documents[d].id.as_str();
                ClaimReport {
                    id: &c.id,
                    status: c.status,
                    kind: c.kind,
                    docs: c.docs.iter().map(|&d| id(d)).collect(),
                    sentences: c
                        .sentences
                        .iter()
                        .map(|&(d, s)| {
                            let doc = &analysis.documents[d];
                            ClaimSentenceReport {
                                doc: &doc.id,
                                sentence: s,
                                text: doc.sentence_text(&doc.sentences[s]),
                            }
                        })
                        .collect(),
                    conflicts: c
                        .conflicts
                        .iter()
                        .map(|k| ConflictReport {
                            what: &k.what,
                            values: k
                                .values
                                .iter()
                                .map(|v| ConflictValueReport {
                                    value: &v.value,
                                    docs: v.docs.iter().map(|&d| id(d)).collect(),
                                })
                                .collect(),
                        })
                        .collect(),
                    explanation: &c.explanation,
                }
            })
            .collect(),
        quotes: analysis
            .quotes
            .iter()
            .map(|q| QuoteReport {
                speaker: q.speaker.as_deref(),
                text: &q.text,
                attribution_differs: q.attribution_differs,
                occurrences: q
                    .occurrences
                    .iter()
                    .map(|o| QuoteOccurrenceReport {
                        doc: &analysis.documents[o.doc].id,
                        sentence: o.sentence,
                        start: o.start,
                        end: o.end,
                        speaker: o.speaker.as_deref(),
                    })
                    .collect(),
            })
            .collect(),
        topics: analysis
            .topics
            .iter()
            .map(|t| TopicReport {
                id: &t.id,
                label: &t.label,
                keywords: &t.keywords,
                sentences: t
                    .sentences
                    .iter()
                    .map(|&(d, s)| SentenceRefReport { doc: &analysis.documents[d].id, sentence: s })
                    .collect(),
            })
            .collect(),
        diagnostics: &analysis.diagnostics,
    }
}

/// A short human summary of an analysis, for the command's `--format text`.
pub fn summary(analysis: &Analysis) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    let docs = &analysis.documents;
    let id = |d: usize| docs[d].id.as_str();
    let _ = writeln!(out, "{} documents", docs.len());
    for d in docs {
        let furniture = d.sentences.iter().filter(|s| s.furniture()).count();
        let _ = writeln!(
            out,
            "  {}  {}  {} words, {} sentences ({} furniture){}\n      {}",
            d.id,
            d.date.as_deref().unwrap_or("no date"),
            d.words,
            d.sentences.len(),
            furniture,
            d.outlet.as_deref().map(|o| format!(", outlet {o}")).unwrap_or_default(),
            d.label
        );
    }
    let count = |s: Status| analysis.claims.iter().filter(|c| c.status == s).count();
    let _ = writeln!(
        out,
        "\n{} claims: {} disagreement, {} agreement, {} single-source",
        analysis.claims.len(),
        count(Status::Disagreement),
        count(Status::Agreement),
        count(Status::SingleSource)
    );
    for c in analysis.claims.iter().filter(|c| c.status != Status::SingleSource) {
        let docs_list: Vec<&str> = c.docs.iter().map(|&d| id(d)).collect();
        let _ = writeln!(out, "  {} {} [{}] {}", c.id, c.status.label(), docs_list.join(", "), c.explanation);
        for k in &c.conflicts {
            for v in &k.values {
                let vd: Vec<&str> = v.docs.iter().map(|&d| id(d)).collect();
                let _ = writeln!(out, "      {}: {} <- {}", k.what, v.value, vd.join(", "));
            }
        }
        for &(d, s) in &c.sentences {
            let text = docs[d].sentence_text(&docs[d].sentences[s]);
            let _ = writeln!(out, "      {} #{}: {}", id(d), s, crate::text::truncate_words(text, 110));
        }
    }
    let _ = writeln!(out, "\n{} entities", analysis.entities.len());
    for e in &analysis.entities {
        let sources: std::collections::BTreeSet<usize> = e.mentions.iter().map(|m| m.doc).collect();
        let mut names: Vec<&str> = e.aliases.iter().map(String::as_str).collect();
        names.extend(e.demonyms.iter().map(String::as_str));
        let aka = if names.is_empty() { String::new() } else { format!(" (also: {})", names.join(", ")) };
        let _ = writeln!(
            out,
            "  {:?} {}{} - {} mentions in {} sources",
            e.kind,
            e.name,
            aka,
            e.mentions.len(),
            sources.len()
        );
    }
    let _ = writeln!(out, "\n{} topics", analysis.topics.len());
    for t in &analysis.topics {
        let _ = writeln!(out, "  {} {} - {} sentences; {}", t.id, t.label, t.sentences.len(), t.keywords.join(", "));
    }
    let _ = writeln!(out, "\n{} quotes", analysis.quotes.len());
    for q in &analysis.quotes {
        let srcs: std::collections::BTreeSet<&str> = q.occurrences.iter().map(|o| id(o.doc)).collect();
        let _ = writeln!(
            out,
            "  {}: \"{}\" [{}]{}",
            q.speaker.as_deref().unwrap_or("(no speaker)"),
            crate::text::truncate_words(&q.text, 90),
            srcs.into_iter().collect::<Vec<_>>().join(", "),
            if q.attribution_differs { " ATTRIBUTION DIFFERS" } else { "" }
        );
    }
    let numbers: usize = analysis.numbers.iter().map(Vec::len).sum();
    let _ = writeln!(out, "\n{numbers} numbers");
    for (d, qs) in analysis.numbers.iter().enumerate() {
        for q in qs {
            let _ = writeln!(
                out,
                "  {} #{} {:?} {:?} = {} {} ({:?})",
                id(d),
                q.sentence,
                &docs[d].text[q.start..q.end],
                q.kind,
                q.value.display(),
                q.unit.as_deref().unwrap_or("-"),
                q.confidence
            );
        }
    }
    for diag in &analysis.diagnostics {
        let _ = writeln!(
            out,
            "{:?}: {}{}",
            diag.severity,
            diag.doc.as_deref().map(|d| format!("{d}: ")).unwrap_or_default(),
            diag.message
        );
    }
    out
}
