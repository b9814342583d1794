//! Who a sentence says made its statement or did its act: "according to X", "X said", "said X",
//! "X's office said", "X urged". A statement aligned across sources and credited to different
//! people or bodies is a disagreement of who said it; one credited in one source and stated as
//! fact in another is not, but the claim says so.
//!
//! The credit is read from the sentence's own words (a verb of speech or of urging and the words
//! before or after it), resolved to an entity where a mention stands there, else kept as the
//! phrase the source wrote ("police", "state officials"). Credits compare by entity, or by the head
//! word of the phrase ("officials" and "state officials" are one kind of source).

use crate::entities::{Entity, EntityKind};
use crate::ingest::{Document, Sentence};
use crate::lists::{WordList, SPEECH_VERBS};
use crate::text::{fold, Token, TokenKind};

static ACT_VERBS: WordList =
    WordList::new("act-verbs.txt", include_str!(concat!(env!("OUT_DIR"), "/data/act-verbs.txt")));
static DETERMINERS: WordList =
    WordList::new("credit-determiners.txt", include_str!(concat!(env!("OUT_DIR"), "/data/credit-determiners.txt")));
static FILLERS: WordList =
    WordList::new("credit-fillers.txt", include_str!(concat!(env!("OUT_DIR"), "/data/credit-fillers.txt")));
static BE_FORMS: WordList = WordList::new("be-forms.txt", include_str!(concat!(env!("OUT_DIR"), "/data/be-forms.txt")));
static PREPOSITIONS: WordList =
    WordList::new("prepositions.txt", include_str!(concat!(env!("OUT_DIR"), "/data/prepositions.txt")));
static VAGUE: WordList =
    WordList::new("vague-credits.txt", include_str!(concat!(env!("OUT_DIR"), "/data/vague-credits.txt")));

/// Words in a credit phrase at most: a subject longer than this is a clause, not a source.
const PHRASE_WORDS: usize = 6;

/// Who a sentence credits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Credit {
    /// An entity of the analysis, by index, or None for a phrase that names none.
    pub entity: Option<usize>,
    /// As shown: the entity's name, or the phrase as written ("state officials").
    pub who: String,
    /// The words that give the credit, as a byte span of the document.
    pub start: usize,
    pub end: usize,
}

impl Credit {
    /// Do two credits name the same source: the same entity, or phrases with the same head word
    /// ("officials", "state officials"; "organisers", "organizers")?
    pub fn same_source(&self, other: &Credit) -> bool {
        match (self.entity, other.entity) {
            (Some(a), Some(b)) => a == b,
            (None, None) => {
                let (a, b) = (words_of(&self.who), words_of(&other.who));
                // "police" and "a police spokesperson"; "officials" and "authorities".
                head_word(&self.who) == head_word(&other.who)
                    || a.iter().all(|w| b.contains(w))
                    || b.iter().all(|w| a.contains(w))
                    || (self.is_vague() && other.is_vague())
            }
            _ => false,
        }
    }

    /// Does it name no one in particular ("officials", "local media")?
    pub fn is_vague(&self) -> bool {
        self.entity.is_none() && VAGUE.contains(&fold(self.who.rsplit(' ').next().unwrap_or("")))
    }
}

/// The words of a phrase, folded, with British spellings read as American.
fn words_of(phrase: &str) -> Vec<String> {
    phrase.split(' ').map(|w| fold(w).replace("is", "iz")).collect()
}

/// The last word of a phrase, folded, with British "-is-" spellings read as American ("organisers").
fn head_word(phrase: &str) -> String {
    let last = phrase.rsplit(' ').next().unwrap_or("");
    let f = fold(last);
    let f = f.strip_suffix('s').filter(|s| s.len() > 3).unwrap_or(&f).to_string();
    f.replace("is", "iz")
}

fn is_credit_verb(folded: &str) -> bool {
    SPEECH_VERBS.contains(folded) || ACT_VERBS.contains(folded)
}

/// Reads credits in one document.
pub struct Reader<'a> {
    doc: &'a Document,
    /// Entity mentions of this document: (start, end, entity index), by start.
    mentions: Vec<(usize, usize, usize)>,
    entities: &'a [Entity],
}

impl<'a> Reader<'a> {
    /// A reader of `doc`, given the document's entity mentions (start, end, entity index).
    pub fn new(doc: &'a Document, mut mentions: Vec<(usize, usize, usize)>, entities: &'a [Entity]) -> Self {
        crate::order::sort(&mut mentions);
        Reader { doc, mentions, entities }
    }

    fn text(&self, t: &Token) -> &str {
        t.text(&self.doc.text)
    }

    /// A person or body mentioned within `a..b` (a person first).
    fn speaker_in(&self, a: usize, b: usize) -> Option<usize> {
        let inside: Vec<usize> = self.mentions.iter().filter(|m| m.0 < b && a < m.1).map(|m| m.2).collect();
        let can_speak = |&e: &usize| {
            matches!(
                self.entities[e].kind,
                EntityKind::Person | EntityKind::Organisation | EntityKind::Group | EntityKind::Other
            )
        };
        let person = inside.iter().copied().find(|&e| self.entities[e].kind == EntityKind::Person);
        person.or_else(|| inside.iter().copied().find(can_speak))
    }

    /// The credit of a sentence, if it names one.
    pub fn credit(&self, s: &Sentence) -> Option<Credit> {
        let words: Vec<&Token> = self.doc.tokens[s.tokens.clone()].iter().collect();
        // "According to local media, the CGT union said ...": the outlet's source quotes the one
        // that speaks; a vague "according to" gives way to a named speaker.
        match (self.according_to(&words, s), self.by_verb(&words, s)) {
            (Some(according), Some(speaker)) if according.is_vague() && !speaker.is_vague() => Some(speaker),
            (Some(according), _) => Some(according),
            (None, speaker) => speaker,
        }
    }

    fn credit_of(&self, from: usize, to: usize) -> Option<Credit> {
        if from >= to {
            return None;
        }
        if let Some(e) = self.speaker_in(from, to) {
            return Some(Credit { entity: Some(e), who: self.entities[e].name.clone(), start: from, end: to });
        }
        let phrase = self.doc.text[from..to].trim();
        let bare = phrase.split(' ').skip_while(|w| DETERMINERS.contains(&fold(w))).collect::<Vec<_>>().join(" ");
        let short = !bare.is_empty() && bare.split(' ').count() <= PHRASE_WORDS;
        short.then_some(Credit { entity: None, who: bare, start: from, end: to })
    }

    /// "according to X": X up to the next punctuation, at most a few words.
    fn according_to(&self, words: &[&Token], s: &Sentence) -> Option<Credit> {
        // The document's folded forms, not a fold of each word: this runs for every sentence of
        // every statement aligned across sources.
        let folded = self.doc.folded.slice(s.tokens.clone());
        let at =
            (1..words.len()).position(|i| folded.get(i - 1) == Some("according") && folded.get(i) == Some("to"))?;
        let np: Vec<&Token> =
            words[at + 2..].iter().copied().take_while(|t| t.kind != TokenKind::Punct).take(PHRASE_WORDS + 2).collect();
        let (first, last) = (np.first()?, np.last()?);
        if np.len() == 1 && matches!(fold(self.text(first)).as_str(), "him" | "her") {
            return self.person_before(first.start()).map(|e| self.entity_credit(e, first.start(), first.end()));
        }
        self.credit_of(first.start(), last.end())
    }

    fn entity_credit(&self, e: usize, start: usize, end: usize) -> Credit {
        Credit { entity: Some(e), who: self.entities[e].name.clone(), start, end }
    }

    /// "X said", "X urged", "said X": the subject of a verb of speech or urging.
    fn by_verb(&self, words: &[&Token], s: &Sentence) -> Option<Credit> {
        // "205 were confirmed dead": a passive verb names no source.
        let passive = |i: usize| i > 0 && BE_FORMS.contains(&fold(self.text(words[i - 1])));
        let vi = (0..words.len())
            .find(|&i| words[i].kind == TokenKind::Word && is_credit_verb(&fold(self.text(words[i]))) && !passive(i))?;
        // Before the verb: back to the clause's start (a comma, a quote mark, "that", the sentence start).
        let mut from = vi;
        while from > 0 {
            let t = words[from - 1];
            let f = fold(self.text(t));
            if t.kind == TokenKind::Punct && self.text(t) != "'" && self.text(t) != "\u{2019}" || f == "that" {
                break;
            }
            from -= 1;
        }
        let mut subject = &words[from..vi];
        // "he also said", "Twitter has announced": what stands between the source and its verb.
        while subject.last().is_some_and(|t| FILLERS.contains(&fold(self.text(t)))) {
            subject = &subject[..subject.len() - 1];
        }
        // "Ma Liya, who lives in Ludian, told ...": the name before the relative clause.
        if subject.is_empty() && from >= 2 {
            let clause_start =
                |end: usize| (0..end).rev().find(|&k| words[k].kind == TokenKind::Punct).map_or(0, |k| k + 1);
            let relative = clause_start(from - 1);
            let opens_relative =
                words.get(relative).is_some_and(|t| matches!(fold(self.text(t)).as_str(), "who" | "which"));
            if opens_relative && relative >= 2 {
                subject = &words[clause_start(relative - 1)..relative - 1];
            }
        }
        // "On Wednesday police said", "In a statement, police said": a time or a setting first.
        if subject.first().is_some_and(|t| PREPOSITIONS.contains(&fold(self.text(t)))) {
            let skip = subject
                .iter()
                .skip(1)
                .take_while(|t| self.text(t).chars().next().is_some_and(char::is_uppercase))
                .count();
            subject = &subject[1 + skip..];
        }
        // "The casualties the center announced": the source is after the last determiner.
        if let Some(k) = subject.iter().rposition(|t| DETERMINERS.contains(&fold(self.text(t)))).filter(|&k| k > 0) {
            subject = &subject[k..];
        }
        if subject.iter().any(|t| FILLERS.contains(&fold(self.text(t)))) {
            return None;
        }
        // "Moreau expressed the need ..., stating, ...": the subject of the sentence speaks.
        let participle = fold(self.text(words[vi])).ends_with("ing");
        if subject.is_empty() && participle && vi > 0 {
            return self.speaker_in(s.start, words[vi].start()).map(|e| {
                let at = self
                    .mentions
                    .iter()
                    .find(|m| m.2 == e && m.0 >= s.start)
                    .map_or((s.start, s.start), |m| (m.0, m.1));
                self.entity_credit(e, at.0, at.1)
            });
        }
        if matches!(subject.last().map(|t| fold(self.text(t))).as_deref(), Some("he" | "she")) {
            return self.person_before(s.start).map(|e| {
                let t = subject[subject.len() - 1];
                Credit { entity: Some(e), who: self.entities[e].name.clone(), start: t.start(), end: t.end() }
            });
        }
        if !subject.is_empty() && subject.len() <= PHRASE_WORDS + 2 {
            // "it", "they", "we" name no one: `credit_of` finds nothing left of them.
            if let Some(credit) = self.credit_of(subject[0].start(), subject[subject.len() - 1].end()) {
                return Some(credit);
            }
        }
        // ", said Laurent Berger, leader of ...": the capitalised words after a verb of speech that
        // opens its clause (after "told" they are the listener).
        let opens_clause = vi == 0 || words[vi - 1].kind == TokenKind::Punct;
        if !opens_clause || !SPEECH_VERBS.contains(&fold(self.text(words[vi]))) || fold(self.text(words[vi])) == "told"
        {
            return None;
        }
        let after: Vec<&Token> = words[vi + 1..]
            .iter()
            .copied()
            .take_while(|t| t.kind == TokenKind::Word && self.text(t).chars().next().is_some_and(char::is_uppercase))
            .collect();
        let (first, last) = (after.first()?, after.last()?);
        self.speaker_in(first.start(), last.end()).map(|e| Credit {
            entity: Some(e),
            who: self.entities[e].name.clone(),
            start: first.start(),
            end: last.end(),
        })
    }

    /// The person "he" or "she" most likely means: the first person named in the nearest
    /// earlier sentence that names one.
    fn person_before(&self, at: usize) -> Option<usize> {
        self.doc.sentences.iter().filter(|s| s.start < at).rev().find_map(|s| {
            self.mentions
                .iter()
                .filter(|m| m.0 >= s.start && m.1 <= s.end)
                .map(|m| m.2)
                .find(|&e| self.entities[e].kind == EntityKind::Person)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{analyze, Source};

    /// The credit of each sentence of a one-document text: who, or "-".
    fn credits(text: &str) -> Vec<String> {
        let a = analyze(&[Source::new("a", text)]);
        let mentions = a
            .entities
            .iter()
            .enumerate()
            .flat_map(|(ei, e)| e.mentions.iter().filter(|m| !m.demonym).map(move |m| (m.start, m.end, ei)))
            .collect();
        let reader = Reader::new(&a.documents[0], mentions, &a.entities);
        a.documents[0].sentences.iter().map(|s| reader.credit(s).map_or("-".to_string(), |c| c.who)).collect()
    }

    #[test]
    fn credits_are_read_from_the_sentence() {
        let cases: &[(&str, &[&str])] = &[
            ("The toll rose to 23, according to Police Chief Erik Holm.", &["Erik Holm"]),
            ("According to organisers, a million people marched.", &["organisers"]),
            ("State officials said about 40,000 homes were damaged.", &["State officials"]),
            ("The dam held, said Laurent Moreau, the minister.", &["Laurent Moreau"]),
            ("Laurent Moreau urged Europe to stop buying oil.", &["Laurent Moreau"]),
            ("Laurent Moreau spoke. He said the dam held.", &["-", "Laurent Moreau"]),
            ("The dam held.", &["-"]),
            ("They said the dam held.", &["-"]),
            ("He also said the dam held.", &["-"]),
            ("Laurent Moreau spoke. He also said the dam held.", &["-", "Laurent Moreau"]),
            ("Erik Holm, who lives in Ludian, told Xinhua the dam held.", &["Erik Holm"]),
            ("It was then announced that the dam held.", &["-"]),
            ("On Wednesday police said 178 were missing.", &["police"]),
            ("Some 205 were confirmed dead.", &["-"]),
            ("The casualties the center announced included two men.", &["center"]),
            ("Erik Holm spoke. According to him, 80 were hurt.", &["-", "Erik Holm"]),
            ("Erik Holm asked for a meeting, stating, \"It is needed.\"", &["Erik Holm"]),
        ];
        for (text, expected) in cases {
            assert_eq!(credits(text), *expected, "{text}");
        }
    }

    #[test]
    fn credits_compare_by_entity_or_head_word() {
        let phrase = |who: &str| Credit { entity: None, who: who.to_string(), start: 0, end: 0 };
        assert!(phrase("officials").same_source(&phrase("state officials")));
        assert!(phrase("organisers").same_source(&phrase("Organizers")));
        assert!(!phrase("police").same_source(&phrase("interior ministry")));
        assert!(phrase("Police").same_source(&phrase("police spokesperson")));
        assert!(phrase("Authorities").same_source(&phrase("Officials")));
        assert!(!phrase("officials").same_source(&phrase("the governor's office")));
        let entity = |e: usize| Credit { entity: Some(e), who: String::new(), start: 0, end: 0 };
        assert!(entity(1).same_source(&entity(1)));
        assert!(!entity(1).same_source(&entity(2)));
        assert!(!entity(1).same_source(&phrase("police")));
    }
}
