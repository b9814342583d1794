//! The candidate topic terms of each sentence (word lemmas and pairs of adjacent words) and the
//! sentences each term occurs in.

use crate::features::{Features, TermKind};
use crate::hash::FastMap;
use crate::lists::WordList;

static REPORTING_WORDS: WordList =
    WordList::new("reporting-words.txt", include_str!(concat!(env!("OUT_DIR"), "/data/reporting-words.txt")));

/// A candidate topic term: a word lemma or a pair of adjacent content words, by term id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(super) enum Term {
    One(u32),
    Two(u32, u32),
}

impl Term {
    /// The word ids of the term, twice for a single word: no allocation, as this runs for every
    /// pair of candidate terms.
    fn words(self) -> [u32; 2] {
        match self {
            Term::One(x) => [x, x],
            Term::Two(x, y) => [x, y],
        }
    }

    /// Whether two terms share a word.
    pub fn overlaps(self, other: Term) -> bool {
        let mine = self.words();
        other.words().iter().any(|x| mine.contains(x))
    }

    /// The term as readers see it: "drones", "security guarantees".
    pub fn label(self, f: &Features) -> String {
        match self {
            Term::One(a) => f.surface[a as usize].clone(),
            Term::Two(a, b) => format!("{} {}", f.surface[a as usize], f.surface[b as usize]),
        }
    }

    /// How much the term says about a sentence: the sum of its words' IDF.
    pub fn weight(self, f: &Features) -> f32 {
        match self {
            Term::One(a) => f.idf[a as usize],
            Term::Two(a, b) => f.idf[a as usize] + f.idf[b as usize],
        }
    }
}

/// Words every news story uses whatever it is about, by written form or lemma.
fn is_reporting_surface(surface: &str) -> bool {
    REPORTING_WORDS.contains(surface) || REPORTING_WORDS.contains(&crate::words::lemma(surface))
}

/// Where each term occurs. Each sentence's own terms are not kept: they are cheap to list again
/// (`sentence_terms`) and were the largest part of topic finding's memory.
pub(super) struct TermIndex {
    /// The sentences each term occurs in, in order (`u32`: half the size of `usize`, and no
    /// corpus in memory has four billion sentences). A hash map for building; whoever iterates
    /// it sorts first, so results stay deterministic.
    pub postings: FastMap<Term, Vec<u32>>,
    /// Whether each term id is a reporting word (a poor topic name), by id.
    reporting: Vec<bool>,
    /// Terms in more sentences than this are too common to separate topics.
    pub max_df: usize,
    /// Terms in fewer sentences than this are too rare to make a topic.
    pub min_df: usize,
}

impl TermIndex {
    pub fn build(f: &Features) -> Self {
        let n = f.len();
        let mut postings: FastMap<Term, Vec<u32>> = FastMap::default();
        let mut terms = Vec::new();
        for i in 0..n {
            sentence_terms(f, i, &mut terms);
            for &t in &terms {
                postings.entry(t).or_default().push(i as u32);
            }
        }
        for sentences in postings.values_mut() {
            sentences.shrink_to_fit();
        }
        let reporting = f.surface.iter().map(|s| is_reporting_surface(s)).collect();
        // Too common: in more than a quarter of all sentences.
        let max_df = (n / 4).max(5);
        let min_df = if n >= 40 { 3 } else { 2 };
        TermIndex { postings, reporting, max_df, min_df }
    }

    /// Whether any word of the term is a reporting word.
    pub fn has_reporting_word(&self, t: Term) -> bool {
        t.words().iter().any(|&w| self.reporting[w as usize])
    }

    /// In how many sentences the term occurs (at least one, so that shares can divide by it).
    pub fn frequency(&self, t: Term) -> usize {
        self.postings.get(&t).map_or(1, Vec::len)
    }

    /// The sentences the term occurs in, in order.
    pub fn sentences_with(&self, t: Term) -> &[u32] {
        self.postings.get(&t).map_or(&[], Vec::as_slice)
    }
}

/// The terms of sentence `i` into `terms`: its content words and the pairs of adjacent distinct
/// words, sorted, without repeats.
pub(super) fn sentence_terms(f: &Features, i: usize, terms: &mut Vec<Term>) {
    terms.clear();
    terms.extend(f.terms[i].iter().filter(|&&t| f.kinds[t as usize] == TermKind::Word).map(|&t| Term::One(t)));
    terms.extend(f.sequence[i].windows(2).filter(|w| w[0] != w[1]).map(|w| Term::Two(w[0], w[1])));
    crate::order::sort(terms);
    terms.dedup();
}

#[cfg(test)]
mod tests {
    use super::super::features_of;
    use super::*;

    #[test]
    fn sentences_have_their_words_and_word_pairs_and_reporting_words_are_known() {
        let f = features_of(&["Drones struck the city. Officials said drones struck again."]);
        let index = TermIndex::build(&f);
        let terms_of = |i: usize| {
            let mut terms = Vec::new();
            sentence_terms(&f, i, &mut terms);
            terms
        };
        let labels: Vec<String> = terms_of(0).iter().map(|t| t.label(&f)).collect();
        assert!(labels.contains(&"drones".to_string()) && labels.contains(&"drones struck".to_string()), "{labels:?}");
        let pair = terms_of(0).into_iter().find(|t| matches!(t, Term::Two(..))).expect("a pair");
        assert_eq!(index.frequency(pair), 2, "both sentences hold it");
        let officials = terms_of(1).into_iter().find(|t| t.label(&f) == "officials").expect("officials");
        assert!(index.has_reporting_word(officials), "an official is in every story");
        assert!(!index.has_reporting_word(pair));
    }

    #[test]
    fn terms_overlap_when_they_share_a_word() {
        assert!(Term::One(1).overlaps(Term::Two(2, 1)));
        assert!(Term::Two(1, 2).overlaps(Term::Two(2, 3)));
        assert!(!Term::One(1).overlaps(Term::Two(2, 3)));
    }
}
