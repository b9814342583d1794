//! Topics: a handful of readable groups of sentences per corpus, found from the corpus itself.
//!
//! Seeds are chosen greedily: the word or word pair that covers the most not-yet-covered
//! sentences across sources, skipping words too common to tell topics apart. Each seed gathers
//! the words that mostly occur with it as keywords; every content sentence then joins the topic
//! whose keywords it shares most (ties to the larger topic), or "Other reporting" if it shares
//! none. Deterministic: ties break on the term text.

use crate::hash::FastMap;
use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::features::{Features, TermKind};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Topic {
    pub id: String,
    pub label: String,
    pub keywords: Vec<String>,
    /// (doc, sentence) pairs in document order.
    pub sentences: Vec<(usize, usize)>,
}

/// A candidate topic term: a word lemma or a pair of adjacent content words.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Term {
    One(u32),
    Two(u32, u32),
}

fn label_of(term: &Term, f: &Features) -> String {
    match *term {
        Term::One(a) => f.surface[a as usize].clone(),
        Term::Two(a, b) => format!("{} {}", f.surface[a as usize], f.surface[b as usize]),
    }
}

pub fn extract(f: &Features) -> Vec<Topic> {
    let n = f.len();
    if n == 0 {
        return Vec::new();
    }
    let reporting: Vec<bool> = f.surface.iter().map(|s| is_reporting_surface(s)).collect();
    let is_reporting_word = |_: &Features, id: u32| reporting[id as usize];
    // Terms of each sentence.
    let mut sentence_terms: Vec<Vec<Term>> = Vec::with_capacity(n);
    for i in 0..n {
        let mut set: Vec<Term> =
            f.terms[i].iter().filter(|&&t| f.kinds[t as usize] == TermKind::Word).map(|&t| Term::One(t)).collect();
        set.extend(f.sequence[i].windows(2).filter(|w| w[0] != w[1]).map(|w| Term::Two(w[0], w[1])));
        crate::order::sort(&mut set);
        set.dedup();
        sentence_terms.push(set);
    }
    // A hash map for building; the eligible list below is sorted, so results stay deterministic.
    let mut postings: crate::hash::FastMap<&Term, Vec<usize>> = crate::hash::FastMap::default();
    for (i, set) in sentence_terms.iter().enumerate() {
        for t in set {
            postings.entry(t).or_default().push(i);
        }
    }
    let docs_of = |list: &[usize]| list.iter().map(|&i| f.refs[i].doc).collect::<BTreeSet<_>>().len();
    let doc_count = f.refs.iter().map(|r| r.doc).collect::<BTreeSet<_>>().len();
    // Too common to separate topics: in more than a quarter of all sentences.
    let max_df = (n / 4).max(5);
    let min_df = if n >= 40 { 3 } else { 2 };
    let mut eligible: Vec<(&Term, &Vec<usize>)> = postings
        .iter()
        .map(|(t, l)| (*t, l))
        .filter(|(t, l)| {
            let len = l.len();
            let word_ok = match t {
                Term::One(a) => f.surface[*a as usize].chars().count() >= 4 && !is_reporting_word(f, *a),
                Term::Two(a, b) => !is_reporting_word(f, *a) && !is_reporting_word(f, *b),
            };
            word_ok && len >= min_df && len <= max_df
        })
        .collect();
    crate::order::sort_by(&mut eligible, |a, b| a.0.cmp(b.0));
    // Terms that several sources use make better topics than one source's refrain: the share of
    // sources using each term, counted once rather than in every round below.
    let spreads: Vec<f32> =
        eligible.iter().map(|(_, l)| if doc_count > 1 { docs_of(l) as f32 / doc_count as f32 } else { 1.0 }).collect();
    let wanted = ((n as f32).sqrt() / 2.0).round().clamp(3.0, 8.0) as usize;
    let mut covered = vec![false; n];
    let mut seeds: Vec<(Term, Vec<usize>)> = Vec::new();
    while seeds.len() < wanted {
        let best = eligible
            .iter()
            .zip(&spreads)
            .filter(|((t, _), _)| !seeds.iter().any(|(s, _)| overlaps(s, t)))
            .map(|((t, l), &spread)| {
                let fresh = l.iter().filter(|&&i| !covered[i]).count();
                // A word pair is more readable than a single word.
                let pair = if matches!(t, Term::Two(..)) { 1.3 } else { 1.0 };
                ((fresh as f32) * (0.5 + spread) * pair, *t, l)
            })
            .filter(|(score, _, _)| *score > 0.0)
            .max_by(|a, b| a.0.total_cmp(&b.0).then_with(|| b.1.cmp(a.1)));
        let Some((score, term, list)) = best else { break };
        let fresh = list.iter().filter(|&&i| !covered[i]).count();
        if fresh < min_df || score < min_df as f32 {
            break;
        }
        for &i in list.iter() {
            covered[i] = true;
        }
        seeds.push((term.clone(), list.to_vec()));
    }
    // Keywords: terms that mostly occur inside a seed's sentences.
    let mut topics: Vec<(String, Vec<Term>)> = Vec::new();
    for (seed, list) in &seeds {
        let inside: BTreeSet<usize> = list.iter().copied().collect();
        let mut co: FastMap<&Term, usize> = FastMap::default();
        for &i in list {
            for t in &sentence_terms[i] {
                if t != seed {
                    *co.entry(t).or_default() += 1;
                }
            }
        }
        let mut keywords: Vec<(&Term, f32)> = co
            .into_iter()
            .filter(|(t, _)| match t {
                Term::One(a) => !is_reporting_word(f, *a),
                Term::Two(a, b) => !is_reporting_word(f, *a) && !is_reporting_word(f, *b),
            })
            .filter(|(t, c)| {
                let total = postings.get(t).map_or(1, Vec::len);
                *c >= 2 && (*c as f32 / total as f32) >= 0.5 && total <= max_df
            })
            .map(|(t, c)| {
                let total = postings.get(t).map_or(1, Vec::len) as f32;
                (t, c as f32 * (c as f32 / total))
            })
            .collect();
        crate::order::sort_by(&mut keywords, |a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(b.0)));
        let mut terms = vec![seed.clone()];
        terms.extend(keywords.into_iter().take(9).map(|(t, _)| t.clone()));
        let _ = inside;
        // A single-word seed is named by the word pair that contains it, if one is a keyword
        // ("guarantees" -> "security guarantees"), else by itself and its strongest keyword.
        let label = match seed {
            Term::One(a) => {
                let pair = terms.iter().find(|t| matches!(t, Term::Two(x, y) if x == a || y == a));
                match (pair, terms.get(1)) {
                    (Some(p), _) => label_of(p, f),
                    (None, Some(k @ Term::One(_))) => format!("{} / {}", label_of(seed, f), label_of(k, f)),
                    _ => label_of(seed, f),
                }
            }
            Term::Two(..) => label_of(seed, f),
        };
        let label = capitalise(&label);
        topics.push((label, terms));
    }
    // Assignment: every sentence to the topic whose keywords it shares most.
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); topics.len()];
    let mut other = Vec::new();
    for (i, set) in sentence_terms.iter().enumerate() {
        let mut best: Option<(f32, usize)> = None;
        for (ti, (_, terms)) in topics.iter().enumerate() {
            let score: f32 = terms
                .iter()
                .enumerate()
                .filter(|(_, t)| set.binary_search(t).is_ok())
                .map(|(k, t)| weight(t, f) * if k == 0 { 2.0 } else { 1.0 })
                .sum();
            if score > 0.0 && best.is_none_or(|(b, _)| score > b) {
                best = Some((score, ti));
            }
        }
        match best {
            Some((_, ti)) => members[ti].push(i),
            None => other.push(i),
        }
    }
    // Sentences with no keyword join the topic whose sentences they resemble most (names,
    // numbers and words together), if any resembles them at all.
    let centroids: Vec<Vec<(u32, f32)>> = members.iter().map(|m| centroid(m, f)).collect();
    let mut still_other = Vec::new();
    for i in other {
        let best = centroids
            .iter()
            .enumerate()
            .map(|(ti, c)| (crate::features::dot(&f.vectors[i], c), ti))
            .filter(|(s, _)| *s >= 0.08)
            .max_by(|a, b| a.0.total_cmp(&b.0).then(b.1.cmp(&a.1)));
        match best {
            Some((_, ti)) => members[ti].push(i),
            None => still_other.push(i),
        }
    }
    for m in &mut members {
        m.sort_unstable();
    }
    let other = still_other;
    let mut out: Vec<Topic> = topics
        .into_iter()
        .zip(members)
        .filter(|(_, m)| !m.is_empty())
        .map(|((label, terms), m)| Topic {
            id: String::new(),
            label,
            keywords: terms.iter().map(|t| label_of(t, f)).collect(),
            sentences: m.iter().map(|&i| (f.refs[i].doc, f.refs[i].sentence)).collect(),
        })
        .collect();
    if !other.is_empty() {
        out.push(Topic {
            id: String::new(),
            label: "Other reporting".to_string(),
            keywords: Vec::new(),
            sentences: other.iter().map(|&i| (f.refs[i].doc, f.refs[i].sentence)).collect(),
        });
    }
    // Merge topics with the same label (two seeds of one word family).
    let mut merged: Vec<Topic> = Vec::new();
    for t in out {
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
    let other_last = |t: &Topic| t.keywords.is_empty();
    crate::order::sort_by(&mut merged, |a, b| {
        other_last(a).cmp(&other_last(b)).then(b.sentences.len().cmp(&a.sentences.len())).then(a.label.cmp(&b.label))
    });
    for (i, t) in merged.iter_mut().enumerate() {
        t.id = format!("t{}", i + 1);
    }
    merged
}

/// Words every news story uses whatever it is about: who said what, when, and titles.
/// They make poor topic names ("President", "Officials").
const REPORTING_WORDS: &[&str] = &[
    "president", "leader", "official", "minister", "government", "country", "nation", "state", "people", "report",
    "statement", "week", "month", "year", "day", "time", "news", "told", "call", "added", "according", "spokesperson",
    "spokesman", "prime", "chancellor", "secretary", "general", "foreign", "former", "head", "member", "percent",
    "including", "also", "however", "city", "region", "area", "part", "number", "today", "yesterday", "tomorrow",
    "earlier", "later", "recent", "recently", "whether", "would", "could", "should", "made", "make", "take", "took",
    "expressed", "stated", "announced", "asked", "reported", "reporting", "comments", "comment", "press", "conference",
    "office", "side", "issue", "issues", "matter", "thing", "way", "first", "last", "many", "much", "several", "other",
    "others", "another", "well", "still", "even", "just", "like", "known", "called", "so-called", "clear", "unclear",
    "emphasized", "emphasised", "underscored", "highlighting", "confirmed", "noted", "indicated", "suggested",
    "initially", "name", "named", "involved", "outside", "following", "during", "amid", "despite", "ahead",
    "overnight", "tonight", "morning", "evening", "afternoon", "night", "late", "early", "intended", "open", "means",
];

fn is_reporting_surface(surface: &str) -> bool {
    static SET: crate::words::WordSet = crate::words::WordSet::new(REPORTING_WORDS);
    SET.contains(surface) || SET.contains(&crate::words::lemma(surface))
}

fn overlaps(a: &Term, b: &Term) -> bool {
    // The word ids of a term, without allocating (this runs for every pair of candidate terms).
    let parts = |t: &Term| match *t {
        Term::One(x) => [x, x],
        Term::Two(x, y) => [x, y],
    };
    let pa = parts(a);
    parts(b).iter().any(|x| pa.contains(x))
}

/// Mean vector of a topic's sentences, normalised.
fn centroid(members: &[usize], f: &Features) -> Vec<(u32, f32)> {
    let mut sum: BTreeMap<u32, f32> = BTreeMap::new();
    for &i in members {
        for &(t, w) in &f.vectors[i] {
            *sum.entry(t).or_default() += w;
        }
    }
    let norm = sum.values().map(|w| w * w).sum::<f32>().sqrt().max(f32::EPSILON);
    sum.into_iter().map(|(t, w)| (t, w / norm)).collect()
}

fn weight(t: &Term, f: &Features) -> f32 {
    match *t {
        Term::One(a) => f.idf[a as usize],
        Term::Two(a, b) => f.idf[a as usize] + f.idf[b as usize],
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(first) => first.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
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
        let labels: Vec<String> = a.topics.iter().map(|t| t.label.to_lowercase()).collect();
        assert!(labels.iter().any(|l| l.contains("drone")), "{labels:?}");
        assert!(labels.iter().any(|l| l.contains("oil")), "{labels:?}");
        assert_eq!(analyze(&sources).topics, a.topics, "same input, same topics");
    }
}
