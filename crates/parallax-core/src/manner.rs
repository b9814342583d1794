//! How a meeting or a call took place, where sources tell it differently: "spoke by phone" in
//! one, "held a video conference" in another (the ways are data/contact-modes.txt).
//!
//! Precision first. Two sentences of different sources tell of one meeting or call when both
//! name the same person or body and share two other words besides the ways' and the names'
//! ("leaders", "meeting"); a sentence that tells two ways ("after a phone call they met in
//! person") is left alone. The sentences are gathered across sources (they are rarely aligned as
//! one statement: the words around a way differ with it), and each group that tells two ways or
//! more, in different sources, is one disagreement.

use crate::claims::{Claim, ConflictValue, Difference};
use crate::entities::{Entity, EntityKind};
use crate::features::{is_content_word, word_key, MentionsByDoc};
use crate::ingest::{Document, Role};
use crate::lists::{WordList, SPEECH_VERBS};
use crate::text::TokenKind;

static MODES: WordList =
    WordList::new("contact-modes.txt", include_str!(concat!(env!("OUT_DIR"), "/data/contact-modes.txt")));

/// Words other than the ways' and the names' that two sentences share to tell of one meeting.
const SHARED_WORDS: usize = 2;

/// A person or body named in more sentences that tell a way than this is left alone: a leader
/// in thousands of reports makes calls and meetings of many kinds, and every pair would be read.
const NAME_CAP: usize = 40;

/// One sentence that tells one way.
struct Told {
    doc: usize,
    sentence: usize,
    way: usize,
    /// The way's words as written: a byte range of the document's text.
    start: usize,
    end: usize,
    /// The people and bodies it names (entity indices), sorted.
    names: Vec<usize>,
    /// Its other words' feature keys, sorted, each once.
    words: Vec<String>,
}

/// The way a sentence tells, if it tells exactly one: (way, start, end, the tokens of its words).
fn way_of(
    ways: &[Vec<&str>],
    doc: &Document,
    sentence: usize,
) -> Option<(usize, usize, usize, std::ops::Range<usize>)> {
    let s = &doc.sentences[sentence];
    let tokens = doc.sentence_tokens(s);
    let folded = doc.sentence_folded(s);
    // Every way's phrases hold one of these words: most sentences are passed over here, before
    // any is read word by word.
    let telling = |f: &str| f.contains("phone") || f.contains("video") || f == "person" || f.starts_with("face");
    if !(0..tokens.len()).any(|i| telling(&folded[i])) {
        return None;
    }
    // The words folded, each followed by a space, a hyphen read as a space ("face-to-face", one
    // token or five); other punctuation or a number breaks a phrase. `owner`: each byte's token.
    let mut line = String::from(" ");
    let mut owner: Vec<usize> = vec![usize::MAX];
    for (i, t) in tokens.iter().enumerate() {
        let word = match t.kind {
            TokenKind::Word => folded[i].replace('-', " "),
            TokenKind::Punct if t.text(&doc.text) == "-" => continue,
            _ => "|".to_string(),
        };
        line.push_str(&word);
        line.push(' ');
        owner.resize(line.len() - 1, i);
        owner.push(usize::MAX);
    }
    let mut found: Option<(usize, usize, usize, std::ops::Range<usize>)> = None;
    // Each word's start (after a space), and each phrase there, whole words only.
    let starts = (1..line.len()).filter(|&at| line.as_bytes()[at - 1] == b' ');
    for at in starts {
        for (w, row) in ways.iter().enumerate() {
            for phrase in row.iter().skip(1) {
                let end = at + phrase.len();
                if !line[at..].starts_with(phrase) || line.as_bytes().get(end) != Some(&b' ') {
                    continue;
                }
                match found {
                    Some((other, ..)) if other != w => return None,
                    Some(_) => {}
                    None => {
                        let (first, last) = (owner[at], owner[end - 1]);
                        found = Some((w, tokens[first].start(), tokens[last].end(), first..last + 1));
                    }
                }
            }
        }
    }
    found
}

/// The disagreements on how a meeting or call took place.
pub(crate) fn flag(docs: &[Document], entities: &[Entity], mentions: &MentionsByDoc) -> Vec<Claim> {
    // The ways: each a row of data/contact-modes.txt, its name first ("by phone").
    let ways: Vec<Vec<&str>> = MODES.rows().collect();
    let mut told: Vec<Told> = Vec::new();
    let mut named: Vec<(usize, usize, usize, usize)> = Vec::new();
    for (d, doc) in docs.iter().enumerate() {
        let first = told.len();
        for (si, s) in doc.sentences.iter().enumerate() {
            if s.role != Role::Body {
                continue;
            }
            let Some((way, start, end, own)) = way_of(&ways, doc, si) else { continue };
            let tokens = doc.sentence_tokens(s);
            let folded = doc.sentence_folded(s);
            // Lower-case content words only: names are compared as entities.
            let mut words: Vec<String> = (0..tokens.len())
                .filter(|i| !own.contains(i) && tokens[*i].kind == TokenKind::Word)
                .filter(|&i| doc.text[tokens[i].start()..].starts_with(char::is_lowercase))
                .map(|i| &folded[i])
                .filter(|f| is_content_word(f) && !SPEECH_VERBS.contains(f))
                .map(word_key)
                .collect();
            crate::order::sort(&mut words);
            words.dedup();
            told.push(Told { doc: d, sentence: si, way, start, end, names: Vec::new(), words });
        }
        if told.len() == first {
            continue;
        }
        mentions.of(d, entities, &mut named);
        for t in &mut told[first..] {
            t.names = named
                .iter()
                .filter(|m| m.0 == t.sentence)
                .map(|m| m.3)
                .filter(|&e| matches!(entities[e].kind, EntityKind::Person | EntityKind::Organisation))
                .collect();
            crate::order::sort(&mut t.names);
            t.names.dedup();
        }
    }
    if told.len() < 2 {
        return Vec::new();
    }
    // Sentences that tell of one meeting, joined through the people they name: (name, sentence)
    // pairs sorted by name (sorted lists, not maps: each map type is more code in the wasm).
    let mut by_name: Vec<(usize, usize)> =
        told.iter().enumerate().flat_map(|(i, t)| t.names.iter().map(move |&e| (e, i))).collect();
    crate::order::sort(&mut by_name);
    let mut parent: Vec<usize> = (0..told.len()).collect();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    for members in by_name.chunk_by(|a, b| a.0 == b.0).filter(|m| m.len() <= NAME_CAP) {
        for (k, &(_, a)) in members.iter().enumerate() {
            for &(_, b) in &members[k + 1..] {
                if told[a].doc != told[b].doc && shared(&told[a].words, &told[b].words) >= SHARED_WORDS {
                    let (ra, rb) = (root(&mut parent, a), root(&mut parent, b));
                    parent[ra.max(rb)] = ra.min(rb);
                }
            }
        }
    }
    // Each group's sentences, in the order of their first: (root, sentence) sorted.
    let mut grouped: Vec<(usize, usize)> = (0..told.len()).map(|i| (root(&mut parent, i), i)).collect();
    crate::order::sort(&mut grouped);
    grouped
        .chunk_by(|a, b| a.0 == b.0)
        .filter_map(|g| claim_of(docs, &ways, &told, &g.iter().map(|&(_, i)| i).collect::<Vec<_>>()))
        .collect()
}

/// How many words two sorted lists share.
fn shared(a: &[String], b: &[String]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// One group's disagreement, if two of its sources tell different ways.
fn claim_of(docs: &[Document], ways: &[Vec<&str>], told: &[Told], members: &[usize]) -> Option<Claim> {
    let differ =
        members.iter().any(|&a| members.iter().any(|&b| told[a].doc != told[b].doc && told[a].way != told[b].way));
    if !differ {
        return None;
    }
    let mut values: Vec<ConflictValue> = Vec::new();
    for &i in members {
        let t = &told[i];
        ConflictValue::gather(&mut values, ways[t.way][0], (t.doc, t.sentence, t.start, t.end));
    }
    crate::order::sort_by_key(&mut values, |v| v.docs.first().copied());
    let explain =
        |listing: &[String]| format!("Sources tell differently how it took place: {}.", listing.join(" against "));
    Some(Claim::differing(Difference::Manner, "how it took place".to_string(), values, docs, 1.0, &explain))
}

#[cfg(test)]
mod tests {
    use crate::claims::{Difference, Status};
    use crate::{analyze, Source};

    /// One disagreement: each way told, with the sources that tell it.
    type Found = Vec<(String, Vec<String>)>;

    /// The ways each disagreement on how something took place gives, by source.
    fn manners(texts: &[(&str, &str)]) -> Vec<Found> {
        let sources: Vec<Source> = texts.iter().map(|(id, text)| Source::new(*id, *text)).collect();
        let a = analyze(&sources);
        a.claims
            .iter()
            .filter(|c| c.difference == Some(Difference::Manner))
            .inspect(|c| assert_eq!(c.status, Status::Disagreement))
            .map(|c| crate::claims::values_by_source(&a, c))
            .collect()
    }

    fn pair(a: &str, b: &str) -> Found {
        vec![(a.to_string(), vec!["a".to_string()]), (b.to_string(), vec!["b".to_string()])]
    }

    // Written for this rule (unit fixtures, not unseen news).
    #[test]
    fn one_call_told_two_ways_is_flagged() {
        let cases: [(&str, &str, Vec<Found>); 5] = [
            (
                "The ministers gathered in Ostria held a video conference with Erik Holm after their meeting.",
                "Erik Holm spoke by phone with the ministers following the Ostria meeting.",
                vec![pair("by video", "by phone")],
            ),
            (
                "Sara Lind met the union leaders face-to-face on Monday to discuss the pay offer.",
                "Sara Lind discussed the pay offer with union leaders in a phone call on Monday.",
                vec![pair("in person", "by phone")],
            ),
            // The same way, written differently: no disagreement.
            (
                "Erik Holm joined the summit by video link from Tarvik.",
                "Erik Holm took part in the summit through a videoconference from Tarvik.",
                vec![],
            ),
            // Two calls of one person that share too little to be one call.
            (
                "Erik Holm spoke by phone with the prime minister about fishing quotas.",
                "Erik Holm held a video call with farmers in the north.",
                vec![],
            ),
            // No person or body named in both.
            (
                "The ministers spoke by phone after the meeting about the budget.",
                "The ministers held a video conference after the meeting about the budget.",
                vec![],
            ),
        ];
        for (a, b, expected) in cases {
            assert_eq!(manners(&[("a", a), ("b", b)]), expected, "{a} / {b}");
        }
    }

    #[test]
    fn a_sentence_that_tells_two_ways_is_left_alone() {
        let found = manners(&[
            ("a", "After a phone call, Erik Holm met the ministers in person at the summit in Tarvik."),
            ("b", "Erik Holm met the ministers by video link at the summit in Tarvik."),
        ]);
        assert_eq!(found, Vec::<Found>::new());
    }

    #[test]
    fn words_that_only_look_like_a_way_are_not_one() {
        let found = manners(&[
            ("a", "Erik Holm told the agency in a telephone interview that virtually all ministers met."),
            ("b", "Erik Holm said in a video call with the agency that all ministers met."),
        ]);
        assert_eq!(found, Vec::<Found>::new());
    }
}
