//! Labelling seeds: each seed gathers as keywords the terms that mostly occur in its sentences,
//! and is named by its word pair or by itself and its strongest keyword.

use super::seeds::Seed;
use super::terms::{sentence_terms, Term, TermIndex};
use crate::features::Features;
use crate::hash::FastMap;

/// Keywords kept per topic besides the seed.
const KEYWORDS: usize = 9;

/// A seed with its name and terms: the seed first, then its keywords, strongest first.
pub(super) struct Labelled {
    pub label: String,
    pub terms: Vec<Term>,
}

/// Every seed, named, with its keywords.
pub(super) fn label_seeds(f: &Features, index: &TermIndex, seeds: &[Seed]) -> Vec<Labelled> {
    seeds
        .iter()
        .map(|seed| {
            let mut terms = vec![seed.term];
            terms.extend(keywords(f, index, seed));
            Labelled { label: crate::fold::capitalised_first(&label(f, &terms)), terms }
        })
        .collect()
}

/// Terms that mostly occur inside the seed's sentences (at least twice, half of their
/// occurrences or more), strongest first: the more often inside and the larger that share, the
/// stronger. Ties break on the term.
fn keywords(f: &Features, index: &TermIndex, seed: &Seed) -> Vec<Term> {
    let mut co: FastMap<Term, usize> = FastMap::default();
    let mut terms = Vec::new();
    for &i in &seed.sentences {
        sentence_terms(f, i as usize, &mut terms);
        for &t in terms.iter().filter(|&&t| t != seed.term) {
            *co.entry(t).or_default() += 1;
        }
    }
    let mut keywords: Vec<(Term, f32)> = co
        .into_iter()
        .filter(|&(t, _)| !index.has_reporting_word(t))
        .filter(|&(t, inside)| {
            let total = index.frequency(t);
            inside >= 2 && (inside as f32 / total as f32) >= 0.5 && total <= index.max_df
        })
        .map(|(t, inside)| (t, inside as f32 * (inside as f32 / index.frequency(t) as f32)))
        .collect();
    crate::order::sort_by(&mut keywords, |a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    keywords.into_iter().take(KEYWORDS).map(|(t, _)| t).collect()
}

/// The name of a topic whose seed is `terms[0]`: a single-word seed is named by the word pair
/// that contains it if one is a keyword ("guarantees" -> "security guarantees"), else by itself
/// and its strongest keyword if that is a word ("drones / city").
fn label(f: &Features, terms: &[Term]) -> String {
    let seed = terms[0];
    let Term::One(a) = seed else {
        return seed.label(f);
    };
    let pair = terms.iter().find(|t| matches!(t, Term::Two(x, y) if *x == a || *y == a));
    match (pair, terms.get(1)) {
        (Some(p), _) => p.label(f),
        (None, Some(k @ Term::One(_))) => format!("{} / {}", seed.label(f), k.label(f)),
        _ => seed.label(f),
    }
}

#[cfg(test)]
mod tests {
    use super::super::features_of;
    use super::*;

    #[test]
    fn a_word_seed_is_named_by_its_pair_or_its_strongest_keyword() {
        let f = features_of(&[
            "They want security guarantees. We need security guarantees. The drones fell near the city.",
        ]);
        let id = |word: &str| f.surface.iter().position(|s| s == word).expect(word) as u32;
        let (security, guarantees, drones) = (id("security"), id("guarantees"), id("drones"));
        let pair = Term::Two(security, guarantees);
        assert_eq!(label(&f, &[Term::One(guarantees), Term::One(drones), pair]), "security guarantees");
        assert_eq!(label(&f, &[Term::One(guarantees), Term::One(drones)]), "guarantees / drones");
        assert_eq!(label(&f, &[Term::One(guarantees), pair]), "security guarantees");
        assert_eq!(label(&f, &[Term::One(guarantees)]), "guarantees");
        assert_eq!(label(&f, &[pair, Term::One(drones)]), "security guarantees");
        assert_eq!(crate::fold::capitalised_first("security guarantees"), "Security guarantees");
    }

    #[test]
    fn keywords_mostly_occur_with_their_seed() {
        let f = features_of(&[
            "The oil exports fell as sanctions bite. The oil exports and sanctions again. The city slept.",
            "The oil exports rose. The drones hit the city. The city burned as drones came.",
        ]);
        let index = TermIndex::build(&f);
        let oil = f.surface.iter().position(|s| s == "oil").expect("oil") as u32;
        let seed = Seed { term: Term::One(oil), sentences: index.postings[&Term::One(oil)].clone() };
        let labels: Vec<String> = keywords(&f, &index, &seed).iter().map(|t| t.label(&f)).collect();
        assert!(labels.contains(&"exports".to_string()), "{labels:?}");
        assert!(!labels.iter().any(|l| l.contains("city") || l.contains("drones")), "{labels:?}");
    }
}
