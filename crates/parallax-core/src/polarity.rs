//! One source affirms what another denies: of two sentences aligned as one statement, about the
//! same named agent, one puts a negation ("did not", "failed to", "neither") before a word the
//! other says plainly, as written ("would not attend the talks" / "will attend the talks").
//! Precision first: the plain sentence has no negation anywhere, both name one person or body,
//! and what reads as a negation but denies nothing another says is left alone (a withheld detail,
//! a contrast, an idiom, a side named "No", a phrasal verb, another day).
//!
//! (A pass over sentences the alignment keeps apart was tried on 2026-12-04: one more denial
//! found on the development set, 2/8 against 1/8, for 1.4 KB of wasm and a tenth of a second on
//! 1,000 reports; taken out to keep the single file under its budget.)

use crate::claims::{Claim, ClaimKind, Conflict, ConflictValue, Difference, Status};
use crate::entities::Entity;
use crate::features::{is_content_word, MentionsByDoc};
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
    /// Two negations or more: "did not agree with the argument that he had shown no remorse"
    /// affirms what it seems to deny; such a sentence is not read as a denial. Nor is a negated
    /// comparison ("no storm has been deadlier").
    doubled: bool,
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
    let (mut negated, mut doubled, mut denying_clause) = (false, false, false);
    for (i, t) in tokens.iter().enumerate() {
        if t.kind != TokenKind::Word {
            // "where they did not, to set a course": a negation does not reach past its clause.
            if t.kind == TokenKind::Punct {
                negation = None;
                denying_clause = false;
            }
            continue;
        }
        let f = folded[i];
        // "without casualties" says what "with no casualties" does: no plain sentence to deny,
        // though it denies no word here ("left without a home" is no denial of "lost their home").
        negated |= f == "without";
        // "no doubt", "not only", "not just": idioms that affirm.
        // "had pleaded not guilty": a plea, not the verdict another report gives ("found guilty").
        let plea = i > 0 && matches!(folded[i - 1], "pleaded" | "pleads" | "plead" | "pleading");
        if is_negator(f) && (plea || folded.get(i + 1).is_some_and(|n| AFFIRMING.contains(n))) {
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
            // "neither ... nor" is one negation.
            doubled |= negated && f != "nor";
            negated = true;
            // "people who could not return home spent the night": a negation in a relative
            // clause does not reach the sentence's own verb; it denies nothing said here.
            let relative = (i.saturating_sub(3)..i).any(|k| matches!(folded[k], "who" | "which" | "that"));
            // "for a course record, not a world record": a contrast of two things, no denial
            // of an act.
            let contrast = f == "not" && i > 0 && folded[i - 1] == ",";
            negation = (!relative && !contrast).then_some((i, t.start()));
            denying_clause = true;
            continue;
        }
        // "No storm has been deadlier since 1950": a negated comparison is a superlative, what
        // another says as "the deadliest" or "the highest of any", no denial. One with "than" is
        // a bound ("no candidate won more than the 50 percent needed").
        if denying_clause && (f.ends_with("ier") || COMPARATIVES.contains(&f)) && folded.get(i + 1) != Some(&"than") {
            doubled = true;
        }
        let reached = negation.filter(|&(at, _)| i - at <= REACH);
        // "did not make the runway": a light verb with an article after it is the act denied
        // (it landed short), not a light one ("failed to show remorse").
        if reached.is_some() && LIGHT_WORDS.contains(&f) && folded.get(i + 1).is_some_and(|n| !is_content_word(n)) {
            negation = None;
            continue;
        }
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
    Read { words, negated, doubled, names }
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
                if body[i].0 == body[j].0
                    || !a.negated
                    || a.doubled
                    || b.negated
                    || !a.names.iter().any(|n| b.names.contains(n))
                {
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

/// Light verbs: with an article after them they are the act denied, not a word another source
/// may say plainly ("did not make the runway": it landed short).
const LIGHT_WORDS: [&str; 8] = ["show", "express", "make", "have", "take", "get", "even", "yet"];

/// Words after a negation that make an idiom affirming what follows ("no doubt", "not only").
const AFFIRMING: [&str; 5] = ["doubt", "only", "just", "least", "but"];

/// Comparatives not made with "-ier": with a negation before them the sentence says "the most".
const COMPARATIVES: [&str; 7] = ["more", "worse", "better", "greater", "bigger", "larger", "higher"];

/// Particles that make a verb another verb ("set out" is not "set").
const PARTICLES: [&str; 7] = ["out", "up", "off", "down", "back", "away", "over"];

/// The particle after a word ending at byte `end`, if one follows.
fn particle_after(doc: &Document, end: usize) -> Option<&str> {
    let next = doc.text.get(end..)?.split_whitespace().next()?;
    PARTICLES.iter().copied().find(|p| next.eq_ignore_ascii_case(p))
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
    fn what_a_denial_needs_besides_the_word() {
        let cases = [
            // A light verb with its object after an article is the act denied: "make" is not
            // in the other.
            (
                "The plane of Velm Air did not make the runway, Erik Holm said.",
                "Erik Holm said the plane of Velm Air skidded off the runway.",
            ),
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
            // What someone lacks is no denial (written with the rule; found reading eval18).
            (
                "King Erik Holm ordered help for everyone left without a home by the quake in Velm.",
                "King Erik Holm ordered help for everyone who lost their home in the quake in Velm.",
            ),
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
            // "without" and "with no" say the same (written with the rule).
            (
                "Erik Holm said the Velm volcano last erupted in January, without casualties.",
                "Erik Holm said the Velm volcano last erupted in January, with no casualties.",
            ),
            // A side's name, not a negation.
            (
                "Erik Holm said the No campaign won the vote in Velm.",
                "Erik Holm said the Yes campaign won the vote in Velm.",
            ),
            // A negated comparison is a superlative (written with the rule).
            (
                "No storm in Ostria has been deadlier since a flood killed 61 people in 1950.",
                "The toll is the highest of any storm in Ostria since a flood killed 61 people in 1950.",
            ),
            // Two negations: the judge denies the denial.
            (
                "Erik Holm said she did not agree with the argument that Tomas Berg had shown no remorse.",
                "Erik Holm said Tomas Berg has shown remorse.",
            ),
            // A plea is not the verdict (written with the rule; found reading eval31).
            (
                "Erik Holm, a former Velm official, had pleaded not guilty to all three charges of fraud.",
                "A jury in Velm found Erik Holm guilty on all three charges of fraud on Tuesday.",
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
