//! Quotes: direct quotations with their speaker, matched across sources.
//!
//! A quotation is text between double quotation marks (straight, curly or guillemets), found per
//! paragraph so that a quote may run over several sentences. Its speaker comes from the nearest
//! speech verb ("Macron told reporters", "he said", "said Zelensky", "Trump said: ..."), resolved
//! to an entity where a mention stands there; "he"/"she" go to the last person named before.
//! Quotes in different sources match when they share most of their word trigrams.

use crate::hash::{FastMap, FastSet};
use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::entities::{Entity, EntityKind};
use crate::ingest::Document;
use crate::text::{self, fold, TokenKind};

/// Quotes shorter than this (in words) are scare quotes around a term, not quotations.
const MIN_WORDS: usize = 3;
/// How many earlier holders of a trigram a quote is compared with.
const MAX_HOLDERS: usize = 32;
/// Share of the shorter quote's trigrams that must appear in the other for a match.
const MATCH_CONTAINMENT: f32 = 0.6;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuoteOccurrence {
    pub doc: usize,
    pub sentence: usize,
    /// Byte span of the quoted words (marks excluded).
    pub start: usize,
    pub end: usize,
    /// Who the source says spoke, as resolved ("Emmanuel Macron") or as written ("a White House official").
    pub speaker: Option<String>,
    /// The speaker's entity index, when resolved to one.
    pub speaker_entity: Option<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// The speaker most sources name.
    pub speaker: Option<String>,
    /// The longest form of the quoted words.
    pub text: String,
    pub occurrences: Vec<QuoteOccurrence>,
    /// Sources attribute these words to different people.
    pub attribution_differs: bool,
}

fn is_open_quote(c: char) -> bool {
    matches!(c, '\u{201C}' | '\u{00AB}' | '\u{201E}')
}
fn is_close_quote(c: char) -> bool {
    matches!(c, '\u{201D}' | '\u{00BB}')
}

/// Quoted spans of a paragraph: (start, end) byte offsets of the words inside the marks.
fn quoted_spans(text: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (i, c) in text[start..end].char_indices() {
        let at = start + i;
        if c == '"' {
            match open {
                Some(o) => {
                    out.push((o, at));
                    open = None;
                }
                None => open = Some(at + 1),
            }
        } else if is_open_quote(c) && open.is_none() {
            open = Some(at + c.len_utf8());
        } else if is_close_quote(c) {
            if let Some(o) = open.take() {
                out.push((o, at));
            }
        }
    }
    // A quote left open runs to the end of the paragraph (the news convention for long quotes).
    if let Some(o) = open {
        out.push((o, end));
    }
    out.into_iter()
        .map(|(a, b)| {
            let inner = &text[a..b];
            let lead = inner.len() - inner.trim_start().len();
            let trimmed = inner.trim();
            (a + lead, a + lead + trimmed.len())
        })
        .filter(|&(a, b)| b > a && text[a..b].split_whitespace().count() >= MIN_WORDS)
        .collect()
}

fn is_speech_verb(folded: &str) -> bool {
    crate::lists::SPEECH_VERBS.contains(folded)
}

struct Resolver<'a> {
    doc: &'a Document,
    /// Entity mentions of this document: (start, end, entity index), by start.
    mentions: Vec<(usize, usize, usize)>,
    entities: &'a [Entity],
}

impl Resolver<'_> {
    fn mention_at(&self, a: usize, b: usize) -> Option<usize> {
        self.mentions.iter().filter(|m| m.0 < b && a < m.1).map(|m| m.2).find(|&e| self.speaker_kind(e))
    }

    fn speaker_kind(&self, e: usize) -> bool {
        matches!(
            self.entities[e].kind,
            EntityKind::Person | EntityKind::Organisation | EntityKind::Group | EntityKind::Other
        )
    }

    /// The person a pronoun before byte `at` most likely means: the first person named in the
    /// nearest earlier sentence that names one (subjects come first in news sentences).
    fn pronoun_before(&self, at: usize) -> Option<usize> {
        let text = &self.doc.text;
        let sentences = self.doc.sentences.iter().filter(|s| s.start < at).rev();
        for s in sentences {
            let person = self
                .mentions
                .iter()
                .filter(|m| m.0 >= s.start && m.1 <= s.end.min(at))
                .filter(|m| {
                    // Not the object of a preposition ("talks with Putin", "Despite Zelensky").
                    let head = fold(&text[s.start..m.0]);
                    let prev =
                        head.split(|c: char| !c.is_alphanumeric() && c != '\'').filter(|w| !w.is_empty()).rev().find(
                            |w| {
                                !crate::entities::is_title_word(w) && crate::gazetteer::gazetteer().demonym(w).is_none()
                            },
                        );
                    !prev.is_some_and(is_preposition)
                })
                .map(|m| m.2)
                .find(|&e| self.entities[e].kind == EntityKind::Person);
            if person.is_some() {
                return person;
            }
        }
        None
    }

    fn named(&self, e: usize) -> (Option<String>, Option<usize>) {
        (Some(self.entities[e].name.clone()), Some(e))
    }

    /// Speaker for a quote `[q_start, q_end)` (marks excluded) in the paragraph `[p_start, p_end)`.
    fn speaker(&self, q_start: usize, q_end: usize, p_start: usize, p_end: usize) -> (Option<String>, Option<usize>) {
        let text = &self.doc.text;
        let words: Vec<_> = self
            .doc
            .tokens
            .iter()
            .filter(|t| t.start >= p_start && t.end <= p_end && t.kind == TokenKind::Word)
            .collect();
        let w = |t: &&crate::text::Token| fold(t.text(text));
        // After the quote: `," Macron told`, `," he said`, `," said Zelensky`, `, the official said.`
        let containing = |at: usize| self.doc.sentences.iter().find(|s| s.start <= at && at <= s.end);
        let sentence_end_after = containing(q_end).map_or(p_end, |s| s.end).max(q_end);
        let after: Vec<_> =
            words.iter().filter(|t| t.start >= q_end && t.start < sentence_end_after.max(q_end + 2)).take(8).collect();
        if let Some(vi) = after.iter().position(|t| is_speech_verb(&w(t))) {
            if vi == 0 {
                let names: Vec<_> = after[1..]
                    .iter()
                    .take_while(|t| t.text(text).chars().next().is_some_and(char::is_uppercase))
                    .collect();
                if let (Some(first), Some(last)) = (names.first(), names.last()) {
                    return self.resolve(first.start, last.end, q_start);
                }
            } else {
                let span = &after[..vi];
                let last = span[span.len() - 1];
                if matches!(w(&last).as_str(), "he" | "she") {
                    return self.pronoun_before(q_start).map_or((None, None), |e| self.named(e));
                }
                // "a White House official said": the mention only modifies the speaker; keep the phrase.
                if let Some(e) = self.mention_at(last.start, last.end) {
                    return self.named(e);
                }
                if span.len() <= 5 {
                    return self.resolve(span[0].start, last.end, q_start);
                }
            }
        }
        // Before the quote: `Trump said: "..."`, `X expressed the need ..., stating, "..."`, `said that Trump "..."`.
        let sentence_start =
            containing(q_start.saturating_sub(1)).map_or(p_start, |s| s.start).max(p_start).min(q_start);
        let before: Vec<_> = words.iter().filter(|t| t.end <= q_start && t.start >= sentence_start).collect();
        if let Some(vi) = before.iter().rposition(|t| is_speech_verb(&w(t))) {
            let verb = before[vi];
            // The subject: a name right before the verb ("Trump said:"), else the first person named
            // before it, skipping attributions of the report itself ("According to CBS News, ...").
            let subject_mentions: Vec<usize> = self
                .mentions
                .iter()
                .filter(|m| m.0 >= sentence_start && m.1 <= verb.start)
                .filter(|m| {
                    let head = fold(&text[sentence_start..m.0]);
                    !(head.trim_end().ends_with("according to") || head.trim_end().ends_with("per"))
                })
                .map(|m| m.2)
                .filter(|&e| self.speaker_kind(e))
                .collect();
            if vi > 0 && !text[before[vi - 1].end..verb.start].contains(',') {
                if let Some(e) = self.mention_at(before[vi - 1].start, before[vi - 1].end) {
                    return self.named(e);
                }
            }
            if let Some(&e) = subject_mentions.iter().find(|&&e| self.entities[e].kind == EntityKind::Person) {
                return self.named(e);
            }
            // Reported speech: `said that Trump "emphasized ..."`.
            if let Some(e) = self
                .mentions
                .iter()
                .filter(|m| m.0 >= verb.end && m.1 <= q_start && fold(&text[verb.end..m.0]).trim() == "that")
                .map(|m| m.2)
                .find(|&e| self.entities[e].kind == EntityKind::Person)
            {
                return self.named(e);
            }
            if let Some(&e) = subject_mentions.first() {
                return self.named(e);
            }
            if vi > 0 {
                let first = before[0];
                if matches!(w(&first).as_str(), "he" | "she") {
                    return self.pronoun_before(q_start).map_or((None, None), |e| self.named(e));
                }
                // A subject phrase with no name: "The U.S. president also urged" -> "The U.S. president".
                let mut end = vi;
                while end > 0 && is_adverb(&w(&before[end - 1])) {
                    end -= 1;
                }
                if end > 0 && end <= 6 {
                    return self.resolve(before[0].start, before[end - 1].end, q_start);
                }
            }
        }
        (None, None)
    }

    fn resolve(&self, a: usize, b: usize, q_start: usize) -> (Option<String>, Option<usize>) {
        // Only a name that ends the phrase is the speaker: "a White House official" is not the White House.
        let last_word = self.doc.text[a..b].rfind(' ').map_or(a, |i| a + i + 1);
        if let Some(e) = self.mention_at(last_word, b) {
            return self.named(e);
        }
        let words = &self.doc.text[a..b];
        let folded = fold(words);
        if matches!(folded.as_str(), "he" | "she") {
            return self.pronoun_before(q_start).map_or((None, None), |e| self.named(e));
        }
        if matches!(folded.as_str(), "they" | "it" | "we" | "i" | "you" | "and" | "but" | "also" | "then") {
            return (None, None);
        }
        (Some(words.split_whitespace().collect::<Vec<_>>().join(" ")), None)
    }
}

fn is_preposition(folded: &str) -> bool {
    matches!(
        folded,
        "with"
            | "to"
            | "by"
            | "of"
            | "alongside"
            | "about"
            | "despite"
            | "for"
            | "from"
            | "against"
            | "on"
            | "at"
            | "in"
            | "after"
            | "before"
            | "between"
            | "among"
            | "toward"
            | "towards"
            | "like"
            | "unlike"
            | "under"
            | "over"
            | "into"
            | "onto"
            | "upon"
            | "than"
            | "including"
            | "and"
            | "or"
            | "nor"
    )
}

fn is_adverb(folded: &str) -> bool {
    folded.ends_with("ly")
        || matches!(folded, "also" | "then" | "later" | "again" | "once" | "still" | "already" | "previously" | "and")
}

fn normalised_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '\u{2019}')
        .filter(|w| !w.is_empty())
        .map(|w| {
            // British and American spellings alike ("finalised" = "finalized"); most words have neither.
            let w = fold(w);
            if w.contains("is") {
                w.replace("ised", "ized").replace("isation", "ization")
            } else {
                w
            }
        })
        .collect()
}

fn trigrams(words: &[String]) -> BTreeSet<String> {
    if words.len() < 3 {
        return std::iter::once(words.join(" ")).collect();
    }
    words.windows(3).map(|w| w.join(" ")).collect()
}

/// Every quotation of the corpus, matched across sources.
pub fn extract(docs: &[Document], entities: &[Entity]) -> Vec<Quote> {
    let mut found: Vec<(QuoteOccurrence, BTreeSet<String>, String)> = Vec::new();
    let mut by_doc: Vec<Vec<(usize, usize, usize)>> = vec![Vec::new(); docs.len()];
    for (ei, e) in entities.iter().enumerate() {
        for m in &e.mentions {
            by_doc[m.doc].push((m.start, m.end, ei));
        }
    }
    let entity_names: FastSet<String> = entities.iter().map(|e| fold(&e.name)).collect();
    for (di, doc) in docs.iter().enumerate() {
        let mut mentions = std::mem::take(&mut by_doc[di]);
        crate::order::sort(&mut mentions);
        let resolver = Resolver { doc, mentions, entities };
        for p in doc.paragraphs.iter().filter(|p| p.role.is_content()) {
            for (a, b) in quoted_spans(&doc.text, p.start, p.end) {
                let Some(sentence) =
                    doc.sentences.iter().find(|s| s.start <= a && a < s.end.max(s.start + 1)).map(|s| s.index)
                else {
                    continue;
                };
                // A name in quotation marks ("coalition of the willing") is a name, not a quotation.
                let inner = fold(doc.text[a..b].trim_end_matches([',', '.']));
                if entity_names.contains(&inner) {
                    continue;
                }
                let (mut speaker, mut speaker_entity) = resolver.speaker(a, b, p.start, p.end);
                // A quotation that goes on after its attribution keeps the speaker: `"...," Belta said. "..."`.
                let sentence_start = doc.sentences[sentence].start;
                let opens_sentence = doc.text[sentence_start..a]
                    .trim_matches(|c: char| c.is_whitespace() || text::is_quote(c))
                    .is_empty();
                if speaker.is_none() && opens_sentence {
                    let previous = found.last().filter(|(o, _, _)| o.doc == di && a.saturating_sub(o.end) < 400);
                    if let Some((prev, _, _)) = previous {
                        speaker = prev.speaker.clone();
                        speaker_entity = prev.speaker_entity;
                    }
                }
                // No verb of speech: a quote inside a sentence that opens with a person is theirs
                // ("Putin ... expressed optimism about a settlement if "common sense prevails"").
                if speaker.is_none() {
                    let opener = resolver.mentions.iter().find(|m| m.0 == sentence_start).map(|m| m.2);
                    if let Some(e) = opener.filter(|&e| entities[e].kind == EntityKind::Person) {
                        speaker = Some(entities[e].name.clone());
                        speaker_entity = Some(e);
                    }
                }
                let text = doc.text[a..b].trim_end_matches([',', '.']).to_string();
                let shingles = trigrams(&normalised_words(&text));
                found.push((
                    QuoteOccurrence { doc: di, sentence, start: a, end: b, speaker, speaker_entity },
                    shingles,
                    text,
                ));
            }
        }
    }
    // Match through a shingle index: each quote is compared only with quotes sharing a trigram.
    let mut index: FastMap<&str, Vec<usize>> = FastMap::default();
    for (i, (_, sh, _)) in found.iter().enumerate() {
        for s in sh {
            index.entry(s.as_str()).or_default().push(i);
        }
    }
    let mut parent: Vec<usize> = (0..found.len()).collect();
    fn root(p: &mut [usize], mut x: usize) -> usize {
        while p[x] != x {
            p[x] = p[p[x]];
            x = p[x];
        }
        x
    }
    for i in 0..found.len() {
        let mut shared: BTreeMap<usize, usize> = BTreeMap::new();
        // Compare with earlier quotes only, and only the first few holders of each trigram: copies
        // of one quotation join through its earliest occurrences, so the cost stays linear.
        for s in &found[i].1 {
            for &j in index.get(s.as_str()).into_iter().flatten().take(MAX_HOLDERS) {
                if j < i {
                    *shared.entry(j).or_default() += 1;
                }
            }
        }
        for (j, n) in shared {
            let smaller = found[i].1.len().min(found[j].1.len()).max(1);
            if n as f32 / smaller as f32 >= MATCH_CONTAINMENT {
                let (ri, rj) = (root(&mut parent, i), root(&mut parent, j));
                parent[ri.max(rj)] = ri.min(rj);
            }
        }
    }
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..found.len() {
        let r = root(&mut parent, i);
        groups.entry(r).or_default().push(i);
    }
    let mut quotes: Vec<Quote> = groups
        .values()
        .map(|members| {
            let text = members.iter().map(|&i| &found[i].2).max_by_key(|t| t.len()).cloned().unwrap_or_default();
            let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
            for &i in members {
                if let Some(s) = found[i].0.speaker.as_deref() {
                    *counts.entry(s).or_default() += 1;
                }
            }
            let speaker = counts.iter().max_by_key(|(s, n)| (**n, std::cmp::Reverse(**s))).map(|(s, _)| s.to_string());
            let people: BTreeSet<usize> = members
                .iter()
                .filter_map(|&i| found[i].0.speaker_entity)
                .filter(|&e| entities[e].kind == EntityKind::Person)
                .collect();
            Quote {
                speaker,
                text,
                occurrences: members.iter().map(|&i| found[i].0.clone()).collect(),
                attribution_differs: people.len() > 1,
            }
        })
        .collect();
    crate::order::sort_by(&mut quotes, |a, b| {
        let docs = |q: &Quote| q.occurrences.iter().map(|o| o.doc).collect::<BTreeSet<_>>().len();
        docs(b).cmp(&docs(a)).then_with(|| {
            (a.occurrences[0].doc, a.occurrences[0].start).cmp(&(b.occurrences[0].doc, b.occurrences[0].start))
        })
    });
    quotes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::ingest;

    fn quotes(texts: &[&str]) -> Vec<Quote> {
        let docs: Vec<Document> = texts.iter().enumerate().map(|(i, t)| ingest(&format!("d{i}"), t)).collect();
        let entities = crate::entities::extract(&docs);
        extract(&docs, &entities)
    }

    #[test]
    fn speakers_after_before_and_by_pronoun() {
        let table = [
            (
                "\"The day the conflict stops, the guarantees will be deployed,\" Macron told a press conference.",
                "Macron",
            ),
            ("French President Emmanuel Macron spoke. \"We are ready to act now,\" he said.", "Emmanuel Macron"),
            ("\"We will stay within the maritime domain,\" Rosen Zhelyazkov said in Sofia.", "Rosen Zhelyazkov"),
            ("Asked about it, Donald Trump said: \"Yeah, I will be there.\"", "Donald Trump"),
            ("\"The president also emphasized the point,\" the official said.", "the official"),
            ("\"This is a matter of necessity,\" said Volodymyr Zelenskyy.", "Volodymyr Zelenskyy"),
        ];
        for (text, speaker) in table {
            let qs = quotes(&[text]);
            assert_eq!(qs.len(), 1, "{text}");
            assert_eq!(qs[0].speaker.as_deref(), Some(speaker), "{text}");
        }
    }

    #[test]
    fn quotes_match_across_sources_and_scare_quotes_are_skipped() {
        let qs = quotes(&[
            "\"The planning work will be finalised with the United States,\" Mr Macron said. It is a \"reassurance force\".",
            "\"The planning work will be finalized with the United States,\" Macron stated.",
        ]);
        assert_eq!(qs.len(), 1, "{qs:?}");
        assert_eq!(qs[0].occurrences.len(), 2);
        assert!(!qs[0].attribution_differs);
    }

    #[test]
    fn different_speakers_for_the_same_words_are_flagged() {
        let qs = quotes(&[
            "Prime Minister Anna Berg spoke. \"We will not accept any delay in this process,\" she said.",
            "Foreign Minister Carl Holm spoke. \"We will not accept any delay in this process,\" he said.",
        ]);
        assert_eq!(qs.len(), 1);
        assert!(qs[0].attribution_differs, "{qs:?}");
    }

    #[test]
    fn an_open_quote_runs_to_the_end_of_its_paragraph() {
        let qs =
            quotes(&["\"Our shared task is to train more crews and radars ... Following the meeting, tasks were set."]);
        assert_eq!(qs.len(), 1);
        assert!(qs[0].text.ends_with("tasks were set"));
    }
}
