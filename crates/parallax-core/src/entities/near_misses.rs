//! Near misses of gazetteer names: "Uraine" is a misspelling of Ukraine when it is one letter
//! off exactly one gazetteer name, rare, and not a name of its own.

use super::groups::{Fate, GazMentions, Group};
use super::spelling::one_edit_apart;
use crate::gazetteer::{self, gazetteer};

/// The gazetteer entry a one-word name misspells: the only entry one edit away from its key
/// (both five letters or more, so short words do not match by chance).
fn misspelt_entry(surface: &str) -> Option<usize> {
    let key = gazetteer::key(surface);
    if key.chars().count() < 5 {
        return None;
    }
    // The entry's name is five letters or more too: a letter put into a short name is often
    // another name ("Lagos" is no misspelling of Laos), but for an "s" after it ("NATOs").
    let long_enough = |name: &str| name.chars().count() >= 5 || key.strip_suffix('s') == Some(name);
    let mut hits: Vec<usize> = gazetteer()
        .near(&key)
        .filter(|(name, _)| long_enough(name) && one_edit_apart(name, &key))
        .map(|(_, id)| id)
        .collect();
    crate::order::sort(&mut hits);
    hits.dedup();
    match hits[..] {
        [id] => Some(id),
        _ => None,
    }
}

/// Marks live one-word names mentioned at most twice, never after a title ("Chad" after
/// "President" is a person), as misspellings of the gazetteer entry they miss by one letter, when
/// the corpus also names that entry as spelt (a slip for "Ukraine" is in stories that name
/// Ukraine; "Taraba", a Nigerian state, in a story that never names Tarawa, is a place of its own).
pub(super) fn mark(groups: &mut [Group], gaz_mentions: &GazMentions) {
    for gr in groups.iter_mut() {
        // A word in capitals is a name of its own written so (an agency, "ANTARA"), or a
        // dateline, read as written: not a slip for "Ankara".
        let shouted = gr.first_surface().chars().all(|c| !c.is_lowercase());
        if !gr.is_live() || !gr.is_single_word() || gr.mentions.len() > 2 || gr.evidence.titled > 0 || shouted {
            continue;
        }
        if let Some(id) = misspelt_entry(gr.first_surface()).filter(|&id| !gaz_mentions[id].is_empty()) {
            gr.fate = Fate::Misspelling(id);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::groups::testing::{gaz, grouped};
    use super::*;

    #[test]
    fn one_letter_off_one_entry_is_a_misspelling() {
        let cases = [
            ("Uraine", Some("Ukraine")),
            ("Ukrane", Some("Ukraine")),
            ("Germny", Some("Germany")),
            ("Kyev", None),
            ("Lagos", None),
            ("NATOs", Some("North Atlantic Treaty Organization")),
            ("Macron", None),
        ];
        for (surface, entry) in cases {
            assert_eq!(misspelt_entry(surface), entry.map(gaz), "{surface}");
        }
    }

    #[test]
    fn only_rare_untitled_single_words_are_marked() {
        let cases: &[(&str, &str, bool)] = &[
            ("Drones hit Uraine overnight. Ukraine said so.", "Uraine", true),
            ("Drones hit Uraine. Then Uraine said so. Later Uraine spoke. Ukraine said so.", "Uraine", false),
            ("Then President Uraine spoke. Ukraine said so.", "Uraine", false),
            ("Drones hit Uraine Lopan overnight. Ukraine said so.", "Uraine Lopan", false),
            // (Written with the rule: a word in capitals is read as written.)
            ("Then URAINE reported it. Ukraine said so.", "URAINE", false),
            // Written with the rule: a story that never names the entry as spelt.
            ("Drones hit Uraine overnight.", "Uraine", false),
        ];
        for (text, surface, marked) in cases {
            let mut g = grouped(&[text]);
            mark(&mut g.groups, &g.gaz_mentions);
            assert_eq!(g.fate(surface) == Fate::Misspelling(gaz("Ukraine")), *marked, "{text}");
        }
    }
}
