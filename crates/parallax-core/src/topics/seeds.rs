//! Choosing seeds: greedily, the term that covers the most sentences not yet covered, weighted
//! towards terms several sources use and towards word pairs, until enough topics are found or no
//! term covers enough new sentences.

use super::terms::{Term, TermIndex};
use crate::features::Features;

/// A topic's seed: its term and the sentences holding it.
pub(super) struct Seed {
    pub term: Term,
    pub sentences: Vec<u32>,
}

/// The seeds of the corpus, best first.
pub(super) fn choose(f: &Features, index: &TermIndex) -> Vec<Seed> {
    let eligible = eligible(f, index);
    let spreads = spreads(f, &eligible);
    let n = f.len();
    let wanted = ((n as f32).sqrt() / 2.0).round().clamp(3.0, 8.0) as usize;
    let mut covered = vec![false; n];
    let mut seeds: Vec<Seed> = Vec::new();
    while seeds.len() < wanted {
        let best = eligible
            .iter()
            .zip(&spreads)
            .filter(|((t, _), _)| !seeds.iter().any(|s| s.term.overlaps(*t)))
            .map(|(&(t, sentences), &spread)| (score(t, sentences, spread, &covered), t, sentences))
            .filter(|(score, _, _)| *score > 0.0)
            .max_by(|a, b| a.0.total_cmp(&b.0).then_with(|| b.1.cmp(&a.1)));
        let Some((score, term, sentences)) = best else { break };
        let fresh = sentences.iter().filter(|&&i| !covered[i as usize]).count();
        if fresh < index.min_df || score < index.min_df as f32 {
            break;
        }
        for &i in sentences {
            covered[i as usize] = true;
        }
        seeds.push(Seed { term, sentences: sentences.to_vec() });
    }
    seeds
}

/// How good a seed a term is now: the sentences it would newly cover, weighted by how many
/// sources use it and by how readable it is (a word pair reads better than a single word).
fn score(term: Term, sentences: &[u32], spread: f32, covered: &[bool]) -> f32 {
    let fresh = sentences.iter().filter(|&&i| !covered[i as usize]).count();
    let pair = if matches!(term, Term::Two(..)) { 1.3 } else { 1.0 };
    (fresh as f32) * (0.5 + spread) * pair
}

/// Terms that may seed a topic, sorted by term: neither too rare nor too common, no reporting
/// words, and single words of at least four letters.
fn eligible<'i>(f: &Features, index: &'i TermIndex) -> Vec<(Term, &'i [u32])> {
    let mut eligible: Vec<(Term, &[u32])> = index
        .postings
        .iter()
        .map(|(&t, sentences)| (t, sentences.as_slice()))
        .filter(|&(t, sentences)| {
            let long_enough = match t {
                Term::One(a) => f.surface[a as usize].chars().count() >= 4,
                Term::Two(..) => true,
            };
            long_enough && !index.has_reporting_word(t) && (index.min_df..=index.max_df).contains(&sentences.len())
        })
        .collect();
    crate::order::sort_by(&mut eligible, |a, b| a.0.cmp(&b.0));
    eligible
}

/// The share of sources using each term (1 in a one-source corpus): terms that several sources
/// use make better topics than one source's refrain. Counted once rather than in every round.
fn spreads(f: &Features, eligible: &[(Term, &[u32])]) -> Vec<f32> {
    let doc_count = crate::order::distinct(f.refs.iter().map(|r| r.doc)).len();
    let docs_of = |sentences: &[u32]| crate::order::distinct(sentences.iter().map(|&i| f.refs[i as usize].doc)).len();
    eligible
        .iter()
        .map(|(_, sentences)| if doc_count > 1 { docs_of(sentences) as f32 / doc_count as f32 } else { 1.0 })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::features_of;
    use super::*;

    const SOURCES: &[&str] = &[
        "Drones struck the city overnight. Air defences shot down most drones. The oil price rose again. Oil exports fell.",
        "Overnight drones hit the city. The drones came in waves. Oil exports dropped sharply. Sanctions on oil bite.",
        "Leaders met to discuss security guarantees. The security guarantees need backing. Drones were also discussed.",
    ];

    #[test]
    fn seeds_cover_the_most_sentences_first_and_share_no_word() {
        let f = features_of(SOURCES);
        let index = TermIndex::build(&f);
        let seeds = choose(&f, &index);
        let labels: Vec<String> = seeds.iter().map(|s| s.term.label(&f)).collect();
        assert!(labels.first().is_some_and(|l| l.contains("drone")), "{labels:?}");
        assert!(labels.iter().any(|l| l.contains("oil")), "{labels:?}");
        for (i, a) in seeds.iter().enumerate() {
            assert!(seeds[i + 1..].iter().all(|b| !a.term.overlaps(b.term)), "{labels:?}");
            assert!(a.sentences.len() >= index.min_df);
        }
    }

    #[test]
    fn eligible_terms_are_neither_rare_nor_reporting_words_nor_short() {
        let f = features_of(SOURCES);
        let index = TermIndex::build(&f);
        for (t, sentences) in eligible(&f, &index) {
            assert!((index.min_df..=index.max_df).contains(&sentences.len()));
            assert!(!index.has_reporting_word(t));
            assert!(t.label(&f).chars().count() >= 4);
        }
    }

    #[test]
    fn a_word_pair_outscores_a_word_covering_as_much() {
        let covered = [false, false, true];
        assert!(score(Term::Two(1, 2), &[0, 1], 0.5, &covered) > score(Term::One(1), &[0, 1], 0.5, &covered));
        assert_eq!(score(Term::One(1), &[2], 1.0, &covered), 0.0, "nothing new to cover");
    }
}
