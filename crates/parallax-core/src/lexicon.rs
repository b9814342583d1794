//! General-purpose word lists: abbreviations, months, currency codes, web page furniture.
//!
//! Everything here is true of English news text in general; nothing names a person, place or event
//! of any particular corpus. Countries, demonyms and international bodies live in `gazetteer`.
//! The words are data (`data/*.txt`, read through `lists::WordList`); this module says how each
//! list is matched.

use crate::hash::FastMap;
use crate::lists::WordList;
use std::sync::OnceLock;

static NON_TERMINAL_ABBREVIATIONS: WordList = WordList::new(
    "non-terminal-abbreviations.txt",
    include_str!(concat!(env!("OUT_DIR"), "/data/non-terminal-abbreviations.txt")),
);
static AMBIGUOUS_ABBREVIATIONS: WordList = WordList::new(
    "ambiguous-abbreviations.txt",
    include_str!(concat!(env!("OUT_DIR"), "/data/ambiguous-abbreviations.txt")),
);
static SENTENCE_OPENERS: WordList =
    WordList::new("sentence-openers.txt", include_str!(concat!(env!("OUT_DIR"), "/data/sentence-openers.txt")));
/// The English month names, in calendar order.
pub static MONTHS: WordList = WordList::new("months.txt", include_str!(concat!(env!("OUT_DIR"), "/data/months.txt")));
static CURRENCY_CODES: WordList =
    WordList::new("currency-codes.txt", include_str!(concat!(env!("OUT_DIR"), "/data/currency-codes.txt")));
static CURRENCY_PREFIXES: WordList =
    WordList::new("currency-prefixes.txt", include_str!(concat!(env!("OUT_DIR"), "/data/currency-prefixes.txt")));
static FURNITURE_LINES: WordList =
    WordList::new("furniture-lines.txt", include_str!(concat!(env!("OUT_DIR"), "/data/furniture-lines.txt")));
static INTERFACE_WORDS: WordList =
    WordList::new("interface-words.txt", include_str!(concat!(env!("OUT_DIR"), "/data/interface-words.txt")));
static LINK_LIST_MARKERS: WordList =
    WordList::new("link-list-markers.txt", include_str!(concat!(env!("OUT_DIR"), "/data/link-list-markers.txt")));

/// Is `word` (without its final dot) an abbreviation after which a sentence does not end?
pub fn is_non_terminal_abbreviation(word: &str) -> bool {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    NON_TERMINAL_ABBREVIATIONS.contains(&w)
}

/// Is `word` an abbreviation that may or may not end a sentence?
pub fn is_ambiguous_abbreviation(word: &str) -> bool {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    AMBIGUOUS_ABBREVIATIONS.contains(&w)
}

/// Words that commonly open a sentence: after an ambiguous abbreviation, a capitalised one of
/// these means the sentence did end there.
pub fn is_common_sentence_opener(word: &str) -> bool {
    SENTENCE_OPENERS.contains(&word.to_ascii_lowercase())
}

/// Month number (1-12) for a full or abbreviated English month name. Allocation-free: it runs
/// on every word of every document.
pub fn month_number(word: &str) -> Option<u32> {
    let w = word.strip_suffix('.').unwrap_or(word);
    // Every month (months.txt is the calendar's twelve) starts with one of these letters and is
    // 3 to 9 letters long: most words are rejected on the first byte.
    if w.len() < 3
        || w.len() > 9
        || !matches!(w.as_bytes()[0].to_ascii_lowercase(), b'j' | b'f' | b'm' | b'a' | b's' | b'o' | b'n' | b'd')
    {
        return None;
    }
    static NAMES: OnceLock<Vec<&'static str>> = OnceLock::new();
    let months = NAMES.get_or_init(|| MONTHS.entries().collect());
    if let Some(i) = months.iter().position(|m| m.eq_ignore_ascii_case(w)) {
        return Some(i as u32 + 1);
    }
    // Abbreviations: "Sept", "Sep", "Jan" — but "may" and "march" are only months in full.
    if w.eq_ignore_ascii_case("sept") {
        return Some(9);
    }
    if w.len() == 3 && !w.eq_ignore_ascii_case("may") && !w.eq_ignore_ascii_case("mar") {
        return months.iter().position(|m| m[..3].eq_ignore_ascii_case(w)).map(|i| i as u32 + 1);
    }
    None
}

/// ISO 4217 codes that news copy writes glued to amounts ("EUR1.1 billion", "USD34.6 million").
pub fn is_currency_code(s: &str) -> bool {
    s.len() == 3 && s.bytes().all(|b| b.is_ascii_uppercase()) && CURRENCY_CODES.contains(s)
}

/// Letters written before an amount for its currency, glued or not ("EUR1.1bn", "TL5bn",
/// "Rs 500"): an ISO code, or a local abbreviation in Latin letters, with its ISO code.
pub fn currency_prefix(s: &str) -> Option<&str> {
    if is_currency_code(s) {
        return Some(s);
    }
    static PREFIXES: OnceLock<FastMap<&'static str, &'static str>> = OnceLock::new();
    let prefixes = PREFIXES
        .get_or_init(|| CURRENCY_PREFIXES.rows().filter_map(|row| Some((*row.first()?, *row.get(1)?))).collect());
    prefixes.get(s).copied()
}

/// Is the whole line page furniture on a news site (navigation, sharing, comment widgets)?
/// Compared case-insensitively after trimming punctuation.
pub fn is_furniture_phrase(line: &str) -> bool {
    // Every phrase is shorter than 64 bytes (a test checks): longer lines are never whole-line
    // furniture.
    if line.len() > 64 {
        return false;
    }
    // Folded, not `to_lowercase`: one lower-casing routine in the wasm (`fold`), not two.
    let t = crate::fold::fold(line.trim().trim_matches(|c: char| !c.is_alphanumeric() && c != '?'));
    FURNITURE_LINES.contains(&t) || FURNITURE_LINES.contains(&format!("{t}?"))
}

/// Does the line read like an instruction to operate the page ("Click the buttons ... to view them")?
/// Counts the words only page controls use; two make an instruction to click, not reporting.
pub fn interface_word_count(line: &str) -> usize {
    // Page controls are short lines; a long paragraph that mentions an app is reporting.
    if line.len() > 240 {
        return 0;
    }
    // Lower-cased in a stack buffer: this runs on every word of every short line. No interface
    // word is longer (a test checks).
    const LONGEST: usize = 12;
    let mut buf = [0u8; LONGEST];
    line.split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty() && w.len() <= LONGEST)
        .filter(|w| {
            let lower = &mut buf[..w.len()];
            lower.copy_from_slice(w.as_bytes());
            lower.make_ascii_lowercase();
            std::str::from_utf8(lower).is_ok_and(|l| INTERFACE_WORDS.contains(l))
        })
        .count()
}

/// Markers that introduce links to other stories; the short line after one is furniture too.
pub fn is_link_list_marker(line: &str) -> bool {
    // Every marker fits 24 bytes (a test checks): a paragraph is never one (and is not
    // lower-cased to check).
    if line.len() > 24 {
        return false;
    }
    LINK_LIST_MARKERS.contains(&crate::fold::fold(line.trim()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abbreviations_are_classified() {
        for w in ["Mr.", "Gen.", "Sept.", "Dr", "St."] {
            assert!(is_non_terminal_abbreviation(w), "{w}");
        }
        for w in ["U.S.", "p.m.", "etc."] {
            assert!(is_ambiguous_abbreviation(w), "{w}");
        }
        assert!(!is_non_terminal_abbreviation("war."));
    }

    #[test]
    fn months_parse_in_full_and_abbreviated() {
        let table = [
            ("September", Some(9)),
            ("Sept.", Some(9)),
            ("jan", Some(1)),
            ("May", Some(5)),
            ("mar", None),
            ("Maybe", None),
        ];
        for (w, m) in table {
            assert_eq!(month_number(w), m, "{w}");
        }
    }

    #[test]
    fn furniture_lines_are_recognised() {
        for l in [
            "Login",
            "Comments",
            "Join the Conversation",
            "KEY POINTS",
            "Read our full story below.",
            "Looking for comments?",
        ] {
            assert!(is_furniture_phrase(l), "{l}");
        }
        assert!(!is_furniture_phrase("Comments by the minister"));
        assert_eq!(interface_word_count("Click the buttons at the top to view them"), 2);
        assert!(is_link_list_marker(" Read More "));
    }

    /// The length limits that let the checks skip long lines and lower-case on the stack hold
    /// for every entry of the lists.
    #[test]
    fn every_entry_fits_the_length_limits() {
        assert!(FURNITURE_LINES.entries().all(|l| l.len() < 64), "a furniture line (with a `?` added) fits 64 bytes");
        assert!(INTERFACE_WORDS.entries().all(|w| w.len() <= 12), "an interface word fits the 12-byte buffer");
        assert!(LINK_LIST_MARKERS.entries().all(|m| m.len() <= 24), "a link-list marker fits 24 bytes");
        let months: Vec<&str> = MONTHS.entries().collect();
        assert_eq!(months.len(), 12);
        assert!(months.iter().all(|m| (3..=9).contains(&m.len())), "month_number's length check");
        assert_eq!(currency_prefix("Rs"), Some("INR"));
        assert_eq!(currency_prefix("EUR"), Some("EUR"));
        assert_eq!(currency_prefix("Eur"), None);
        assert!(is_currency_code("BTC") && !is_currency_code("btc"));
    }
}
