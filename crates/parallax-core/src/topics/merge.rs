//! Finishing topics: the labelled groups with sentences become `Topic`s, unassigned sentences
//! "Other reporting"; topics with the same label merge; larger topics come first, with ids.

use super::assign::Assignment;
use super::label::Labelled;
use super::Topic;
use crate::features::Features;

/// The label of the topic that holds sentences no topic took.
const OTHER: &str = "Other reporting";

/// The topics of the corpus, in order, from the labelled groups and their sentences.
pub(super) fn finish(f: &Features, labelled: Vec<Labelled>, assignment: Assignment) -> Vec<Topic> {
    let mut topics = build(f, labelled, assignment);
    topics = merge_same_labels(topics);
    number_in_order(&mut topics);
    topics
}

/// A topic for each labelled group with sentences, and "Other reporting" for the rest.
fn build(f: &Features, labelled: Vec<Labelled>, assignment: Assignment) -> Vec<Topic> {
    let refs = |sentences: &[usize]| sentences.iter().map(|&i| (f.refs[i].doc, f.refs[i].sentence)).collect();
    let mut topics: Vec<Topic> = labelled
        .into_iter()
        .zip(assignment.members)
        .filter(|(_, m)| !m.is_empty())
        .map(|(topic, m)| Topic {
            id: String::new(),
            label: topic.label,
            keywords: topic.terms.iter().map(|t| t.label(f)).collect(),
            sentences: refs(&m),
        })
        .collect();
    if !assignment.other.is_empty() {
        let sentences = refs(&assignment.other);
        topics.push(Topic { id: String::new(), label: OTHER.to_string(), keywords: Vec::new(), sentences });
    }
    topics
}

/// Topics with the same label (two seeds of one word family) made one: sentences together in
/// order, keywords of the first then new ones of the next.
fn merge_same_labels(topics: Vec<Topic>) -> Vec<Topic> {
    let mut merged: Vec<Topic> = Vec::new();
    for t in topics {
        match merged.iter_mut().find(|m| m.label == t.label) {
            Some(m) => {
                m.sentences.extend(t.sentences);
                crate::order::sort(&mut m.sentences);
                for k in t.keywords {
                    if !m.keywords.contains(&k) {
                        m.keywords.push(k);
                    }
                }
            }
            None => merged.push(t),
        }
    }
    merged
}

/// Larger topics first, "Other reporting" (the one without keywords) last, ties by label; ids
/// "t1", "t2", ... in that order.
fn number_in_order(topics: &mut [Topic]) {
    let other_last = |t: &Topic| t.keywords.is_empty();
    crate::order::sort_by(topics, |a, b| {
        other_last(a).cmp(&other_last(b)).then(b.sentences.len().cmp(&a.sentences.len())).then(a.label.cmp(&b.label))
    });
    for (i, t) in topics.iter_mut().enumerate() {
        t.id = format!("t{}", i + 1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn topic(label: &str, keywords: &[&str], sentences: &[(usize, usize)]) -> Topic {
        Topic {
            id: String::new(),
            label: label.into(),
            keywords: keywords.iter().map(|k| k.to_string()).collect(),
            sentences: sentences.to_vec(),
        }
    }

    #[test]
    fn topics_with_one_label_merge_their_sentences_and_keywords() {
        let merged = merge_same_labels(vec![
            topic("Drones", &["drones", "city"], &[(0, 3)]),
            topic("Oil", &["oil"], &[(0, 1)]),
            topic("Drones", &["drone", "city"], &[(0, 2), (1, 0)]),
        ]);
        assert_eq!(
            merged,
            [
                topic("Drones", &["drones", "city", "drone"], &[(0, 2), (0, 3), (1, 0)]),
                topic("Oil", &["oil"], &[(0, 1)]),
            ]
        );
    }

    #[test]
    fn larger_topics_come_first_and_other_reporting_last() {
        let mut topics = vec![
            topic(OTHER, &[], &[(0, 0), (0, 1), (0, 2)]),
            topic("Oil", &["oil"], &[(0, 3)]),
            topic("Drones", &["drones"], &[(0, 4), (0, 5)]),
            topic("Army", &["army"], &[(0, 6)]),
        ];
        number_in_order(&mut topics);
        let order: Vec<(&str, &str)> = topics.iter().map(|t| (t.id.as_str(), t.label.as_str())).collect();
        assert_eq!(order, [("t1", "Drones"), ("t2", "Army"), ("t3", "Oil"), ("t4", OTHER)]);
    }
}
