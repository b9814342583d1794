//! The topics section: each topic with its sentences, by document id.

use serde::Serialize;

use crate::topics::Topic;
use crate::Analysis;

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

pub(super) fn topic<'a>(analysis: &'a Analysis, t: &'a Topic) -> TopicReport<'a> {
    TopicReport {
        id: &t.id,
        label: &t.label,
        keywords: &t.keywords,
        sentences: t
            .sentences
            .iter()
            .map(|&(d, s)| SentenceRefReport { doc: &analysis.documents[d].id, sentence: s })
            .collect(),
    }
}
