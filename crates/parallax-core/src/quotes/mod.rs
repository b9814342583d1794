//! Quotes: direct quotations with their speaker, matched across sources.
//!
//! A quotation is text between double quotation marks (straight, curly or guillemets), found per
//! paragraph so that a quote may run over several sentences. Its speaker comes from the nearest
//! speech verb ("Moreau told reporters", "he said", "said Horodetsky", "Trump said: ..."), resolved
//! to an entity where a mention stands there; "he"/"she" go to the last person named before.
//! Quotes in different sources match when they share most of their word trigrams.
//!
//! `marks` finds the quoted spans, `speaker` who says them, `matching` which are the same words.

mod marks;
mod matching;
mod speaker;

use crate::hash::FastSet;
use crate::order::SortedSet;

use serde::{Deserialize, Serialize};

use crate::entities::{Entity, EntityKind};
use crate::ingest::{Document, Paragraph};
use crate::text::{self, fold};

use speaker::{Resolver, Speaker};

/// Quotes shorter than this (in words) are scare quotes around a term, not quotations.
const MIN_WORDS: usize = 3;
/// How many earlier holders of a trigram a quote is compared with.
const MAX_HOLDERS: usize = 32;
/// Share of the shorter quote's trigrams that must appear in the other for a match.
const MATCH_CONTAINMENT: f32 = 0.6;
/// How far (in bytes) a quotation may follow an attributed one in the same document and still
/// take its speaker.
const CONTINUATION_GAP: usize = 400;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuoteOccurrence {
    pub doc: usize,
    pub sentence: usize,
    /// Byte span of the quoted words (marks excluded).
    pub start: usize,
    pub end: usize,
    /// Who the source says spoke, as resolved ("Emmanuel Moreau") or as written ("a White House official").
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

/// A quotation found in one document, before matching: where it is, its words' trigrams and its
/// text without trailing punctuation.
struct Found {
    occurrence: QuoteOccurrence,
    shingles: SortedSet<String>,
    text: String,
}

/// Every quotation of the corpus, matched across sources.
pub fn extract(docs: &[Document], entities: &[Entity]) -> Vec<Quote> {
    let mut found: Vec<Found> = Vec::new();
    let mut by_doc = mentions_by_document(docs.len(), entities);
    let entity_names: FastSet<String> = entities.iter().map(|e| fold(&e.name)).collect();
    for (di, doc) in docs.iter().enumerate() {
        let mut mentions = std::mem::take(&mut by_doc[di]);
        crate::order::sort(&mut mentions);
        let resolver = Resolver { doc, mentions, entities };
        for p in doc.paragraphs.iter().filter(|p| p.role.is_content()) {
            find_in_paragraph(&resolver, di, p, &entity_names, &mut found);
        }
    }
    let mut quotes: Vec<Quote> =
        matching::groups(&found).iter().map(|members| matching::quote(members, &found, entities)).collect();
    // Quotes most sources carry first, then in text order.
    crate::order::sort_by(&mut quotes, |a, b| {
        let docs = |q: &Quote| crate::order::distinct(q.occurrences.iter().map(|o| o.doc)).len();
        docs(b).cmp(&docs(a)).then_with(|| {
            (a.occurrences[0].doc, a.occurrences[0].start).cmp(&(b.occurrences[0].doc, b.occurrences[0].start))
        })
    });
    quotes
}

/// Entity mentions per document: (start, end, entity index).
fn mentions_by_document(docs: usize, entities: &[Entity]) -> Vec<Vec<(usize, usize, usize)>> {
    let mut by_doc = vec![Vec::new(); docs];
    for (ei, e) in entities.iter().enumerate() {
        for m in &e.mentions {
            by_doc[m.doc].push((m.start, m.end, ei));
        }
    }
    by_doc
}

/// The quotations of one paragraph of document `di`, with their speakers, added to `found`.
fn find_in_paragraph(
    resolver: &Resolver,
    di: usize,
    p: &Paragraph,
    entity_names: &FastSet<String>,
    found: &mut Vec<Found>,
) {
    let doc = resolver.doc;
    for (a, b) in marks::quoted_spans(&doc.text, p.start, p.end) {
        let Some(sentence) = doc.sentences.iter().find(|s| s.start <= a && a < s.end.max(s.start + 1)).map(|s| s.index)
        else {
            continue;
        };
        // A name in quotation marks ("coalition of the willing") is a name, not a quotation.
        let inner = fold(doc.text[a..b].trim_end_matches([',', '.']));
        if entity_names.contains(&inner) {
            continue;
        }
        let speaker = speaker_of(resolver, di, sentence, (a, b), p, found);
        let (speaker, speaker_entity) = speaker.into_fields(resolver.entities);
        let text = doc.text[a..b].trim_end_matches([',', '.']).to_string();
        let shingles = matching::trigrams(&matching::normalised_words(&text));
        let occurrence = QuoteOccurrence { doc: di, sentence, start: a, end: b, speaker, speaker_entity };
        found.push(Found { occurrence, shingles, text });
    }
}

/// Who says the quotation at `a..b`: from a verb of speech near it; else, if it opens its
/// sentence, whoever said the quotation just before it; else the person its sentence opens with.
fn speaker_of(
    resolver: &Resolver,
    di: usize,
    sentence: usize,
    (a, b): (usize, usize),
    p: &Paragraph,
    found: &[Found],
) -> Speaker {
    let doc = resolver.doc;
    let speaker = resolver.speaker(a, b, p.start, p.end);
    if speaker != Speaker::Unknown {
        return speaker;
    }
    // A quotation that goes on after its attribution keeps the speaker: `"...," Belta said. "..."`.
    let sentence_start = doc.sentences[sentence].start;
    let opens_sentence =
        doc.text[sentence_start..a].trim_matches(|c: char| c.is_whitespace() || text::is_quote(c)).is_empty();
    if opens_sentence {
        let previous =
            found.last().map(|f| &f.occurrence).filter(|o| o.doc == di && a.saturating_sub(o.end) < CONTINUATION_GAP);
        if let Some(speaker) = previous.and_then(speaker_of_occurrence) {
            return speaker;
        }
    }
    // No verb of speech: a quote inside a sentence that opens with a person is theirs
    // ("Putin ... expressed optimism about a settlement if "common sense prevails"").
    let opener = resolver.mentions.iter().find(|m| m.0 == sentence_start).map(|m| m.2);
    let person = opener.filter(|&e| resolver.entities[e].kind == EntityKind::Person);
    person.map_or(Speaker::Unknown, Speaker::Entity)
}

/// The speaker an earlier occurrence records, if it has one.
fn speaker_of_occurrence(o: &QuoteOccurrence) -> Option<Speaker> {
    match (&o.speaker, o.speaker_entity) {
        (_, Some(e)) => Some(Speaker::Entity(e)),
        (Some(phrase), None) => Some(Speaker::Phrase(phrase.clone())),
        (None, None) => None,
    }
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
                "\"The day the conflict stops, the guarantees will be deployed,\" Moreau told a press conference.",
                "Moreau",
            ),
            ("French President Emmanuel Moreau spoke. \"We are ready to act now,\" he said.", "Emmanuel Moreau"),
            ("\"We will stay within the maritime domain,\" Dimitar Petrov said in Sofia.", "Dimitar Petrov"),
            ("Asked about it, Donald Trump said: \"Yeah, I will be there.\"", "Donald Trump"),
            ("\"The president also emphasized the point,\" the official said.", "the official"),
            ("\"This is a matter of necessity,\" said Oleksandr Horodetskyy.", "Oleksandr Horodetskyy"),
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
            "\"The planning work will be finalised with the United States,\" Mr Moreau said. It is a \"reassurance force\".",
            "\"The planning work will be finalized with the United States,\" Moreau stated.",
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

    #[test]
    fn a_quotation_without_a_verb_takes_the_speaker_before_it_or_its_sentence_opener() {
        let qs = quotes(&[
            "\"We will hold the line in the east,\" Dimitar Petrov said. \"And we will not retreat from it.\"",
        ]);
        let speakers: Vec<_> = qs.iter().map(|q| q.speaker.as_deref()).collect();
        assert_eq!(speakers, [Some("Dimitar Petrov"), Some("Dimitar Petrov")]);
        let qs = quotes(&["Donald Trump expressed optimism about a deal if \"common sense prevails in the end\"."]);
        assert_eq!(qs[0].speaker.as_deref(), Some("Donald Trump"));
        assert!(qs[0].occurrences[0].speaker_entity.is_some(), "resolved to the entity");
    }
}
