//! Places' names that are people's surnames: "Montenegro" is Luis Montenegro wherever it stands
//! alone, if the corpus never uses it as a place (no demonym, never "in Montenegro").

use super::candidates::Candidate;
use super::groups::{GazMentions, Group};
use super::spelling::variant_key;
use super::Merge;
use crate::gazetteer::{gazetteer, GazKind};
use crate::hash::FastMap;

/// Moves the mentions of each one-word gazetteer place that is the surname of exactly one full
/// name in the corpus, and never used as a place, to that person.
pub(super) fn merge(groups: &mut [Group], gaz_mentions: &mut GazMentions, cands: &[Candidate]) {
    let g = gazetteer();
    let mut by_surname: FastMap<&str, Vec<usize>> = FastMap::default();
    for (gi, gr) in groups.iter().enumerate() {
        if gr.is_live() && gr.reads_as_full_name() {
            by_surname.entry(gr.key.rsplit(' ').next().unwrap_or("")).or_default().push(gi);
        }
    }
    let mut people: Vec<(usize, usize)> = Vec::new();
    for (id, mentions) in gaz_mentions.iter().enumerate().filter(|(_, m)| !m.is_empty()) {
        let entry = &g.entries[id];
        if entry.kind == GazKind::Organisation || entry.name.contains(' ') {
            continue;
        }
        let Some(&[person]) = by_surname.get(variant_key(entry.name).as_str()).map(Vec::as_slice) else { continue };
        let as_place = mentions.iter().any(|m| m.demonym || cands[m.cand].place_hint);
        if !as_place {
            people.push((id, person));
        }
    }
    for (id, person) in people {
        let name = g.entries[id].name;
        let full = groups[person].longest_surface();
        let gr = &mut groups[person];
        // Taken: the gazetteer entity left with no mentions is dropped when the entities are built.
        for m in gaz_mentions.get_mut(id).map(std::mem::take).unwrap_or_default() {
            gr.mentions.push(m.cand);
            *gr.surfaces.slot(cands[m.cand].surface()) += 1;
        }
        gr.merges.push(Merge {
            alias: name.to_string(),
            reason: format!("surname of \"{full}\" (the corpus never uses {name} as a place)"),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::super::groups::testing::{gaz, grouped};
    use super::*;

    #[test]
    fn a_place_never_used_as_one_is_the_persons_surname() {
        // (texts, place, the person it should become, or None to stay the place).
        let cases: &[(&[&str], &str, Option<&str>)] = &[
            (
                &["Prime Minister Luis Montenegro won.", "Montenegro said he would govern."],
                "Montenegro",
                Some("Luis Montenegro"),
            ),
            (&["Michael Jordan spoke. Aid arrived in Jordan on Monday.", "Jordan said so."], "Jordan", None),
            (&["Michael Jordan spoke. Jordanian aid arrived.", "Jordan said so."], "Jordan", None),
            (&["Michael Jordan spoke. Anna Jordan spoke.", "Jordan said so."], "Jordan", None),
            (&["Luis Montenegro won.", "Montenegro said so."], "Montenegro", Some("Luis Montenegro")),
        ];
        for (texts, place, person) in cases {
            let mut g = grouped(texts);
            merge(&mut g.groups, &mut g.gaz_mentions, &g.cands);
            let id = gaz(place);
            let kept = g.gaz_mentions.get(id).is_some_and(|found| !found.is_empty());
            assert_eq!(kept, person.is_none(), "{texts:?}: the place keeps its mentions");
            if let Some(person) = person {
                let gr = g.owner(person).unwrap();
                assert!(gr.surfaces.contains_key(*place), "{texts:?}");
                assert!(gr.merges.iter().any(|m| m.alias == *place && m.reason.starts_with("surname of")));
            }
        }
    }
}
