//! Building the public entities: one per gazetteer entry mentioned (with its aliases, demonyms
//! and misspellings) and one per live name group (named by its fullest form, typed by its words
//! and evidence), then ordered and given ids.

use super::candidates::Candidate;
use super::groups::{Fate, GazMentions, Group};
use super::vocabulary::{is_acronym, is_connector, keyword_kind};
use super::{Entity, EntityKind, Merge};
use crate::gazetteer::{self, gazetteer, GazKind};
use crate::hash::FastSet;
use crate::ingest::Document;
use crate::text::fold;

fn entity(name: String, kind: EntityKind) -> Entity {
    Entity {
        id: String::new(),
        name,
        kind,
        aliases: Vec::new(),
        demonyms: Vec::new(),
        mentions: Vec::new(),
        merges: Vec::new(),
    }
}

/// The entities of the gazetteer entries the corpus mentions, by entry: their mentions, the
/// aliases and demonyms they were written as, and the groups that misspell them.
pub(super) fn gazetteer_entities(gaz_mentions: &GazMentions, groups: &[Group], cands: &[Candidate]) -> Vec<Entity> {
    let g = gazetteer();
    // By gazetteer entry, as `gaz_mentions`: vectors, not B-trees, for the wasm's size.
    let mut misspellings: Vec<Vec<&Group>> = (0..g.entries.len()).map(|_| Vec::new()).collect();
    for gr in groups {
        if let Fate::Misspelling(id) = gr.fate {
            if let Some(found) = misspellings.get_mut(id) {
                found.push(gr);
            }
        }
    }
    let mentioned = |id: &usize| {
        gaz_mentions.get(*id).is_some_and(|m| !m.is_empty()) || misspellings.get(*id).is_some_and(|m| !m.is_empty())
    };
    let ids: Vec<usize> = (0..g.entries.len()).filter(mentioned).collect();
    let mut entities = Vec::with_capacity(ids.len());
    for id in ids {
        let entry = &g.entries[id];
        let kind = match entry.kind {
            GazKind::Country => EntityKind::Country,
            GazKind::Region | GazKind::City => EntityKind::Place,
            GazKind::Organisation => EntityKind::Organisation,
        };
        let mut e = entity(entry.name.to_string(), kind);
        let (mut aliases, mut demonyms) = (FastSet::default(), FastSet::default());
        let found = gaz_mentions.get(id).map(Vec::as_slice).unwrap_or(&[]);
        // Exactly: a country's mentions in 10,000 documents run to six figures, and doubling
        // left a quarter of 26 MiB unused at the analysis' peak.
        e.mentions.reserve_exact(
            found.len() + misspellings.get(id).map_or(0, |grs| grs.iter().map(|gr| gr.mentions.len()).sum()),
        );
        for m in found {
            let c = &cands[m.cand];
            e.mentions.push(c.mention(m.demonym));
            let s = c.surface();
            if m.demonym {
                if demonyms.insert(s.clone()) {
                    e.demonyms.push(s.clone());
                    e.merges.push(Merge { alias: s, reason: format!("demonym of {} (gazetteer)", entry.name) });
                }
            } else if s != entry.name && aliases.insert(s.clone()) {
                e.aliases.push(s.clone());
                e.merges.push(Merge { alias: s, reason: format!("alias of {} (gazetteer)", entry.name) });
            }
        }
        for gr in misspellings.get(id).map(Vec::as_slice).unwrap_or(&[]) {
            e.mentions.extend(gr.mentions.iter().map(|&ci| cands[ci].mention(false)));
            let surface = gr.first_surface().to_string();
            e.aliases.push(surface.clone());
            let reason = format!("likely misspelling of {} (one letter apart)", entry.name);
            e.merges.push(Merge { alias: surface, reason });
        }
        entities.push(e);
    }
    entities
}

/// The entities of the live name groups, in group order.
pub(super) fn name_entities(groups: &[Group], cands: &[Candidate], docs: &[Document]) -> Vec<Entity> {
    let mut entities = Vec::new();
    for gr in groups.iter().filter(|g| g.is_live()) {
        let read = display_name(gr);
        // Shown as the reports write it: "St. Mary's Hospital", "Social Workers' General Union"
        // (the form read for matching drops a saint's dot and a plural's apostrophe).
        let shown = gr.mentions.iter().find_map(|&ci| {
            let c = &cands[ci];
            let written = docs.get(c.doc())?.text.get(c.start()..c.end())?;
            (c.surface() == read).then(|| as_written(&read, written)).flatten()
        });
        let name = shown.unwrap_or_else(|| read.clone());
        let words: Vec<&str> = read.split(' ').collect();
        let mut e = entity(name.clone(), kind_of(gr, &words));
        e.mentions = gr.mentions.iter().map(|&ci| cands[ci].mention(false)).collect();
        e.aliases = gr.surfaces.keys().filter(|s| **s != read).cloned().collect();
        e.merges = gr.merges.clone();
        entities.push(e);
    }
    entities
}

/// The text of a mention as written, white space made single, if it differs from its read form
/// `surface` only by dots and apostrophes ("St. Amant" for "St Amant"); None otherwise (a span
/// with a line break, a word the reading left out).
fn as_written(surface: &str, written: &str) -> Option<String> {
    let written = written.split_whitespace().collect::<Vec<_>>().join(" ");
    let bare = |s: &str| -> String {
        s.replace("'s", "").replace("\u{2019}s", "").chars().filter(|c| !matches!(c, '.' | '\'' | '\u{2019}')).collect()
    };
    (written != surface && bare(&written) == bare(surface)).then_some(written)
}

/// The form a group is shown by: most words, then most often written, then first in order; not
/// another name a report states ("born Adrian Russell Elms"), which stays an alias.
fn display_name(gr: &Group) -> String {
    let stated = |s: &String| gr.merges.iter().any(|m| m.alias == *s && m.reason.contains(super::stated::ANOTHER_NAME));
    let rank = |(surface, count): (&String, &usize)| {
        (!stated(surface), surface.split(' ').count(), *count, std::cmp::Reverse(surface.clone()))
    };
    gr.surfaces.iter().max_by(|&a, &b| rank(a).cmp(&rank(b))).map(|(s, _)| s.clone()).unwrap_or_default()
}

/// The kind of a group named `words`: a kind word in the name decides, the last one first;
/// then the evidence (titles, organisation nouns, place words), then the name's shape.
pub(super) fn kind_of(group: &Group, words: &[&str]) -> EntityKind {
    if let Some(kind) = words.iter().rev().find_map(|w| keyword_kind(&fold(w))) {
        return kind;
    }
    // "Hurricane Michael", "Typhoon Gaemi", "Storm Daniel": a storm named like a person is an
    // event, never a speaker. Not a kind word of the list (a kind word keeps a name from being
    // the full name its short form "Gaemi" means).
    let storm = |w: &str| matches!(fold(w).as_str(), "hurricane" | "typhoon" | "cyclone" | "storm" | "tropical");
    if words.len() > 1 && storm(words[0]) {
        return EntityKind::Event;
    }
    let seen = &group.evidence;
    if seen.honorific > 0 {
        return EntityKind::Person;
    }
    if seen.org > seen.titled {
        return EntityKind::Organisation;
    }
    // "The Governor of São Paulo state" titles no one: a name written as a place more often than
    // after a title is the place.
    if seen.titled > seen.place {
        return EntityKind::Person;
    }
    if seen.place > seen.agent {
        return EntityKind::Place;
    }
    // People are not named after a nation ("Baltic Wind", "Russian Orthodox"): a company or
    // an institution, when it acts or is "the ..."; otherwise left untyped.
    if words.len() > 1 && gazetteer().demonym(words[0]).is_some() {
        return if seen.agent + seen.article + seen.org > 0 { EntityKind::Organisation } else { EntityKind::Other };
    }
    let longest = group.surfaces.keys().map(|s| s.split(' ').count()).max().unwrap_or(1);
    let has_connector = group.surfaces.keys().any(|s| s.split(' ').any(is_connector));
    if words.len() == 1 && is_acronym(words[0]) {
        return EntityKind::Organisation;
    }
    if (2..=4).contains(&longest) && !has_connector && seen.article == 0 {
        return EntityKind::Person;
    }
    // "Tarcísio Gomes de Freitas", "Luiz Inácio Lula da Silva": a particle of a family name after
    // two names or more is a person's; "Coalition of the Willing" and "Capela de Vinhedo" are not.
    let persons = |s: &String| {
        let w: Vec<&str> = s.split(' ').collect();
        w.iter()
            .position(|x| is_connector(x))
            .is_none_or(|first| first >= 2 && w.len() <= 5 && w.iter().all(|x| !matches!(*x, "of" | "the" | "for")))
    };
    if has_connector && group.surfaces.keys().all(persons) {
        return EntityKind::Person;
    }
    if has_connector {
        return EntityKind::Group;
    }
    EntityKind::Other
}

/// Drops entities left without mentions, orders the rest by mentions (most first) then name,
/// and gives each a unique id from its name.
pub(super) fn finish(entities: &mut Vec<Entity>) {
    entities.retain(|e| !e.mentions.is_empty());
    crate::order::sort_by(entities, |a, b| b.mentions.len().cmp(&a.mentions.len()).then_with(|| a.name.cmp(&b.name)));
    let mut used = FastSet::default();
    for e in entities.iter_mut() {
        let base = slug(&e.name);
        let mut id = base.clone();
        let mut n = 2;
        while !used.insert(id.clone()) {
            id = format!("{base}-{n}");
            n += 1;
        }
        e.id = id;
    }
}

/// "Emmanuel Macron" -> "emmanuel-macron".
pub fn slug(name: &str) -> String {
    let k = gazetteer::key(name);
    let mut out = String::new();
    for c in k.chars() {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let trimmed = out.trim_end_matches('-').to_string();
    if trimmed.is_empty() {
        "entity".to_string()
    } else {
        trimmed
    }
}

#[cfg(test)]
mod tests {
    use super::super::groups::testing::{gaz, grouped};
    use super::super::groups::Evidence;
    use super::super::near_misses;
    use super::super::Mention;
    use super::*;

    /// A group written as `surfaces` (each once) with the given evidence.
    fn group(surfaces: &[&str], evidence: Evidence) -> Group {
        let mut gr = Group::new(String::new());
        gr.surfaces = surfaces.iter().map(|s| (s.to_string(), 1)).collect();
        gr.evidence = evidence;
        gr
    }

    #[test]
    fn kinds_come_from_words_then_evidence_then_shape() {
        let none = Evidence::default();
        let cases: &[(&[&str], Evidence, EntityKind)] = &[
            (&["Nordvik Energy"], none, EntityKind::Organisation),
            (&["Red Square"], Evidence { titled: 3, ..none }, EntityKind::Place),
            (&["Coalition of the Willing"], none, EntityKind::Group),
            (&["Paris Summit"], none, EntityKind::Event),
            (&["Tedros"], Evidence { honorific: 1, org: 2, ..none }, EntityKind::Person),
            (&["Belta"], Evidence { org: 1, ..none }, EntityKind::Organisation),
            (&["Biden"], Evidence { titled: 1, ..none }, EntityKind::Person),
            (&["Riverton"], Evidence { place: 2, agent: 1, ..none }, EntityKind::Place),
            (&["Baltic Wind"], none, EntityKind::Other),
            (&["Baltic Wind"], Evidence { agent: 1, ..none }, EntityKind::Organisation),
            (&["KGB"], none, EntityKind::Organisation),
            (&["Ingrid Solberg"], none, EntityKind::Person),
            (&["Ingrid Solberg"], Evidence { article: 1, ..none }, EntityKind::Other),
            (&["Nordvik"], none, EntityKind::Other),
            // Written with the rule (invented names): a family name's particle after two names.
            (&["Erik Holm de Velm"], none, EntityKind::Person),
            (&["Sara Lind da Costa", "Sara Lind"], none, EntityKind::Person),
            (&["Capela de Velm"], none, EntityKind::Group),
            // Written with the rule: more often a place than after a title ("the Governor of
            // Velm state", "in Velm").
            (&["Velm"], Evidence { titled: 1, place: 3, ..none }, EntityKind::Place),
        ];
        for (surfaces, evidence, kind) in cases {
            let gr = group(surfaces, *evidence);
            let name = display_name(&gr);
            let words: Vec<&str> = name.split(' ').collect();
            assert_eq!(kind_of(&gr, &words), *kind, "{surfaces:?} {evidence:?}");
        }
    }

    #[test]
    fn names_are_shown_with_the_dots_and_apostrophes_written() {
        let cases = [
            ("St Amant", "St. Amant", Some("St. Amant")),
            ("St Mary Hospital", "St. Mary's Hospital", Some("St. Mary's Hospital")),
            (
                "Velm Social Workers General Union",
                "Velm Social Workers' General\nUnion",
                Some("Velm Social Workers' General Union"),
            ),
            ("Erik Holm", "Erik Holm", None),
            ("Erik Holm", "Erik of Holm", None),
        ];
        for (surface, written, expected) in cases {
            assert_eq!(as_written(surface, written).as_deref(), expected, "{written}");
        }
    }

    #[test]
    fn display_names_are_the_fullest_most_written_form() {
        let mut gr = group(&["Macron", "Emmanuel Macron", "Emmanuel MACRON"], Evidence::default());
        assert_eq!(display_name(&gr), "Emmanuel MACRON", "ties go to the first in sorted order");
        *gr.surfaces.get_mut("Emmanuel Macron").unwrap() += 1;
        assert_eq!(display_name(&gr), "Emmanuel Macron");
    }

    #[test]
    fn gazetteer_entities_gather_aliases_demonyms_and_misspellings() {
        let mut g = grouped(&["The U.S. and Ukraine agreed. Ukrainian troops moved. Drones hit Uraine."]);
        near_misses::mark(&mut g.groups, &g.gaz_mentions);
        let es = gazetteer_entities(&g.gaz_mentions, &g.groups, &g.cands);
        let find = |name: &str| es.iter().find(|e| e.name == name).expect(name);
        let (us, ua) = (find("United States"), find("Ukraine"));
        assert_eq!((us.mentions.len(), &us.aliases[..], &us.demonyms[..]), (1, &["U.S.".to_string()][..], &[][..]));
        assert_eq!(ua.aliases, ["Uraine"]);
        assert_eq!(ua.demonyms, ["Ukrainian"]);
        assert_eq!((ua.mentions.len(), ua.merges.len()), (3, 2), "one merge for the demonym, one for the misspelling");
        assert!(es.windows(2).all(|w| gaz(&w[0].name) < gaz(&w[1].name)), "in gazetteer order");
    }

    #[test]
    fn ids_are_unique_slugs_and_order_is_by_mentions() {
        let mention = Mention { doc: 0, sentence: 0, start: 0, end: 1, demonym: false };
        let mut es = vec![
            entity("Émile Zola".into(), EntityKind::Person),
            entity("Emile Zola".into(), EntityKind::Person),
            entity("Nobody".into(), EntityKind::Person),
            entity("Zeta".into(), EntityKind::Person),
        ];
        es[0].mentions = vec![mention.clone()];
        es[1].mentions = vec![mention.clone()];
        es[3].mentions = vec![mention.clone(), mention];
        finish(&mut es);
        let ids: Vec<(&str, &str)> = es.iter().map(|e| (e.name.as_str(), e.id.as_str())).collect();
        assert_eq!(ids, [("Zeta", "zeta"), ("Emile Zola", "emile-zola"), ("Émile Zola", "emile-zola-2")]);
        let cases = [("Emmanuel Macron", "emmanuel-macron"), ("U.S.", "us"), ("...", "entity"), ("Kyiv's", "kyiv-s")];
        for (name, expected) in cases {
            assert_eq!(slug(name), expected, "{name}");
        }
    }
}
