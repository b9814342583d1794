//! General-purpose word lists: abbreviations, months, currency codes, web page furniture.
//!
//! Everything here is true of English news text in general; nothing names a person, place or event
//! of any particular corpus. Countries, demonyms and international bodies live in `gazetteer`.

/// Abbreviations after which a full stop does not end a sentence (compared case-insensitively,
/// without the trailing dot).
const NON_TERMINAL_ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "capt", "cpt", "sgt", "maj", "adm", "cmdr", "gov", "sen",
    "rep", "rev", "fr", "st", "jr", "sr", "hon", "pres", "amb", "insp", "supt", "no", "nos", "vol", "vols", "fig",
    "figs", "pp", "approx", "est", "dept", "univ", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun", "vs", "v", "cf", "e.g",
    "i.e", "mt", "ft", "bros",
];

/// Abbreviations that can end a sentence as well as sit inside one ("... in the U.S. The next day").
const AMBIGUOUS_ABBREVIATIONS: &[&str] = &[
    "u.s", "u.k", "u.n", "e.u", "u.s.a", "a.m", "p.m", "etc", "inc", "ltd", "co", "corp", "plc", "bn", "m", "n.y",
    "d.c", "l.a",
];

/// Is `word` (without its final dot) an abbreviation after which a sentence does not end?
pub fn is_non_terminal_abbreviation(word: &str) -> bool {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    NON_TERMINAL_ABBREVIATIONS.contains(&w.as_str())
}

/// Is `word` an abbreviation that may or may not end a sentence?
pub fn is_ambiguous_abbreviation(word: &str) -> bool {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    AMBIGUOUS_ABBREVIATIONS.contains(&w.as_str())
}

/// Words that commonly open a sentence: after an ambiguous abbreviation, a capitalised one of
/// these means the sentence did end there.
pub fn is_common_sentence_opener(word: &str) -> bool {
    const OPENERS: &[&str] = &[
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "there",
        "but", "and", "or", "so", "yet", "in", "on", "at", "for", "as", "if", "when", "while", "after", "before",
        "since", "his", "her", "its", "their", "our", "my", "some", "many", "most", "one", "two", "both", "all", "no",
        "not", "meanwhile", "however", "still", "also", "later", "earlier", "then", "what", "who", "how", "why",
        "where",
    ];
    OPENERS.contains(&word.to_ascii_lowercase().as_str())
}

pub const MONTHS: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december",
];

/// Month number (1-12) for a full or abbreviated English month name. Allocation-free: it runs
/// on every word of every document.
pub fn month_number(word: &str) -> Option<u32> {
    let w = word.strip_suffix('.').unwrap_or(word);
    // Every month starts with one of these letters: most words are rejected on the first byte.
    if w.len() < 3
        || w.len() > 9
        || !matches!(w.as_bytes()[0].to_ascii_lowercase(), b'j' | b'f' | b'm' | b'a' | b's' | b'o' | b'n' | b'd')
    {
        return None;
    }
    if let Some(i) = MONTHS.iter().position(|m| m.eq_ignore_ascii_case(w)) {
        return Some(i as u32 + 1);
    }
    // Abbreviations: "Sept", "Sep", "Jan" — but "may" and "march" are only months in full.
    if w.eq_ignore_ascii_case("sept") {
        return Some(9);
    }
    if w.len() == 3 && !w.eq_ignore_ascii_case("may") && !w.eq_ignore_ascii_case("mar") {
        return MONTHS.iter().position(|m| m[..3].eq_ignore_ascii_case(w)).map(|i| i as u32 + 1);
    }
    None
}

/// ISO 4217 codes that news copy writes glued to amounts ("EUR1.1 billion", "USD34.6 million").
const CURRENCY_CODES: &[&str] = &[
    "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "CHF", "RUB", "UAH", "AUD", "CAD", "NZD", "INR", "KRW", "BRL", "MXN",
    "ZAR", "TRY", "PLN", "SEK", "NOK", "DKK", "CZK", "HUF", "RON", "BGN", "HKD", "SGD", "SAR", "AED", "ILS", "EGP",
    "NGN", "KES", "PKR", "IDR", "THB", "MYR", "PHP", "VND", "ARS", "CLP", "COP", "PEN", "BTC",
];

pub fn is_currency_code(s: &str) -> bool {
    s.len() == 3 && s.bytes().all(|b| b.is_ascii_uppercase()) && CURRENCY_CODES.contains(&s)
}

/// Letters written before an amount for its currency, glued or not ("EUR1.1bn", "TL5bn",
/// "Rs 500"): an ISO code, or a local abbreviation in Latin letters, with its ISO code.
pub fn currency_prefix(s: &str) -> Option<&str> {
    if is_currency_code(s) {
        return Some(s);
    }
    Some(match s {
        "TL" => "TRY",
        "Rs" => "INR",
        "Rp" => "IDR",
        "RM" => "MYR",
        _ => return None,
    })
}

/// Whole lines that are page furniture on news sites (navigation, sharing, comment widgets),
/// compared case-insensitively after trimming punctuation.
const FURNITURE_LINES: &[&str] = &[
    "login",
    "log in",
    "logout",
    "log out",
    "sign in",
    "sign up",
    "sign out",
    "register",
    "subscribe",
    "subscribe now",
    "subscribers only",
    "comments",
    "comment",
    "show comments",
    "view comments",
    "related",
    "related articles",
    "related stories",
    "related content",
    "related coverage",
    "more on this story",
    "read more",
    "read next",
    "see also",
    "also read",
    "most read",
    "most popular",
    "trending",
    "recommended",
    "join the conversation",
    "read our full story below",
    "read the full story",
    "full story",
    "key points",
    "key takeaways",
    "actions",
    "posted",
    "updated",
    "share",
    "share this",
    "share this article",
    "share on facebook",
    "share on twitter",
    "share on x",
    "tweet",
    "email",
    "print",
    "copy link",
    "advertisement",
    "sponsored",
    "skip to content",
    "skip to main content",
    "menu",
    "home",
    "search",
    "close",
    "listen",
    "listen to this article",
    "watch",
    "watch live",
    "live",
    "video",
    "photos",
    "gallery",
    "next",
    "previous",
    "back to top",
    "cookies",
    "accept cookies",
    "newsletter",
    "sign up for our newsletter",
    "follow us",
    "download the app",
    "loading",
    "loading...",
    "ad",
    "story continues below advertisement",
    "continue reading",
    "topics",
    "tags",
    "looking for comments?",
    "more",
    "top stories",
    "latest",
    "latest news",
    "breaking news",
    "opinion",
];

/// Words that only page controls use; a line with two of them is an instruction to click, not reporting.
const INTERFACE_WORDS: &[&str] = &[
    "click", "tap", "button", "buttons", "subscribe", "newsletter", "login", "log-in", "cookie", "cookies", "browser",
    "javascript", "sign-up", "comments", "scroll", "download", "app", "inbox", "unsubscribe",
];

pub fn is_furniture_phrase(line: &str) -> bool {
    // The longest phrase is under 60 bytes: longer lines are never whole-line furniture.
    if line.len() > 64 {
        return false;
    }
    let t = line.trim().trim_matches(|c: char| !c.is_alphanumeric() && c != '?').to_lowercase();
    FURNITURE_LINES.contains(&t.as_str()) || FURNITURE_LINES.contains(&format!("{t}?").as_str())
}

/// Does the line read like an instruction to operate the page ("Click the buttons ... to view them")?
pub fn interface_word_count(line: &str) -> usize {
    // Page controls are short lines; a long paragraph that mentions an app is reporting.
    if line.len() > 240 {
        return 0;
    }
    static SET: crate::words::WordSet = crate::words::WordSet::new(INTERFACE_WORDS);
    // Lower-cased in a stack buffer: this runs on every word of every short line.
    const LONGEST: usize = 12;
    let mut buf = [0u8; LONGEST];
    line.split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty() && w.len() <= LONGEST)
        .filter(|w| {
            let lower = &mut buf[..w.len()];
            lower.copy_from_slice(w.as_bytes());
            lower.make_ascii_lowercase();
            std::str::from_utf8(lower).is_ok_and(|l| SET.contains(l))
        })
        .count()
}

/// Markers that introduce links to other stories; the short line after one is furniture too.
pub fn is_link_list_marker(line: &str) -> bool {
    // The longest marker is 19 bytes: a paragraph is never one (and is not lower-cased to check).
    if line.len() > 24 {
        return false;
    }
    matches!(
        line.trim().to_lowercase().as_str(),
        "related"
            | "related articles"
            | "related stories"
            | "read more"
            | "see also"
            | "also read"
            | "more on this story"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abbreviations_are_classified() {
        for w in ["Mr.", "Gen.", "Sept.", "Dr", "St."] {
            assert!(is_non_terminal_abbreviation(w), "{w}");
        }
        for w in ["U.S.", "p.m.", "etc."] {
            assert!(is_ambiguous_abbreviation(w), "{w}");
        }
        assert!(!is_non_terminal_abbreviation("war."));
    }

    #[test]
    fn months_parse_in_full_and_abbreviated() {
        let table = [
            ("September", Some(9)),
            ("Sept.", Some(9)),
            ("jan", Some(1)),
            ("May", Some(5)),
            ("mar", None),
            ("Maybe", None),
        ];
        for (w, m) in table {
            assert_eq!(month_number(w), m, "{w}");
        }
    }

    #[test]
    fn furniture_lines_are_recognised() {
        for l in [
            "Login",
            "Comments",
            "Join the Conversation",
            "KEY POINTS",
            "Read our full story below.",
            "Looking for comments?",
        ] {
            assert!(is_furniture_phrase(l), "{l}");
        }
        assert!(!is_furniture_phrase("Comments by the minister"));
        assert_eq!(interface_word_count("Click the buttons at the top to view them"), 2);
    }
}
