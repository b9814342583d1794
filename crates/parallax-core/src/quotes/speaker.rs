//! Who says a quotation: the nearest verb of speech after or before it, and the name, pronoun
//! or phrase that goes with the verb, resolved to an entity where a mention stands there.

use crate::entities::{Entity, EntityKind};
use crate::ingest::Document;
use crate::lists::{WordList, SPEECH_VERBS};
use crate::text::{fold, Token, TokenKind};

static PREPOSITIONS: WordList =
    WordList::new("prepositions.txt", include_str!(concat!(env!("OUT_DIR"), "/data/prepositions.txt")));
static ADVERBS: WordList = WordList::new("adverbs.txt", include_str!(concat!(env!("OUT_DIR"), "/data/adverbs.txt")));
static NOT_SPEAKERS: WordList =
    WordList::new("not-speakers.txt", include_str!(concat!(env!("OUT_DIR"), "/data/not-speakers.txt")));

/// Who a source says spoke a quotation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Speaker {
    /// An entity of the analysis, by index: "Moreau told reporters", "he said" after Moreau.
    Entity(usize),
    /// A phrase that names no entity, as written: "the official", "a White House official".
    Phrase(String),
    /// No speaker found.
    Unknown,
}

impl Speaker {
    /// The speaker as the occurrence's fields: the name (the entity's, or the phrase) and the
    /// entity index when there is one.
    pub fn into_fields(self, entities: &[Entity]) -> (Option<String>, Option<usize>) {
        match self {
            Speaker::Entity(e) => (Some(entities[e].name.clone()), Some(e)),
            Speaker::Phrase(phrase) => (Some(phrase), None),
            Speaker::Unknown => (None, None),
        }
    }

    fn from_entity(entity: Option<usize>) -> Speaker {
        entity.map_or(Speaker::Unknown, Speaker::Entity)
    }
}

fn is_speech_verb(folded: &str) -> bool {
    SPEECH_VERBS.contains(folded)
}

fn is_he_or_she(folded: &str) -> bool {
    matches!(folded, "he" | "she")
}

fn is_adverb(folded: &str) -> bool {
    folded.ends_with("ly") || ADVERBS.contains(folded)
}

/// Finds speakers in one document.
pub(super) struct Resolver<'a> {
    pub doc: &'a Document,
    /// Entity mentions of this document: (start, end, entity index), by start.
    pub mentions: Vec<(usize, usize, usize)>,
    pub entities: &'a [Entity],
}

impl Resolver<'_> {
    /// An entity that can speak (a person or a body, not a place) mentioned within `a..b`.
    fn mention_at(&self, a: usize, b: usize) -> Option<usize> {
        self.mentions.iter().filter(|m| m.0 < b && a < m.1).map(|m| m.2).find(|&e| self.can_speak(e))
    }

    fn can_speak(&self, e: usize) -> bool {
        matches!(
            self.entities[e].kind,
            EntityKind::Person | EntityKind::Organisation | EntityKind::Group | EntityKind::Other
        )
    }

    fn is_person(&self, e: usize) -> bool {
        self.entities[e].kind == EntityKind::Person
    }

    /// The person a pronoun before byte `at` most likely means: the first person named in the
    /// nearest earlier sentence that names one (subjects come first in news sentences).
    fn pronoun_before(&self, at: usize) -> Speaker {
        let mut sentences = self.doc.sentences.iter().filter(|s| s.start < at).rev();
        let person = sentences.find_map(|s| {
            self.mentions
                .iter()
                .filter(|m| m.0 >= s.start && m.1 <= s.end.min(at))
                .filter(|m| !self.follows_preposition(s.start, m.0))
                .map(|m| m.2)
                .find(|&e| self.is_person(e))
        });
        Speaker::from_entity(person)
    }

    /// Whether the mention at `at` is the object of a preposition ("talks with Putin", "Despite
    /// Horodetsky"), looking back past titles and demonyms to the sentence start `from`.
    fn follows_preposition(&self, from: usize, at: usize) -> bool {
        let head = fold(&self.doc.text[from..at]);
        let prev = head
            .split(|c: char| !c.is_alphanumeric() && c != '\'')
            .filter(|w| !w.is_empty())
            .rev()
            .find(|w| !crate::entities::is_title_word(w) && crate::gazetteer::gazetteer().demonym(w).is_none());
        prev.is_some_and(|w| PREPOSITIONS.contains(w))
    }

    /// Speaker for a quote `[q_start, q_end)` (marks excluded) in the paragraph `[p_start, p_end)`:
    /// from an attribution after the quote if there is one, else from one before it.
    pub fn speaker(&self, q_start: usize, q_end: usize, p_start: usize, p_end: usize) -> Speaker {
        let words: Vec<&Token> = self
            .doc
            .tokens
            .iter()
            .filter(|t| t.start() >= p_start && t.end() <= p_end && t.kind == TokenKind::Word)
            .collect();
        if let Some(speaker) = self.after_quote(&words, q_start, q_end, p_end) {
            return speaker;
        }
        self.before_quote(&words, q_start, p_start)
    }

    fn folded(&self, t: &Token) -> String {
        fold(t.text(&self.doc.text))
    }

    /// The start and end of the sentence that holds byte `at`.
    fn sentence_around(&self, at: usize) -> Option<(usize, usize)> {
        self.doc.sentences.iter().find(|s| s.start <= at && at <= s.end).map(|s| (s.start, s.end))
    }

    /// An attribution after the quote: `," Moreau told`, `," he said`, `," said Horodetsky`, `, the
    /// official said.` None when there is none to read, so the caller looks before the quote;
    /// `Some(Unknown)` when there is one that names no one ("they said").
    fn after_quote(&self, words: &[&Token], q_start: usize, q_end: usize, p_end: usize) -> Option<Speaker> {
        let text = &self.doc.text;
        let sentence_end = self.sentence_around(q_end).map_or(p_end, |s| s.1).max(q_end);
        let after: Vec<&Token> = words
            .iter()
            .copied()
            .filter(|t| t.start() >= q_end && t.start() < sentence_end.max(q_end + 2))
            .take(8)
            .collect();
        let vi = after.iter().position(|t| is_speech_verb(&self.folded(t)))?;
        if vi == 0 {
            // `said Horodetsky`: the capitalised words after the verb.
            let names: Vec<&Token> = after[1..]
                .iter()
                .copied()
                .take_while(|t| t.text(text).chars().next().is_some_and(char::is_uppercase))
                .collect();
            let (first, last) = (names.first()?, names.last()?);
            return Some(self.resolve(first.start(), last.end(), q_start));
        }
        let span = &after[..vi];
        let last = span[span.len() - 1];
        if is_he_or_she(&self.folded(last)) {
            return Some(self.pronoun_before(q_start));
        }
        // "a White House official said": the mention only modifies the speaker; keep the phrase.
        if let Some(e) = self.mention_at(last.start(), last.end()) {
            return Some(Speaker::Entity(e));
        }
        (span.len() <= 5).then(|| self.resolve(span[0].start(), last.end(), q_start))
    }

    /// An attribution before the quote: `Trump said: "..."`, `X expressed the need ..., stating,
    /// "..."`, `said that Trump "..."`.
    fn before_quote(&self, words: &[&Token], q_start: usize, p_start: usize) -> Speaker {
        let text = &self.doc.text;
        let sentence_start =
            self.sentence_around(q_start.saturating_sub(1)).map_or(p_start, |s| s.0).max(p_start).min(q_start);
        let before: Vec<&Token> =
            words.iter().copied().filter(|t| t.end() <= q_start && t.start() >= sentence_start).collect();
        let Some(vi) = before.iter().rposition(|t| is_speech_verb(&self.folded(t))) else {
            return Speaker::Unknown;
        };
        let verb = before[vi];
        // A name right before the verb: "Trump said:".
        if vi > 0 && !text[before[vi - 1].end()..verb.start()].contains(',') {
            if let Some(e) = self.mention_at(before[vi - 1].start(), before[vi - 1].end()) {
                return Speaker::Entity(e);
            }
        }
        let subjects = self.subject_mentions(sentence_start, verb.start());
        let person = subjects.iter().copied().find(|&e| self.is_person(e));
        if let Some(e) =
            person.or_else(|| self.reported_speech_subject(verb.end(), q_start)).or(subjects.first().copied())
        {
            return Speaker::Entity(e);
        }
        if vi == 0 {
            return Speaker::Unknown;
        }
        self.subject_phrase(&before[..vi], q_start)
    }

    /// Entities that can speak named between the sentence start and the verb, skipping
    /// attributions of the report itself ("According to CBS News, ...").
    fn subject_mentions(&self, sentence_start: usize, verb_start: usize) -> Vec<usize> {
        let text = &self.doc.text;
        self.mentions
            .iter()
            .filter(|m| m.0 >= sentence_start && m.1 <= verb_start)
            .filter(|m| {
                let head = fold(&text[sentence_start..m.0]);
                !(head.trim_end().ends_with("according to") || head.trim_end().ends_with("per"))
            })
            .map(|m| m.2)
            .filter(|&e| self.can_speak(e))
            .collect()
    }

    /// Reported speech: the person right after `said that` (`said that Trump "emphasized ..."`).
    fn reported_speech_subject(&self, verb_end: usize, q_start: usize) -> Option<usize> {
        let text = &self.doc.text;
        self.mentions
            .iter()
            .filter(|m| m.0 >= verb_end && m.1 <= q_start && fold(&text[verb_end..m.0]).trim() == "that")
            .map(|m| m.2)
            .find(|&e| self.is_person(e))
    }

    /// A subject with no name, from the words before the verb: "he" or "she" is the person named
    /// before; "The U.S. president also urged" -> "The U.S. president".
    fn subject_phrase(&self, subject: &[&Token], q_start: usize) -> Speaker {
        if is_he_or_she(&self.folded(subject[0])) {
            return self.pronoun_before(q_start);
        }
        let mut end = subject.len();
        while end > 0 && is_adverb(&self.folded(subject[end - 1])) {
            end -= 1;
        }
        if end > 0 && end <= 6 {
            return self.resolve(subject[0].start(), subject[end - 1].end(), q_start);
        }
        Speaker::Unknown
    }

    /// The speaker a phrase `a..b` names: an entity mentioned at its end, the person a pronoun
    /// means, or the phrase itself.
    fn resolve(&self, a: usize, b: usize, q_start: usize) -> Speaker {
        // Only a name that ends the phrase is the speaker: "a White House official" is not the White House.
        let last_word = self.doc.text[a..b].rfind(' ').map_or(a, |i| a + i + 1);
        if let Some(e) = self.mention_at(last_word, b) {
            return Speaker::Entity(e);
        }
        let words = &self.doc.text[a..b];
        let folded = fold(words);
        if is_he_or_she(&folded) {
            return self.pronoun_before(q_start);
        }
        if NOT_SPEAKERS.contains(&folded) {
            return Speaker::Unknown;
        }
        Speaker::Phrase(words.split_whitespace().collect::<Vec<_>>().join(" "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::ingest;

    /// A resolver for `doc` with the mentions of `entities` in it.
    fn resolver<'a>(doc: &'a Document, entities: &'a [Entity]) -> Resolver<'a> {
        let mut mentions: Vec<(usize, usize, usize)> = entities
            .iter()
            .enumerate()
            .flat_map(|(ei, e)| e.mentions.iter().map(move |m| (m.start, m.end, ei)))
            .collect();
        crate::order::sort(&mut mentions);
        Resolver { doc, mentions, entities }
    }

    /// The speaker of the first quotation of `text`, as "entity: name", "phrase: words" or "unknown".
    fn speaker_of_first_quote(text: &str) -> String {
        let docs = vec![ingest("d", text)];
        let entities = crate::entities::extract(&docs);
        let resolver = resolver(&docs[0], &entities);
        let p = &docs[0].paragraphs[0];
        let (a, b) = super::super::marks::quoted_spans(&docs[0].text, p.start, p.end)[0];
        match resolver.speaker(a, b, p.start, p.end) {
            Speaker::Entity(e) => format!("entity: {}", entities[e].name),
            Speaker::Phrase(phrase) => format!("phrase: {phrase}"),
            Speaker::Unknown => "unknown".to_string(),
        }
    }

    #[test]
    fn attributions_after_the_quote() {
        let table = [
            ("\"We are ready to act now,\" said Oleksandr Horodetskyy.", "entity: Oleksandr Horodetskyy"),
            ("\"We are ready to act now,\" Dimitar Petrov said in Sofia.", "entity: Dimitar Petrov"),
            ("Emmanuel Moreau spoke. \"We are ready to act now,\" he said.", "entity: Emmanuel Moreau"),
            ("\"We are ready to act now,\" the official said.", "phrase: the official"),
            ("\"We are ready to act now,\" they said.", "unknown"),
            ("\"We are ready to act now,\" he said.", "unknown"),
        ];
        for (text, expected) in table {
            assert_eq!(speaker_of_first_quote(text), expected, "{text}");
        }
    }

    #[test]
    fn attributions_before_the_quote() {
        let table = [
            ("Asked about it, Donald Trump said: \"Yeah, I will be there.\"", "entity: Donald Trump"),
            ("Officials said that Donald Trump \"will be there in person\".", "entity: Donald Trump"),
            ("The U.S. president also urged: \"Be there in person.\"", "phrase: The U.S. president"),
            ("Donald Trump arrived. He later said: \"Yeah, I will be there.\"", "entity: Donald Trump"),
            ("It was late. \"Yeah, I will be there.\"", "unknown"),
        ];
        for (text, expected) in table {
            assert_eq!(speaker_of_first_quote(text), expected, "{text}");
        }
    }

    #[test]
    fn a_speaker_becomes_the_occurrence_fields() {
        let docs = vec![ingest("d", "Donald Trump spoke in Paris.")];
        let entities = crate::entities::extract(&docs);
        let trump = entities.iter().position(|e| e.name == "Donald Trump").expect("Trump is found");
        assert_eq!(Speaker::Entity(trump).into_fields(&entities), (Some("Donald Trump".into()), Some(trump)));
        assert_eq!(Speaker::Phrase("the official".into()).into_fields(&entities), (Some("the official".into()), None));
        assert_eq!(Speaker::Unknown.into_fields(&entities), (None, None));
    }

    #[test]
    fn names_after_prepositions_are_not_what_a_pronoun_means() {
        let docs = vec![ingest("d", "Donald Trump held talks with Vladimir Putin. Later he spoke.")];
        let entities = crate::entities::extract(&docs);
        let resolver = resolver(&docs[0], &entities);
        let putin = docs[0].text.find("Vladimir").unwrap_or_default();
        assert!(resolver.follows_preposition(0, putin));
        assert!(!resolver.follows_preposition(0, 0));
    }
}
