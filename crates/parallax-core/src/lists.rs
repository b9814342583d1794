//! The engine's word lists, kept as plain-text data in `data/` and read through one loader.
//!
//! Every list is a file in `crates/parallax-core/data/`, embedded at compile time: a header of
//! `#` lines saying what the list is for and where its words come from, then one entry per line.
//! An entry is a word or phrase, or for lists of groups (synonyms, a word and its value) several
//! fields separated by ` | `. Blank lines and `#` lines are ignored; entries are written folded
//! (lower case) unless the list says otherwise. A module declares the lists it reads as statics
//! (`WordList::new(file, include_str!(...))`); a test (`tests/lists.rs`) reads every file in
//! `data/`, checks its header, and that no list holds a name from the seed corpus unless it is
//! general-purpose.
//!
//! Why data rather than arrays in code: a reader (or reviewer) sees every list the engine uses in
//! one folder, each with its provenance, and tuning a list to one story shows up in one place.

use crate::hash::FastSet;
use std::sync::OnceLock;

/// One embedded list: its text, and a set of its entries built on first lookup.
pub struct WordList {
    /// Only the unit tests name the list: kept in the app, the names of some seventy lists were
    /// 619 B of the single file (gzip).
    #[cfg(test)]
    name: &'static str,
    text: &'static str,
    set: OnceLock<FastSet<&'static str>>,
}

impl WordList {
    pub const fn new(name: &'static str, text: &'static str) -> Self {
        #[cfg(not(test))]
        let _ = name;
        WordList {
            #[cfg(test)]
            name,
            text,
            set: OnceLock::new(),
        }
    }

    /// The file name in `data/`, for the tests' messages.
    #[cfg(test)]
    pub fn name(&self) -> &'static str {
        self.name
    }

    /// The whole file, header included.
    pub fn text(&self) -> &'static str {
        self.text
    }

    /// The entries, in file order: trimmed lines that are neither blank nor `#` comments.
    pub fn entries(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
    }

    /// Entries split into their ` | `-separated fields, each trimmed.
    pub fn rows(&self) -> impl Iterator<Item = Vec<&'static str>> + '_ {
        self.entries().map(|l| l.split('|').map(str::trim).collect())
    }

    /// Whether `word` is an entry (whole line, as written). Constant time after the first call.
    pub fn contains(&self, word: &str) -> bool {
        self.set.get_or_init(|| self.entries().collect()).contains(word)
    }
}

/// Verbs that report speech ("said", "told", "warned"): who says a quote, and a name just
/// before one is an agent. One list for every module that needs it.
pub static SPEECH_VERBS: WordList =
    WordList::new("speech-verbs.txt", include_str!(concat!(env!("OUT_DIR"), "/data/speech-verbs.txt")));

/// Nouns of events ("earthquake", "cyclone", "crash"): a figure's event, and the word of a
/// storm's kind in its name. One list for every module that needs it.
pub static EVENT_NOUNS: WordList =
    WordList::new("event-nouns.txt", include_str!(concat!(env!("OUT_DIR"), "/data/event-nouns.txt")));

#[cfg(test)]
mod tests {
    use super::*;

    static SAMPLE: WordList =
        WordList::new("sample", "# what: a sample\n# source: made up\n\nalpha\n beta \n# gamma\nx | y\n");

    #[test]
    fn entries_skip_the_header_blank_lines_and_comments() {
        assert_eq!(SAMPLE.entries().collect::<Vec<_>>(), ["alpha", "beta", "x | y"]);
        assert!(SAMPLE.contains("beta"));
        assert!(!SAMPLE.contains("gamma"), "a comment is not an entry");
        assert!(!SAMPLE.contains("what: a sample"));
    }

    #[test]
    fn rows_split_on_bars() {
        assert_eq!(SAMPLE.rows().last(), Some(vec!["x", "y"]));
    }
}
