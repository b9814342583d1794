//! Hedges before a number ("at least", "nearly", "about", "up to") and the interval each makes of
//! the value: shared by `figures` (comparing figures across a story) and `claims` (comparing
//! numbers inside one statement), so both read "at least 100" the same way.

use crate::hash::FastMap;
use crate::lists::WordList;
use std::sync::OnceLock;

static HEDGES: WordList = WordList::new("hedges.txt", include_str!(concat!(env!("OUT_DIR"), "/data/hedges.txt")));

/// How far above a lower bound ("at least 100") a value is still the same tally (112 is, 210 is
/// not): "at least 30" in a report is a tally so far.
pub const AT_LEAST_REACH: f64 = 1.25;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hedge {
    /// [v, v * AT_LEAST_REACH]: "at least", "more than", "over".
    AtLeast,
    /// [0, v]: "up to", "as many as", "fewer than".
    AtMost,
    /// [0.9 v, v]: "nearly", "almost", "close to".
    Nearly,
    /// [0.95 v, 1.05 v]: "about", "around", "some" ("around 60 km" is not 65 km).
    About,
}

/// The readings by their index in the table (the table holds indices: a map of `usize`
/// values is a type the wasm has already, for the figure cues).
const READINGS: [Hedge; 4] = [Hedge::AtLeast, Hedge::AtMost, Hedge::Nearly, Hedge::About];

fn table() -> &'static FastMap<&'static str, usize> {
    static T: OnceLock<FastMap<&'static str, usize>> = OnceLock::new();
    T.get_or_init(|| {
        HEDGES
            .rows()
            .filter_map(|row| {
                let reading = ["at-least", "at-most", "nearly", "about"].iter().position(|r| Some(r) == row.get(1))?;
                Some((row[0], reading))
            })
            .collect()
    })
}

/// Whether a folded word is a hedge of one word ("over", "about").
pub fn is_hedge(word: &str) -> bool {
    table().contains_key(word)
}

/// The hedge that ends just before a number, given the folded words before it (`None` for a
/// token that is not a word), nearest last: its reading and how many words it takes (an article
/// between hedge and number included: "close to a hundred").
pub fn before(words: &[Option<&str>]) -> Option<(Hedge, usize)> {
    let mut end = words.len();
    let article = end > 0 && matches!(words[end - 1], Some("a" | "an")) && !(end > 1 && words[end - 2] == Some("an"));
    if article {
        end -= 1;
    }
    for n in (1..=3).rev() {
        if end < n {
            continue;
        }
        let phrase: Option<Vec<&str>> = words[end - n..end].iter().copied().collect();
        let Some(phrase) = phrase else { continue };
        if let Some(&h) = table().get(phrase.join(" ").as_str()) {
            return Some((READINGS[h], words.len() - (end - n)));
        }
    }
    None
}

/// The interval a hedged value stands for.
pub fn interval(low: f64, high: f64, hedge: Option<Hedge>) -> (f64, f64) {
    match hedge {
        Some(Hedge::AtLeast) => (low, low * AT_LEAST_REACH),
        Some(Hedge::AtMost) => (0.0, high),
        Some(Hedge::Nearly) => (low * 0.9, high),
        Some(Hedge::About) => (low * 0.95, high * 1.05),
        None => (low, high),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hedges_are_read_longest_first_over_an_article() {
        let read = |s: &str| before(&s.split(' ').map(Some).collect::<Vec<_>>());
        assert_eq!(read("killing at least"), Some((Hedge::AtLeast, 2)));
        assert_eq!(read("injuring close to a"), Some((Hedge::Nearly, 3)));
        assert_eq!(read("as many as"), Some((Hedge::AtMost, 3)));
        assert_eq!(read("killed"), None);
        // A tally that has passed a round figure (written with the data lines).
        assert_eq!(read("has gone past"), Some((Hedge::AtLeast, 2)));
        assert_eq!(read("toll topped"), Some((Hedge::AtLeast, 1)));
        assert_eq!(before(&[Some("about"), None]), None, "a hedge ends right before the number");
    }

    #[test]
    fn intervals() {
        assert_eq!(interval(100.0, 100.0, Some(Hedge::AtLeast)), (100.0, 125.0));
        assert_eq!(interval(50.0, 50.0, Some(Hedge::AtMost)), (0.0, 50.0));
        assert_eq!(interval(12.0, 15.0, None), (12.0, 15.0));
    }
}
