//! English word helpers: stop words, a small rule-based lemmatiser, number words.
//!
//! A rule-based lemmatiser rather than a stemmer crate: units and topics are shown to readers
//! ("countries", not "countri"), and the rules below cost a few hundred bytes of wasm. The words
//! themselves are data (`data/*.txt`, read through `lists::WordList`); tables of a word and its
//! value are parsed once into maps, so lookups on every token cost what they did as arrays.

use crate::fold::without_possessive;
use crate::hash::{FastMap, FastSet};
use crate::lists::WordList;
use std::sync::OnceLock;

/// A word list written as an array in code, with constant-time lookup built on first use. For
/// lists not yet moved to `data/` (new lists belong there, as a `lists::WordList`).
pub struct WordSet {
    list: &'static [&'static str],
    set: OnceLock<FastSet<&'static str>>,
}

impl WordSet {
    pub const fn new(list: &'static [&'static str]) -> Self {
        WordSet { list, set: OnceLock::new() }
    }

    pub fn contains(&self, word: &str) -> bool {
        self.set.get_or_init(|| self.list.iter().copied().collect()).contains(word)
    }
}

static STOP_WORDS: WordList =
    WordList::new("stop-words.txt", include_str!(concat!(env!("OUT_DIR"), "/data/stop-words.txt")));
static IRREGULAR_PLURALS: WordList =
    WordList::new("irregular-plurals.txt", include_str!(concat!(env!("OUT_DIR"), "/data/irregular-plurals.txt")));
static S_SINGULARS: WordList =
    WordList::new("s-singulars.txt", include_str!(concat!(env!("OUT_DIR"), "/data/s-singulars.txt")));
static UNIT_SYNONYMS: WordList =
    WordList::new("unit-synonyms.txt", include_str!(concat!(env!("OUT_DIR"), "/data/unit-synonyms.txt")));
static UNIT_FAMILIES: WordList =
    WordList::new("unit-families.txt", include_str!(concat!(env!("OUT_DIR"), "/data/unit-families.txt")));
static NUMBER_WORDS: WordList =
    WordList::new("number-words.txt", include_str!(concat!(env!("OUT_DIR"), "/data/number-words.txt")));
static SCALE_WORDS: WordList =
    WordList::new("scale-words.txt", include_str!(concat!(env!("OUT_DIR"), "/data/scale-words.txt")));
static SCALE_ABBREVIATIONS: WordList =
    WordList::new("scale-abbreviations.txt", include_str!(concat!(env!("OUT_DIR"), "/data/scale-abbreviations.txt")));
static ORDINAL_WORDS: WordList =
    WordList::new("ordinal-words.txt", include_str!(concat!(env!("OUT_DIR"), "/data/ordinal-words.txt")));

/// The rows of a list that are a word and a second field (a malformed row is skipped; a test
/// checks there are none).
fn pairs(list: &'static WordList) -> impl Iterator<Item = (&'static str, &'static str)> {
    list.rows().filter_map(|row| match row[..] {
        [word, value] => Some((word, value)),
        _ => None,
    })
}

/// A list of (word, value) rows as a map, the first row of a word winning.
fn values(list: &'static WordList) -> FastMap<&'static str, u64> {
    let mut map = FastMap::default();
    for (word, value) in pairs(list) {
        if let Ok(v) = value.parse() {
            map.entry(word).or_insert(v);
        }
    }
    map
}

pub fn is_stop_word(folded: &str) -> bool {
    STOP_WORDS.contains(folded)
}

/// Irregular plurals both ways, the first row winning: (plural -> singular, singular -> plural).
type Irregular = (FastMap<&'static str, &'static str>, FastMap<&'static str, &'static str>);

fn irregular() -> &'static Irregular {
    static MAPS: OnceLock<Irregular> = OnceLock::new();
    MAPS.get_or_init(|| {
        let (mut singular, mut plural) = (FastMap::default(), FastMap::default());
        for (p, s) in pairs(&IRREGULAR_PLURALS) {
            singular.entry(p).or_insert(s);
            plural.entry(s).or_insert(p);
        }
        (singular, plural)
    })
}

/// The dictionary form of a lower-case English word: "countries" -> "country", "drones" -> "drone".
pub fn lemma(folded: &str) -> String {
    let w = without_possessive(folded).trim_end_matches('\'');
    if let Some(singular) = irregular().0.get(w) {
        return (*singular).to_string();
    }
    if w.len() <= 3 || S_SINGULARS.contains(w) || !w.ends_with('s') || w.ends_with("ss") || w.ends_with("ous") {
        return w.to_string();
    }
    if let Some(stem) = w.strip_suffix("ies") {
        if stem.len() >= 2 {
            return format!("{stem}y");
        }
    }
    for suffix in ["sses", "shes", "ches", "xes", "zes"] {
        if w.ends_with(suffix) {
            return w[..w.len() - 2].to_string();
        }
    }
    if w.ends_with("ves") && w.len() > 4 {
        // "wolves" -> "wolf" but "drives" -> "drive": only the common -lves/-aves nouns.
        let stem = &w[..w.len() - 3];
        if stem.ends_with('l') || stem.ends_with("ea") {
            return format!("{stem}f");
        }
    }
    if w.ends_with("us") || w.ends_with("is") {
        return w.to_string();
    }
    w[..w.len() - 1].to_string()
}

/// Is the word (lower case) a plural noun form?
pub fn looks_plural(folded: &str) -> bool {
    irregular().0.get(folded).is_some_and(|s| *s != folded) || lemma(folded) != folded
}

/// The plural of a lemma, for display: "country" -> "countries".
pub fn plural(lemma: &str) -> String {
    if let Some(p) = irregular().1.get(lemma) {
        return (*p).to_string();
    }
    if let Some(stem) = lemma.strip_suffix('y') {
        if !stem.ends_with(['a', 'e', 'o', 'u']) {
            return format!("{stem}ies");
        }
    }
    if lemma.ends_with('s') || lemma.ends_with('x') || lemma.ends_with("ch") || lemma.ends_with("sh") {
        return format!("{lemma}es");
    }
    format!("{lemma}s")
}

/// The canonical counted unit for a lemma: nations, countries and states all count "country".
pub fn unit_group(lemma: &str) -> &str {
    // Each word of a group maps to the group's first word (the first group of a word winning).
    static GROUPS: OnceLock<FastMap<&'static str, &'static str>> = OnceLock::new();
    let groups = GROUPS.get_or_init(|| {
        let mut map = FastMap::default();
        for row in UNIT_SYNONYMS.rows() {
            for word in &row {
                map.entry(*word).or_insert(row[0]);
            }
        }
        map
    });
    groups.get(lemma).copied().unwrap_or(lemma)
}

/// Counted things that answer the same question: the parties to a meeting or a pledge may be
/// counted as countries, nations, states, leaders or members.
pub fn unit_family(unit: &str) -> &str {
    static FAMILIES: std::sync::OnceLock<crate::hash::FastMap<&'static str, &'static str>> = std::sync::OnceLock::new();
    let families = FAMILIES.get_or_init(|| {
        let mut m = crate::hash::FastMap::default();
        for row in UNIT_FAMILIES.rows() {
            if let Some((name, units)) = row.split_first() {
                for unit in units {
                    m.entry(*unit).or_insert(*name);
                }
            }
        }
        m
    });
    families.get(unit).copied().unwrap_or(unit)
}

/// Number words, scales and ordinals, parsed once from their lists: they are looked up for
/// every word of every document.
struct NumberWords {
    units: FastMap<&'static str, u64>,
    scales: FastMap<&'static str, u64>,
    scale_abbreviations: FastMap<&'static str, u64>,
    ordinals: FastMap<&'static str, u64>,
    /// The bytes a number word or ordinal starts with: most words are rejected on the first.
    first_bytes: [bool; 256],
}

fn number_words() -> &'static NumberWords {
    static WORDS: OnceLock<NumberWords> = OnceLock::new();
    WORDS.get_or_init(|| {
        let units = values(&NUMBER_WORDS);
        let ordinals = values(&ORDINAL_WORDS);
        let mut first_bytes = [false; 256];
        for word in units.keys().chain(ordinals.keys()) {
            if let Some(&b) = word.as_bytes().first() {
                first_bytes[usize::from(b)] = true;
            }
        }
        NumberWords {
            units,
            scales: values(&SCALE_WORDS),
            scale_abbreviations: values(&SCALE_ABBREVIATIONS),
            ordinals,
            first_bytes,
        }
    })
}

/// Could the word be a number word or ordinal, alone or hyphenated? Its first letter must start
/// one, and it is not longer than a compound ("seventy-seven") can reasonably be.
fn may_be_number_word(folded: &str) -> bool {
    folded.as_bytes().first().is_some_and(|&b| number_words().first_bytes[usize::from(b)]) && folded.len() <= 24
}

/// Value of a simple number word ("six", "forty"), not scales.
pub fn number_word(folded: &str) -> Option<u64> {
    if !may_be_number_word(folded) {
        return None;
    }
    number_words().units.get(folded).copied()
}

/// Value of a scale word, including the short forms news copy uses ("bn", "m" only when glued).
pub fn scale_word(folded: &str) -> Option<u64> {
    let words = number_words();
    words.scale_abbreviations.get(folded).or_else(|| words.scales.get(folded.trim_end_matches('s'))).copied()
}

/// "twenty-six" -> 26, "six" -> 6; `None` if any part is not a number word.
pub fn compound_number_word(folded: &str) -> Option<u64> {
    if !may_be_number_word(folded) {
        return None;
    }
    if !folded.contains('-') {
        return number_word(folded);
    }
    let mut total = 0;
    let mut parts = 0;
    for part in folded.split('-') {
        total += number_word(part)?;
        parts += 1;
    }
    (parts > 0).then_some(total)
}

/// "third" -> 3, "twenty-first" -> 21.
pub fn ordinal_word(folded: &str) -> Option<u64> {
    if !may_be_number_word(folded) {
        return None;
    }
    let ordinals = &number_words().ordinals;
    if !folded.contains('-') {
        return ordinals.get(folded).copied();
    }
    let mut parts: Vec<&str> = folded.split('-').collect();
    let last = parts.pop()?;
    let v = *ordinals.get(last)?;
    let mut total = v;
    for p in parts {
        total += number_word(p)?;
    }
    Some(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lemmatises_common_plurals() {
        let table = [
            ("countries", "country"),
            ("nations", "nation"),
            ("drones", "drone"),
            ("people", "person"),
            ("leaders", "leader"),
            ("guarantees", "guarantee"),
            ("sanctions", "sanction"),
            ("gas", "gas"),
            ("news", "news"),
            ("crises", "crisis"),
            ("allies", "ally"),
            ("churches", "church"),
            ("process", "process"),
            ("troops", "troop"),
            ("men", "man"),
            ("gunmen", "gunman"),
            ("policemen", "policeman"),
        ];
        for (w, l) in table {
            assert_eq!(lemma(w), l, "{w}");
        }
        assert!(looks_plural("gunmen"), "a compound in -men is a plural");
        assert_eq!(plural("gunman"), "gunmen", "not \"gunmens\"");
        assert_eq!(plural("country"), "countries");
        assert_eq!(plural("drone"), "drones");
        assert_eq!(plural("person"), "people");
    }

    #[test]
    fn number_words_and_groups() {
        assert_eq!(compound_number_word("twenty-six"), Some(26));
        assert_eq!(compound_number_word("zapad-25"), None);
        assert_eq!(ordinal_word("twenty-first"), Some(21));
        assert_eq!(scale_word("billion"), Some(1_000_000_000));
        assert_eq!(unit_group("nation"), "country");
        assert_eq!(unit_group("drone"), "drone");
        assert_eq!(unit_group("cars"), "cars");
        assert_eq!(scale_word("millions"), Some(1_000_000));
        assert_eq!(scale_word("bn"), Some(1_000_000_000));
        assert_eq!(scale_word("bns"), None, "abbreviations take no plural");
        assert_eq!(number_word("ninety"), Some(90));
        assert_eq!(ordinal_word("hundredth"), Some(100));
    }

    #[test]
    fn the_tables_parse_completely() {
        for list in [&IRREGULAR_PLURALS, &NUMBER_WORDS, &SCALE_WORDS, &SCALE_ABBREVIATIONS, &ORDINAL_WORDS] {
            assert_eq!(pairs(list).count(), list.entries().count(), "{}: every row is `word | value`", list.name());
        }
        for list in [&NUMBER_WORDS, &SCALE_WORDS, &SCALE_ABBREVIATIONS, &ORDINAL_WORDS] {
            assert_eq!(values(list).len(), list.entries().count(), "{}: one row a word, a number each", list.name());
        }
    }
}
