//! Whether the cause of the event is known: one source gives it ("the crash was caused by a
//! technical glitch", "officials blamed overloading for the accident"), another says it is not
//! known ("it was not immediately clear what caused the accident"). A polarity disagreement.
//!
//! The sentences are found across sources, not among those aligned as one statement: the two
//! sides share few words. Precision first: a cause is *given* only where a noun of the event
//! (data/event-nouns.txt: crash, fire, blast...) stands just before "caused by" or "caused when"
//! (or "started", "triggered", "sparked"), or just after "blamed ... for"; it is
//! *not known* where a word of cause ("cause", "caused", "explanation") and one of not knowing
//! ("unclear", "not yet established", "no immediate explanation") share a sentence with a noun
//! of the event. A sentence that reads both ways is neither. Like the figures, this reads the
//! corpus as one story: a corpus of many stories may pair one event's cause with another's.

use crate::claims::{Claim, ConflictValue, Difference};
use crate::ingest::{Document, Role};
use crate::lists::EVENT_NOUNS;

/// A word's parts in telling a cause, as bits (a word may play two: "caused").
const CAUSE: u16 = 1; // "cause", "explanation"
const VERB: u16 = 2; // sets the event off: "caused by", "started when"
const BLAME: u16 = 4; // "blamed", which also takes "for"
const KNOWN: u16 = 8; // after "not": "not immediately clear", "not yet been established"
const UNKNOWN: u16 = 16;
const NOT: u16 = 32;
const NO: u16 = 64; // before a word of cause: "no immediate explanation"
const BY: u16 = 128; // "by", "when" after a verb (not "on": a fire "started on the third floor")
const FOR: u16 = 256; // after "blamed ..."
const EVENT: u16 = 512; // a noun of the event (data/event-nouns.txt)

/// A word's parts, read once per word.
fn parts(word: &str) -> u16 {
    match word {
        "cause" | "causes" | "explanation" => CAUSE,
        "caused" => CAUSE | VERB,
        "started" | "triggered" | "sparked" => VERB,
        "blamed" => VERB | BLAME,
        "clear" | "known" | "established" | "determined" => KNOWN,
        "unclear" | "unknown" => UNKNOWN,
        "not" | "never" => NOT,
        "no" => NO,
        "by" | "when" => BY,
        "for" => FOR,
        _ => 0,
    }
}

/// How many words before its verb the event's noun may stand ("the blast seemed to have been
/// caused by"), or after "blamed" ("blamed overloading for the accident").
const REACH: usize = 6;

/// Sentences kept on each side at most: thousands of reports may repeat one cause.
const MAX_SENTENCES: usize = 40;

/// What one sentence says of the cause: given (true) or not known (false), with the words that
/// say so (a byte range of the document). One pass, each word's part read once, remembering
/// where the last of each part stood.
fn read(doc: &Document, sentence: usize) -> Option<(bool, usize, usize)> {
    let s = &doc.sentences[sentence];
    let (tokens, folded) = (doc.sentence_tokens(s), doc.sentence_folded(s));
    // Most sentences have no word of cause: passed over before the event's nouns are looked up.
    if !folded.iter().any(|w| parts(w) & (CAUSE | VERB) != 0) {
        return None;
    }
    let far = usize::MAX / 2;
    let (mut event, mut verb, mut blamed, mut not, mut no, mut cause) = (far, far, far, far, far, None::<usize>);
    let (mut unknown, mut given) = (None::<(usize, usize)>, None::<(usize, usize)>);
    let (mut before, mut last) = (0, 0);
    let near = |at: usize, i: usize, reach: usize| at <= i && i - at <= reach;
    for (i, w) in folded.iter().enumerate() {
        let mut r = parts(w);
        if r == 0 && EVENT_NOUNS.contains(w) {
            // "blamed overloading for the accident".
            if (before | last) & FOR != 0 && near(blamed, i, REACH + 2) {
                given = given.or(Some((blamed, i)));
            }
            event = i;
            r = EVENT;
        }
        // "was caused by" after the event's noun; not "was not caused by".
        if r & BY != 0 && verb + 1 == i && near(event, verb, REACH) {
            given = given.or(Some((verb, i + 3)));
        }
        if r & CAUSE != 0 {
            cause = cause.or(Some(i));
            if near(no, i, 2) {
                unknown = unknown.or(Some((no, i)));
            }
        }
        if r & KNOWN != 0 && near(not, i, 3) {
            unknown = unknown.or(Some((not, i)));
        }
        if r & UNKNOWN != 0 {
            unknown = unknown.or(Some((i, i)));
        }
        if r & VERB != 0 && (before | last) & (NOT | NO) == 0 {
            verb = i;
            if r & BLAME != 0 {
                blamed = i;
            }
        }
        if r & NOT != 0 {
            not = i;
        }
        if r & NO != 0 {
            no = i;
        }
        (before, last) = (last, r);
    }
    let (given, (from, to)) = match (given, unknown, cause) {
        (Some(words), None, _) => (true, words),
        (None, Some((u, k)), Some(c)) if event < far => (false, (u.min(c), k.max(c))),
        _ => return None,
    };
    let to = to.min(tokens.len().saturating_sub(1));
    Some((given, tokens.get(from)?.start(), tokens.get(to)?.end()))
}

/// One disagreement if one source gives the event's cause and another says it is not known.
pub(crate) fn flag(docs: &[Document]) -> Option<Claim> {
    let side = |value: &str| ConflictValue { value: value.to_string(), docs: Vec::new(), spans: Vec::new() };
    let mut values = vec![side("cause given"), side("cause not known")];
    for (d, doc) in docs.iter().enumerate() {
        for s in (0..doc.sentences.len()).filter(|&s| doc.sentences[s].role == Role::Body) {
            let Some((given, start, end)) = read(doc, s) else { continue };
            let v = &mut values[usize::from(!given)];
            if v.spans.len() < MAX_SENTENCES {
                if v.docs.last() != Some(&d) {
                    v.docs.push(d);
                }
                v.spans.push((d, s, start, end));
            }
        }
    }
    if !values[0].docs.iter().any(|a| values[1].docs.iter().any(|b| a != b)) {
        return None;
    }
    let explain =
        |listing: &[String]| format!("Sources differ on whether the cause is known: {}.", listing.join(" against "));
    Some(Claim::differing(Difference::Polarity, "whether the cause is known".to_string(), values, docs, 1.0, &explain))
}

#[cfg(test)]
mod tests {
    use crate::claims::Difference;
    use crate::{analyze, Source};

    /// The sources on each side of a disagreement on the cause, if one is flagged.
    fn sides(texts: &[&str]) -> Option<Vec<(String, Vec<String>)>> {
        let sources: Vec<Source> =
            texts.iter().enumerate().map(|(i, t)| Source::new(format!("s{i}"), format!("Report.\n\n{t}"))).collect();
        let a = analyze(&sources);
        let found: Vec<_> = a
            .claims
            .iter()
            .filter(|c| c.difference == Some(Difference::Polarity) && c.conflicts[0].what.contains("cause"))
            .map(|c| crate::claims::values_by_source(&a, c))
            .collect();
        assert!(found.len() <= 1, "{found:?}");
        found.into_iter().next()
    }

    fn ids(given: &[&str], unknown: &[&str]) -> Option<Vec<(String, Vec<String>)>> {
        let owned = |v: &[&str]| v.iter().map(|s| s.to_string()).collect();
        Some(vec![("cause given".to_string(), owned(given)), ("cause not known".to_string(), owned(unknown))])
    }

    // Written for this rule (unit fixtures with invented places, not unseen news).
    #[test]
    fn a_cause_given_in_one_source_and_unknown_in_another_is_flagged() {
        let cases: [(&[&str], _); 5] = [
            (
                &[
                    "Officials in Velm said the crash was caused by an engine fault.",
                    "There was no immediate explanation for the crash near Velm.",
                ],
                ids(&["s0"], &["s1"]),
            ),
            (
                &[
                    "It was not immediately clear what caused the accident on Lake Tarvik.",
                    "Officials blamed overloading for the accident on Lake Tarvik.",
                ],
                ids(&["s1"], &["s0"]),
            ),
            (
                &[
                    "In the port of Velm, the blast seemed to have been caused by stored fertiliser.",
                    "The precise causes of the explosion have not yet been established, the minister said.",
                    "A fire caused by a boiler explosion spread through the depot.",
                ],
                ids(&["s0", "s2"], &["s1"]),
            ),
            // The event caused something: no cause given.
            (
                &[
                    "The explosion in Velm has so far caused 137 deaths, the minister said.",
                    "The cause of the explosion is still not known.",
                ],
                None,
            ),
            // Both in one source only: nothing to set against each other.
            (
                &["The crash was caused by pilot error. Earlier the cause of the crash was unclear.", "Velm mourned."],
                None,
            ),
        ];
        for (texts, expected) in cases {
            assert_eq!(sides(texts), expected, "{texts:?}");
        }
    }

    #[test]
    fn words_that_only_look_like_a_cause_are_not_one() {
        let cases: [&[&str]; 5] = [
            // A cause denied is not a cause given.
            &["Police said the fire was not caused by arson.", "What caused the fire in Velm remains unclear."],
            // A sentence that reads both ways is neither.
            &[
                "The agency said the cause of the accident was not immediately clear but blamed overloading for the accident.",
                "Officials blamed overloading for the accident near Velm.",
            ],
            // No event named where the cause is not known.
            &["The crash was caused by an engine fault.", "It was not clear what caused the delay in Velm."],
            // Where or when it started is no cause.
            &["The fire started on the third floor of the Velm depot.", "The cause of the fire is unknown."],
            // Damage caused by the event is not the event's cause.
            &["Damage caused by the storm reached Velm.", "The cause of the storm's strength is unknown."],
        ];
        for texts in cases {
            assert_eq!(sides(texts), None, "{texts:?}");
        }
    }
}
