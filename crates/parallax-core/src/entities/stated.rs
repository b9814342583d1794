//! Names a report says are one person's: "Masood was born Adrian Russell Elms", "He later took
//! the name Adrian Ajao", "Abu Ali, also known as Ali Hassan". The other name joins the person's
//! entity, with the report's words and place as the reason. Nothing here guesses: the report
//! states it.

use super::candidates::{Candidate, Target};
use super::groups::{absorb, Fate, Group};
use super::Merge;
use crate::ingest::Document;

/// The words (folded, lower case) that say the name after them is another name of the subject.
/// "was born" only with a name right after it: "was born in Kent" names a place.
const STATED: [&str; 7] =
    ["was born", "took the name", "also known as", "changed his name to", "changed her name to", "aka", "a.k.a."];

/// The words of a merge's reason that mark another name a report states (the entity is not
/// shown by it).
pub(super) const ANOTHER_NAME: &str = "is another name of";

/// The live group a merged group's mentions ended in.
pub(super) fn live(groups: &[Group], mut gi: usize) -> usize {
    while let Fate::MergedInto(fi) = groups[gi].fate {
        gi = fi;
    }
    gi
}

/// Does a group read as a person's name (by its words and the evidence around it)?
fn is_person(groups: &[Group], gi: usize) -> bool {
    let name = groups[gi].longest_surface();
    let words: Vec<&str> = name.split(' ').collect();
    super::build::kind_of(&groups[gi], &words) == super::EntityKind::Person
}

pub(super) fn merge_stated(groups: &mut [Group], cands: &[Candidate], docs: &[Document]) {
    // A candidate's group, by candidate index (groups hold candidate indices).
    let mut group_of: Vec<Option<usize>> = vec![None; cands.len()];
    for (gi, g) in groups.iter().enumerate() {
        for &ci in &g.mentions {
            group_of[ci] = Some(gi);
        }
    }
    for (ci, c) in cands.iter().enumerate() {
        // The other name: two words at least ("born Catholic" is no name), not a place's.
        if c.words.len() < 2 || c.target != Target::Name || c.place_hint {
            continue;
        }
        let doc = &docs[c.doc()];
        let Some(sentence) = doc.sentences.get(c.sentence()) else { continue };
        let before = doc.text.get(sentence.start..c.start()).unwrap_or("").trim_end();
        let ends_with = |cue: &str| {
            before.len() >= cue.len()
                && before.is_char_boundary(before.len() - cue.len())
                && before[before.len() - cue.len()..].eq_ignore_ascii_case(cue)
        };
        let Some(cue) = STATED.iter().find(|cue| ends_with(cue)) else { continue };
        let head = before[..before.len() - cue.len()].trim_end_matches([' ', ',']);
        // The subject: a name earlier in the sentence, else "He"/"She" opening it, which is the
        // first person named in the nearest earlier sentence.
        let same_sentence =
            (0..ci).rev().take_while(|&k| (cands[k].doc(), cands[k].sentence()) == (c.doc(), c.sentence()));
        let named = same_sentence.last().filter(|&k| cands[k].end() <= sentence.start + head.len());
        let pronoun = head
            .trim_start_matches(|ch: char| !ch.is_alphabetic())
            .split(' ')
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("he") || w.eq_ignore_ascii_case("she"));
        let subject = match named {
            Some(k) => Some(k),
            // Only when that sentence names one person: "Scotland Yard has named Khalid Masood"
            // leaves "He" to either.
            None if pronoun => {
                let people: Vec<usize> = (0..ci)
                    .rev()
                    // Back through this document's two sentences before, no further.
                    .take_while(|&k| cands[k].doc() == c.doc() && cands[k].sentence() + 2 >= c.sentence())
                    .filter(|&k| cands[k].sentence() < c.sentence())
                    .filter(|&k| cands[k].target == Target::Name && !cands[k].place_hint)
                    .filter(|&k| group_of[k].is_some_and(|g| is_person(groups, live(groups, g))))
                    .collect();
                let nearest = people.iter().map(|&k| cands[k].sentence()).max();
                let mut named: Vec<usize> = people
                    .iter()
                    .filter(|&&k| Some(cands[k].sentence()) == nearest)
                    .filter_map(|&k| group_of[k].map(|g| live(groups, g)))
                    .collect();
                named.dedup();
                match named[..] {
                    [_] => people.iter().copied().find(|&k| Some(cands[k].sentence()) == nearest),
                    _ => None,
                }
            }
            None => None,
        };
        let (Some(k), Some(other)) = (subject, group_of[ci]) else { continue };
        let Some(own) = group_of[k] else { continue };
        let (own, other) = (live(groups, own), live(groups, other));
        if own == other || !groups[own].is_live() || !groups[other].is_live() || !is_person(groups, own) {
            continue;
        }
        let alias = c.surface();
        let reason = format!(
            "\"{alias}\" {ANOTHER_NAME} \"{}\" (\"{cue}\", {}, sentence {})",
            groups[own].first_surface(),
            doc.id,
            c.sentence() + 1
        );
        absorb(groups, other, own, Merge { alias, reason });
    }
}
