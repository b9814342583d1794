//! Sentence features shared by alignment and topics: content lemmas, entity ids and counted
//! numbers as terms, with TF-IDF weights over the corpus.
//!
//! Words inside an entity mention are replaced by the entity's term, so spelling variants of a
//! name ("Zelensky", "Zelenskyy") are the same feature; counts become "#countries:26" so that
//! "26 nations" and "Twenty-six countries" share one.

use crate::entities::Entity;
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

#[derive(Debug, Default)]
pub struct Features {
    /// Every analysed sentence (furniture excluded), in document order.
    pub refs: Vec<SentenceRef>,
    pub roles: Vec<Role>,
    /// Distinct term ids per sentence, sorted.
    pub terms: Vec<Vec<u32>>,
    /// Word lemmas in order (for shingles and topic bigrams), as term ids.
    pub sequence: Vec<Vec<u32>>,
    /// L2-normalised TF-IDF vectors, sorted by term id.
    pub vectors: Vec<Vec<(u32, f32)>>,
    pub vocab: Vec<String>,
    /// The most frequent written form of each term, folded ("guarantees" for "guarantee").
    pub surface: Vec<String>,
    pub term_ids: FastMap<String, u32>,
    pub kinds: Vec<TermKind>,
    /// In how many sentences each term occurs.
    pub df: Vec<u32>,
    pub idf: Vec<f32>,
    /// First feature index of each document's sentences (`refs` is grouped by document).
    pub doc_offsets: Vec<usize>,
    /// For each document, sentence index -> feature index.
    pub index_of: Vec<FastMap<usize, usize>>,
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

    pub fn lookup(&self, doc: usize, sentence: usize) -> Option<usize> {
        self.index_of.get(doc)?.get(&sentence).copied()
    }

    /// Cosine similarity of two sentences.
    pub fn cosine(&self, a: usize, b: usize) -> f32 {
        dot(&self.vectors[a], &self.vectors[b])
    }

    pub fn term(&self, id: u32) -> &str {
        &self.vocab[id as usize]
    }
}

pub fn dot(a: &[(u32, f32)], b: &[(u32, f32)]) -> f32 {
    let (mut i, mut j, mut s) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                s += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    s
}

struct Vocab {
    ids: FastMap<String, u32>,
    words: Vec<String>,
    kinds: Vec<TermKind>,
}

impl Vocab {
    fn id(&mut self, term: &str, kind: TermKind) -> u32 {
        if let Some(&id) = self.ids.get(term) {
            return id;
        }
        let id = self.words.len() as u32;
        self.ids.insert(term.to_string(), id);
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
    WordList::new("abbreviated-words.txt", include_str!("../data/abbreviated-words.txt"));

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

/// Entity mentions per (doc, sentence): (start, end, entity index).
pub type SentenceMentions = FastMap<(usize, usize), Vec<(usize, usize, usize)>>;

/// Every entity mention, by the sentence it is in.
pub fn mentions_by_sentence(entities: &[Entity]) -> SentenceMentions {
    let mut mentions = SentenceMentions::default();
    for (ei, e) in entities.iter().enumerate() {
        for m in &e.mentions {
            mentions.entry((m.doc, m.sentence)).or_default().push((m.start, m.end, ei));
        }
    }
    mentions
}

pub fn build(docs: &[Document], entities: &[Entity], numbers: &[Vec<Quantity>]) -> Features {
    let mut f = Features::default();
    let mut vocab = Vocab { ids: FastMap::default(), words: Vec::new(), kinds: Vec::new() };
    let mentions = mentions_by_sentence(entities);
    let mut counts: Vec<Vec<(u32, u32)>> = Vec::new();
    let mut surfaces: FastMap<u32, FastMap<String, u32>> = FastMap::default();
    let mut key_cache: FastMap<String, Option<u32>> = FastMap::default();
    for (di, doc) in docs.iter().enumerate() {
        f.doc_offsets.push(f.refs.len());
        let mut index = FastMap::default();
        for s in doc.content_sentences() {
            index.insert(s.index, f.refs.len());
            f.refs.push(SentenceRef { doc: di, sentence: s.index });
            f.roles.push(s.role);
            // Term ids of this sentence, counted after a sort: cheaper than a map per sentence.
            let mut tf: Vec<u32> = Vec::new();
            let mut seq = Vec::new();
            let ms = mentions.get(&(di, s.index)).map(Vec::as_slice).unwrap_or(&[]);
            for &(_, _, ei) in ms {
                let id = vocab.id(&format!("@{}", entities[ei].id), TermKind::Entity);
                tf.push(id);
            }
            for (t, folded) in doc.sentence_tokens(s).iter().zip(doc.sentence_folded(s)) {
                if t.kind != TokenKind::Word || ms.iter().any(|&(a, b, _)| t.start >= a && t.end <= b) {
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
                seq.push(id);
            }
            for q in numbers[di].iter().filter(|q| q.sentence == s.index) {
                if matches!(q.kind, NumberKind::Count | NumberKind::Money | NumberKind::Percent | NumberKind::Measure) {
                    let term = format!("#{}:{}", q.unit.as_deref().unwrap_or("?"), q.value.display());
                    let id = vocab.id(&term, TermKind::Number);
                    tf.push(id);
                }
            }
            // Through the one sort (order): a second algorithm just for ids would grow the wasm.
            crate::order::sort(&mut tf);
            let mut terms: Vec<(u32, u32)> = Vec::with_capacity(tf.len());
            for id in tf {
                match terms.last_mut() {
                    Some(last) if last.0 == id => last.1 += 1,
                    _ => terms.push((id, 1)),
                }
            }
            f.terms.push(terms.iter().map(|t| t.0).collect());
            counts.push(terms);
            f.sequence.push(seq);
        }
        f.index_of.push(index);
    }
    f.df = vec![0; vocab.words.len()];
    for terms in &f.terms {
        for &t in terms {
            f.df[t as usize] += 1;
        }
    }
    let n = f.refs.len().max(1) as f32;
    f.idf = f.df.iter().map(|&d| (1.0 + n / d.max(1) as f32).ln()).collect();
    f.vectors = counts
        .into_iter()
        .map(|terms| {
            let mut v: Vec<(u32, f32)> =
                terms.into_iter().map(|(t, c)| (t, (1.0 + (c as f32).ln()) * f.idf[t as usize])).collect();
            let norm = v.iter().map(|x| x.1 * x.1).sum::<f32>().sqrt();
            if norm > 0.0 {
                for x in &mut v {
                    x.1 /= norm;
                }
            }
            v
        })
        .collect();
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
