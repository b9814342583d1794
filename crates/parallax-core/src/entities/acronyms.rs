//! Acronyms merged into the name they abbreviate: "IRGC" is the "Islamic Revolutionary Guard
//! Corps" when the corpus spells it out; otherwise an acronym ("KGB") stays a name of its own.

use super::groups::{Fate, Group};
use super::vocabulary::{is_acronym, is_connector};
use super::Merge;
use crate::hash::FastMap;

/// The initials of a written name of two or more words, connectors left out
/// ("Coalition of the Willing" -> "CW"); None for a single word.
fn initials(surface: &str) -> Option<String> {
    let initials: String = surface.split(' ').filter(|w| !is_connector(w)).filter_map(|w| w.chars().next()).collect();
    (initials.chars().count() >= 2 && surface.contains(' ')).then_some(initials)
}

/// Merges each acronym into the live name whose initials spell it (the first such name, in
/// group order, if several do).
pub(super) fn merge(groups: &mut [Group]) {
    let live: Vec<usize> = (0..groups.len()).filter(|&i| groups[i].is_live()).collect();
    let mut by_initials: FastMap<String, usize> = FastMap::default();
    for &fi in &live {
        for s in groups[fi].surfaces.keys() {
            if let Some(initials) = initials(s) {
                by_initials.entry(initials).or_insert(fi);
            }
        }
    }
    for &ai in &live {
        let acronym = groups[ai].first_surface().to_string();
        if !is_acronym(&acronym) || !groups[ai].is_live() {
            continue;
        }
        let letters: String = acronym.chars().filter(|c| c.is_alphabetic()).collect();
        let Some(fi) = by_initials.get(&letters).copied().filter(|&fi| fi != ai && groups[fi].is_live()) else {
            continue;
        };
        // The acronym brings its mentions, one spelling and its body count; its other evidence
        // stays behind (the full name's own words type it).
        let mut moved = std::mem::take(&mut groups[ai].mentions);
        let body = groups[ai].evidence.body;
        groups[ai].fate = Fate::MergedInto(fi);
        let full = &mut groups[fi];
        let reason = format!("acronym of \"{}\"", full.first_surface());
        full.mentions.append(&mut moved);
        *full.surfaces.entry(acronym.clone()).or_default() += 1;
        full.evidence.body += body;
        full.merges.push(Merge { alias: acronym, reason });
    }
}

#[cfg(test)]
mod tests {
    use super::super::groups::testing::grouped;
    use super::super::groups::Group;
    use super::*;

    #[test]
    fn initials_skip_connectors() {
        let cases = [
            ("Islamic Revolutionary Guard Corps", Some("IRGC")),
            ("Coalition of the Willing", Some("CW")),
            ("Ursula von der Leyen", Some("UL")),
            ("Kremlin", None),
        ];
        for (surface, expected) in cases {
            assert_eq!(initials(surface).as_deref(), expected, "{surface}");
        }
    }

    #[test]
    fn acronyms_merge_into_the_name_they_spell() {
        // (texts, acronym, the name it should merge into, or None to stay itself).
        let cases: &[(&[&str], &str, Option<&str>)] = &[
            (
                &["The Islamic Revolutionary Guard Corps said so. Later the IRGC denied it."],
                "IRGC",
                Some("Islamic Revolutionary Guard Corps"),
            ),
            (&["Later the QRST said so."], "QRST", None),
            (&["Then Nordvik Energy agreed. Later NE agreed."], "NE", Some("Nordvik Energy")),
            (&["Then Nordvik Energy agreed. Later N.E. agreed."], "N.E.", Some("Nordvik Energy")),
            (&["Later Nordvik said so."], "Nordvik", None),
        ];
        for (texts, acronym, full) in cases {
            let mut g = grouped(texts);
            merge(&mut g.groups);
            let owner = g.owner(acronym).map(Group::longest_surface);
            assert_eq!(owner.as_deref(), Some(full.unwrap_or(acronym)), "{texts:?}");
            if let Some(full) = full {
                let gr = g.owner(acronym).unwrap();
                assert!(gr.merges.iter().any(|m| m.alias == *acronym && m.reason == format!("acronym of \"{full}\"")));
            }
        }
    }
}
