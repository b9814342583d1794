//! One source affirms what another denies: of two sentences aligned as one statement, about the
//! same named agent, one puts a negation ("did not", "failed to", "neither") before a word the
//! other says plainly ("failed to show remorse" / "expressed remorse"). Precision first: the
//! plain sentence has no negation anywhere, and both name one person or body.

use crate::claims::{Claim, ClaimKind, Conflict, ConflictValue, Difference, Status};
use crate::entities::Entity;
use crate::features::{is_content_word, MentionsByDoc};
use crate::fold::fold;
use crate::ingest::{Document, Role};
use crate::lists::WordList;
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
            continue;
        }
        let f = folded[i];
        // Two-word negations ("far from trivial") are listed with their space.
        let pair = i.checked_sub(1).is_some_and(|p| NEGATORS.contains(&fold(&doc.text[tokens[p].start()..t.end()])));
        // "urged the unions not to block the deal": a negated infinitive is what was asked,
        // not a denial of it ("warned the unions against blocking the deal" says the same).
        let infinitive = f == "not" && folded.get(i + 1) == Some(&"to");
        if (is_negator(f) || pair) && !infinitive {
            negated = true;
            // "people who could not return home spent the night": a negation in a relative
            // clause does not reach the sentence's own verb; it denies nothing said here.
            let relative = (i.saturating_sub(3)..i).any(|k| matches!(folded[k], "who" | "which" | "that"));
            negation = (!relative).then_some((i, t.start()));
            continue;
        }
        let reached = negation.filter(|&(at, _)| i - at <= REACH);
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
pub(crate) fn flag(claims: &[Claim], docs: &[Document], entities: &[Entity], mentions: &MentionsByDoc) -> Vec<Claim> {
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
                let Some((denied, plain)) =
                    a.words.iter().filter(|w| w.1).find_map(|w| b.words.iter().find(|v| v.0 == w.0).map(|v| (w, v)))
                else {
                    continue;
                };
                let (da, db) = (&docs[body[i].0], &docs[body[j].0]);
                let (denied_text, plain_text) = (&da.text[denied.2..denied.3], &db.text[plain.2..plain.3]);
                let values = vec![
                    ConflictValue {
                        value: denied_text.to_string(),
                        docs: vec![body[i].0],
                        spans: vec![(body[i].0, body[i].1, denied.2, denied.3)],
                    },
                    ConflictValue {
                        value: plain_text.to_string(),
                        docs: vec![body[j].0],
                        spans: vec![(body[j].0, body[j].1, plain.2, plain.3)],
                    },
                ];
                let (first, second) = if body[i] < body[j] { (body[i], body[j]) } else { (body[j], body[i]) };
                out.push(Claim {
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
                    similarity: c.similarity,
                    figure: None,
                    difference: Some(Difference::Polarity),
                });
                break 'pairs;
            }
        }
    }
    out
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
