//! The words the entity extractor knows: titles, kind words, connectors, openers. Each list is a
//! file in `data/` (see `crate::lists`); the predicates here are what the passes ask of them.

use super::EntityKind;
use crate::lists::WordList;
use crate::text::fold;
use crate::words;
use std::sync::OnceLock;

macro_rules! list {
    ($static:ident, $file:literal) => {
        static $static: WordList = WordList::new($file, include_str!(concat!(env!("OUT_DIR"), "/data/", $file)));
    };
}

list!(TITLES, "titles.txt");
list!(TITLE_MODIFIERS, "title-modifiers.txt");
list!(HONORIFICS, "honorifics.txt");
list!(ORGANISATION_WORDS, "kind-words-organisation.txt");
list!(PLACE_WORDS, "kind-words-place.txt");
list!(EVENT_WORDS, "kind-words-event.txt");
list!(GROUP_WORDS, "kind-words-group.txt");
list!(REGION_NOUNS, "region-nouns.txt");
list!(ORGANISATION_NOUNS, "organisation-nouns.txt");
list!(NEVER_NAMES, "never-names.txt");
list!(OPENING_COMMON_WORDS, "opening-common-words.txt");
list!(PLACE_NOUNS, "place-nouns.txt");
list!(PLACE_WORDS_BEFORE, "place-words-before.txt");
list!(STAKE_NOUNS, "stake-nouns.txt");
list!(NAME_CONNECTORS, "name-connectors.txt");
list!(COMMON_WORDS, "common-words.txt");
list!(COMPANY_SUFFIXES, "company-suffixes.txt");
list!(NAME_ABBREVIATIONS, "name-abbreviations.txt");
list!(SCOPE_ADJECTIVES, "scope-adjectives.txt");
list!(SETTLEMENT_NOUNS, "settlement-nouns.txt");
list!(HYPHEN_ENDINGS, "name-hyphen-endings.txt");
list!(FACILITY_NOUNS, "facility-nouns.txt");
list!(ROMANISED_PLACE_SUFFIXES, "romanised-place-suffixes.txt");
list!(IRREGULAR_PAST_VERBS, "irregular-past-verbs.txt");
list!(RELIGIONS, "religions.txt");

/// The kinds of place a romanised name may end in, as (suffix, English kind word): ("xian",
/// "county"), ("ken", "prefecture").
pub(super) fn romanised_place_suffixes() -> impl Iterator<Item = (&'static str, &'static str)> {
    ROMANISED_PLACE_SUFFIXES.rows().filter_map(|row| Some((*row.first()?, *row.get(1)?)))
}

/// A kind of public place written after its name ("Westgate Mall", "Bahanaga Bazar").
pub(super) fn is_facility_noun(folded: &str) -> bool {
    FACILITY_NOUNS.contains(folded)
}

/// A lower-case ending after a name's hyphen that describes ("-born", "-run"; see the list).
pub(super) fn is_hyphen_ending(folded: &str) -> bool {
    HYPHEN_ENDINGS.contains(folded)
}

/// A kind of settlement or island ("city", "township", "island") written after a place's name.
pub(super) fn is_settlement_noun(folded: &str) -> bool {
    SETTLEMENT_NOUNS.contains(folded)
}

/// A compass or scope adjective ("Western", "National"): it opens names but names nothing alone.
pub(super) fn is_scope_adjective(word: &str) -> bool {
    SCOPE_ADJECTIVES.contains(&fold(word))
}

/// Is the word an abbreviation that a name runs on after ("St" of "St. Mary's")?
pub(super) fn is_name_abbreviation(word: &str) -> bool {
    NAME_ABBREVIATIONS.contains(&fold(word))
}

/// Is the word a company's legal form that ends its registered name ("Inc.", "Ltd", "GmbH")?
pub(super) fn is_company_suffix(word: &str) -> bool {
    COMPANY_SUFFIXES.contains(&fold(word.trim_end_matches('.')))
}

/// "Jr", "Sr": the generation after a person's name, part of it.
pub(super) fn is_generation(word: &str) -> bool {
    matches!(fold(word.trim_end_matches('.')).as_str(), "jr" | "sr")
}

/// Is the folded word one of the most frequent English words ("health", "therefore")? Many are
/// also names ("mark", "will"), so this is asked only where a name has no other evidence.
pub(super) fn is_common_word(folded: &str) -> bool {
    COMMON_WORDS.contains(folded)
}

/// Is the folded word a title ("president", "minister", "dr.")?
pub fn is_title_word(folded: &str) -> bool {
    let word = folded.trim_end_matches('.');
    // "Inspector-General", "Attorney-General", "Vice-President": a compound title written with a
    // hyphen is a title when each of its parts is a title or a title's modifier.
    TITLES.contains(word)
        || word.split_once('-').is_some_and(|(a, b)| {
            !b.contains('-') && (TITLES.contains(a) || TITLE_MODIFIERS.contains(a)) && TITLES.contains(b)
        })
}

/// A word that is a title only when another title follows it ("foreign" in "Foreign Minister").
pub(super) fn is_title_modifier(folded: &str) -> bool {
    TITLE_MODIFIERS.contains(folded)
}

/// A form of address ("mr", "dr."): the name after it is a person's, whatever else it could be.
pub(super) fn is_honorific(folded: &str) -> bool {
    HONORIFICS.contains(folded.trim_end_matches('.'))
}

/// A misspelt title ("prim" for "prime"): one edit from a title longer than three letters that
/// starts with the same letter. Scans the list, so callers ask only when a title follows.
pub(super) fn is_misspelt_title(folded: &str) -> bool {
    // The entries in a slice, so the rare scan does not re-read the file's lines each time.
    static ENTRIES: OnceLock<Vec<&'static str>> = OnceLock::new();
    let titles = ENTRIES.get_or_init(|| TITLES.entries().collect());
    folded.len() >= 3
        && titles.iter().any(|t| {
            t.len() > 3
                && t.len().abs_diff(folded.len()) <= 1
                && t.as_bytes()[0] == folded.as_bytes()[0]
                && super::spelling::one_edit_apart(folded, t)
        })
}

/// The kind a word inside a name gives it: "ministry" an organisation, "square" a place.
/// Organisation words win over place, event and group words ("club" is an organisation).
pub(super) fn keyword_kind(folded: &str) -> Option<EntityKind> {
    if ORGANISATION_WORDS.contains(folded) {
        Some(EntityKind::Organisation)
    } else if PLACE_WORDS.contains(folded) {
        Some(EntityKind::Place)
    } else if EVENT_WORDS.contains(folded) {
        Some(EntityKind::Event)
    } else if GROUP_WORDS.contains(folded) {
        Some(EntityKind::Group)
    } else {
        None
    }
}

/// A lower-case noun after a name that makes "Kharkiv region" a place of its own.
pub(super) fn is_region_noun(folded: &str) -> bool {
    REGION_NOUNS.contains(folded)
}

/// A lower-case noun after a name that says it is an organisation: "the Belta news agency".
pub(super) fn is_org_noun(folded: &str) -> bool {
    ORGANISATION_NOUNS.contains(folded)
}

pub(super) fn is_speech_verb(folded: &str) -> bool {
    crate::lists::SPEECH_VERBS.contains(folded)
}

/// A lower-case word after a capitalised one that the capitalised word may qualify: no verb
/// (of speech, in "-ed", or an irregular past like "won"), no function word ("is", "and").
/// "Local police", "Mobile phone footage", "Truck drivers"; not "Massa won", "Holm said".
pub(super) fn is_qualified_noun(folded: &str) -> bool {
    folded.len() > 2
        && folded.chars().all(|c| c.is_alphabetic())
        && !folded.ends_with("ed")
        && !is_speech_verb(folded)
        && !words::is_stop_word(folded)
        && !IRREGULAR_PAST_VERBS.contains(folded)
}

/// Connectors allowed inside a name: "Coalition of the Willing", "Ursula von der Leyen".
pub(super) fn is_connector(word: &str) -> bool {
    NAME_CONNECTORS.contains(word)
}

/// A noun that, joined by a preposition, makes the name after it a place: "the village of X".
pub(super) fn is_place_noun(folded: &str) -> bool {
    PLACE_NOUNS.contains(folded)
}

/// A word right before a name that makes it a place: "in X", "the capital X".
pub(super) fn is_place_word_before(folded: &str) -> bool {
    PLACE_WORDS_BEFORE.contains(folded)
}

/// A noun of ownership: "shares in X" names a company, not a place.
pub(super) fn is_stake_noun(folded: &str) -> bool {
    STAKE_NOUNS.contains(folded)
}

/// A word for the followers of a religion, singular or plural ("Muslims", "Buddhist").
pub(super) fn is_religion_word(folded: &str) -> bool {
    RELIGIONS.contains(folded.strip_suffix('s').unwrap_or(folded))
}

/// A common word that is capitalised only because it opens a sentence (or labels a caption).
/// Morphology alone (-ing, -ly, -ed) is not enough ("Kelly", "Alfred"): such words are dropped
/// later only when the corpus also uses them in lower case.
pub(super) fn is_opener(folded: &str) -> bool {
    words::is_stop_word(folded) || OPENING_COMMON_WORDS.contains(folded)
}

/// A capitalised word that is not a name: a number, day, month, time zone, unit, currency,
/// compass adjective, or a compound with a lower-case part ("SIM-card").
pub(super) fn never_a_name(word: &str) -> bool {
    let f = fold(word);
    let mut parts = word.split('-');
    parts.next();
    word.chars().all(|c| c.is_ascii_digit())
        || NEVER_NAMES.contains(&f)
        || SCOPE_ADJECTIVES.contains(&f)
        // Unit abbreviations ("3.2 GW", "40 KM"); longer unit words can be names ("Miles").
        || (word.len() <= 3 && crate::numbers::is_measure_unit(&f))
        || crate::lexicon::MONTHS.contains(&f)
        // Abbreviated months ("Nov 2"); "Jan" and "Jun" are also given names.
        || (crate::lexicon::month_number(word).is_some() && !matches!(f.as_str(), "jan" | "jun"))
        || words::compound_number_word(&f).is_some()
        || words::ordinal_word(&f).is_some()
        || crate::lexicon::currency_prefix(word).is_some()
        || parts.any(|p| p.chars().next().is_some_and(char::is_lowercase))
        // "I'll", "I'm", "I've": the pronoun with a verb, capitalised wherever it stands.
        || (f.chars().count() <= 4 && (f.starts_with("i'") || f.starts_with("i\u{2019}")))
}

/// Two to six letters, all capitals: "EU", "IRGC", "U.S.".
pub(super) fn is_acronym(s: &str) -> bool {
    let letters = s.chars().filter(|c| c.is_alphabetic());
    let (count, all_upper) = letters.fold((0, true), |(n, up), c| (n + 1, up && c.is_uppercase()));
    (2..=6).contains(&count) && all_upper
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_modifiers_and_honorifics() {
        let cases = [
            // (word, title, modifier, honorific)
            ("president", true, false, false),
            ("dr.", true, false, true),
            ("foreign", true, true, false),
            ("prime", true, true, false),
            ("mrs", true, false, true),
            ("macron", false, false, false),
            ("harbour", false, false, false),
            // A government portfolio ("Energy Minister") is a title only before another.
            ("energy", true, true, false),
            ("lawmaker", true, false, false),
            ("drm", true, false, false),
            // Member of Parliament ("Labour MP Jo Cox", "the senior MP"), written with the list
            // line; its plural folds to "MPS", a body's acronym, and is left out.
            ("mp", true, false, false),
            ("mps", false, false, false),
            // Written with the list lines: ranks' abbreviations ("Cmdr Armand Balilo") and a
            // survivor named as a witness is ("Survivor Velm Tarka said").
            ("cmdr", true, false, false),
            ("cpl", true, false, false),
            ("survivor", true, false, false),
            // A compound title written with a hyphen, each part a title or a modifier (written
            // with the rule, from the held-back reading eval28); not a name with a hyphen.
            ("inspector-general", true, false, false),
            ("attorney-general", true, false, false),
            ("bankman-fried", false, false, false),
            ("general-velm", false, false, false),
        ];
        for (word, title, modifier, honorific) in cases {
            assert_eq!(is_title_word(word), title, "{word}: title");
            assert_eq!(is_title_modifier(word), modifier, "{word}: modifier");
            assert_eq!(is_honorific(word), honorific, "{word}: honorific");
        }
    }

    #[test]
    fn misspelt_titles() {
        let cases = [("prim", true), ("minster", true), ("presdent", true), ("pm", false), ("prince", false)];
        for (word, misspelt) in cases {
            assert_eq!(is_misspelt_title(word), misspelt, "{word}");
        }
    }

    #[test]
    fn kind_words_say_what_a_name_is() {
        let cases = [
            ("ministry", Some(EntityKind::Organisation)),
            ("energy", Some(EntityKind::Organisation)),
            ("club", Some(EntityKind::Organisation)),
            // (Written with the two list lines: "Turkish Hard Coal Enterprise" is a body.)
            ("enterprise", Some(EntityKind::Organisation)),
            ("enterprises", Some(EntityKind::Organisation)),
            ("square", Some(EntityKind::Place)),
            // (Written with the list line: "the Republic" alone is no name.)
            ("republic", Some(EntityKind::Place)),
            ("region", Some(EntityKind::Place)),
            ("summit", Some(EntityKind::Event)),
            ("coalition", Some(EntityKind::Group)),
            ("willing", None),
        ];
        for (word, kind) in cases {
            assert_eq!(keyword_kind(word), kind, "{word}");
        }
    }

    #[test]
    fn never_names_and_openers() {
        let cases = [
            // (word as written, never a name, opener when folded)
            ("Monday", true, true),
            ("GMT", true, false),
            ("Western", true, false),
            ("2024", true, false),
            ("SIM-card", true, false),
            ("GW", true, false),
            ("DNA", true, false),
            ("SUVs", true, false),
            // (Written with the list lines.)
            ("CPR", true, false),
            ("GBH", true, false),
            ("Web", true, false),
            ("Internet", true, false),
            ("NATO", false, false),
            ("Jan", false, false),
            ("Despite", false, true),
            ("Following", false, true),
            ("Kelly", false, false),
            ("Macron", false, false),
            // Written with the rule: the pronoun with a verb.
            ("I'll", true, false),
            ("I\u{2019}m", true, true),
            ("Ilse", false, false),
        ];
        for (word, never, opener) in cases {
            assert_eq!(never_a_name(word), never, "{word}: never a name");
            assert_eq!(is_opener(&fold(word)), opener, "{word}: opener");
        }
    }

    #[test]
    fn connectors_are_lower_case_particles() {
        let cases = [("of", true), ("von", true), ("al", true), ("Of", false), ("and", false)];
        for (word, connector) in cases {
            assert_eq!(is_connector(word), connector, "{word}");
        }
    }

    #[test]
    fn acronyms_are_two_to_six_capitals() {
        let cases = [("EU", true), ("U.S.", true), ("IRGC", true), ("A", false), ("Nato", false), ("ABCDEFG", false)];
        for (word, acronym) in cases {
            assert_eq!(is_acronym(word), acronym, "{word}");
        }
    }

    #[test]
    fn nouns_around_names() {
        assert!(is_region_noun("oblast") && !is_region_noun("city"));
        assert!(is_org_noun("agency") && !is_org_noun("region"));
        assert!(is_place_noun("outskirts") && is_place_word_before("near") && is_stake_noun("stake"));
        assert!(is_speech_verb("said") && !is_speech_verb("energy"));
    }
}
