//! English word helpers: stop words, a small rule-based lemmatiser, number words.
//!
//! A rule-based lemmatiser rather than a stemmer crate: units and topics are shown to readers
//! ("countries", not "countri"), and the rules below cost a few hundred bytes of wasm.

use crate::hash::FastSet;
use std::sync::OnceLock;

/// A fixed word list with constant-time lookup, built on first use. Lists stay readable as
/// arrays in the source; lookups on every token stay cheap.
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

/// Function words and other words that carry no topic on their own.
const STOP_WORDS: &[&str] = &[
    "a", "about", "above", "after", "again", "against", "ago", "all", "almost", "along", "already", "also", "although",
    "always", "am", "among", "an", "and", "another", "any", "are", "around", "as", "at", "away", "back", "be",
    "became", "because", "become", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could",
    "did", "do", "does", "doing", "done", "down", "during", "each", "either", "else", "even", "ever", "every", "few",
    "for", "from", "further", "get", "gets", "got", "had", "has", "have", "having", "he", "her", "here", "hers",
    "herself", "him", "himself", "his", "how", "however", "i", "if", "in", "into", "is", "it", "its", "itself", "just",
    "last", "later", "least", "less", "like", "made", "make", "many", "may", "me", "meanwhile", "might", "more",
    "most", "much", "must", "my", "near", "neither", "never", "new", "next", "no", "nor", "not", "now", "of", "off",
    "often", "on", "once", "one", "only", "or", "other", "others", "our", "ours", "out", "over", "own", "per",
    "perhaps", "rather", "same", "say", "says", "said", "see", "seen", "several", "shall", "she", "should", "since",
    "so", "some", "still", "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there",
    "these", "they", "this", "those", "though", "through", "thus", "to", "too", "toward", "towards", "under", "until",
    "up", "upon", "us", "very", "via", "was", "we", "well", "were", "what", "whatever", "when", "where", "whether",
    "which", "while", "who", "whom", "whose", "why", "will", "with", "within", "without", "would", "yet", "you",
    "your", "yours", "told", "tells", "added", "according", "also", "yesterday", "today", "tomorrow", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mr", "mrs", "ms", "dr", "s", "t", "don't",
    "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "won't", "can't", "it's", "that's", "there's",
    "we're", "they're", "i'm", "he's", "she's", "let", "lets", "way", "ways", "time", "times", "thing", "things",
    "year", "years", "day", "days",
];

pub fn is_stop_word(folded: &str) -> bool {
    static SET: WordSet = WordSet::new(STOP_WORDS);
    SET.contains(folded)
}

const IRREGULAR_PLURALS: &[(&str, &str)] = &[
    ("people", "person"),
    ("men", "man"),
    ("women", "woman"),
    ("children", "child"),
    ("police", "police"),
    ("personnel", "personnel"),
    ("staff", "staff"),
    ("crew", "crew"),
    ("feet", "foot"),
    ("teeth", "tooth"),
    ("mice", "mouse"),
    ("geese", "goose"),
    ("data", "data"),
    ("media", "media"),
    ("criteria", "criterion"),
    ("crises", "crisis"),
    ("analyses", "analysis"),
    ("aircraft", "aircraft"),
    ("sheep", "sheep"),
    ("series", "series"),
    ("species", "species"),
];

/// Words ending in "s" that are not plurals.
const S_SINGULARS: &[&str] = &[
    "news", "gas", "bus", "plus", "status", "virus", "bonus", "census", "campus", "canvas", "chaos", "lens", "alias",
    "atlas", "basis", "crisis", "thesis", "analysis", "emphasis", "diagnosis", "this", "his", "its", "is", "was",
    "has", "does", "yes", "us", "thus", "always", "perhaps", "whereas", "towards", "afterwards", "various", "serious",
    "previous", "obvious", "famous", "nervous", "dangerous", "numerous", "anonymous", "continuous", "ambitious",
    "religious", "unanimous", "tremendous", "enormous", "generous", "jealous", "conscious", "precious", "gracious",
    "cautious", "vicious", "anxious", "curious", "furious", "glorious", "mysterious", "notorious", "vigorous",
    "rigorous", "ludicrous", "fabulous", "marvellous", "ridiculous", "scandalous", "hazardous", "humorous", "odious",
    "pious", "ruinous", "strenuous", "lucrative", "congress", "access", "process", "success", "address", "business",
    "progress", "press", "class", "glass", "loss", "boss", "cross", "mass", "pass", "less", "unless", "across",
    "chess", "stress", "witness", "express", "compass",
];

/// The dictionary form of a lower-case English word: "countries" -> "country", "drones" -> "drone".
pub fn lemma(folded: &str) -> String {
    let w = crate::text::without_possessive(folded).trim_end_matches('\'');
    if let Some((_, singular)) = IRREGULAR_PLURALS.iter().find(|(p, _)| *p == w) {
        return (*singular).to_string();
    }
    static SINGULARS: WordSet = WordSet::new(S_SINGULARS);
    if w.len() <= 3 || SINGULARS.contains(w) || !w.ends_with('s') || w.ends_with("ss") || w.ends_with("ous") {
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
    IRREGULAR_PLURALS.iter().any(|(p, s)| *p == folded && p != s) || lemma(folded) != folded
}

/// The plural of a lemma, for display: "country" -> "countries".
pub fn plural(lemma: &str) -> String {
    if let Some((p, _)) = IRREGULAR_PLURALS.iter().find(|(_, s)| *s == lemma) {
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

/// Groups of words that count the same thing. The first word names the group.
const UNIT_SYNONYMS: &[&[&str]] = &[
    &["country", "nation", "state"],
    &["person", "individual", "civilian", "resident"],
    &["troop", "soldier", "serviceman", "servicemember"],
    &["leader", "head"],
    &["drone", "uav"],
    &["euro", "eur"],
    &["dollar", "usd"],
];

/// The canonical counted unit for a lemma: nations, countries and states all count "country".
pub fn unit_group(lemma: &str) -> &str {
    for group in UNIT_SYNONYMS {
        if group.contains(&lemma) {
            return group[0];
        }
    }
    lemma
}

const UNITS: &[(&str, u64)] = &[
    ("zero", 0),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
];

const SCALES: &[(&str, u64)] = &[
    ("hundred", 100),
    ("thousand", 1_000),
    ("million", 1_000_000),
    ("billion", 1_000_000_000),
    ("trillion", 1_000_000_000_000),
];

/// Every number word and ordinal starts with one of these letters; the rest are rejected at once.
fn may_be_number_word(folded: &str) -> bool {
    matches!(folded.as_bytes().first(), Some(b'z' | b'o' | b't' | b'f' | b's' | b'e' | b'n' | b'h'))
        && folded.len() <= 24
}

/// Value of a simple number word ("six", "forty"), not scales.
pub fn number_word(folded: &str) -> Option<u64> {
    if !may_be_number_word(folded) {
        return None;
    }
    static MAP: OnceLock<crate::hash::FastMap<&'static str, u64>> = OnceLock::new();
    MAP.get_or_init(|| UNITS.iter().copied().collect()).get(folded).copied()
}

/// Value of a scale word, including the short forms news copy uses ("bn", "m" only when glued).
pub fn scale_word(folded: &str) -> Option<u64> {
    match folded {
        "bn" | "b" => Some(1_000_000_000),
        "mn" | "mln" | "m" => Some(1_000_000),
        "tn" | "trn" => Some(1_000_000_000_000),
        "k" => Some(1_000),
        _ => SCALES.iter().find(|(w, _)| *w == folded.trim_end_matches('s')).map(|&(_, v)| v),
    }
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

const ORDINALS: &[(&str, u64)] = &[
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    ("tenth", 10),
    ("eleventh", 11),
    ("twelfth", 12),
    ("thirteenth", 13),
    ("fourteenth", 14),
    ("fifteenth", 15),
    ("sixteenth", 16),
    ("seventeenth", 17),
    ("eighteenth", 18),
    ("nineteenth", 19),
    ("twentieth", 20),
    ("thirtieth", 30),
    ("fortieth", 40),
    ("fiftieth", 50),
    ("hundredth", 100),
];

/// "third" -> 3, "twenty-first" -> 21.
pub fn ordinal_word(folded: &str) -> Option<u64> {
    if !may_be_number_word(folded) {
        return None;
    }
    static MAP: OnceLock<crate::hash::FastMap<&'static str, u64>> = OnceLock::new();
    let map = MAP.get_or_init(|| ORDINALS.iter().copied().collect());
    if !folded.contains('-') {
        return map.get(folded).copied();
    }
    let mut parts: Vec<&str> = folded.split('-').collect();
    let last = parts.pop()?;
    let v = ORDINALS.iter().find(|(w, _)| *w == last)?.1;
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
        ];
        for (w, l) in table {
            assert_eq!(lemma(w), l, "{w}");
        }
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
    }
}
