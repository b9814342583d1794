//! Index: the analysis as sentence sets, for filtering and counting fast in the browser.
//!
//! Every sentence of the corpus has a global number (document-major). Each facet value (an
//! entity, a counted number, a topic, a claim status) is a bitset of sentences, so "OR within a
//! facet, AND across facets" is a handful of word-wise operations even for thousands of documents.

use crate::claims::{ClaimKind, Status};
use crate::numbers::NumberKind;
use crate::Analysis;

/// A set of global sentence numbers.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Bitset {
    words: Vec<u64>,
}

impl Bitset {
    pub fn empty(len: usize) -> Self {
        Bitset { words: vec![0; len.div_ceil(64)] }
    }

    pub fn full(len: usize) -> Self {
        let mut b = Bitset { words: vec![u64::MAX; len.div_ceil(64)] };
        if len % 64 != 0 {
            if let Some(last) = b.words.last_mut() {
                *last = (1u64 << (len % 64)) - 1;
            }
        }
        b
    }

    pub fn insert(&mut self, i: usize) {
        if let Some(w) = self.words.get_mut(i / 64) {
            *w |= 1 << (i % 64);
        }
    }

    pub fn contains(&self, i: usize) -> bool {
        self.words.get(i / 64).is_some_and(|w| w & (1 << (i % 64)) != 0)
    }

    pub fn count(&self) -> usize {
        self.words.iter().map(|w| w.count_ones() as usize).sum()
    }

    pub fn and_with(&mut self, other: &Bitset) {
        for (a, b) in self.words.iter_mut().zip(&other.words) {
            *a &= b;
        }
    }

    pub fn or_with(&mut self, other: &Bitset) {
        for (a, b) in self.words.iter_mut().zip(&other.words) {
            *a |= b;
        }
    }

    /// Size of the intersection, without building it.
    pub fn count_and(&self, other: &Bitset) -> usize {
        self.words.iter().zip(&other.words).map(|(a, b)| (a & b).count_ones() as usize).sum()
    }

    pub fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.words.iter().enumerate().flat_map(|(wi, &w)| {
            let mut bits = w;
            std::iter::from_fn(move || {
                if bits == 0 {
                    return None;
                }
                let t = bits.trailing_zeros() as usize;
                bits &= bits - 1;
                Some(wi * 64 + t)
            })
        })
    }
}

/// One value of the numbers facet: everything that counts the same thing with the same value.
#[derive(Debug, Clone, PartialEq)]
pub struct NumberValue {
    /// Stable key for URLs: "countries|26".
    pub key: String,
    /// As a reader would say it: "26 countries", "1.1 billion EUR".
    pub label: String,
    pub sentences: Bitset,
}

/// The numbers facet groups values by what they count.
#[derive(Debug, Clone, PartialEq)]
pub struct NumberGroup {
    /// "countries", "drones", "EUR", "dates".
    pub unit: String,
    pub values: Vec<NumberValue>,
    /// Some claim flags different values for this unit.
    pub disputed: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Index {
    /// Global number of a document's first sentence.
    pub doc_offsets: Vec<usize>,
    pub total: usize,
    /// Sentences that are not page furniture.
    pub content: Bitset,
    /// Per entity (parallel to `Analysis::entities`).
    pub entities: Vec<Bitset>,
    pub numbers: Vec<NumberGroup>,
    /// Per topic (parallel to `Analysis::topics`).
    pub topics: Vec<Bitset>,
    /// Per status: disagreement, agreement, single-source.
    pub statuses: [Bitset; 3],
    /// The claim each sentence belongs to (its statement claim, else a quantity or quote claim).
    pub claim_of: Vec<Option<usize>>,
}

impl Index {
    pub fn global(&self, doc: usize, sentence: usize) -> usize {
        self.doc_offsets[doc] + sentence
    }

    /// (doc, sentence) of a global sentence number.
    pub fn local(&self, global: usize) -> (usize, usize) {
        let doc = self.doc_offsets.partition_point(|&o| o <= global).saturating_sub(1);
        (doc, global - self.doc_offsets[doc])
    }

    pub fn status_slot(status: Status) -> usize {
        match status {
            Status::Disagreement => 0,
            Status::Agreement => 1,
            Status::SingleSource => 2,
        }
    }

    /// Finds a number value by its key.
    pub fn number(&self, key: &str) -> Option<&NumberValue> {
        self.numbers.iter().flat_map(|g| &g.values).find(|v| v.key == key)
    }
}

/// The unit a number is grouped under in the facet.
fn facet_unit(kind: NumberKind, unit: Option<&str>) -> Option<String> {
    match kind {
        NumberKind::Date | NumberKind::Year | NumberKind::Time => Some("dates and times".to_string()),
        NumberKind::Ordinal => None,
        _ => unit.map(str::to_string),
    }
}

pub fn build(a: &Analysis) -> Index {
    let mut doc_offsets = Vec::with_capacity(a.documents.len());
    let mut total = 0;
    for d in &a.documents {
        doc_offsets.push(total);
        total += d.sentences.len();
    }
    let mut content = Bitset::empty(total);
    for (di, d) in a.documents.iter().enumerate() {
        for s in d.content_sentences() {
            content.insert(doc_offsets[di] + s.index);
        }
    }
    let entities = a
        .entities
        .iter()
        .map(|e| {
            let mut b = Bitset::empty(total);
            for m in &e.mentions {
                b.insert(doc_offsets[m.doc] + m.sentence);
            }
            b
        })
        .collect();
    let topics = a
        .topics
        .iter()
        .map(|t| {
            let mut b = Bitset::empty(total);
            for &(d, s) in &t.sentences {
                b.insert(doc_offsets[d] + s);
            }
            b
        })
        .collect();
    let mut statuses = [Bitset::empty(total), Bitset::empty(total), Bitset::empty(total)];
    let mut claim_of: Vec<Option<usize>> = vec![None; total];
    // Statement claims first: a sentence's own claim is the statement it makes.
    for kind in [ClaimKind::Statement, ClaimKind::Quantity, ClaimKind::Quote] {
        for (ci, c) in a.claims.iter().enumerate().filter(|(_, c)| c.kind == kind) {
            for &(d, s) in &c.sentences {
                let g = doc_offsets[d] + s;
                statuses[Index::status_slot(c.status)].insert(g);
                if claim_of[g].is_none() {
                    claim_of[g] = Some(ci);
                }
            }
        }
    }
    // Numbers: (unit, value as shown, label, sentence) of every number, grouped below by unit and
    // value through the one sort (no B-tree of its own in the wasm).
    let mut found: Vec<(String, String, String, usize)> = Vec::new();
    for (di, qs) in a.numbers.iter().enumerate() {
        for q in qs {
            // A number read as a figure is grouped by what it measures ("dead", "depth"), as the
            // comparison reads it; the rest by their unit.
            let written_unit = facet_unit(q.kind, q.unit.as_deref()).unwrap_or_default();
            let Some(unit) = q.class.clone().or_else(|| (!written_unit.is_empty()).then(|| written_unit.clone()))
            else {
                continue;
            };
            let value = q.value.display();
            let label = match q.kind {
                NumberKind::Date | NumberKind::Year | NumberKind::Time => value.clone(),
                NumberKind::Percent => format!("{value}%"),
                NumberKind::Measure if written_unit == "magnitude" => format!("magnitude {value}"),
                NumberKind::Count if q.class.is_some() => format!("{value} {unit}"),
                _ => format!("{value} {written_unit}"),
            };
            // Within a class, values of different units ("10 km", "6 miles") stay apart.
            let display = if q.class.is_some() { label.clone() } else { value };
            found.push((unit, display, label, doc_offsets[di] + q.sentence));
        }
    }
    // Stable: each value keeps the label it is first written with.
    crate::order::sort_by(&mut found, |a, b| (&a.0, &a.1).cmp(&(&b.0, &b.1)));
    let disputed: crate::order::SortedSet<String> = crate::order::SortedSet::from_iter(
        a.claims
            .iter()
            .filter(|c| c.status == Status::Disagreement && c.kind != ClaimKind::Quote)
            .flat_map(|c| c.conflicts.iter().map(|k| k.what.split(' ').next().unwrap_or("").to_string())),
    );
    let mut numbers: Vec<NumberGroup> = Vec::new();
    for (unit, display, label, sentence) in found {
        if numbers.last().is_none_or(|g| g.unit != unit) {
            let first_word = unit.split(' ').next().unwrap_or("").to_string();
            numbers.push(NumberGroup {
                disputed: disputed.contains(&first_word),
                unit: unit.clone(),
                values: Vec::new(),
            });
        }
        let Some(group) = numbers.last_mut() else { continue };
        let key = format!("{unit}|{display}");
        if group.values.last().is_none_or(|v| v.key != key) {
            group.values.push(NumberValue { key, label, sentences: Bitset::empty(total) });
        }
        if let Some(value) = group.values.last_mut() {
            value.sentences.insert(sentence);
        }
    }
    for group in &mut numbers {
        crate::order::sort_by(&mut group.values, |a, b| {
            b.sentences.count().cmp(&a.sentences.count()).then_with(|| a.key.cmp(&b.key))
        });
    }
    crate::order::sort_by(&mut numbers, |a, b| {
        let count = |g: &NumberGroup| g.values.iter().map(|v| v.sentences.count()).sum::<usize>();
        b.disputed.cmp(&a.disputed).then(count(b).cmp(&count(a))).then_with(|| a.unit.cmp(&b.unit))
    });
    Index { doc_offsets, total, content, entities, numbers, topics, statuses, claim_of }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bitsets_do_set_algebra() {
        let mut a = Bitset::empty(130);
        for i in [0, 5, 64, 129] {
            a.insert(i);
        }
        let mut b = Bitset::empty(130);
        for i in [5, 64, 100] {
            b.insert(i);
        }
        assert_eq!(a.count(), 4);
        assert_eq!(a.count_and(&b), 2);
        let mut c = a.clone();
        c.and_with(&b);
        assert_eq!(c.iter().collect::<Vec<_>>(), [5, 64]);
        c.or_with(&a);
        assert_eq!(c.iter().collect::<Vec<_>>(), [0, 5, 64, 129]);
        assert_eq!(Bitset::full(130).count(), 130);
        assert!(!Bitset::full(130).contains(130));
    }

    #[test]
    fn numbers_read_as_figures_are_grouped_by_what_they_measure() {
        let a = crate::analyze(&[
            crate::Source::new("a", "The blast killed 24 people. It injured 50 others. Police counted 12 cars."),
            crate::Source::new("b", "There were 23 fatalities."),
        ]);
        let index = build(&a);
        let group = |name: &str| index.numbers.iter().find(|g| g.unit == name);
        let dead: Vec<&str> = group("dead").expect("a dead group").values.iter().map(|v| v.label.as_str()).collect();
        assert_eq!(dead.len(), 2, "24 killed and 23 fatalities are both dead: {dead:?}");
        assert!(dead.contains(&"24 dead") && dead.contains(&"23 dead"), "{dead:?}");
        assert!(group("injured").is_some());
        assert!(group("cars").is_some(), "a count of things keeps its unit");
        assert!(group("people").is_none(), "no number of people is left unread here");
    }

    #[test]
    fn the_index_maps_sentences_to_facets() {
        let a = crate::analyze(&[
            crate::Source::new("a", "Leaders of 26 nations met in Paris. Emmanuel Macron spoke."),
            crate::Source::new("b", "Twenty-six countries met in Paris on Thursday. Macron said so."),
        ]);
        let index = build(&a);
        assert_eq!(index.total, 4);
        assert_eq!(index.local(index.global(1, 1)), (1, 1));
        let paris = a.entities.iter().position(|e| e.name == "Paris").unwrap();
        assert_eq!(index.entities[paris].count(), 2);
        let v = index.number("countries|26").expect("26 countries");
        assert_eq!(v.sentences.count(), 2);
        assert_eq!(v.label, "26 countries");
        assert!(index.claim_of.iter().all(Option::is_some), "every sentence has a claim");
    }
}
