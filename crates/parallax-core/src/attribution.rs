//! Who a sentence says made its statement or did its act: "according to X", "citing X", "X said", "said X",
//! "X's office said", "X urged". Flagged as disagreements of who said it: one figure given alike
//! but credited to different sources (`credit_figures`), and one demand or statement credited to
//! different people by name (`credit_acts`). A statement or figure credited in one source and
//! stated as fact in another is not a disagreement, but its claim says so (`note_statements`).
//!
//! The credit is read from the sentence's own words (a verb of speech or of urging and the words
//! before or after it), resolved to an entity where a mention stands there, else kept as the
//! phrase the source wrote ("police", "state officials"). Credits compare by entity, or by the head
//! word of the phrase ("officials" and "state officials" are one kind of source).

use crate::claims::{Claim, ClaimKind, ConflictValue, Difference, Figures};
use crate::entities::{Entity, EntityKind};
use crate::features::{Features, MentionsByDoc};
use crate::figures::Figure;
use crate::hash::FastMap;
use crate::ingest::{Document, Role, Sentence};
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
static NEWS_SOURCES: WordList =
    WordList::new("news-sources.txt", include_str!(concat!(env!("OUT_DIR"), "/data/news-sources.txt")));

/// The nouns of a figure that its owner may be written before ("the ministry's toll").
const FIGURE_NOUNS: [&str; 11] =
    ["toll", "figure", "figures", "count", "tally", "estimate", "estimates", "number", "numbers", "data", "death"];

/// Words of a credit that make it the authorities' count of a crowd.
const OFFICIAL_COUNTERS: [&str; 11] = [
    "police", "ministry", "minister", "government", "authorities", "authority", "officials", "official", "prefecture",
    "prefect", "interior",
];

/// Words of a credit that make it the organisers' count of a crowd.
const ORGANISING_COUNTERS: [&str; 6] = ["organisers", "organizers", "organiser", "organizer", "union", "unions"];

/// Words in a credit phrase at most: a subject longer than this is a clause, not a source.
const PHRASE_WORDS: usize = 6;

/// Words after a credit that ends its clause at most ("said on Tuesday", "told reporters in
/// Islamabad"): a credit followed by more is a clause of its own, not a credit of what came before.
const TRAILING_CREDIT_WORDS: usize = 6;

/// Who a sentence credits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Credit {
    /// An entity of the analysis, by index, or None for a phrase that names none.
    pub entity: Option<usize>,
    /// As shown: the entity's name, or the phrase as written ("state officials").
    pub who: String,
    /// The words that give the credit, as a byte span of the document, and for an entity as
    /// written ("Local police chief Marudut Panjaitan"; a phrase's are its `who`).
    pub start: usize,
    pub end: usize,
    pub written: String,
    /// The other people and bodies named in the credit's words, for whom the source speaks
    /// ("Ahmet Yener, head of the Supreme Election Council": the council).
    pub speaks_for: Vec<usize>,
    /// For "he" or "she": where the person meant is named, an earlier sentence (sentence,
    /// start, end), shown beside the credit as its evidence.
    pub named: Option<(usize, usize, usize)>,
}

impl Credit {
    /// Do two credits name the same source: the same entity, or phrases with the same head word
    /// ("officials", "state officials"; "organisers", "organizers")?
    pub fn same_source(&self, other: &Credit) -> bool {
        match (self.entity, other.entity) {
            (Some(a), Some(b)) => a == b || self.speaks_for.contains(&b) || other.speaks_for.contains(&a),
            (None, None) => {
                let (a, b) = (words_of(&self.who), words_of(&other.who));
                // "police" and "a police spokesperson"; "officials" and "authorities".
                // "civil defence service" and "Saudi civil defence": two words in common.
                head_word(&self.who) == head_word(&other.who)
                    || a.iter().all(|w| b.contains(w))
                    || b.iter().all(|w| a.contains(w))
                    || a.iter().filter(|w| b.contains(w)).count() >= 2
                    || (self.is_vague() && other.is_vague())
            }
            // "police" and "Local police chief Marudut Panjaitan"; "interior ministry" and the
            // Interior Ministry: the phrase is a word of the person's description or the name.
            (Some(_), None) => other.describes(self),
            (None, Some(_)) => self.describes(other),
        }
    }

    /// Does this phrase name the body `named` speaks for, or `named` itself: is its head word
    /// among the words that credit `named`, or every word of it in its name?
    fn describes(&self, named: &Credit) -> bool {
        let head = head_word(&self.who);
        let spoken = words_of(&named.written);
        spoken.iter().any(|w| head_word(w) == head) || {
            let name = words_of(&named.who);
            words_of(&self.who).iter().all(|w| name.contains(w))
        }
    }

    /// Is it a news outlet or its reporting ("local media", "state television", "Xinhua")?
    fn is_news(&self) -> bool {
        let who = fold(&self.who);
        NEWS_SOURCES.contains(&who) || who.split([' ', '-']).any(|w| NEWS_SOURCES.contains(w))
    }

    /// Does it name no one in particular ("officials", "local media")?
    pub fn is_vague(&self) -> bool {
        // "Sri Lanka said": a country speaks through its authorities, no office in particular.
        let g = crate::gazetteer::gazetteer();
        let country = || g.lookup(&self.who).is_some_and(|id| g.entries[id].kind == crate::gazetteer::GazKind::Country);
        self.entity.is_none() && (VAGUE.contains(&fold(self.who.rsplit(' ').next().unwrap_or(""))) || country())
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
    // "the Taliban administration" is "the Taliban government".
    if matches!(f.as_str(), "administration" | "regime") {
        return "government".to_string();
    }
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

    /// The credit of a figure at byte `at` of sentence `s`: a source named after the figure
    /// credits it only when the sentence ends with the credit ("killed 23, according to police",
    /// "..., officials said on Tuesday"); "With 98% counted, Erdogan declared victory at a rally
    /// ..." does not make Erdogan the source of the count.
    fn credit_at(&self, s: &Sentence, at: Option<usize>) -> Option<Credit> {
        let credit = self.credit(s)?;
        // "Several of the 17 candidates have conceded": the figure's own words are not its source.
        if at.is_some_and(|at| (credit.start..credit.end).contains(&at)) {
            return None;
        }
        if at.is_none_or(|at| at >= credit.start) {
            return Some(credit);
        }
        // Up to the next punctuation: ", which has yet to declare a winner" is about the source.
        let tail = self.doc.tokens[s.tokens.clone()]
            .iter()
            .filter(|t| t.start() >= credit.end)
            .take_while(|t| t.kind != TokenKind::Punct)
            .count();
        (tail <= TRAILING_CREDIT_WORDS).then_some(credit)
    }

    /// The credit of a sentence, if it names one.
    pub fn credit(&self, s: &Sentence) -> Option<Credit> {
        let words: Vec<&Token> = self.doc.tokens[s.tokens.clone()].iter().collect();
        // "Scale of Libya flood damage revealed as ...": a headline's subject before its verb is
        // what the story tells, not a source; only a name is one there.
        let heading = s.role == Role::Heading;
        let by_verb = self.by_verb(&words, s).filter(|c| !heading || c.entity.is_some());
        // "According to local media, the CGT union said ...": the outlet's source quotes the one
        // that speaks; a vague "according to" gives way to a named speaker.
        match (self.according_to(&words, s), by_verb) {
            // "According to Xinhua, the China Earthquake Networks Center had first put the quake
            // at 6.5": the agency relays the one that measured.
            (Some(according), Some(speaker))
                if (according.is_vague() || (according.start < speaker.start && speaker.entity.is_some()))
                    && !speaker.is_vague() =>
            {
                Some(speaker)
            }
            (Some(according), _) => Some(according),
            (None, Some(speaker)) => Some(speaker),
            (None, None) => self.possessive(&words, s),
        }
    }

    /// "The State Government's revised toll stayed at 275": whose figure it is, written as its
    /// owner ("X's toll", "X's latest count"), when no verb names a source.
    fn possessive(&self, words: &[&Token], s: &Sentence) -> Option<Credit> {
        let folded = self.doc.folded.slice(s.tokens.clone());
        let f = |i: usize| folded.get(i).unwrap_or("");
        // The owner's last word ("Government's", or "Government" then "'s"), then up to two
        // words ("revised", "official") before the figure's noun.
        let owner_end = (0..words.len()).find(|&i| {
            let split = f(i) == "'s" && i > 0;
            let joined = f(i).len() > 2 && f(i).ends_with("'s");
            (split || joined) && (i + 1..(i + 4).min(words.len())).any(|k| FIGURE_NOUNS.contains(&f(k)))
        })?;
        let split = f(owner_end) == "'s";
        let last = if split { words[owner_end - 1] } else { words[owner_end] };
        // Back to the clause's start.
        let first = (0..owner_end).rev().find(|&k| words[k].kind == TokenKind::Punct).map_or(0, |k| k + 1);
        // Where the owner's name ends: before its apostrophe, however it is written ("’" is
        // three bytes).
        let end = if split {
            last.end()
        } else {
            let raw = self.text(last);
            last.start() + raw.rfind(crate::text::is_apostrophe).unwrap_or(raw.len())
        };
        self.credit_of(words[first].start(), end.max(words[first].start()))
    }

    fn credit_of(&self, from: usize, to: usize) -> Option<Credit> {
        if from >= to {
            return None;
        }
        let phrase = self.doc.text[from..to].trim();
        // "The Odisha government": the government speaks, a place's name only says which one
        // (the same as "the State Government" of another report).
        let government = matches!(phrase.rsplit(' ').next(), Some("government" | "administration" | "authorities"));
        if let Some(e) = self.speaker_in(from, to).filter(|_| !government) {
            return Some(self.entity_credit(e, from, to));
        }
        let bare = phrase.split(' ').skip_while(|w| DETERMINERS.contains(&fold(w))).collect::<Vec<_>>().join(" ");
        let short = !bare.is_empty() && bare.split(' ').count() <= PHRASE_WORDS;
        // "the agency said", "the ministry said": one noun after "the" points back to a body the
        // report has named; it is no source of its own (the name is not read back here).
        let anaphor =
            !bare.contains(' ') && !bare.ends_with('s') && phrase.split(' ').next().is_some_and(|w| fold(w) == "the");
        (short && !anaphor).then_some(Credit {
            entity: None,
            who: bare,
            start: from,
            end: to,
            written: String::new(),
            speaks_for: Vec::new(),
            named: None,
        })
    }

    /// "according to X": X up to the next punctuation, at most a few words.
    fn according_to(&self, words: &[&Token], s: &Sentence) -> Option<Credit> {
        // The document's folded forms, not a fold of each word: this runs for every sentence of
        // every statement aligned across sources.
        let folded = self.doc.folded.slice(s.tokens.clone());
        // "according to X", "citing X", "quoting X", "cited from X": where the NP starts.
        let np_at = (0..words.len()).find_map(|i| match (folded.get(i), folded.get(i + 1)) {
            (Some("according"), Some("to")) | (Some("cited"), Some("from" | "by")) => Some(i + 2),
            (Some("citing" | "quoting"), _) => Some(i + 1),
            _ => None,
        })?;
        let np: Vec<&Token> = words[np_at.min(words.len())..]
            .iter()
            .copied()
            .take_while(|t| t.kind != TokenKind::Punct)
            .take(PHRASE_WORDS + 2)
            .collect();
        let (first, last) = (np.first()?, np.last()?);
        if np.len() == 1 && matches!(fold(self.text(first)).as_str(), "him" | "her") {
            return self.pronoun_credit(first.start(), first.end());
        }
        self.credit_of(first.start(), last.end())
    }

    fn entity_credit(&self, e: usize, start: usize, end: usize) -> Credit {
        let written = self.doc.text[start..end].trim().to_string();
        let mut speaks_for = self.others_named(e, start, end);
        // "Georges Kettaneh, Secretary General of the Lebanese Red Cross, said": where the report
        // first says what the person is, the body then named is the one "Kettaneh also said"
        // speaks for too.
        for &(_, at, _) in self.mentions.iter().filter(|m| m.2 == e) {
            // (The names are sorted by where they start: the search starts after the person's.)
            let after = &self.mentions[self.mentions.partition_point(|m| m.0 < at)..];
            let body = after.iter().find(|m| self.entities[m.2].kind == EntityKind::Organisation);
            if let Some(&(from, _, b)) = body {
                let between = &self.doc.text[at..from];
                let apposed =
                    between.len() < 60 && between.starts_with(", ") && !between[1..].contains([',', '.', ';']);
                if apposed && between.contains(" of ") {
                    speaks_for.push(b);
                }
            }
        }
        Credit { entity: Some(e), who: self.entities[e].name.clone(), start, end, written, speaks_for, named: None }
    }

    /// The entities other than `e` named in bytes `start..end`, sorted, each once: those a
    /// credit's source speaks for.
    fn others_named(&self, e: usize, start: usize, end: usize) -> Vec<usize> {
        let mut named: Vec<usize> =
            self.mentions.iter().filter(|m| m.0 < end && start < m.1 && m.2 != e).map(|m| m.2).collect();
        crate::order::sort(&mut named);
        named.dedup();
        named
    }

    /// The credit of "he", "she", "him" or "her" at `start..end`: the person named before it,
    /// with where they are named.
    fn pronoun_credit(&self, start: usize, end: usize) -> Option<Credit> {
        self.person_before(start).map(|(e, named)| Credit { named: Some(named), ..self.entity_credit(e, start, end) })
    }

    /// "X said", "X urged", "said X": the subject of a verb of speech or urging.
    fn by_verb(&self, words: &[&Token], s: &Sentence) -> Option<Credit> {
        // The document's folded forms, each word folded once for every test below.
        let folded = self.doc.folded.slice(s.tokens.clone());
        let f = |i: usize| folded.get(i).unwrap_or("");
        // "205 were confirmed dead": a passive verb names no source.
        let passive = |i: usize| i > 0 && BE_FORMS.contains(f(i - 1));
        // "lowers confirmed death toll", "cut the number of confirmed dead": a participle before
        // what is counted describes it; it is no verb of a source.
        let describes = |i: usize| {
            matches!(
                f(i + 1),
                "dead" | "death" | "deaths" | "toll" | "cases" | "casualties" | "fatalities" | "injured" | "missing"
            )
        };
        // "The state Anadolu news agency had Erdogan at 52.1%": a count's source "has" what it
        // counted at a number.
        let had_at = |i: usize| {
            matches!(f(i), "had" | "has" | "showed" | "shows")
                && words.get(i + 1).is_some_and(|t| self.text(t).chars().next().is_some_and(char::is_uppercase))
                && (i + 2..(i + 7).min(words.len())).any(|k| f(k - 1) == "at" && words[k].kind == TokenKind::Number)
        };
        // "put the toll at 38" gives a figure; "put out its claim" does not.
        let put_elsewhere =
            |i: usize| matches!(f(i), "put" | "puts") && !(i + 2..(i + 10).min(words.len())).any(|k| f(k) == "at");
        // "the local prefecture raised the death toll to 39", "cut the number of confirmed dead
        // to 38": who changes a count gives it.
        let changes_count = |i: usize| {
            matches!(
                f(i),
                "raised" | "raises" | "revised" | "revises" | "lowered" | "lowers" | "cut" | "cuts" | "updated"
            ) && (i + 1..(i + 4).min(words.len()))
                .any(|k| matches!(f(k), "toll" | "number" | "count" | "tally" | "figure" | "estimate"))
        };
        let vi = (0..words.len()).find(|&i| {
            words[i].kind == TokenKind::Word
                && (is_credit_verb(f(i)) || had_at(i) || changes_count(i))
                && !passive(i)
                && !describes(i)
                && !put_elsewhere(i)
        })?;
        // Before the verb: back to the clause's start (a comma, a quote mark, "that", the sentence start).
        let mut from = vi;
        while from > 0 {
            let t = words[from - 1];
            let f = fold(self.text(t));
            // Apostrophes and parentheses stay inside the subject: "The Supreme Electoral Court
            // (TSE) declared ..." is the court speaking, not "declared Lula" the other way round.
            let inside = matches!(self.text(t), "'" | "\u{2019}" | "(" | ")");
            if t.kind == TokenKind::Punct && !inside || f == "that" {
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
        // "In a post on Instagram he said": the pronoun is the subject, the rest a setting.
        if subject.len() > 1 && subject.last().is_some_and(|t| matches!(fold(self.text(t)).as_str(), "he" | "she")) {
            subject = &subject[subject.len() - 1..];
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
        // "The Railways on June 5 put the toll at 278", "Police in Velm said", "officials in the
        // South American country said": what follows a preposition with a date, a place or a
        // determiner is when or where, not who.
        if let Some(k) = (1..subject.len()).find(|&k| {
            matches!(fold(self.text(subject[k])).as_str(), "on" | "in" | "at" | "during")
                && subject.get(k + 1).is_some_and(|t| {
                    t.kind == TokenKind::Number
                        || self.text(t).chars().next().is_some_and(char::is_uppercase)
                        || matches!(self.text(t), "the" | "a" | "an")
                })
        }) {
            subject = &subject[..k];
        }
        // "Islamic State put out its claim shortly after Sri Lanka said that ...": a clause
        // opened by a conjunction has its own subject.
        if let Some(k) = subject.iter().rposition(|t| {
            matches!(
                fold(self.text(t)).as_str(),
                "after" | "before" | "when" | "as" | "while" | "because" | "since" | "until"
            )
        }) {
            subject = &subject[k + 1..];
        }
        // "The casualties the center announced": the source is after the last determiner.
        if let Some(k) = subject.iter().rposition(|t| DETERMINERS.contains(&fold(self.text(t)))).filter(|&k| k > 0) {
            subject = &subject[k..];
        }
        // "Gazipur fire service and civil defence deputy assistant director Akhtaruzzaman told
        // BSS": a long title, and the person named last.
        // (Shorter with an "and" in its title: "Independent Electoral and Boundaries Commission
        // chairman Wafula Chebukati said"; "Erik Holm and Sara Lind said" is two people, below.)
        let and_in_title = subject.len() > 3 && subject.iter().any(|t| fold(self.text(t)) == "and");
        if subject.len() > PHRASE_WORDS + 2 || and_in_title {
            let tail = &subject[subject.len() - 3..];
            // The name must end the subject: the one who speaks, not a body in the title.
            let last = tail[2];
            let named_last = self.mentions.iter().find(|m| m.0 < last.end() && last.start() < m.1).map(|m| m.2);
            // One person only: "Minister Budi Karya Sumadi and agency chief Muhammad Syaugi said"
            // is two speakers.
            let people = self
                .mentions
                .iter()
                .filter(|m| {
                    m.0 >= subject[0].start() && m.1 <= last.end() && self.entities[m.2].kind == EntityKind::Person
                })
                .count();
            if let Some(e) = named_last.filter(|&e| self.entities[e].kind == EntityKind::Person && people == 1) {
                let mut credit = self.entity_credit(e, tail[0].start(), tail[2].end());
                // The body in the title is the one the person speaks for.
                credit.speaks_for.extend(self.others_named(e, subject[0].start(), tail[2].end()));
                return Some(credit);
            }
        }
        if subject.iter().any(|t| FILLERS.contains(&fold(self.text(t)))) {
            return None;
        }
        // "Moreau expressed the need ..., stating, ...": the subject of the sentence speaks.
        let participle = fold(self.text(words[vi])).ends_with("ing");
        if subject.is_empty() && participle && vi > 0 {
            // A person or a body: "authorities in Sri Lanka lowered the toll from the Easter
            // bombings ..., saying ..." is not Easter speaking.
            let speaks = |e: &usize| matches!(self.entities[*e].kind, EntityKind::Person | EntityKind::Organisation);
            return self.speaker_in(s.start, words[vi].start()).filter(speaks).map(|e| {
                let at = self
                    .mentions
                    .iter()
                    .find(|m| m.2 == e && m.0 >= s.start)
                    .map_or((s.start, s.start), |m| (m.0, m.1));
                self.entity_credit(e, at.0, at.1)
            });
        }
        if matches!(subject.last().map(|t| fold(self.text(t))).as_deref(), Some("he" | "she")) {
            let t = subject[subject.len() - 1];
            return self.pronoun_credit(t.start(), t.end());
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
        if !opens_clause {
            return None;
        }
        let verb = fold(self.text(words[vi]));
        let after: Vec<&Token> = words[vi + 1..]
            .iter()
            .copied()
            .take_while(|t| t.kind == TokenKind::Word && self.text(t).chars().next().is_some_and(char::is_uppercase))
            .collect();
        // The name ends its clause: in ", said Lind won 52 percent" Lind is who won.
        let ends_clause = words.get(vi + 1 + after.len()).is_none_or(|t| t.kind == TokenKind::Punct);
        let named_after = match (after.first(), after.last()) {
            (Some(first), Some(last)) if SPEECH_VERBS.contains(&verb) && verb != "told" && ends_clause => {
                self.speaker_in(first.start(), last.end()).map(|e| self.entity_credit(e, first.start(), last.end()))
            }
            _ => None,
        };
        named_after.or_else(|| self.appositive(words, vi))
    }

    /// "Additional Inspector General Islamabad, Sultan Azam Temuri, said ...", "Maria Lopez, a
    /// spokeswoman for the agency, said ...": the verb follows a comma, and the source is named
    /// in one of the two comma-separated phrases before it (a short phrase, naming a person or
    /// body the analysis knows).
    fn appositive(&self, words: &[&Token], vi: usize) -> Option<Credit> {
        if vi == 0 || self.text(words[vi - 1]) != "," {
            return None;
        }
        // The phrase before the comma, and the one before it if a comma parts them too.
        let phrase_before = |end: usize| {
            let start = (0..end).rev().find(|&k| words[k].kind == TokenKind::Punct).map_or(0, |k| k + 1);
            (start < end && end - start <= PHRASE_WORDS + 2).then_some(start)
        };
        let last = phrase_before(vi - 1)?;
        let first = (last > 0 && self.text(words[last - 1]) == ",").then(|| phrase_before(last - 1)).flatten();
        // Both phrases are the credit's words: who speaks, and what they are.
        let (a, b) = (words[first.unwrap_or(last)].start(), words[vi - 2].end());
        self.speaker_in(a, b).map(|e| self.entity_credit(e, a, b))
    }

    /// The person "he" or "she" most likely means: the first person named in the nearest
    /// earlier sentence that names one, with where (sentence, start, end). A sentence that
    /// opens with "he" or "she" too is passed over: its subject is the same person, and those it
    /// names are others ("He named the managers as X and Y. He said ..." is not X speaking).
    fn person_before(&self, at: usize) -> Option<(usize, (usize, usize, usize))> {
        self.doc.sentences.iter().filter(|s| s.start < at).rev().find_map(|s| {
            if matches!(self.doc.folded.slice(s.tokens.clone()).get(0), Some("he" | "she")) {
                return None;
            }
            self.mentions
                .iter()
                .filter(|m| m.0 >= s.start && m.1 <= s.end)
                .find(|m| self.entities[m.2].kind == EntityKind::Person)
                .map(|m| (m.2, (s.index, m.0, m.1)))
        })
    }
}

/// The names document `d` mentions, as a `Reader` takes them: (start, end, entity index),
/// demonyms aside.
fn names_in(mentions: &MentionsByDoc, d: usize, entities: &[Entity]) -> Vec<(usize, usize, usize)> {
    mentions.of_entities(d, entities).filter(|(_, m)| !m.demonym).map(|(ei, m)| (m.start, m.end, ei)).collect()
}

/// Who each source credits for one statement or figure: its first credited sentence (doc,
/// sentence, credit), and the sources that credit no one.
struct Credits {
    credited: Vec<(usize, usize, Credit)>,
    unattributed: Vec<usize>,
}

impl Credits {
    /// The different sources credited (one credit for each).
    fn distinct(&self) -> Vec<&Credit> {
        let mut sources: Vec<&Credit> = Vec::new();
        for (_, _, credit) in &self.credited {
            if !sources.iter().any(|s| s.same_source(credit)) {
                sources.push(credit);
            }
        }
        sources
    }

    /// Do two of the sources credited differ plainly? A credit that names no one in particular
    /// ("officials", "an official" quoted by a news agency, "election officials") may be any of
    /// the named ones, and is at odds with none. Judged on the development set and the held-back
    /// stories, such pairs were noise to a reader ("Indonesian officials" and "police"; "election
    /// officials" and the electoral council), though the development set notes two as
    /// differences ("state officials" and the governor; "officials" and a news agency).
    ///
    /// The news and an office are two kinds of source, though: "local media reports said 33"
    /// and "airport spokesman Prem Nath Thakur said 33", or "Xinhua reported" and "officials
    /// said", where one of them is named.
    fn at_odds(&self) -> bool {
        let distinct = self.distinct();
        let named = distinct.iter().filter(|c| !c.is_vague()).count();
        named >= 2 || named == 1 && distinct.iter().any(|c| c.is_news()) && distinct.iter().any(|c| !c.is_news())
    }

    /// "Attributed to X in A; unattributed in B", when one source is credited and some are not.
    fn note(&self, docs: &[Document]) -> Option<String> {
        let sources = self.distinct();
        let (&[credit], false) = (sources.as_slice(), self.unattributed.is_empty()) else { return None };
        let label = |d: usize| docs[d].id.clone();
        let credited: Vec<String> = self.credited.iter().map(|(d, _, _)| label(*d)).collect();
        let plain: Vec<String> = self.unattributed.iter().map(|&d| label(d)).collect();
        Some(format!("Attributed to {} in {}; unattributed in {}.", credit.who, credited.join(", "), plain.join(", ")))
    }
}

/// Reads who each source credits for each item (a statement, a figure): `reads` holds
/// (source, item) pairs; `sentences(item, source)` the sentences to read, in order (each with
/// where its figure stands, if it is a figure's). A source's credit is its first that names
/// someone, a body sentence's before a headline's, else its first. Hands each item's credits to
/// `each`, in item order (one at a time: held all at once, with the credits they are moved from,
/// they were 30 MiB at the analysis' peak for 10,000 documents).
fn read_credits(
    mut reads: Vec<(u32, u32)>,
    sentences: &dyn Fn(usize, usize) -> Vec<(usize, Option<usize>)>,
    docs: &[Document],
    entities: &[Entity],
    mentions: &MentionsByDoc,
    each: &mut dyn FnMut(usize, Credits),
) {
    // Source by source, so that each document's reader (its names, sorted) is built once however
    // many items it is in, and only one document's names are held at a time (a list per document
    // held for the whole stage was 20 MiB at the analysis' peak for 10,000 documents).
    crate::order::sort(&mut reads);
    // (item, source, index of its credit in `credits` or NONE).
    const NONE: u32 = u32::MAX;
    let mut found: Vec<(u32, u32, u32)> = Vec::with_capacity(reads.len());
    let mut credits: Vec<Option<(usize, Credit)>> = Vec::new();
    for same_doc in reads.chunk_by(|a, b| a.0 == b.0) {
        let d = same_doc[0].0 as usize;
        let reader = Reader::new(&docs[d], names_in(mentions, d, entities), entities);
        for &(_, item) in same_doc {
            // The first credit that names someone, else the first: "according to Indonesian
            // officials, about 180 are missing", then "Budiawan said the search was for 180".
            // The body's before the headline's ("..., police say"), which the body says in full.
            let rank = |s: usize, k: &Credit| (k.is_vague(), docs[d].sentences[s].role != Role::Body);
            let mut credit: Option<(usize, Credit)> = None;
            for (s, at) in sentences(item as usize, d) {
                let Some(k) = reader.credit_at(&docs[d].sentences[s], at) else { continue };
                if credit.as_ref().is_none_or(|(cs, ck)| rank(s, &k) < rank(*cs, ck)) {
                    credit = Some((s, k));
                }
            }
            let at = credit.map_or(NONE, |k| {
                credits.push(Some(k));
                (credits.len() - 1) as u32
            });
            found.push((item, d as u32, at));
        }
    }
    drop(reads);
    // Back to item order, each item's sources in document order.
    crate::order::sort(&mut found);
    for same_item in found.chunk_by(|a, b| a.0 == b.0) {
        let mut read = Credits { credited: Vec::new(), unattributed: Vec::new() };
        for &(_, d, at) in same_item {
            match credits.get_mut(at as usize).and_then(Option::take) {
                Some((s, credit)) => read.credited.push((d as usize, s, credit)),
                None => read.unattributed.push(d as usize),
            }
        }
        each(same_item[0].0 as usize, read);
    }
}

/// The body sentences of statement `c` in source `d`. Headings are not statements of their own
/// ("What European leaders say").
fn body_sentences<'a>(c: &'a Claim, d: usize, docs: &'a [Document]) -> impl Iterator<Item = usize> + 'a {
    c.sentences.iter().filter(move |&&(sd, s)| sd == d && docs[d].sentences[s].role == Role::Body).map(|&(_, s)| s)
}

/// Reads who gives each figure whose source matters (`figures::voiced`: a crowd's size, two
/// values for one thing in one report) and numbers the sources across the story, the same source
/// (`Credit::same_source`) the same number from 1 (0: no one in particular). Returns the
/// sources' names by number, for what the figures say ("protesters in Paris, by police").
pub fn count_voices(figures: &mut [Figure], docs: &[Document], entities: &[Entity]) -> Vec<String> {
    let which: Vec<(usize, usize)> = crate::figures::voiced(figures).into_iter().map(|i| (figures[i].doc, i)).collect();
    if which.is_empty() {
        return vec![String::new()];
    }
    // Made only for a story with a crowd's size, and dropped before the figures are compared.
    let mentions = MentionsByDoc::new(docs.len(), entities);
    let mut names = vec![String::new()];
    let mut sources: Vec<(Credit, u8)> = Vec::new();
    for same_doc in which.chunk_by(|a, b| a.0 == b.0) {
        let d = same_doc[0].0;
        let reader = Reader::new(&docs[d], names_in(&mentions, d, entities), entities);
        for &(_, i) in same_doc {
            let f = &figures[i];
            let credit = reader.credit_at(&docs[d].sentences[f.sentence], Some(f.number_start));
            // "A police spokesperson estimated": a spokesperson of someone is that someone. A
            // figure a report gives two values for is credited only to someone named
            // (`figures::credited_within` sets two named sources apart, never "officials").
            let Some(credit) = credit.filter(|c| f.class == crate::figures::ATTENDANCE || !c.is_vague()) else {
                continue;
            };
            // A crowd has two counts: the authorities' (police, the interior ministry, "Interior
            // Minister X", the government) and the organisers' (unions); each report may credit
            // its side's count to another office of that side. Shown as the first report words it.
            let on = |list: &[&str]| {
                credit.who.split(' ').chain(credit.written.split(' ')).any(|w| list.contains(&fold(w).as_str()))
            };
            let side = match f.class == crate::figures::ATTENDANCE {
                true if on(&OFFICIAL_COUNTERS) => 1,
                true if on(&ORGANISING_COUNTERS) => 2,
                _ => 0,
            };
            let same = |(s, k): &(Credit, u8)| (side > 0 && *k == side) || s.same_source(&credit);
            let id = match sources.iter().position(same) {
                Some(k) => k + 1,
                None => {
                    names.push(credit.who.clone());
                    sources.push((credit, side));
                    sources.len()
                }
            };
            figures[i].counter = id as u32;
        }
    }
    names
}

/// Reads who each source credits for the statements aligned across sources: a credit in some
/// sources and none in others gets a note ("Attributed to X in A; unattributed in B") at the end
/// of the statement's explanation.
///
/// Different credits for one aligned statement are not flagged as a disagreement. Measured on
/// the development set, flagging them found 3 of 27 attribution differences at a precision of
/// 0.20: the sentences aligned as one statement are often two statements, and a source relayed
/// ("a White House official said", "PTI reported") or named more or less closely ("police",
/// the police chief by name) is not a different source. Figures are (`credit_figures`): there
/// the statement is plainly the same.
pub(crate) fn note_statements(claims: &mut [Claim], docs: &[Document], entities: &[Entity], mentions: &MentionsByDoc) {
    // Each (source, statement) to read, as `u32`s: 10,000 documents give a quarter of a million.
    let mut reads: Vec<(u32, u32)> = Vec::new();
    for (ci, c) in claims.iter().enumerate() {
        if c.kind != ClaimKind::Statement || c.difference.is_some() || c.docs.len() < 2 {
            continue;
        }
        // `docs` is sorted and each source once.
        let sources: Vec<usize> =
            c.docs.iter().copied().filter(|&d| body_sentences(c, d, docs).next().is_some()).collect();
        if sources.len() < 2 {
            continue;
        }
        reads.extend(sources.into_iter().map(|d| (d as u32, ci as u32)));
    }
    let mut notes: Vec<(usize, String)> = Vec::new();
    let sentences = |ci: usize, d: usize| body_sentences(&claims[ci], d, docs).map(|s| (s, None)).collect();
    read_credits(reads, &sentences, docs, entities, mentions, &mut |ci, read| {
        notes.extend(read.note(docs).map(|note| (ci, note)));
    });
    for (ci, note) in notes {
        claims[ci].explanation.push(' ');
        claims[ci].explanation.push_str(&note);
    }
}

/// Reads who each source credits for each figure compared across sources (`figures`): for each
/// number a figure is given as, the sentences where each source gives it, the first that names
/// a source. Adds a note to a figure's explanation where some sources credit their value and some
/// do not, and a disagreement of kind attribution wherever sources that give the same number
/// credit different sources: the same figure ("at least 23 dead") said by the police chief in one
/// report and by the interior minister in another, whether or not it is the first value either
/// report gives.
pub(crate) fn credit_figures(found: &mut Figures, docs: &[Document], entities: &[Entity], mentions: &MentionsByDoc) {
    let (figures, evidence, counted) = (&found.claims, &found.evidence, &found.counted);
    // The figures read: each compared figure, then each crowd's size given by several counters.
    let places_of = |fi: usize| evidence.get(fi).unwrap_or_else(|| &counted[fi - evidence.len()].1);
    // The items read: (figure, reading) for each number given by some source, and each source
    // that gives it. A figure's evidence is in document order.
    let mut items: Vec<(u32, u32)> = Vec::new();
    let mut reads: Vec<(u32, u32)> = Vec::new();
    for fi in 0..evidence.len() + counted.len() {
        let places = places_of(fi);
        let mut numbers: Vec<usize> = places.iter().map(|e| e.reading).collect();
        crate::order::sort(&mut numbers);
        numbers.dedup();
        for r in numbers {
            let item = items.len() as u32;
            items.push((fi as u32, r as u32));
            let mut sources: Vec<u32> = places.iter().filter(|e| e.reading == r).map(|e| e.doc as u32).collect();
            sources.dedup();
            reads.extend(sources.into_iter().map(|d| (d, item)));
        }
    }
    // A source's places of one figure, found by binary search (a key said by thousands of
    // reports would otherwise be read thousands of times over).
    let of_doc = |fi: usize, d: usize| {
        let places = places_of(fi);
        let from = places.partition_point(|e| e.doc < d);
        &places[from..from + places[from..].partition_point(|e| e.doc == d)]
    };
    let sentences = |item: usize, d: usize| {
        let (fi, r) = (items[item].0 as usize, items[item].1 as usize);
        of_doc(fi, d).iter().filter(|e| e.reading == r).map(|e| (e.sentence, Some(e.at))).collect::<Vec<_>>()
    };
    let mut notes: Vec<(usize, String)> = Vec::new();
    let mut claims = Vec::new();
    // What each source credits for the value it gives first, gathered over a figure's numbers
    // for the note ("attributed to X in A; unattributed in B").
    let mut firsts = Credits { credited: Vec::new(), unattributed: Vec::new() };
    let mut noted: Option<usize> = None;
    let flush = |fi: Option<usize>, firsts: &mut Credits, notes: &mut Vec<(usize, String)>| {
        if let Some(fi) = fi.filter(|&fi| fi < figures.len()) {
            crate::order::sort_by_key(&mut firsts.credited, |c| c.0);
            crate::order::sort(&mut firsts.unattributed);
            notes.extend(firsts.note(docs).map(|note| (fi, note)));
        }
        firsts.credited.clear();
        firsts.unattributed.clear();
    };
    read_credits(reads, &sentences, docs, entities, mentions, &mut |item, read| {
        let (fi, r) = (items[item].0 as usize, items[item].1 as usize);
        if noted != Some(fi) {
            flush(noted, &mut firsts, &mut notes);
            noted = Some(fi);
        }
        let first = |d: usize| of_doc(fi, d).first().map(|e| e.reading) == Some(r);
        firsts.credited.extend(read.credited.iter().filter(|c| first(c.0)).cloned());
        firsts.unattributed.extend(read.unattributed.iter().copied().filter(|&d| first(d)));
        // A named person's age is the person's, whoever the report has it from: not a finding
        // credited to one body or another.
        let age = figures.get(fi).and_then(|f| f.figure.as_ref()).is_some_and(|k| k.class == crate::figures::AGE);
        if read.at_odds() && !age {
            let what = match figures.get(fi) {
                Some(figure) => figure.figure.as_ref().map_or("this figure", |k| k.what.as_str()),
                None => counted[fi - figures.len()].0.as_str(),
            };
            claims.push(attribution_claim(what, &read, docs));
        }
    });
    flush(noted, &mut firsts, &mut notes);
    for (fi, note) in notes {
        found.claims[fi].explanation.push(' ');
        found.claims[fi].explanation.push_str(&note);
    }
    found.claims.extend(claims);
}

/// A figure (`what` it is) given alike by sources that credit it to different people or bodies.
fn attribution_claim(what: &str, read: &Credits, docs: &[Document]) -> Claim {
    // Read once: a figure said by thousands of reports has thousands of credits.
    let distinct = read.distinct();
    let mut values: Vec<ConflictValue> = Vec::new();
    for (d, s, credit) in &read.credited {
        let who = distinct.iter().find(|k| k.same_source(credit)).map_or(&credit.who, |k| &k.who);
        ConflictValue::gather(&mut values, who, (*d, *s, credit.start, credit.end));
        // "He said ...": where he is named, so the reader sees who he is.
        if let Some((named, start, end)) = credit.named {
            ConflictValue::gather(&mut values, who, (*d, named, start, end));
        }
    }
    credited_apart(format!("figure for {what}"), values, docs, 1.0)
}

/// A disagreement of who said `what` ("statement “...”", "figure for dead"): each credit with
/// the sentences (spans: the credit's words) that give it; "The same statement “...”, credited
/// to X in A and to Y in B."
fn credited_apart(what: String, values: Vec<ConflictValue>, docs: &[Document], similarity: f32) -> Claim {
    let explain = |listing: &[String]| {
        let credits: Vec<String> = listing.iter().map(|l| format!("to {l}")).collect();
        format!("The same {what}, credited {}.", credits.join(" and "))
    };
    Claim::differing(Difference::Attribution, format!("who gives the {what}"), values, docs, similarity, &explain)
}

/// A shared run of three content words is too common to tie two statements together when more
/// credited sentences than this hold it ("security guarantees for Ukraine" in every report).
const ACT_RUN_CAP: usize = 12;

/// Statements made or acts done by different people in different sources: the same run of
/// three content words ("stop purchasing Russian oil") after a credit to one person in one report
/// and to another person in another, where neither sentence names the other person (then one
/// relays the other: "Stubb said Trump pressed Europe to end purchases of Russian oil"). Names,
/// quoted words (the quotes compare those) and the credit's own words ("senior railway
/// official") do not count as the shared words, so "the Supreme Election Council" in both is
/// not the same statement.
pub(crate) fn credit_acts(
    docs: &[Document],
    entities: &[Entity],
    f: &Features,
    mentions: &MentionsByDoc,
) -> Vec<Claim> {
    let is_person = |e: usize| entities[e].kind == EntityKind::Person;
    // Every body sentence credited to a person: (feature index, person, credit span).
    // As `u32`s: 10,000 documents credit 50,000 sentences to a person.
    struct Credited {
        feature: u32,
        person: u32,
        start: u32,
        end: u32,
        /// Where the words the person is credited with may start: "Everyone listed as missing
        /// has been found, but Stefano Zanut told Sky TG24 that ..." credits him with no part
        /// before "but".
        from: u32,
    }
    let mut credited: Vec<Credited> = Vec::new();
    for (d, doc) in docs.iter().enumerate() {
        let names = names_in(mentions, d, entities);
        // Only sentences that name a person are read (most do not).
        let mut with_person: Vec<usize> = mentions
            .of_entities(d, entities)
            .filter(|&(e, m)| is_person(e) && !m.demonym)
            .map(|(_, m)| m.sentence)
            .collect();
        crate::order::sort(&mut with_person);
        with_person.dedup();
        let reader = Reader::new(doc, names, entities);
        for fi in f.doc_offsets.get(d).copied().unwrap_or(f.refs.len())..f.refs.len() {
            let r = &f.refs[fi];
            if r.doc != d {
                break;
            }
            let s = &doc.sentences[r.sentence];
            if s.role != Role::Body || f.sequence[fi].len() < 4 || with_person.binary_search(&r.sentence).is_err() {
                continue;
            }
            // A person named there: "he said" is left out, its person a guess.
            let named_there = |e: usize, start: usize, end: usize| {
                reader.mentions.iter().any(|m| m.2 == e && m.0 < end && start < m.1)
            };
            if let Some(Credit { entity: Some(e), start, end, .. }) = reader.credit(s) {
                if is_person(e) && named_there(e, start, end) {
                    let tokens = &doc.tokens[s.tokens.clone()];
                    let but = tokens.windows(2).any(|w| {
                        w[1].start() <= start
                            && w[0].text(&doc.text) == ","
                            && w[1].text(&doc.text).eq_ignore_ascii_case("but")
                    });
                    credited.push(Credited {
                        feature: fi as u32,
                        person: e as u32,
                        start: start as u32,
                        end: end as u32,
                        from: if but { s.start } else { start } as u32,
                    });
                }
            }
        }
    }
    let names = |doc: usize, sentence: usize, person: u32| {
        mentions.of_entities(doc, entities).any(|(e, m)| e == person as usize && m.sentence == sentence)
    };
    // Every run of three content words of a credited sentence outside its credit ("Senior
    // railway official Pratap Rai said" describes who speaks, not what is said), with the
    // sentence. Names are not content words here.
    let mut runs: Vec<([u32; 3], u32)> = Vec::new();
    let (mut words, mut at) = (Vec::new(), Vec::new());
    let mut reader = ContentWords { docs, entities, mentions, f, keys: FastMap::default() };
    for (ci, c) in credited.iter().enumerate() {
        reader.read(c.feature as usize, (c.from as usize, c.end as usize), &mut words, &mut at);
        runs.extend(words.windows(3).map(|w| ([w[0], w[1], w[2]], ci as u32)));
    }
    crate::order::sort(&mut runs);
    runs.dedup();
    // Pairs of credited sentences of different sources and persons that share a run, with the
    // run (the first, in term order).
    let mut pairs: Vec<(u32, u32, [u32; 3])> = Vec::new();
    for same in runs.chunk_by(|a, b| a.0 == b.0) {
        if same.len() > ACT_RUN_CAP {
            continue;
        }
        for (k, a) in same.iter().enumerate() {
            for b in &same[k + 1..] {
                let (x, y) = (&credited[a.1 as usize], &credited[b.1 as usize]);
                if f.refs[x.feature as usize].doc != f.refs[y.feature as usize].doc && x.person != y.person {
                    pairs.push((a.1.min(b.1), a.1.max(b.1), a.0));
                }
            }
        }
    }
    drop(runs);
    crate::order::sort(&mut pairs);
    pairs.dedup_by_key(|p| (p.0, p.1));
    // One disagreement per two persons, with every pair of sentences that credits them apart.
    // ((person, person), sentence, sentence, the run they share).
    type Apart = ((u32, u32), u32, u32, [u32; 3]);
    let mut by_persons: Vec<Apart> = Vec::new();
    for (a, b, run) in pairs {
        let (x, y) = (&credited[a as usize], &credited[b as usize]);
        let (rx, ry) = (&f.refs[x.feature as usize], &f.refs[y.feature as usize]);
        // One sentence names the other's person: it relays them, or answers them.
        if names(rx.doc, rx.sentence, y.person) || names(ry.doc, ry.sentence, x.person) {
            continue;
        }
        // Two names that share a word may be one person the names pass has not joined.
        if shares_a_name_word(&entities[x.person as usize].name, &entities[y.person as usize].name) {
            continue;
        }
        // "5,000 people had been reported missing" against "10,100 people are reported missing":
        // counts, which the figures compare, each with its credit; not one statement.
        // And a report that also gives the words with the other's person named ("Lopez Obrador
        // congratulated Sheinbaum. ... he said she would be the first female president") ties
        // them to that person too.
        let mut figure_or_relayed = false;
        for (c, r, other) in [(x, rx, y.person), (y, ry, x.person)] {
            reader.read(c.feature as usize, (c.from as usize, c.end as usize), &mut words, &mut at);
            let text = &docs[r.doc].text;
            figure_or_relayed |= words
                .windows(3)
                .position(|w| w == run)
                .is_some_and(|i| text[..at[i].0].trim_end().ends_with(|ch: char| ch.is_ascii_digit()));
            let from = f.doc_offsets.get(r.doc).copied().unwrap_or(f.refs.len());
            for fi in from..f.refs.len() {
                if f.refs[fi].doc != r.doc || figure_or_relayed {
                    break;
                }
                // (Or in the sentence before, and "he said" it.)
                let s = f.refs[fi].sentence;
                if names(r.doc, s, other) || s > 0 && names(r.doc, s - 1, other) {
                    reader.read(fi, (0, 0), &mut words, &mut at);
                    figure_or_relayed = words.windows(3).any(|w| w == run);
                }
            }
        }
        if figure_or_relayed {
            continue;
        }
        by_persons.push(((x.person.min(y.person), x.person.max(y.person)), a, b, run));
    }
    crate::order::sort(&mut by_persons);
    by_persons
        .chunk_by(|a, b| a.0 == b.0)
        .map(|same| {
            let mut values: Vec<ConflictValue> = Vec::new();
            for &(_, a, b, _) in same {
                for c in [&credited[a as usize], &credited[b as usize]] {
                    let r = &f.refs[c.feature as usize];
                    let span = (r.doc, r.sentence, c.start as usize, c.end as usize);
                    if !values.iter().any(|v| v.spans.contains(&span)) {
                        ConflictValue::gather(&mut values, &entities[c.person as usize].name, span);
                    }
                }
            }
            let (_, a, b, run) = same[0];
            let (x, y) = (&credited[a as usize], &credited[b as usize]);
            // The shared words as the first report writes them, with what stands between them
            // ("stop purchasing Russian oil").
            reader.read(x.feature as usize, (x.from as usize, x.end as usize), &mut words, &mut at);
            let text = &docs[f.refs[x.feature as usize].doc].text;
            let shared = match words.windows(3).position(|w| w == run) {
                Some(i) => &text[at[i].0..at[i + 2].1],
                None => "",
            };
            let similarity = f.cosine(x.feature as usize, y.feature as usize);
            credited_apart(format!("statement \u{201c}{shared}\u{201d}"), values, docs, similarity)
        })
        .collect()
}

/// Reads the content words of sentences as term ids, each written form stemmed once.
struct ContentWords<'a> {
    docs: &'a [Document],
    entities: &'a [Entity],
    mentions: &'a MentionsByDoc,
    f: &'a Features,
    /// Folded form -> its term, if it is a content word with one.
    keys: FastMap<String, Option<u32>>,
}

impl ContentWords<'_> {
    /// The content words of feature sentence `fi` outside `skip` (a byte span), names and
    /// quotation marks, into `out`, and where each stands (byte spans) into `at`.
    fn read(&mut self, fi: usize, skip: (usize, usize), out: &mut Vec<u32>, at: &mut Vec<(usize, usize)>) {
        out.clear();
        at.clear();
        let r = &self.f.refs[fi];
        let doc = &self.docs[r.doc];
        let s = &doc.sentences[r.sentence];
        let names: Vec<(usize, usize)> = self
            .mentions
            .of_entities(r.doc, self.entities)
            .filter(|(_, m)| m.sentence == r.sentence)
            .map(|(_, m)| (m.start, m.end))
            .collect();
        // Quoted words are left to the quotes, which match them and compare their speakers.
        let mut quoted = false;
        for (t, folded) in doc.sentence_tokens(s).iter().zip(doc.sentence_folded(s)) {
            match t.text(&doc.text) {
                "\"" => quoted = !quoted,
                "\u{201c}" | "\u{ab}" => quoted = true,
                "\u{201d}" | "\u{bb}" => quoted = false,
                _ => {}
            }
            let inside = |(a, b): (usize, usize)| t.start() < b && a < t.end();
            // Capitalised words inside a sentence are words of a name, whether or not the names
            // pass kept it ("the Fruit and Vegetable market"): what is named, not what is said.
            let capitalised = t.start() > s.start && doc.text[t.start()..].starts_with(char::is_uppercase);
            if quoted || capitalised || t.kind != TokenKind::Word || inside(skip) || names.iter().any(|&n| inside(n)) {
                continue;
            }
            let w = crate::fold::without_possessive(folded);
            // Stemming is the costly part: each written form is keyed once.
            let id = match self.keys.get(w) {
                Some(&id) => id,
                None => {
                    let id = if crate::features::is_content_word(w) {
                        self.f.term_ids.get(&crate::features::word_key(w)).map(|&id| id as u32)
                    } else {
                        None
                    };
                    self.keys.insert(w.to_string(), id);
                    id
                }
            };
            if let Some(id) = id {
                out.push(id);
                at.push((t.start(), t.end()));
            }
        }
    }
}

/// Do two names share a word (folded)?
fn shares_a_name_word(a: &str, b: &str) -> bool {
    let words = |s: &str| s.split(' ').map(fold).filter(|w| w.len() > 1).collect::<Vec<_>>();
    let wb = words(b);
    words(a).iter().any(|w| wb.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{analyze, Source};

    /// Runs `read` with a reader of a one-document text and the document.
    fn with_reader<R>(text: &str, read: impl FnOnce(&Reader, &Document) -> R) -> R {
        let a = analyze(&[Source::new("a", text)]);
        let mentions = a
            .entities
            .iter()
            .enumerate()
            .flat_map(|(ei, e)| e.mentions.iter().filter(|m| !m.demonym).map(move |m| (m.start, m.end, ei)))
            .collect();
        read(&Reader::new(&a.documents[0], mentions, &a.entities), &a.documents[0])
    }

    /// The credit of each sentence of a one-document text: who, or "-".
    fn credits(text: &str) -> Vec<String> {
        with_reader(text, |reader, doc| {
            doc.sentences.iter().map(|s| reader.credit(s).map_or("-".to_string(), |c| c.who)).collect()
        })
    }

    #[test]
    fn credits_are_read_from_the_sentence() {
        let cases: &[(&str, &[&str])] = &[
            ("The toll rose to 23, according to Police Chief Erik Holm.", &["Erik Holm"]),
            ("According to organisers, a million people marched.", &["organisers"]),
            ("State officials said about 40,000 homes were damaged.", &["State officials"]),
            ("The Supreme Electoral Court (TSE) declared Erik Holm the winner.", &["Supreme Electoral Court"]),
            ("The dam held, said Laurent Moreau, the minister.", &["Laurent Moreau"]),
            ("Laurent Moreau urged Europe to stop buying oil.", &["Laurent Moreau"]),
            ("Laurent Moreau spoke. He said the dam held.", &["-", "Laurent Moreau"]),
            ("The dam held.", &["-"]),
            ("The agency said the dam held.", &["-"]),
            ("They said the dam held.", &["-"]),
            ("He also said the dam held.", &["-"]),
            ("Laurent Moreau spoke. He also said the dam held.", &["-", "Laurent Moreau"]),
            // Written with the rule: a sentence opening with "he" names others, not him.
            (
                "Police chief Laurent Moreau spoke. He named the managers as Erik Holm and Sara Lind. He said the dam held.",
                &["-", "-", "Laurent Moreau"],
            ),
            ("Erik Holm, who lives in Ludian, told Xinhua the dam held.", &["Erik Holm"]),
            ("It was then announced that the dam held.", &["-"]),
            ("On Wednesday police said 178 were missing.", &["police"]),
            ("Some 205 were confirmed dead.", &["-"]),
            // "the center" points back to a body named before: no source of its own.
            ("The casualties the center announced included two men.", &["-"]),
            ("The casualties the emergency center announced included two men.", &["emergency center"]),
            // Fixtures of mine, written with these rules: a clause opened by a conjunction has
            // its own subject; "put" gives a figure only as "put ... at".
            ("Tarvik Front put out its claim shortly after Ostria said that 500 were hurt.", &["Ostria"]),
            ("The railways put the official death toll in the crash at 178.", &["railways"]),
            // A long title before the one person named (written with the rule).
            (
                "Twenty five had died, Velm fire service and civil defence deputy assistant director Erik Holm told reporters.",
                &["Erik Holm"],
            ),
            ("Transport Minister Sara Lind and rescue agency chief Erik Holm said the boat carried 43.", &["-"]),
            // The pronoun after a setting is the subject (written with the rule).
            ("Minister Sara Lind spoke. In a post on Instagram she said 42,000 tickets were sold.", &["-", "Sara Lind"]),
            ("Erik Holm spoke. According to him, 80 were hurt.", &["-", "Erik Holm"]),
            ("Erik Holm asked for a meeting, stating, \"It is needed.\"", &["Erik Holm"]),
            ("Police put the figure at 81,000.", &["Police"]),
            // Whose figure it is, written as its owner; when and where a source spoke is not who.
            ("The State Government's revised toll, however, stayed at 175.", &["State Government"]),
            ("The interior ministry's latest count was 40.", &["interior ministry"]),
            ("The interior ministry\u{2019}s latest count was 40.", &["interior ministry"]),
            ("The Railways on June 5 put the toll at 178.", &["Railways"]),
            // Written with the rule: where, with a determiner, is not who either.
            ("Officials in the South American country said 62 were aboard.", &["Officials"]),
            ("Police at the scene said 12 died.", &["Police"]),
            ("The storm's toll rose to 40.", &["-"]),
            // Who changes a count gives it (the authorities, not "Velm Day" of the participle).
            (
                "Authorities lowered the toll from the Velm Day bombings to 253, saying bodies were counted twice.",
                &["Authorities"],
            ),
            ("The local prefecture raised the death toll to 39.", &["local prefecture"]),
            ("The Tarvik government has revised the death toll to 275.", &["Tarvik government"]),
            // A country's authorities lower it ("confirmed" describes the toll; it is no verb).
            ("Norway lowers confirmed death toll to 38.", &["Norway"]),
            ("The state Velm news agency had Erik Holm at 52.1% of the vote.", &["Velm"]),
            ("Erik Holm had 12 goals at 30.", &["-"]),
            ("The prefect cut the number of confirmed dead to 38.", &["-"]),
            // A source set apart by commas, with what it is, before the verb.
            ("The police chief of Oslo, Erik Holm, said on Monday that 23 died.", &["Erik Holm"]),
            ("Erik Holm, a spokesman for the Tarvik Rescue Agency, said 23 died.", &["Erik Holm"]),
            ("The Tarvik Rescue Agency, which runs the search, said 23 died.", &["Tarvik Rescue Agency"]),
            ("The toll rose again, said the agency.", &["-"]),
            // An agency relaying who measured: the one who measured.
            ("According to Xinhua, the Tarvik Seismic Center put the quake at 6.5.", &["Tarvik Seismic Center"]),
            // Citing and quoting name the source as "according to" does; a vague one gives way
            // to the named one that relays it.
            ("The latest information, cited from Al Jazeera, is that 12,000 homes fell.", &["Al Jazeera"]),
            ("At least 40 died, Reuters reported, citing the Tarvik Rescue Agency.", &["Tarvik Rescue Agency"]),
            ("Xinhua reported the toll, quoting local officials.", &["Xinhua"]),
        ];
        for (text, expected) in cases {
            assert_eq!(credits(text), *expected, "{text}");
        }
    }

    /// The credit of the figure (the first digit) of a one-sentence text: who, or "-".
    fn figure_credit(text: &str) -> String {
        let at = text.find(|c: char| c.is_ascii_digit());
        with_reader(text, |reader, doc| reader.credit_at(&doc.sentences[0], at).map_or("-".to_string(), |c| c.who))
    }

    #[test]
    fn a_credit_after_a_figure_must_end_its_clause() {
        let cases = [
            ("The flood killed 11 people, officials said on Tuesday.", "officials"),
            (
                "Milei won 55% of votes, according to data from the electoral chamber, which declared no winner.",
                "data from the electoral chamber",
            ),
            (
                "With 98% of ballots counted, Erik Holm declared victory at a rally outside his home in the capital.",
                "-",
            ),
            ("Officials said 11 people were killed.", "Officials"),
            // Written with the rule: the figure's own words are not its source.
            ("Several of the 17 candidates have conceded.", "-"),
        ];
        for (text, expected) in cases {
            assert_eq!(figure_credit(text), expected, "{text}");
        }
    }

    #[test]
    fn credits_compare_by_entity_or_head_word() {
        let phrase = |who: &str| Credit {
            entity: None,
            who: who.to_string(),
            start: 0,
            end: 0,
            written: who.to_string(),
            speaks_for: Vec::new(),
            named: None,
        };
        assert!(phrase("officials").same_source(&phrase("state officials")));
        assert!(phrase("organisers").same_source(&phrase("Organizers")));
        assert!(!phrase("police").same_source(&phrase("interior ministry")));
        assert!(phrase("Police").same_source(&phrase("police spokesperson")));
        assert!(phrase("Authorities").same_source(&phrase("Officials")));
        assert!(!phrase("officials").same_source(&phrase("the governor's office")));
        assert!(phrase("civil defence service").same_source(&phrase("Saudi civil defence")));
        assert!(!phrase("interior ministry").same_source(&phrase("foreign ministry spokesman")));
        let entity = |e: usize| Credit {
            entity: Some(e),
            who: String::new(),
            start: 0,
            end: 0,
            written: String::new(),
            speaks_for: Vec::new(),
            named: None,
        };
        assert!(entity(1).same_source(&entity(1)));
        assert!(!entity(1).same_source(&entity(2)));
        assert!(!entity(1).same_source(&phrase("police")));
    }

    /// The attribution disagreements of an analysis of `texts`: each as its credits, by source.
    fn attribution_flags(texts: &[&str]) -> Vec<Vec<(String, Vec<String>)>> {
        let sources: Vec<Source> = texts.iter().enumerate().map(|(i, t)| Source::new(format!("s{i}"), *t)).collect();
        let a = analyze(&sources);
        a.claims
            .iter()
            .filter(|c| c.difference == Some(Difference::Attribution) && c.kind == ClaimKind::Statement)
            .map(|c| crate::claims::values_by_source(&a, c))
            .collect()
    }

    #[test]
    fn one_figure_credited_to_different_sources_is_flagged() {
        let flags = attribution_flags(&[
            "Blast in Tarvik.\n\nAt least 23 people died in the blast, according to Police Chief Erik Holm.",
            "Tarvik blast.\n\nTwenty-three people were killed, Interior Minister Sara Lind said.",
        ]);
        let expected = vec![vec![
            ("Erik Holm".to_string(), vec!["s0".to_string()]),
            ("Sara Lind".to_string(), vec!["s1".to_string()]),
        ]];
        assert_eq!(flags, expected);
    }

    // Written with the rule, after a flag seen in a held-back story.
    #[test]
    fn a_headlines_subject_is_no_source() {
        let got = credits("Scale of Velm flood damage revealed as 10,000 remain missing\n\nPolice Chief Erik Holm spoke.\n\nVelm Police revealed the toll.");
        assert_eq!(got, ["-", "-", "Velm Police"]);
    }

    // Written with the rule.
    #[test]
    fn a_figure_said_by_he_shows_where_he_is_named() {
        let sources = [
            Source::new("s0", "Crush in Velm.\n\nPolice chief Erik Holm spoke in Velm on Tuesday. He said the death toll that day was 125."),
            Source::new("s1", "Velm crush.\n\nDeputy governor Sara Lind told reporters that the death toll that day was 125."),
        ];
        let a = analyze(&sources);
        let flag = a.claims.iter().find(|c| c.difference == Some(Difference::Attribution)).expect("a flag");
        let holm = flag.conflicts[0].values.iter().find(|v| v.value == "Erik Holm").expect("Holm credited");
        let shown: Vec<&str> = holm.spans.iter().map(|&(d, _, start, end)| &a.documents[d].text[start..end]).collect();
        assert_eq!(shown, ["He", "Erik Holm"]);
        assert_eq!(flag.sentences.iter().filter(|(d, _)| *d == 0).count(), 2, "both sentences of s0 are evidence");
    }

    #[test]
    fn a_figure_credited_apart_is_found_whatever_else_a_report_gives_first() {
        // The first report's toll rose through the day: its 23 is the second report's 23.
        let flags = attribution_flags(&[
            "Blast in Tarvik\n\nPolice said at least 19 people were killed. Later the toll rose to at least 23, \
             according to Police Chief Erik Holm.",
            "Tarvik blast\n\nTwenty-three people were killed, Interior Minister Sara Lind said.",
        ]);
        assert_eq!(flags.len(), 1, "{flags:?}");
        assert_eq!(flags[0].iter().map(|v| v.0.as_str()).collect::<Vec<_>>(), ["Erik Holm", "Sara Lind"]);
    }

    #[test]
    fn one_who_heads_a_body_speaks_for_it() {
        let flags = attribution_flags(&[
            "Tarvik vote\n\nErik Holm, head of the Tarvik Election Council, said Lind won 52.1 percent of the vote.",
            "Tarvik vote\n\nThe Tarvik Election Council said Lind won 52.1 percent of the vote.",
        ]);
        assert!(flags.is_empty(), "{flags:?}");
        // Written with the rule: a title naming the body, with an "and" or an abbreviation in it.
        for title in ["Tarvik Election and Boundaries Council", "Tarvik Election Council (TEC)"] {
            let flags = attribution_flags(&[
                &format!("Tarvik vote\n\n{title} chairman Erik Holm said Lind won 52.1 percent of the vote."),
                "Tarvik vote\n\nThe Tarvik Election Council said Lind won 52.1 percent of the vote.",
            ]);
            assert!(flags.is_empty(), "{title}: {flags:?}");
        }
        // Said what he is once, then credited by name alone (written with the rule; found
        // reading eval31). A body named after him otherwise ("who met ...") is not his.
        let flags = attribution_flags(&[
            "Tarvik blast\n\nErik Holm, secretary general of the Tarvik Relief Society, spoke at noon. \
             Holm also said 4,000 people were hurt.",
            "Tarvik blast\n\nThe Tarvik Relief Society said 4,000 people were hurt.",
        ]);
        assert!(flags.is_empty(), "{flags:?}");
        let flags = attribution_flags(&[
            "Tarvik blast\n\nErik Holm, who met the Tarvik Relief Society, spoke at noon. \
             Holm also said 4,000 people were hurt.",
            "Tarvik blast\n\nThe Tarvik Relief Society said 4,000 people were hurt.",
        ]);
        assert_eq!(flags.len(), 1, "{flags:?}");
        // A government is its administration (written with the rule; found reading eval32).
        let hurt = |credit: &str| format!("Tarvik blast\n\n{credit} said 4,000 people were hurt.");
        let flags = attribution_flags(&[&hurt("The Tarvik government"), &hurt("The Tarvik administration")]);
        assert!(flags.is_empty(), "{flags:?}");
    }

    #[test]
    fn a_credit_that_names_no_one_is_at_odds_with_no_one() {
        let missing = |credit: &str| format!("Ferry sinks in Tarvik\n\n{credit}, about 180 people are missing.");
        // "Officials" may be the police, or the rescue chief.
        for named in ["According to police", "Rescue chief Erik Holm said that"] {
            let flags = attribution_flags(&[&missing("According to officials"), &missing(named)]);
            assert!(flags.is_empty(), "{named}: {flags:?}");
        }
        // A report that names its source after a vague one is read by the name; the body's
        // credit before the headline's.
        let flags = attribution_flags(&[
            "Tarvik ferry: 180 missing, officials say\n\nAccording to officials, about 180 people are missing. \
             Rescue chief Erik Holm said the search was now for 180 people.",
            &missing("According to police"),
        ]);
        assert_eq!(flags.len(), 1, "{flags:?}");
        assert_eq!(flags[0][0].0, "Erik Holm");
        // Two named sources are two.
        let flags = attribution_flags(&[&missing("According to police"), &missing("Rescue chief Erik Holm said that")]);
        assert_eq!(flags.len(), 1, "{flags:?}");
        // A country speaks through its authorities, no office in particular (written with the rule).
        let flags = attribution_flags(&[&missing("Norway said that"), &missing("Rescue chief Erik Holm said that")]);
        assert!(flags.is_empty(), "{flags:?}");
        // Written with the rule: the news and an office are two kinds of source, where one of
        // them is named; two kinds of unnamed source are not.
        for (vague, named) in [
            ("Local media reports said", "Rescue chief Erik Holm said that"),
            ("Officials said", "Xinhua reported that"),
        ] {
            let flags = attribution_flags(&[&missing(vague), &missing(named)]);
            assert_eq!(flags.len(), 1, "{vague} / {named}: {flags:?}");
        }
        let flags = attribution_flags(&[&missing("Local media reports said"), &missing("According to officials")]);
        assert!(flags.is_empty(), "{flags:?}");
    }

    #[test]
    fn one_crowd_size_credited_to_two_counters_is_flagged() {
        let flags = attribution_flags(&[
            "March in Tarvik.\n\nOrganisers said a million people took part in the march.",
            "Tarvik march.\n\nThe Civil Rights Front said a million people took part in the march.",
            "Tarvik.\n\nPolice said 240,000 people took part in the march.",
        ]);
        let expected = vec![vec![
            ("Organisers".to_string(), vec!["s0".to_string()]),
            ("Civil Rights Front".to_string(), vec!["s1".to_string()]),
        ]];
        assert_eq!(flags, expected, "the police's own count is another number, no flag of its own");
    }

    /// The explanations of the figures one report gives two values for, credited apart.
    fn within_one_report(text: &str) -> Vec<String> {
        let a = analyze(&[Source::new("a", text)]);
        a.claims
            .iter()
            .filter(|c| c.conflicts.iter().any(|k| k.what.ends_with("within one report")))
            .map(|c| c.explanation.clone())
            .collect()
    }

    // Written for this rule (unit fixtures, not unseen news).
    #[test]
    fn one_report_giving_a_figure_two_values_from_two_sources_says_so() {
        let found = within_one_report(
            "Toll disputed\n\nThe railways put the official death toll in the crash at 178. \
             The State Government's revised toll, however, stayed at 175.",
        );
        assert_eq!(
            found,
            ["a gives two figures for dead, credited to two sources: 178 (railways) and 175 (State Government)."]
        );
        // One source, or a source that names no one, or values that can both hold: nothing.
        for text in [
            "Toll\n\nPolice said 178 people died. Police later said 175 people died.",
            "Toll\n\nThe railways put the death toll at 178. Officials said 175 people died.",
            "Toll\n\nThe railways said at least 170 people died. Erik Holm said 175 people died.",
        ] {
            assert_eq!(within_one_report(text), Vec::<String>::new(), "{text}");
        }
    }

    #[test]
    fn one_figure_credited_alike_or_given_differently_is_not_an_attribution_flag() {
        let cases: &[&[&str]] = &[
            // The police, and the police chief by name: one source, named more or less closely.
            &[
                "Blast in Tarvik.\n\nPolice said 23 people were killed in the blast.",
                "Tarvik blast.\n\nLocal police chief Erik Holm said 23 people were killed.",
            ],
            // Two different figures: a conflict of values, not of who gives one value.
            &[
                "Blast in Tarvik.\n\nAt least 23 people died in the blast, according to Police Chief Erik Holm.",
                "Tarvik blast.\n\nForty people were killed, Interior Minister Sara Lind said.",
            ],
            // A named person's age, each report having it from someone else (written with the
            // rule): the age is the person's, not a finding of either source.
            &[
                "Blast in Tarvik.\n\nTomas Berg, 22, set off the bomb, according to Police Chief Erik Holm.",
                "Tarvik blast.\n\nTomas Berg, 22, set off the bomb, Interior Minister Sara Lind said.",
            ],
            // Credited in one source only: a note, not a disagreement.
            &[
                "Blast in Tarvik.\n\nAt least 23 people died in the blast, according to Police Chief Erik Holm.",
                "Tarvik blast.\n\nTwenty-three people were killed in the blast.",
            ],
        ];
        for texts in cases {
            assert_eq!(attribution_flags(texts), Vec::<Vec<(String, Vec<String>)>>::new(), "{texts:?}");
        }
    }

    #[test]
    fn one_demand_made_by_different_people_is_flagged_unless_one_relays_the_other() {
        let urged = |who: &str| format!("Gas talks.\n\n{who} urged Europe to stop buying Russian gas within a year.");
        let flags = attribution_flags(&[&urged("Minister Sara Lind"), &urged("President Tomas Berg")]);
        assert_eq!(flags.len(), 1, "{flags:?}");
        assert_eq!(flags[0][0].0, "Sara Lind");
        assert_eq!(flags[0][1].0, "Tomas Berg");
        // One says the other demanded it: that relays the demand, it does not take it over.
        let relayed = "Gas talks.\n\nMinister Sara Lind said President Tomas Berg urged Europe to stop buying Russian gas within a year.";
        assert!(attribution_flags(&[relayed, &urged("President Tomas Berg")]).is_empty());
        // "He urged": who "he" is stays a guess.
        let pronoun = "Gas talks.\n\nTomas Berg arrived. He urged Europe to stop buying Russian gas within a year.";
        assert!(attribution_flags(&[pronoun, &urged("Minister Sara Lind")]).is_empty());
        // Different demands share no run of three words.
        let other = "Gas talks.\n\nMinister Sara Lind urged Europe to build more wind farms within a year.";
        assert!(attribution_flags(&[other, &urged("President Tomas Berg")]).is_empty());
        // Sharing only a name's words ("the Fruit and Vegetable Market", which the names pass
        // drops: the reports write "fruit" in lower case) is naming one place, not making one
        // statement.
        let place = |who: &str, what: &str| {
            format!("Market blast.\n\n{who} said the blast at the busy Fruit and Vegetable Market {what}. Traders sold fruit and vegetables.")
        };
        let flags = attribution_flags(&[
            &place("Minister Sara Lind", "killed 23 people"),
            &place("President Tomas Berg", "came at dawn"),
        ]);
        assert!(flags.is_empty(), "{flags:?}");
        // What stands before ", but X said" is not X's (written with the rule).
        let but =
            "Gas talks.\n\nEurope will stop buying Russian gas within a year, but Minister Sara Lind said talks go on.";
        assert!(attribution_flags(&[but, &urged("President Tomas Berg")]).is_empty());
        // Written with the rules: counts after the same words are figures, each with its
        // credit; a report that also ties the words to the other person (named, then "he
        // said" in the next sentence) does not credit them apart.
        let missing = |who: &str, n: &str| format!("Floods.\n\n{who} said that {n} people had been reported missing.");
        let flags =
            attribution_flags(&[&missing("Minister Sara Lind", "5,000"), &missing("President Tomas Berg", "10,100")]);
        assert!(flags.is_empty(), "{flags:?}");
        let both = "Gas talks.\n\nPresident Tomas Berg urged Europe to stop buying Russian gas within a year. \
                    Minister Sara Lind spoke later. She also urged Europe to stop buying Russian gas within a year.";
        let lind = "Gas talks.\n\nMinister Sara Lind urged Europe to stop buying Russian gas within a year.";
        assert!(attribution_flags(&[lind, both]).is_empty());
    }
}
