//! Assigning sentences: every sentence joins the topic whose terms it shares most; one that
//! shares none joins the topic it resembles most, or stays unassigned.

use super::label::Labelled;
use super::terms::TermIndex;
use crate::features::{Features, Vector};

/// How closely a sentence must resemble a topic's sentences to join it without a shared term.
const MIN_RESEMBLANCE: f32 = 0.08;

/// The sentences of each topic, in order, and those of none.
pub(super) struct Assignment {
    pub members: Vec<Vec<usize>>,
    pub other: Vec<usize>,
}

/// Every sentence to a topic by shared terms, then by resemblance.
pub(super) fn assign(f: &Features, index: &TermIndex, topics: &[Labelled]) -> Assignment {
    let mut assignment = by_terms(f, index, topics);
    by_resemblance(f, &mut assignment);
    for m in &mut assignment.members {
        crate::order::sort(m);
    }
    assignment
}

/// Each sentence to the topic whose terms it shares most, by weight, the seed counting double;
/// ties go to the earlier (larger) topic. Scored from the topic terms' postings, one topic at a
/// time, rather than from every sentence's terms: each sentence's score still adds its terms'
/// weights in the topic's order, so the sums are the same to the bit.
fn by_terms(f: &Features, index: &TermIndex, topics: &[Labelled]) -> Assignment {
    let n = f.len();
    let mut best: Vec<Option<(f32, usize)>> = vec![None; n];
    let mut score = vec![0.0f32; n];
    let mut touched: Vec<u32> = Vec::new();
    for (ti, topic) in topics.iter().enumerate() {
        for (k, t) in topic.terms.iter().enumerate() {
            let weight = t.weight(f) * if k == 0 { 2.0 } else { 1.0 };
            for &i in index.sentences_with(*t) {
                if score[i as usize] == 0.0 {
                    touched.push(i);
                }
                score[i as usize] += weight;
            }
        }
        for &i in &touched {
            let s = std::mem::take(&mut score[i as usize]);
            let b = &mut best[i as usize];
            if s > 0.0 && b.is_none_or(|(b, _)| s > b) {
                *b = Some((s, ti));
            }
        }
        touched.clear();
    }
    let mut assignment = Assignment { members: vec![Vec::new(); topics.len()], other: Vec::new() };
    for (i, b) in best.into_iter().enumerate() {
        match b {
            Some((_, ti)) => assignment.members[ti].push(i),
            None => assignment.other.push(i),
        }
    }
    assignment
}

/// Sentences with no shared term join the topic whose sentences they resemble most (names,
/// numbers and words together), if any resembles them at all; the rest stay unassigned.
fn by_resemblance(f: &Features, assignment: &mut Assignment) {
    let centroids: Vec<(Vec<u32>, Vec<f32>)> = assignment.members.iter().map(|m| centroid(m, f)).collect();
    let mut still_other = Vec::new();
    for i in std::mem::take(&mut assignment.other) {
        let best = centroids
            .iter()
            .enumerate()
            .map(|(ti, (terms, weights))| (f.vector(i).dot(Vector { terms, weights }), ti))
            .filter(|(s, _)| *s >= MIN_RESEMBLANCE)
            .max_by(|a, b| a.0.total_cmp(&b.0).then(b.1.cmp(&a.1)));
        match best {
            Some((_, ti)) => assignment.members[ti].push(i),
            None => still_other.push(i),
        }
    }
    assignment.other = still_other;
}

/// Mean vector of a topic's sentences, normalised: term ids, sorted, and their weights.
fn centroid(members: &[usize], f: &Features) -> (Vec<u32>, Vec<f32>) {
    // Every (term, weight), sorted by term (stably: each term's weights add up in member order),
    // then summed run by run: no B-tree of its own in the wasm.
    let mut weights: Vec<(u32, f32)> = members.iter().flat_map(|&i| f.vector(i).iter()).collect();
    crate::order::sort_by(&mut weights, |a, b| a.0.cmp(&b.0));
    let mut sum: Vec<(u32, f32)> = Vec::new();
    for (t, w) in weights {
        match sum.last_mut() {
            Some((last, total)) if *last == t => *total += w,
            _ => sum.push((t, w)),
        }
    }
    let norm = sum.iter().map(|(_, w)| w * w).sum::<f32>().sqrt().max(f32::EPSILON);
    sum.into_iter().map(|(t, w)| (t, w / norm)).unzip()
}

#[cfg(test)]
mod tests {
    use super::super::features_of;
    use super::super::terms::Term;
    use super::*;

    #[test]
    fn sentences_join_the_topic_they_share_terms_with_or_resemble() {
        let f = features_of(&[
            "The drones struck the city. The oil exports fell. The drones hit Kyiv again. The oil exports rose. Kyiv was calm.",
        ]);
        let index = TermIndex::build(&f);
        let id = |word: &str| f.surface.iter().position(|s| s == word).expect(word) as u32;
        let topics = [
            Labelled { label: "Drones".into(), terms: vec![Term::One(id("drones"))] },
            Labelled { label: "Oil".into(), terms: vec![Term::One(id("oil"))] },
        ];
        let by_terms = by_terms(&f, &index, &topics);
        assert_eq!((by_terms.members.clone(), by_terms.other), (vec![vec![0, 2], vec![1, 3]], vec![4]));
        // "Kyiv was calm" shares no term but names Kyiv, as a drone sentence does.
        let assignment = assign(&f, &index, &topics);
        assert_eq!((assignment.members, assignment.other), (vec![vec![0, 2, 4], vec![1, 3]], vec![]));
    }

    #[test]
    fn a_centroid_is_a_unit_vector() {
        let f = features_of(&["The drones struck the city. The oil exports fell."]);
        let (terms, weights) = centroid(&[0, 1], &f);
        assert!(terms.windows(2).all(|w| w[0] < w[1]) && terms.len() == weights.len());
        let norm: f32 = weights.iter().map(|w| w * w).sum();
        assert!((norm - 1.0).abs() < 1e-4, "{norm}");
        assert!(centroid(&[], &f).0.is_empty());
    }
}
