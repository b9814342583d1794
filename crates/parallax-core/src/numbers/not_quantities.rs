//! Numbers that are not quantities: part of a name ("World War Two", "Article 5") or the
//! pronoun "one" ("no one", "one of them").

use std::sync::OnceLock;

use super::parse::Parsed;
use super::scan::Scan;
use crate::hash::FastSet;
use crate::lexicon;
use crate::lists::WordList;
use crate::text::TokenKind;
use crate::words;

static ONE_AS_PRONOUN: WordList =
    WordList::new("one-as-pronoun.txt", include_str!(concat!(env!("OUT_DIR"), "/data/one-as-pronoun.txt")));

/// The words around "one" that make it a pronoun, from the phrases of `one-as-pronoun.txt`:
/// those written before it ("no one") and those after it ("one of").
struct PronounContext {
    before: FastSet<&'static str>,
    after: FastSet<&'static str>,
}

fn pronoun_context() -> &'static PronounContext {
    static CONTEXT: OnceLock<PronounContext> = OnceLock::new();
    CONTEXT.get_or_init(|| {
        let mut context = PronounContext { before: FastSet::default(), after: FastSet::default() };
        for phrase in ONE_AS_PRONOUN.entries() {
            match phrase.split_once(' ') {
                Some(("one", after)) => context.after.insert(after),
                Some((before, _)) => context.before.insert(before),
                None => false,
            };
        }
        context
    })
}

/// "no one", "the one", "one another": the pronoun, not the number.
pub(super) fn is_pronoun_one(scan: &Scan, i: usize, p: &Parsed) -> bool {
    if scan.f(i) != "one" || p.end != i + 1 {
        return false;
    }
    let context = pronoun_context();
    (i > 0 && context.before.contains(scan.f(i - 1))) || context.after.contains(scan.f(i + 1))
}

/// "World War Two", "Article 5", "Apollo 11": a number that is part of a capitalised name.
pub(super) fn is_name_part(scan: &Scan, i: usize) -> bool {
    if i == 0 {
        return false;
    }
    let prev = i - 1;
    // "all people on board flight 2283": a flight's number, however the word is written.
    if scan.f(prev) == "flight" && scan.t(i).starts_with(|c: char| c.is_ascii_digit()) {
        return true;
    }
    let prev_word = scan.kind(prev) == Some(TokenKind::Word) && scan.is_capitalised(prev);
    if !prev_word || prev == 0 && scan.tokens.len() > 1 && !scan.is_capitalised(prev) {
        return false;
    }
    let p = scan.t(prev);
    // "Toll Rises To 21", "Sheriff Cites 560 Missing": in a headline in title case, a function
    // word or a verb ending in "s" before a number is no name's word ("Flight 370", "Article 5").
    if scan.title_case && (words::is_stop_word(scan.f(prev)) || (p.ends_with('s') && !p.ends_with("ss"))) {
        return false;
    }
    // "Monday's 6.4-magnitude quake", "Kenya's 67 dead": a possessive is no name a number ends.
    let possessive = p.ends_with("'s") || p.ends_with("\u{2019}s");
    if possessive
        || lexicon::month_number(p).is_some()
        || lexicon::is_currency_code(p)
        || p.chars().all(|c| c.is_uppercase() || c == '.')
    {
        return false;
    }
    // The previous word opens the sentence ("Twenty-six countries", "Some 26 nations") — not a name.
    if prev == 0 && (words::is_stop_word(scan.f(prev)) || !scan.is_capitalised(i)) {
        return false;
    }
    match scan.kind(i) {
        // "World War Two": a capitalised number word inside a name.
        Some(TokenKind::Word) => scan.is_capitalised(i),
        // "Article 5": digits straight after a capitalised non-initial word, with nothing counted
        // after. A percentage is never part of a name: "Sergio Massa 44.30%" is his share.
        Some(TokenKind::Number) => {
            let percent =
                matches!(scan.f(i + 1), "%" | "percent") || (scan.f(i + 1) == "per" && scan.f(i + 2) == "cent");
            prev > 0 && !words::looks_plural(scan.f(i + 1)) && !percent
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::ingest;
    use crate::numbers::parse::number_at;

    /// Whether the first number of `text` is a name part or the pronoun "one".
    fn set_aside(text: &str) -> bool {
        let doc = ingest("t", text);
        let s = &doc.sentences[0];
        let scan = Scan::new(&doc.text, doc.sentence_tokens(s), doc.sentence_folded(s));
        let (i, p) = (0..scan.tokens.len()).find_map(|i| number_at(&scan, i).map(|p| (i, p))).expect(text);
        is_name_part(&scan, i) || is_pronoun_one(&scan, i, &p)
    }

    #[test]
    fn names_and_pronouns_are_set_aside_and_quantities_are_not() {
        let table = [
            ("the end of World War Two.", true),
            ("under Article 5 of the treaty", true),
            ("and Sergio Massa 44.30% of the votes", false),
            ("and Sergio Massa 44 per cent", false),
            ("No one knows.", true),
            ("One of them left.", true),
            ("They love one another.", true),
            ("Twenty-six countries have pledged.", false),
            ("Some 26 nations have pledged.", false),
            ("It killed one person.", false),
            ("In May 2025 it rained.", false),
            ("The toll from Monday's 6.4-magnitude quake rose.", false),
            // Written with the rule: a flight's number in lower case too.
            ("all the people on board flight 2283 died.", true),
            ("The flight was carrying 58 passengers.", false),
        ];
        for (text, expected) in table {
            assert_eq!(set_aside(text), expected, "{text}");
        }
    }

    #[test]
    fn every_pronoun_phrase_has_one_in_it() {
        let context = pronoun_context();
        let phrases = ONE_AS_PRONOUN.entries().count();
        assert_eq!(context.before.len() + context.after.len(), phrases, "each phrase is `X one` or `one X`");
        assert!(context.before.contains("no") && context.after.contains("of"));
    }
}
