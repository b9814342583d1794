//! Lower-case mentions of multi-word names: names of groups, organisations, events, places and
//! things are often written in lower case too, whole or in part ("the so-called coalition of the
//! willing", "the Morandi bridge"), and those occurrences are mentions as well. Not people's.

use super::vocabulary::is_connector;
use super::{Entity, EntityKind, Mention};
use crate::hash::{FastMap, FastSet};
use crate::ingest::Document;
use crate::text::{fold, without_possessive, TokenKind};

/// The names looked for: (entity index, folded words) of anything but a person, of two or more
/// words besides connectors: its name and its other names ("interior ministry" is the "Ministry
/// of Interior" that a report also calls the "Interior Ministry").
fn lowercase_names(entities: &[Entity]) -> Vec<(usize, Vec<String>)> {
    entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind != EntityKind::Person)
        .flat_map(|(i, e)| std::iter::once(&e.name).chain(&e.aliases).map(move |name| (i, name)))
        // "Greek Fire Service" is looked for as "Fire Service": the demonym is the country's
        // mention (see `acronyms::add_demonym_forms`).
        .map(|(i, name)| {
            let words = name.split(' ').skip_while(|w| crate::gazetteer::gazetteer().demonym(w).is_some());
            (i, words.map(fold).collect::<Vec<_>>())
        })
        .filter(|(_, w)| w.len() >= 2 && w.iter().filter(|x| !is_connector(x)).count() >= 2)
        .collect()
}

/// Adds every occurrence of such a name, in any case, that is not a mention already.
pub(super) fn add_mentions(docs: &[Document], entities: &mut [Entity]) {
    let names = lowercase_names(entities);
    if names.is_empty() {
        return;
    }
    // Mentions already found (capitalised), by where they start: not to be counted twice.
    let mut existing: FastSet<(usize, usize, usize)> = FastSet::default();
    // (Once an entity: the names of one entity stand together in `names`.)
    for (k, &(ei, _)) in names.iter().enumerate() {
        if k == 0 || names[k - 1].0 != ei {
            existing.extend(entities[ei].mentions.iter().map(|m| (ei, m.doc, m.start)));
        }
    }
    // Every mention of any entity, by where it is: "Red Cross" inside a mention of the "Zambia
    // Red Cross Society" is that body's name, no mention of the Red Cross; a span that is another
    // entity's mention is that entity's.
    let mut taken: Vec<(usize, usize, usize)> =
        entities.iter().flat_map(|e| e.mentions.iter().map(|m| (m.doc, m.start, m.end))).collect();
    crate::order::sort(&mut taken);
    let inside_another = |di: usize, start: usize, end: usize| {
        let k = taken.partition_point(|&(d, s, _)| (d, s) <= (di, start));
        k > 0 && {
            let (d, _, e) = taken[k - 1];
            d == di && e >= end
        }
    };
    // The names by their first word: each token looks up only the names it could start.
    let mut by_first: FastMap<&str, Vec<usize>> = FastMap::default();
    for (k, (_, words)) in names.iter().enumerate() {
        by_first.entry(words[0].as_str()).or_default().push(k);
    }
    for (di, doc) in docs.iter().enumerate() {
        for s in doc.content_sentences() {
            let positions: Vec<usize> = s.tokens.clone().filter(|&i| doc.tokens[i].kind == TokenKind::Word).collect();
            for (p, &ti) in positions.iter().enumerate() {
                let Some(starting_here) = by_first.get(&doc.folded[ti]) else { continue };
                for &k in starting_here {
                    let (ei, words) = &names[k];
                    let Some(span) = positions.get(p..p + words.len()) else { continue };
                    // Words that name two entities ("defence ministry" of the Russian and of the
                    // Ukrainian one) say which no more than the bare capitalised name does.
                    let shared = || starting_here.iter().any(|&o| names[o].0 != *ei && names[o].1 == *words);
                    if !span.iter().zip(words).all(|(&t, w)| without_possessive(&doc.folded[t]) == w.as_str())
                        || shared()
                    {
                        continue;
                    }
                    let (start, end) = (doc.tokens[ti].start(), doc.tokens[span[span.len() - 1]].end());
                    if inside_another(di, start, end) {
                        continue;
                    }
                    if existing.insert((*ei, di, start)) {
                        let mention = Mention { doc: di, sentence: s.index, start, end, demonym: false };
                        entities[*ei].mentions.push(mention);
                    } else if let Some(m) = entities[*ei].mentions.iter_mut().find(|m| m.doc == di && m.start == start)
                    {
                        // "Kanjuruhan stadium": the capitalised mention "Kanjuruhan" is the whole
                        // name written with its kind in lower case.
                        m.end = m.end.max(end);
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::named;
    use crate::ingest::ingest;

    #[test]
    fn lower_case_occurrences_of_multi_word_names_are_mentions() {
        // (name, kind, text, mentions found)
        let cases = [
            ("Coalition of the Willing", EntityKind::Group, "The so-called coalition of the willing met.", 1),
            (
                "Coalition of the Willing",
                EntityKind::Group,
                "The coalition of the willing's plan and the coalition of the willing.",
                2,
            ),
            ("Air Force", EntityKind::Organisation, "The air force said so; air defences held.", 1),
            ("Paris Summit", EntityKind::Event, "At the paris summit they met.", 1),
            // A place or a thing written with a lower-case kind word: "the Velm bridge".
            ("Velm Bridge", EntityKind::Place, "Part of the Velm bridge fell.", 1),
            ("Darro Express", EntityKind::Other, "The Darro express left the rails.", 1),
            ("Ingrid Solberg", EntityKind::Person, "Then ingrid solberg spoke.", 0),
            ("Coalition of", EntityKind::Group, "A coalition of states.", 0),
            ("Coalition of the Willing", EntityKind::Group, "A coalition of the.", 0),
        ];
        for (name, kind, text, found) in cases {
            let docs = [ingest("d", text)];
            let mut es = [named(name, kind)];
            add_mentions(&docs, &mut es);
            assert_eq!(es[0].mentions.len(), found, "{name}: {text}");
        }
    }

    // Written with the rule: an entity's other names are looked for too.
    #[test]
    fn lower_case_occurrences_of_another_name_are_mentions() {
        let docs = [ingest("d", "The velm ministry said so.")];
        let mut es = [named("Ministry of Velm", EntityKind::Organisation)];
        add_mentions(&docs, &mut es);
        assert!(es[0].mentions.is_empty());
        es[0].aliases.push("Velm Ministry".into());
        add_mentions(&docs, &mut es);
        let spans: Vec<&str> = es[0].mentions.iter().map(|m| &docs[0].text[m.start..m.end]).collect();
        assert_eq!(spans, ["velm ministry"]);
    }

    // Written with the rule.
    #[test]
    fn a_mention_of_the_name_alone_takes_in_its_lower_case_kind() {
        let docs = [ingest("d", "Fans ran onto the pitch of Velm stadium.")];
        let mut es = [named("Velm Stadium", EntityKind::Place)];
        let start = docs[0].text.find("Velm").unwrap();
        es[0].mentions.push(Mention { doc: 0, sentence: 0, start, end: start + 4, demonym: false });
        add_mentions(&docs, &mut es);
        let spans: Vec<&str> = es[0].mentions.iter().map(|m| &docs[0].text[m.start..m.end]).collect();
        assert_eq!(spans, ["Velm stadium"]);
    }

    #[test]
    fn mentions_found_already_are_not_counted_twice() {
        let docs = [ingest("d", "The Air Force said so. Later the air force said more.")];
        let mut es = [named("Air Force", EntityKind::Organisation)];
        let start = docs[0].text.find("Air").unwrap();
        es[0].mentions.push(Mention { doc: 0, sentence: 0, start, end: start + 9, demonym: false });
        add_mentions(&docs, &mut es);
        let starts: Vec<usize> = es[0].mentions.iter().map(|m| m.start).collect();
        assert_eq!(starts, [start, docs[0].text.find("air force").unwrap()]);
    }
}
