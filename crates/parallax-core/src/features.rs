//! Sentence features shared by alignment and topics: content lemmas, entity ids and counted
//! numbers as terms, with TF-IDF weights over the corpus.
//!
//! Words inside an entity mention are replaced by the entity's term, so spelling variants of a
//! name ("Zelensky", "Zelenskyy") are the same feature; counts become "#countries:26" so that
//! "26 nations" and "Twenty-six countries" share one.

use crate::entities::{Entity, Mention};
use crate::hash::FastMap;
use crate::ingest::{Document, Role};
use crate::lists::WordList;
use crate::numbers::{NumberKind, Quantity};
use crate::text::TokenKind;
use crate::words;

/// A content sentence of the corpus.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SentenceRef {
    pub doc: usize,
    pub sentence: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TermKind {
    Word,
    Entity,
    Number,
}

/// A list of rows (one per sentence) in one buffer: a `Vec` per sentence cost a header and an
/// allocation each, 40 bytes or more, as much as the ten or so ids most sentences hold.
#[derive(Debug, Clone, PartialEq)]
pub struct Rows<T> {
    values: Vec<T>,
    /// Where each row ends in `values`; it starts where the previous one ends.
    ends: Vec<usize>,
}

impl<T> Default for Rows<T> {
    fn default() -> Self {
        Rows { values: Vec::new(), ends: Vec::new() }
    }
}

impl<T> Rows<T> {
    /// Ends the row being written: the values pushed since the last row make it.
    fn end_row(&mut self) {
        self.ends.push(self.values.len());
    }

    fn push(&mut self, value: T) {
        self.values.push(value);
    }

    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    fn shrink_to_fit(&mut self) {
        self.values.shrink_to_fit();
        self.ends.shrink_to_fit();
    }
}

impl<T> std::ops::Index<usize> for Rows<T> {
    type Output = [T];

    fn index(&self, i: usize) -> &[T] {
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        &self.values[start..self.ends[i]]
    }
}

#[derive(Debug, Default)]
pub struct Features {
    /// Every analysed sentence (furniture excluded), in document order.
    pub refs: Vec<SentenceRef>,
    pub roles: Vec<Role>,
    /// Distinct term ids per sentence, sorted.
    pub terms: Vec<Vec<u32>>,
    /// Word lemmas in order (for shingles and topic bigrams), as term ids.
    pub sequence: Rows<u32>,
    /// Each sentence's L2-normalised TF-IDF weights, parallel to its `terms`: the vector
    /// without a second copy of the ids.
    pub weights: Rows<f32>,
    pub vocab: Vec<String>,
    /// The most frequent written form of each term, folded ("guarantees" for "guarantee").
    pub surface: Vec<String>,
    pub term_ids: FastMap<String, usize>,
    pub kinds: Vec<TermKind>,
    /// In how many sentences each term occurs.
    pub df: Vec<u32>,
    pub idf: Vec<f32>,
    /// First feature index of each document's sentences (`refs` is grouped by document).
    pub doc_offsets: Vec<usize>,
}

impl Features {
    pub fn len(&self) -> usize {
        self.refs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.refs.is_empty()
    }

    /// Terms two sentences share.
    pub fn shared(&self, a: usize, b: usize) -> Vec<u32> {
        let (x, y) = (&self.terms[a], &self.terms[b]);
        let (mut i, mut j, mut out) = (0, 0, Vec::new());
        while i < x.len() && j < y.len() {
            match x[i].cmp(&y[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    out.push(x[i]);
                    i += 1;
                    j += 1;
                }
            }
        }
        out
    }

    /// The feature index of a document's sentence, if it is analysed. A search in the
    /// document's run of `refs` (sorted by sentence) rather than a map per document.
    pub fn lookup(&self, doc: usize, sentence: usize) -> Option<usize> {
        let start = *self.doc_offsets.get(doc)?;
        let end = self.doc_offsets.get(doc + 1).copied().unwrap_or(self.refs.len());
        let run = &self.refs[start..end];
        run.binary_search_by(|r| r.sentence.cmp(&sentence)).ok().map(|i| start + i)
    }

    /// Sentence `i`'s TF-IDF vector: its term ids (sorted) and their weights.
    pub fn vector(&self, i: usize) -> Vector<'_> {
        Vector { terms: &self.terms[i], weights: &self.weights[i] }
    }

    /// Cosine similarity of two sentences.
    pub fn cosine(&self, a: usize, b: usize) -> f32 {
        self.vector(a).dot(self.vector(b))
    }

    pub fn term(&self, id: u32) -> &str {
        &self.vocab[id as usize]
    }
}

/// A sparse vector: term ids, sorted, and their weights, parallel.
#[derive(Debug, Clone, Copy)]
pub struct Vector<'a> {
    pub terms: &'a [u32],
    pub weights: &'a [f32],
}

impl<'a> Vector<'a> {
    pub fn dot(self, other: Vector) -> f32 {
        let (a, b) = (self, other);
        let (mut i, mut j, mut s) = (0, 0, 0.0);
        while i < a.terms.len() && j < b.terms.len() {
            match a.terms[i].cmp(&b.terms[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    s += a.weights[i] * b.weights[j];
                    i += 1;
                    j += 1;
                }
            }
        }
        s
    }

    /// (term id, weight) pairs in term order.
    pub fn iter(self) -> impl Iterator<Item = (u32, f32)> + 'a {
        self.terms.iter().copied().zip(self.weights.iter().copied())
    }
}

struct Vocab {
    // Ids as `usize` here (stored as `u32` everywhere else): the map type of other maps by name.
    ids: FastMap<String, usize>,
    words: Vec<String>,
    kinds: Vec<TermKind>,
}

impl Vocab {
    fn id(&mut self, term: &str, kind: TermKind) -> u32 {
        if let Some(&id) = self.ids.get(term) {
            return id as u32;
        }
        let id = self.words.len() as u32;
        self.ids.insert(term.to_string(), id as usize);
        self.words.push(term.to_string());
        self.kinds.push(kind);
        id
    }
}

/// The feature key of a folded word: its Snowball stem, so that "pledged", "pledges" and
/// "pledge" (and "purchasing"/"purchases") are one feature.
pub fn word_key(folded: &str) -> String {
    use std::sync::OnceLock;
    static STEMMER: OnceLock<rust_stemmers::Stemmer> = OnceLock::new();
    let stemmer = STEMMER.get_or_init(|| rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English));
    stemmer.stem(&words::lemma(expand_abbreviation(folded))).into_owned()
}

static ABBREVIATED_WORDS: WordList =
    WordList::new("abbreviated-words.txt", include_str!(concat!(env!("OUT_DIR"), "/data/abbreviated-words.txt")));

/// Abbreviated titles and nouns mean their full words ("Det Insp" = "Detective Inspector").
fn expand_abbreviation(folded: &str) -> &str {
    static FULL: std::sync::OnceLock<FastMap<&'static str, &'static str>> = std::sync::OnceLock::new();
    let full =
        FULL.get_or_init(|| ABBREVIATED_WORDS.rows().filter_map(|row| Some((*row.first()?, *row.get(1)?))).collect());
    full.get(folded.trim_end_matches('.')).copied().unwrap_or(folded)
}

/// Is a folded word worth a feature?
pub fn is_content_word(folded: &str) -> bool {
    folded.chars().count() >= 3
        && folded.chars().any(char::is_alphabetic)
        && !words::is_stop_word(folded)
        && words::compound_number_word(folded).is_none()
}

/// Every entity mention, by document: (entity index, mention index) pairs, in entity order. A
/// list per document instead of a map per sentence, which took 50 MiB for 10,000 documents;
/// this takes 8 bytes a mention.
pub(crate) struct MentionsByDoc {
    /// Where each document's pairs start in `pairs`; one more entry, the end.
    starts: Vec<usize>,
    pairs: Vec<(u32, u32)>,
}

impl MentionsByDoc {
    pub(crate) fn new(docs: usize, entities: &[Entity]) -> Self {
        let mut starts = vec![0; docs + 1];
        for m in entities.iter().flat_map(|e| &e.mentions).filter(|m| m.doc < docs) {
            starts[m.doc + 1] += 1;
        }
        for d in 0..docs {
            starts[d + 1] += starts[d];
        }
        let mut next = starts.clone();
        let mut pairs = vec![(0, 0); starts[docs]];
        for (ei, e) in entities.iter().enumerate() {
            for (mi, m) in e.mentions.iter().enumerate().filter(|(_, m)| m.doc < docs) {
                pairs[next[m.doc]] = (ei as u32, mi as u32);
                next[m.doc] += 1;
            }
        }
        MentionsByDoc { starts, pairs }
    }

    /// A document's mentions with their entity's index, in entity order.
    pub(crate) fn of_entities<'a>(
        &'a self,
        doc: usize,
        entities: &'a [Entity],
    ) -> impl Iterator<Item = (usize, &'a Mention)> {
        let pairs = self.starts.get(doc).zip(self.starts.get(doc + 1)).map_or(&[][..], |(&a, &b)| &self.pairs[a..b]);
        pairs.iter().map(|&(ei, mi)| (ei as usize, &entities[ei as usize].mentions[mi as usize]))
    }

    /// A document's mentions as (sentence, start, end, entity index) into `out`, by sentence;
    /// within a sentence in entity order, then in the entity's order of mentions.
    pub(crate) fn of(&self, doc: usize, entities: &[Entity], out: &mut Vec<(usize, usize, usize, usize)>) {
        out.clear();
        out.extend(self.pairs[self.starts[doc]..self.starts[doc + 1]].iter().map(|&(ei, mi)| {
            let m = &entities[ei as usize].mentions[mi as usize];
            (m.sentence, m.start, m.end, ei as usize)
        }));
        crate::order::sort_by_key(out, |m| m.0);
    }
}

pub fn build(docs: &[Document], entities: &[Entity], numbers: &[Vec<Quantity>]) -> Features {
    let mut f = Features::default();
    let mut vocab = Vocab { ids: FastMap::default(), words: Vec::new(), kinds: Vec::new() };
    let mentions = MentionsByDoc::new(docs.len(), entities);
    // Scratch reused by every document: its mentions, by sentence.
    let mut doc_mentions = Vec::new();
    // Each entity's term, once it has one: "@id" formatted once, not at every mention.
    let mut entity_terms: Vec<Option<u32>> = vec![None; entities.len()];
    // How often each term occurs in its sentence, parallel to `terms`, until the weights.
    let mut counts: Rows<u32> = Rows::default();
    // Scratch reused by every sentence.
    let mut tf: Vec<u32> = Vec::new();
    // Counts in `usize`, keyed as the other maps by name are: one map type fewer in the wasm.
    let mut surfaces: FastMap<u32, FastMap<String, usize>> = FastMap::default();
    let mut key_cache: FastMap<String, Option<u32>> = FastMap::default();
    for (di, doc) in docs.iter().enumerate() {
        f.doc_offsets.push(f.refs.len());
        mentions.of(di, entities, &mut doc_mentions);
        let mut next = 0;
        for s in doc.content_sentences() {
            f.refs.push(SentenceRef { doc: di, sentence: s.index });
            f.roles.push(s.role);
            // Term ids of this sentence, counted after a sort: cheaper than a map per sentence.
            tf.clear();
            // The sentence's run of mentions (sentences come in order, as the runs do).
            while next < doc_mentions.len() && doc_mentions[next].0 < s.index {
                next += 1;
            }
            let from = next;
            while next < doc_mentions.len() && doc_mentions[next].0 == s.index {
                next += 1;
            }
            let ms = &doc_mentions[from..next];
            for &(_, _, _, ei) in ms {
                let id = *entity_terms[ei]
                    .get_or_insert_with(|| vocab.id(&format!("@{}", entities[ei].id), TermKind::Entity));
                tf.push(id);
            }
            for (t, folded) in doc.sentence_tokens(s).iter().zip(doc.sentence_folded(s)) {
                if t.kind != TokenKind::Word || ms.iter().any(|&(_, a, b, _)| t.start() >= a && t.end() <= b) {
                    continue;
                }
                let folded = crate::fold::without_possessive(folded);
                // Stemming is the costly part: each distinct written form is keyed once.
                let id = match key_cache.get(folded) {
                    Some(&id) => id,
                    None => {
                        let id = if is_content_word(folded) {
                            Some(vocab.id(&word_key(folded), TermKind::Word))
                        } else {
                            None
                        };
                        key_cache.insert(folded.to_string(), id);
                        id
                    }
                };
                let Some(id) = id else { continue };
                tf.push(id);
                let forms = surfaces.entry(id).or_default();
                match forms.get_mut(folded) {
                    Some(c) => *c += 1,
                    None => {
                        forms.insert(folded.to_string(), 1);
                    }
                }
                f.sequence.push(id);
            }
            f.sequence.end_row();
            for q in numbers[di].iter().filter(|q| q.sentence == s.index) {
                if matches!(q.kind, NumberKind::Count | NumberKind::Money | NumberKind::Percent | NumberKind::Measure) {
                    let term = format!("#{}:{}", q.unit.as_deref().unwrap_or("?"), q.value.display());
                    let id = vocab.id(&term, TermKind::Number);
                    tf.push(id);
                }
            }
            // Through the one sort (order): a second algorithm just for ids would grow the wasm.
            crate::order::sort(&mut tf);
            let start = counts.values.len();
            for (i, &id) in tf.iter().enumerate() {
                match counts.values.last_mut() {
                    Some(count) if i > 0 && tf[i - 1] == id => *count += 1,
                    _ => counts.push(1),
                }
            }
            counts.end_row();
            // Sized exactly: a quarter of a million sentences leave no room for slack.
            let mut terms = Vec::with_capacity(counts.values.len() - start);
            terms.extend(tf.iter().enumerate().filter(|&(i, &id)| i == 0 || tf[i - 1] != id).map(|(_, &id)| id));
            f.terms.push(terms);
        }
    }
    f.sequence.shrink_to_fit();
    f.refs.shrink_to_fit();
    f.roles.shrink_to_fit();
    f.terms.shrink_to_fit();
    f.df = vec![0; vocab.words.len()];
    for terms in &f.terms {
        for &t in terms {
            f.df[t as usize] += 1;
        }
    }
    let n = f.refs.len().max(1) as f32;
    f.idf = f.df.iter().map(|&d| (1.0 + n / d.max(1) as f32).ln()).collect();
    counts.ends.shrink_to_fit();
    f.weights = Rows { values: Vec::with_capacity(counts.values.len()), ends: counts.ends };
    for (i, terms) in f.terms.iter().enumerate() {
        let start = f.weights.values.len();
        let row_counts = &counts.values[start..f.weights.ends[i]];
        f.weights
            .values
            .extend(terms.iter().zip(row_counts).map(|(&t, &c)| (1.0 + (c as f32).ln()) * f.idf[t as usize]));
        let row = &mut f.weights.values[start..];
        let norm = row.iter().map(|w| w * w).sum::<f32>().sqrt();
        if norm > 0.0 {
            for w in row {
                *w /= norm;
            }
        }
    }
    f.surface = vocab
        .words
        .iter()
        .enumerate()
        .map(|(i, w)| {
            surfaces
                .get(&(i as u32))
                .and_then(|m| m.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0))).map(|(s, _)| s.clone()))
                .unwrap_or_else(|| w.clone())
        })
        .collect();
    f.vocab = vocab.words;
    f.term_ids = vocab.ids;
    f.kinds = vocab.kinds;
    f
}
