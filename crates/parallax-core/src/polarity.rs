//! One source affirms what another denies: of two sentences aligned as one statement, about the
//! same named agent, one puts a negation ("did not", "failed to", "neither") before a word the
//! other says plainly ("failed to show remorse" / "expressed remorse"). Precision first: the
//! plain sentence has no negation anywhere, and both name one person or body.

use crate::claims::{Claim, ClaimKind, Conflict, ConflictValue, Difference, Status};
use crate::entities::Entity;
use crate::features::{is_content_word, word_key, MentionsByDoc};
use crate::fold::fold;
use crate::ingest::{Document, Role};
use crate::lists::WordList;
use crate::lists::SPEECH_VERBS;
use crate::numbers::NumberKind;
use crate::text::TokenKind;

static NEGATORS: WordList = WordList::new("negators.txt", include_str!(concat!(env!("OUT_DIR"), "/data/negators.txt")));

/// How many words after a negation its first content word may stand ("did not even show").
const REACH: usize = 4;

/// Statements with more sentences than this are left alone: every pair is compared.
const MAX_SENTENCES: usize = 12;

/// A sentence's words as read here: each content word (folded), whether a negation reaches it, and
/// where the negation (or the word) starts and the word ends.
struct Read<'a> {
    words: Vec<(&'a str, bool, usize, usize)>,
    negated: bool,
    names: Vec<usize>,
}

fn is_negator(folded: &str) -> bool {
    NEGATORS.contains(folded) || folded.ends_with("n't") || folded.ends_with("n\u{2019}t")
}

fn read(doc: &Document, sentence: usize, names: Vec<usize>) -> Read<'_> {
    let s = &doc.sentences[sentence];
    let tokens = doc.sentence_tokens(s);
    let folded: Vec<&str> = doc.sentence_folded(s).iter().collect();
    let mut words = Vec::new();
    let mut negation: Option<(usize, usize)> = None; // (token index, byte start)
    let mut negated = false;
    for (i, t) in tokens.iter().enumerate() {
        if t.kind != TokenKind::Word {
            // "where they did not, to set a course": a negation does not reach past its clause.
            if t.kind == TokenKind::Punct {
                negation = None;
            }
            continue;
        }
        let f = folded[i];
        // "no doubt", "not only", "not just": idioms that affirm.
        if is_negator(f) && folded.get(i + 1).is_some_and(|n| AFFIRMING.contains(n)) {
            continue;
        }
        // Two-word negations ("far from trivial") are listed with their space.
        let pair = i.checked_sub(1).is_some_and(|p| NEGATORS.contains(&fold(&doc.text[tokens[p].start()..t.end()])));
        // "urged the unions not to block the deal": a negated infinitive is what was asked,
        // not a denial of it ("warned the unions against blocking the deal" says the same).
        let infinitive = f == "not" && folded.get(i + 1) == Some(&"to");
        // "the No campaign", "voted No": a capitalised "No" inside a sentence is a side's name.
        let named = i > 0 && doc.text[t.start()..].starts_with(char::is_uppercase);
        if (is_negator(f) || pair) && !infinitive && !named {
            negated = true;
            // "people who could not return home spent the night": a negation in a relative
            // clause does not reach the sentence's own verb; it denies nothing said here.
            let relative = (i.saturating_sub(3)..i).any(|k| matches!(folded[k], "who" | "which" | "that"));
            // "for a course record, not a world record": a contrast of two things, no denial
            // of an act.
            let contrast = f == "not" && i > 0 && folded[i - 1] == ",";
            negation = (!relative && !contrast).then_some((i, t.start()));
            continue;
        }
        let reached = negation.filter(|&(at, _)| i - at <= REACH);
        // "He did not say how many troops": withholding a detail denies nothing another says.
        if reached.is_some() && SPEECH_VERBS.contains(f) {
            negation = None;
            continue;
        }
        let lower = doc.text[t.start()..].starts_with(char::is_lowercase);
        if lower && is_content_word(f) {
            // A negation denies its first word ("would not fight"), not what follows it ("the
            // rebels", which both may name).
            negation = None;
            let start = reached.map_or(t.start(), |(_, s)| s);
            // The word as written, not its stem: "would not fight" does not deny "once the
            // fighting ends".
            words.push((f, reached.is_some(), start, t.end()));
        }
    }
    Read { words, negated, names }
}

/// The polarity disagreements among the statements aligned across sources.
pub(crate) fn flag(
    claims: &[Claim],
    docs: &[Document],
    numbers: &[Vec<crate::numbers::Quantity>],
    entities: &[Entity],
    mentions: &MentionsByDoc,
) -> Vec<Claim> {
    let names_in = |d: usize, s: usize| {
        mentions.of_entities(d, entities).filter(|(_, m)| m.sentence == s).map(|(e, _)| e).collect()
    };
    let mut out = Vec::new();
    for c in claims {
        if c.kind != ClaimKind::Statement
            || c.difference.is_some()
            || c.docs.len() < 2
            || c.sentences.len() > MAX_SENTENCES
        {
            continue;
        }
        let body: Vec<(usize, usize)> =
            c.sentences.iter().copied().filter(|&(d, s)| docs[d].sentences[s].role == Role::Body).collect();
        let reads: Vec<Read> = body.iter().map(|&(d, s)| read(&docs[d], s, names_in(d, s))).collect();
        'pairs: for (i, a) in reads.iter().enumerate() {
            for (j, b) in reads.iter().enumerate() {
                // `a` denies, `b` affirms plainly, in another source, about one named agent.
                if body[i].0 == body[j].0 || !a.negated || b.negated || !a.names.iter().any(|n| b.names.contains(n)) {
                    continue;
                }
                let dates_of_b = dates_in(numbers, body[j]);
                if !dates_in(numbers, body[i]).iter().all(|v| dates_of_b.contains(v)) {
                    continue;
                }
                let (da, db) = (&docs[body[i].0], &docs[body[j].0]);
                let Some((denied, plain)) = a.words.iter().filter(|w| w.1).find_map(|w| {
                    b.words
                        .iter()
                        .find(|v| v.0 == w.0 && particle_after(da, w.3) == particle_after(db, v.3))
                        .map(|v| (w, v))
                }) else {
                    continue;
                };
                out.push(denial(docs, body[i], (denied.2, denied.3), body[j], (plain.2, plain.3), c.similarity));
                break 'pairs;
            }
        }
    }
    out
}

/// The dates and years a sentence names: a denial naming a day the other sentence does not name
/// speaks of another day ("neither won outright in the first round on May 14" against "won the
/// run-off").
fn dates_in(numbers: &[Vec<crate::numbers::Quantity>], (d, s): (usize, usize)) -> Vec<&crate::numbers::Value> {
    numbers[d]
        .iter()
        .filter(|q| q.sentence == s && matches!(q.kind, NumberKind::Date | NumberKind::Year))
        .map(|q| &q.value)
        .collect()
}

/// Words after a negation that carry no denial of their own, so the word after them is what is
/// denied: "failed to show remorse" denies the remorse ("expressed remorse" affirms it), "made no
/// commitment" the commitment. Adverbs in "-ly" are read past too ("not humanly possible").
const LIGHT_WORDS: [&str; 8] = ["show", "express", "make", "have", "take", "get", "even", "yet"];

/// Words after a negation that make an idiom affirming what follows ("no doubt", "not only").
const AFFIRMING: [&str; 5] = ["doubt", "only", "just", "least", "but"];

/// Particles that make a verb another verb ("set out" is not "set").
const PARTICLES: [&str; 7] = ["out", "up", "off", "down", "back", "away", "over"];

/// The particle after a word ending at byte `end`, if one follows.
fn particle_after(doc: &Document, end: usize) -> Option<&str> {
    let next = doc.text.get(end..)?.split_whitespace().next()?;
    PARTICLES.iter().copied().find(|p| next.eq_ignore_ascii_case(p))
}

/// How many words apart, at most, a light word and the word it carries may stand.
const LIGHT_REACH: usize = 3;

/// Content words two sentences share at most: a pair sharing fewer is not one statement.
const SHARED_WORDS: usize = 2;

/// One body sentence as the pass over unaligned sentences reads it.
struct Said<'a> {
    doc: usize,
    sentence: usize,
    read: Read<'a>,
    /// The stems of its lower-case content words (speech verbs aside), sorted.
    keys: Vec<String>,
    /// The people and bodies it names or credits.
    agents: Vec<usize>,
    /// The word the negation reaches and the word it denies (after a light one): their indices
    /// in `read.words`.
    core: Option<(usize, usize)>,
    /// The dates and years it names.
    dates: Vec<&'a crate::numbers::Value>,
}

/// The word a sentence's negation denies: the first word it reaches, or the word after a light
/// one ("failed to show remorse": remorse).
fn denied_word(doc: &Document, r: &Read) -> Option<(usize, usize)> {
    let i = r.words.iter().position(|w| w.1)?;
    // "was not immediately clear", "were not immediately known": what no one could say yet,
    // which denies nothing another source says.
    if r.words[i].0 == "immediately" {
        return None;
    }
    let light = |w: &str| LIGHT_WORDS.contains(&w) || (w.ends_with("ly") && w.len() > 4);
    let mut at = i;
    while light(r.words[at].0) {
        let next = at + 1;
        let near =
            r.words.get(next).is_some_and(|n| doc.text[r.words[at].3..n.2].split_whitespace().count() <= LIGHT_REACH);
        if !near {
            return None;
        }
        at = next;
    }
    Some((i, at))
}

/// Denials across sentences that the alignment did not put in one statement: a sentence that
/// negates a word, and one in another source that says the word plainly, about the same named
/// person or body (named or credited in both), sharing at least one more content word.
/// Precision first: the plain sentence has no negation anywhere, and each denial is flagged once,
/// against the sentence that shares the most with it.
pub(crate) fn flag_apart<'a>(
    claims: &[Claim],
    docs: &'a [Document],
    numbers: &'a [Vec<crate::numbers::Quantity>],
    entities: &[Entity],
    mentions: &MentionsByDoc,
) -> Vec<Claim> {
    use crate::entities::EntityKind;
    let mut said: Vec<Said> = Vec::new();
    for (d, doc) in docs.iter().enumerate() {
        let own: Vec<(usize, usize, usize, usize)> = {
            let mut v = Vec::new();
            mentions.of(d, entities, &mut v);
            v
        };
        let reader = crate::attribution::Reader::new(
            doc,
            mentions.of_entities(d, entities).filter(|(_, m)| !m.demonym).map(|(e, m)| (m.start, m.end, e)).collect(),
            entities,
        );
        for (si, s) in doc.sentences.iter().enumerate() {
            if s.role != Role::Body {
                continue;
            }
            let mut agents: Vec<usize> = own
                .iter()
                .filter(|m| m.0 == si && matches!(entities[m.3].kind, EntityKind::Person | EntityKind::Organisation))
                .map(|m| m.3)
                .collect();
            let read = read(doc, si, Vec::new());
            let core = if read.negated { denied_word(doc, &read) } else { None };
            // Credits are read only where a pair may stand: a denial, or a plain sentence.
            if core.is_some() || !read.negated {
                agents.extend(reader.credit(s).and_then(|c| c.entity));
            }
            crate::order::sort(&mut agents);
            agents.dedup();
            if agents.is_empty() {
                continue;
            }
            let mut keys: Vec<String> =
                read.words.iter().map(|w| w.0).filter(|w| !SPEECH_VERBS.contains(w)).map(word_key).collect();
            crate::order::sort(&mut keys);
            keys.dedup();
            let dates = dates_in(numbers, (d, si));
            said.push(Said { doc: d, sentence: si, read, keys, agents, core, dates });
        }
    }
    // The sentences already in one statement are `flag`'s.
    let mut together: crate::hash::FastSet<((usize, usize), (usize, usize))> = Default::default();
    for c in claims.iter().filter(|c| c.docs.len() >= 2 && c.sentences.len() <= MAX_SENTENCES) {
        for &a in &c.sentences {
            for &b in &c.sentences {
                together.insert((a, b));
            }
        }
    }
    // The plain sentences by the stems of their words, for the denied words only.
    let cores: crate::hash::FastSet<String> =
        said.iter().filter_map(|a| a.core.map(|(_, i)| word_key(a.read.words[i].0))).collect();
    let mut by_key: crate::hash::FastMap<&str, Vec<usize>> = Default::default();
    for (j, b) in said.iter().enumerate().filter(|(_, b)| !b.read.negated) {
        for k in b.keys.iter().filter(|k| cores.contains(*k)) {
            by_key.entry(k.as_str()).or_default().push(j);
        }
    }
    let mut out = Vec::new();
    for a in &said {
        let Some((reached, ci)) = a.core else { continue };
        let denied = &a.read.words[ci];
        let denied_from = a.read.words[reached].2;
        let key = word_key(denied.0);
        let shared = |b: &Said| a.keys.iter().filter(|k| b.keys.binary_search(k).is_ok()).count();
        let best = by_key
            .get(key.as_str())
            .into_iter()
            .flatten()
            .map(|&j| &said[j])
            .filter(|b| b.doc != a.doc && !together.contains(&((a.doc, a.sentence), (b.doc, b.sentence))))
            .filter(|b| a.agents.iter().any(|e| b.agents.contains(e)))
            // A denial of another day than the one the plain sentence speaks of.
            .filter(|b| a.dates.iter().all(|v| b.dates.contains(v)))
            .map(|b| (shared(b), b))
            .filter(|(n, _)| *n >= SHARED_WORDS)
            // The most shared words; the first sentence of the first source on a tie.
            .fold(None::<(usize, &Said)>, |best, (n, b)| match best {
                Some((m, _)) if m >= n => best,
                _ => Some((n, b)),
            });
        let Some((_, b)) = best else { continue };
        let Some(plain) = b.read.words.iter().find(|w| word_key(w.0) == key) else { continue };
        if particle_after(&docs[a.doc], denied.3) != particle_after(&docs[b.doc], plain.3) {
            continue;
        }
        out.push(denial(
            docs,
            (a.doc, a.sentence),
            (denied_from, denied.3),
            (b.doc, b.sentence),
            (plain.2, plain.3),
            0.0,
        ));
    }
    out
}

/// A polarity disagreement: the denied words of one sentence against the plain words of another.
fn denial(
    docs: &[Document],
    a: (usize, usize),
    denied: (usize, usize),
    b: (usize, usize),
    plain: (usize, usize),
    similarity: f32,
) -> Claim {
    let (da, db) = (&docs[a.0], &docs[b.0]);
    let (denied_text, plain_text) = (&da.text[denied.0..denied.1], &db.text[plain.0..plain.1]);
    let values = vec![
        ConflictValue { value: denied_text.to_string(), docs: vec![a.0], spans: vec![(a.0, a.1, denied.0, denied.1)] },
        ConflictValue { value: plain_text.to_string(), docs: vec![b.0], spans: vec![(b.0, b.1, plain.0, plain.1)] },
    ];
    let (first, second) = if a < b { (a, b) } else { (b, a) };
    Claim {
        id: String::new(),
        status: Status::Disagreement,
        kind: ClaimKind::Statement,
        docs: vec![first.0, second.0],
        sentences: vec![first, second],
        explanation: format!(
            "One source denies what another affirms: \u{201c}{denied_text}\u{201d} in {} against \u{201c}{plain_text}\u{201d} in {}.",
            da.id, db.id
        ),
        conflicts: vec![Conflict { what: "what is affirmed or denied".to_string(), values }],
        similarity,
        figure: None,
        difference: Some(Difference::Polarity),
    }
}

#[cfg(test)]
mod tests {
    use crate::claims::Difference;
    use crate::{analyze, Source};

    /// The polarity flags of two reports: each as (denied words, affirmed words).
    fn flags(a: &str, b: &str) -> Vec<(String, String)> {
        let sources =
            [Source::new("a", format!("Court report.\n\n{a}")), Source::new("b", format!("Court news.\n\n{b}"))];
        analyze(&sources)
            .claims
            .iter()
            .filter(|c| c.difference == Some(Difference::Polarity))
            .map(|c| (c.conflicts[0].values[0].value.clone(), c.conflicts[0].values[1].value.clone()))
            .collect()
    }

    #[test]
    fn one_source_denying_what_another_affirms_is_flagged() {
        let got = flags(
            "At the hearing Erik Holm did not show remorse for the fraud, the judge said.",
            "At the hearing Erik Holm did show remorse for the fraud, the judge said.",
        );
        assert_eq!(got, vec![("not show".to_string(), "show".to_string())]);
    }

    #[test]
    fn a_denial_is_found_in_sentences_told_apart() {
        // The two sentences are worded too differently to be aligned as one statement; the
        // denied word, a second shared word and the one person make them one.
        let got = flags(
            "Erik Holm said hundreds of lorries come to the market each day and that it was possible for the \
             police to check each and every lorry.",
            "Defending the security at the site, Erik Holm said it was not humanly possible to check every \
             single vehicle and person.",
        );
        assert_eq!(got, vec![("not humanly possible".to_string(), "possible".to_string())]);
    }

    #[test]
    fn what_a_denial_apart_needs_besides_the_word() {
        let cases = [
            // Withholding a detail is no denial.
            (
                "Erik Holm did not say how many troops would go to the border of Ostria.",
                "Erik Holm said the countries would send troops to the border of Ostria next year.",
            ),
            // A contrast of two things.
            (
                "Erik Holm said he came to Velm for a course record, not a world record.",
                "Erik Holm ran a world record in Velm on Sunday.",
            ),
            // An idiom that affirms.
            (
                "There is no doubt the fraud was vast, Erik Holm told the court in Velm.",
                "Erik Holm said doubt remained about how vast the fraud in Velm was.",
            ),
            // A phrasal verb is another verb.
            (
                "Erik Holm had not set out to chase the record in Velm.",
                "The record Erik Holm broke in Velm was set last year.",
            ),
            // A denial of another day.
            (
                "The run-off was held because Erik Holm had not won the votes needed on May 14.",
                "Erik Holm won 52 percent of the votes in the run-off.",
            ),
            // One word in common is not one statement.
            ("Erik Holm did not release the names of the dead.", "Erik Holm released the toll on Monday evening."),
        ];
        for (a, b) in cases {
            assert_eq!(flags(a, b), Vec::<(String, String)>::new(), "{a} / {b}");
        }
    }

    #[test]
    fn negations_that_deny_nothing_said_in_the_other_are_not_flagged() {
        let cases = [
            // The negation is in a relative clause; the main verb is the same in both.
            (
                "More than 8,000 people who could not return home spent Monday night in shelters, Erik Holm said.",
                "More than 8,000 people spent Monday night in shelters, Erik Holm said.",
            ),
            // Both say it, one with a litotes.
            (
                "Erik Holm said it was not a trivial risk for the city.",
                "Erik Holm said it was a far from trivial risk for the city.",
            ),
            // The same word in another form and sense.
            (
                "Erik Holm said the force would not fight the rebels.",
                "Erik Holm said the force would deploy once fighting with the rebels ends.",
            ),
            // A negated infinitive is what was urged, not a denial.
            (
                "Erik Holm urged the unions not to block the pay agreement.",
                "Erik Holm warned the unions against any attempt to block the pay agreement.",
            ),
            // A side's name, not a negation.
            (
                "Erik Holm said the No campaign won the vote in Velm.",
                "Erik Holm said the Yes campaign won the vote in Velm.",
            ),
            // Different agents.
            (
                "Erik Holm did not show remorse for the fraud at the hearing.",
                "Sara Lind did show remorse for the fraud at the hearing.",
            ),
        ];
        for (a, b) in cases {
            assert_eq!(flags(a, b), Vec::<(String, String)>::new(), "{a} / {b}");
        }
    }
}
