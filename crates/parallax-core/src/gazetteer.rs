//! The gazetteer: countries with their aliases, demonyms and capitals; continents and regions;
//! international bodies. General-purpose data from `data/gazetteer.txt`, parsed once.

use crate::hash::{FastMap, FastSet};
use std::sync::OnceLock;

use crate::fold::{fold, strip_accents};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GazKind {
    Country,
    Region,
    Organisation,
    City,
}

#[derive(Debug, Clone)]
pub struct GazEntry {
    pub name: &'static str,
    pub kind: GazKind,
    /// For a capital, the country it is the capital of.
    pub country: Option<usize>,
}

#[derive(Debug, Default)]
pub struct Gazetteer {
    pub entries: Vec<GazEntry>,
    names: FastMap<String, usize>,
    demonyms: FastMap<String, usize>,
    /// First words of names longer than one word: only these can start a multi-word match.
    first_words: FastSet<String>,
    /// The most words any name has, to bound longest-match lookups.
    pub max_words: usize,
    /// Keys of abbreviations written with a capital and a full stop ("Fla.", "Ga."): short, but
    /// not words.
    abbreviations: FastSet<String>,
}

/// The comparison key of a name: folded, accents and dots removed ("U.S." = "US", "Élysée" = "Elysee").
pub fn key(s: &str) -> String {
    // Plain single words (the common case) need no accent or space handling.
    if s.is_ascii() && !s.contains(['.', ' ', '\t', '\n', '`']) {
        return s.to_ascii_lowercase();
    }
    // One pass: fold, strip accents, drop dots, collapse white space.
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in strip_accents(&fold(s)).chars() {
        if c == '.' {
            continue;
        }
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.push(c);
    }
    out
}

/// Calls `f` with the key of `s`, without allocating for a short plain word (the common case:
/// every capitalised word of every sentence is looked up, most of them in vain).
fn with_key<T>(s: &str, f: impl FnOnce(&str) -> T) -> T {
    const SHORT: usize = 48;
    if s.len() <= SHORT && s.is_ascii() && !s.contains(['.', ' ', '\t', '\n', '`']) {
        let mut buf = [0u8; SHORT];
        let lower = &mut buf[..s.len()];
        lower.copy_from_slice(s.as_bytes());
        lower.make_ascii_lowercase();
        if let Ok(k) = std::str::from_utf8(lower) {
            return f(k);
        }
    }
    f(&key(s))
}

impl Gazetteer {
    fn parse(data: &'static str) -> Gazetteer {
        let mut g = Gazetteer::default();
        for line in data.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let f: Vec<&'static str> = line.split('|').collect();
            let kind = match f[0] {
                "C" => GazKind::Country,
                "R" => GazKind::Region,
                _ => GazKind::Organisation,
            };
            let id = g.entries.len();
            g.entries.push(GazEntry { name: f[1], kind, country: None });
            g.add_name(f[1], id);
            for alias in f.get(2).unwrap_or(&"").split(';').filter(|a| !a.is_empty()) {
                g.add_name(alias, id);
                if alias.ends_with('.') && alias.chars().any(char::is_lowercase) {
                    g.abbreviations.insert(key(alias));
                }
            }
            for demonym in f.get(3).unwrap_or(&"").split(';').filter(|a| !a.is_empty()) {
                g.demonyms.entry(key(demonym)).or_insert(id);
            }
            for capital in f.get(4).unwrap_or(&"").split(';').filter(|a| !a.is_empty()) {
                let mut spellings = capital.split('=');
                let Some(name) = spellings.next() else { continue };
                if let Some(&existing) = g.names.get(&key(name)) {
                    // A city-state: the capital shares the country's name; the country wins.
                    let _ = existing;
                    continue;
                }
                let cid = g.entries.len();
                g.entries.push(GazEntry { name, kind: GazKind::City, country: Some(id) });
                g.add_name(name, cid);
                for other in spellings {
                    g.add_name(other, cid);
                }
            }
        }
        g
    }

    fn add_name(&mut self, name: &str, id: usize) {
        let k = key(name);
        if let Some((first, _)) = k.split_once(' ') {
            self.first_words.insert(first.to_string());
        }
        self.max_words = self.max_words.max(k.split(' ').count());
        self.names.entry(k).or_insert(id);
    }

    /// The entry a name (or alias) refers to. All-capital aliases ("US", "EU") only match when
    /// written in capitals, so the pronoun "us" is never the United States.
    pub fn lookup(&self, written: &str) -> Option<usize> {
        let id = with_key(written, |k| self.names.get(k).copied()).or_else(|| self.formal(written))?;
        // A short name written partly in lower case ("us", "Uk") is a word, not the country.
        let letters: usize = written.chars().filter(|c| c.is_alphabetic()).map(char::len_utf8).sum();
        // "Fla" (of "Fla.") is an abbreviation the list gives, not a word.
        let abbreviation =
            written.starts_with(char::is_uppercase) && with_key(written, |k| self.abbreviations.contains(k));
        if letters <= 3
            && written.chars().any(|c| c.is_alphabetic() && c.is_lowercase())
            && self.entries[id].name.len() > letters
            && !abbreviation
        {
            return None;
        }
        Some(id)
    }

    /// The country a formal name the list does not give stands for: "Federal Republic of
    /// Nigeria", "Republic of Kenya", "Kingdom of Saudi Arabia" (the list's own formal names come
    /// first: "Republic of China" is Taiwan).
    fn formal(&self, written: &str) -> Option<usize> {
        let k = key(written);
        let (form, rest) = k.split_once(" of ")?;
        const FORM_WORDS: [&str; 10] = [
            "republic", "kingdom", "state", "federal", "democratic", "islamic", "people's", "united", "commonwealth",
            "sultanate",
        ];
        let stated = form.split(' ').all(|w| FORM_WORDS.contains(&w))
            && form.split(' ').any(|w| matches!(w, "republic" | "kingdom" | "state" | "commonwealth" | "sultanate"));
        let id = stated.then(|| self.names.get(rest.strip_prefix("the ").unwrap_or(rest)).copied()).flatten()?;
        (self.entries[id].kind == GazKind::Country).then_some(id)
    }

    /// The country (or region) a demonym belongs to: "Russian" -> Russia, "European" -> Europe.
    pub fn demonym(&self, written: &str) -> Option<usize> {
        // "Nepalis", "Kenyans": a plural the list does not give is its singular's.
        with_key(written, |k| self.demonyms.get(k).copied()).or_else(|| {
            let one = written.strip_suffix('s')?;
            with_key(one, |k| self.demonyms.get(k).copied())
        })
    }

    /// Can a name of several words start with this word?
    pub fn starts_multiword(&self, word: &str) -> bool {
        with_key(word, |k| self.first_words.contains(k))
    }

    /// Every name and alias key, for near-miss (typo) matching.
    pub fn names(&self) -> impl Iterator<Item = (&String, &usize)> {
        self.names.iter()
    }

    /// Single-word names that start with the same letter as `key` and are within one letter of
    /// its length: the only ones a one-letter typo of `key` can be.
    pub fn near(&self, key: &str) -> impl Iterator<Item = (&str, usize)> {
        // The single-word names, sorted: those starting with one letter stand together (a sorted
        // list, not a map by letter: one more map type in the wasm for this one index).
        static SINGLE: OnceLock<Vec<(String, usize)>> = OnceLock::new();
        let index = SINGLE.get_or_init(|| {
            let mut v: Vec<(String, usize)> =
                gazetteer().names.iter().filter(|(n, _)| !n.contains(' ')).map(|(n, &id)| (n.clone(), id)).collect();
            crate::order::sort(&mut v);
            v
        });
        let len = key.len();
        let first: String = key.chars().take(1).collect();
        let from = index.partition_point(|(n, _)| n.as_str() < first.as_str());
        index[from..]
            .iter()
            .take_while(move |(n, _)| !first.is_empty() && n.starts_with(first.as_str()))
            .filter(move |(n, _)| n.len().abs_diff(len) <= 1)
            .map(|(n, id)| (n.as_str(), *id))
    }
}

/// The shared gazetteer.
pub fn gazetteer() -> &'static Gazetteer {
    static G: OnceLock<Gazetteer> = OnceLock::new();
    G.get_or_init(|| Gazetteer::parse(include_str!(concat!(env!("OUT_DIR"), "/data/gazetteer.txt"))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_aliases_demonyms_and_capitals() {
        let g = gazetteer();
        let us = g.lookup("United States").unwrap();
        for alias in ["U.S.", "US", "USA", "America"] {
            assert_eq!(g.lookup(alias), Some(us), "{alias}");
        }
        assert_eq!(g.lookup("us"), None, "the pronoun is not a country");
        let name = |w: &str| g.lookup(w).map(|i| g.entries[i].name);
        assert_eq!(name("Federal Republic of Nigeria"), Some("Nigeria"), "a formal name");
        assert_eq!(name("Kingdom of Saudi Arabia"), Some("Saudi Arabia"));
        assert_eq!(name("Republic of China"), Some("Taiwan"), "the list's own formal names first");
        assert_eq!(name("Bank of Kenya"), None);
        // A state's abbreviation, written with its capital ("MIAMI, Fla."), is the state.
        assert_eq!(g.lookup("Fla").map(|i| g.entries[i].name), Some("Florida"));
        assert_eq!(g.lookup("fla"), None);
        // (Written with the list line: "According to Amnesty" is the body.)
        assert_eq!(g.lookup("Amnesty").map(|i| g.entries[i].name), Some("Amnesty International"));
        let eu = g.lookup("EU").unwrap();
        assert_eq!(g.entries[eu].name, "European Union");
        assert_eq!(g.demonym("Russian").map(|i| g.entries[i].name), Some("Russia"));
        assert_eq!(g.demonym("European").map(|i| g.entries[i].name), Some("Europe"));
        assert_eq!(g.demonym("Nepalis").map(|i| g.entries[i].name), Some("Nepal"), "a plural the list leaves out");
        // (Written with the list line: "Saudi Arabian refugees" named a country.)
        assert_eq!(g.demonym("Saudi Arabian").map(|i| g.entries[i].name), Some("Saudi Arabia"));
        let kyiv = g.lookup("Kiev").unwrap();
        assert_eq!(g.entries[kyiv].name, "Kyiv");
        assert_eq!(g.entries[kyiv].kind, GazKind::City, "a city is not its country");
        assert_eq!(g.entries[g.entries[kyiv].country.unwrap()].name, "Ukraine");
        assert_eq!(g.lookup("Élysée Palace").map(|i| g.entries[i].name), Some("Elysee"));
    }
}
