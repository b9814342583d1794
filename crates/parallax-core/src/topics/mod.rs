//! Topics: a handful of readable groups of sentences per corpus, found from the corpus itself.
//!
//! Seeds are chosen greedily: the word or word pair that covers the most not-yet-covered
//! sentences across sources, skipping words too common to tell topics apart. Each seed gathers
//! the words that mostly occur with it as keywords; every content sentence then joins the topic
//! whose keywords it shares most (ties to the larger topic), or "Other reporting" if it shares
//! none. Deterministic: ties break on the term text.
//!
//! The passes, in order, each in its module: `terms` indexes the candidate terms of every
//! sentence, `seeds` chooses the seeds, `label` names them and gathers their keywords, `assign`
//! gives every sentence a topic, and `merge` finishes the topics (merging same-named ones).

mod assign;
mod label;
mod merge;
mod seeds;
mod terms;

use serde::{Deserialize, Serialize};

use crate::features::Features;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Topic {
    pub id: String,
    pub label: String,
    pub keywords: Vec<String>,
    /// (doc, sentence) pairs in document order.
    pub sentences: Vec<(usize, usize)>,
}

/// The topics of the corpus whose sentence features are `f`, largest first.
pub fn extract(f: &Features) -> Vec<Topic> {
    if f.is_empty() {
        return Vec::new();
    }
    let index = terms::TermIndex::build(f);
    let seeds = seeds::choose(f, &index);
    let labelled = label::label_seeds(f, &index, &seeds);
    let assignment = assign::assign(f, &index, &labelled);
    merge::finish(f, labelled, assignment)
}

/// Sentence features of a few made-up sources, for the passes' tests.
#[cfg(test)]
fn features_of(texts: &[&str]) -> Features {
    let docs: Vec<_> = texts.iter().enumerate().map(|(i, t)| crate::ingest::ingest(&format!("d{i}"), t)).collect();
    let entities = crate::entities::extract(&docs);
    let numbers: Vec<_> = docs.iter().map(crate::numbers::extract).collect();
    crate::features::build(&docs, &entities, &numbers)
}

#[cfg(test)]
mod tests {
    use crate::{analyze, Source};

    #[test]
    fn topics_cover_every_content_sentence_and_are_stable() {
        let sources = vec![
            Source::new("a", "Drones struck the city overnight. Air defences shot down most drones. The oil price rose again. Oil exports fell."),
            Source::new("b", "Overnight drones hit the city. The drones came in waves. Oil exports dropped sharply. Sanctions on oil bite."),
            Source::new("c", "Leaders met to discuss security guarantees. The security guarantees need backing. Drones were also discussed."),
        ];
        let a = analyze(&sources);
        let content: usize = a.documents.iter().map(|d| d.content_sentences().count()).sum();
        let mut covered = std::collections::BTreeSet::new();
        for t in &a.topics {
            assert!(!t.label.is_empty());
            covered.extend(t.sentences.iter().copied());
        }
        assert_eq!(covered.len(), content, "every content sentence has a topic: {:?}", a.topics);
        let labels: Vec<String> = a.topics.iter().map(|t| crate::fold::fold(&t.label)).collect();
        assert!(labels.iter().any(|l| l.contains("drone")), "{labels:?}");
        assert!(labels.iter().any(|l| l.contains("oil")), "{labels:?}");
        assert_eq!(analyze(&sources).topics, a.topics, "same input, same topics");
    }
}
