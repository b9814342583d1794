//! Folding: the character classes (apostrophes, hyphens, dashes, quotes) and the folded form
//! words are compared in. A leaf module: it uses nothing else in the crate, so every module,
//! the tokenizer and the word lists alike, can fold without depending on one another.

/// Apostrophes of every kind fold to `'`.
pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}' | '`' | '\u{00B4}')
}

/// Hyphens and dashes that may join two parts of one word ("war-torn", "Twenty‑six").
pub fn is_word_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// Dashes of every kind (used as punctuation, not inside words).
pub fn is_dash(c: char) -> bool {
    matches!(c, '-' | '\u{2010}'..='\u{2015}' | '\u{2212}')
}

/// Quotation marks of every kind.
pub fn is_quote(c: char) -> bool {
    matches!(
        c,
        '"' | '\u{201C}'
            | '\u{201D}'
            | '\u{201E}'
            | '\u{201F}'
            | '\u{00AB}'
            | '\u{00BB}'
            | '\u{2018}'
            | '\u{2019}'
            | '\''
    )
}

/// Folds a span to the form used for comparison: lower case, plain apostrophes and hyphens,
/// accents kept (they matter to names) but compatibility characters made plain.
pub fn fold(s: &str) -> String {
    // Most words are plain ASCII: one pass, no per-character pushes.
    if s.is_ascii() {
        let mut out = s.to_ascii_lowercase();
        if out.contains('`') {
            out = out.replace('`', "'");
        }
        return out;
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if is_apostrophe(c) {
            out.push('\'');
        } else if is_dash(c) {
            out.push('-');
        } else if c == '\u{00A0}' || c == '\u{202F}' {
            out.push(' ');
        } else {
            out.push(lower(c));
        }
    }
    out
}

/// The upper case of a letter of the Latin, Greek, Cyrillic or Armenian alphabets (the letters
/// of a case pair that news is written in); any other character as it is.
///
/// Why not `char::to_uppercase`: its table covers every script and cost the single file
/// 5.5 KB gzip, for the core's one need of it: capitalising labels for display.
pub fn upper(c: char) -> char {
    let u = c as u32;
    let pair_of = |even_upper: bool| if (u % 2 == 1) == even_upper { u - 1 } else { u };
    let upper = match u {
        0x61..=0x7a | 0xe0..=0xfe if u != 0xf7 => u - 0x20,
        0xb5 => 0x39c,
        0xff => 0x178,
        0x131 => 0x49,
        0x17f => 0x53,
        0x100..=0x137 | 0x14a..=0x177 => pair_of(true),
        0x139..=0x148 | 0x179..=0x17e => pair_of(false),
        0x3ac => 0x386,
        0x3ad..=0x3af => u - 0x25,
        0x3c2 => 0x3a3,
        0x3b1..=0x3cb => u - 0x20,
        0x3cc => 0x38c,
        0x3cd..=0x3ce => u - 0x3f,
        0x430..=0x44f => u - 0x20,
        0x450..=0x45f => u - 0x50,
        0x460..=0x481 | 0x48a..=0x4bf | 0x4d0..=0x52f => pair_of(true),
        0x4c1..=0x4ce => pair_of(false),
        0x4cf => 0x4c0,
        0x561..=0x586 => u - 0x30,
        0x1e00..=0x1e95 | 0x1ea0..=0x1eff => pair_of(true),
        0x1e9b => 0x1e60,
        _ => u,
    };
    char::from_u32(upper).unwrap_or(c)
}

/// The lower case of a letter of the Latin (with Vietnamese and Romanian), Greek, Cyrillic or
/// Armenian alphabets, and of the fullwidth Latin letters; any other character as it is ("İ" is
/// "i", not "i" and a combining dot).
///
/// Why not `char::to_lowercase`: its table covers every script and cost the single file 4.3 KB
/// gzip. Folding makes "KYIV" and "Kyiv" one word; in a script this leaves out (polytonic
/// Greek, Georgian Mtavruli, Cherokee ...) two spellings that differ by case only stay two.
pub fn lower(c: char) -> char {
    let u = c as u32;
    let pair_of = |even_upper: bool| if (u % 2 == 0) == even_upper { u + 1 } else { u };
    let lower = match u {
        0x41..=0x5a | 0xc0..=0xde if u != 0xd7 => u + 0x20,
        0x130 => 0x69,
        0x178 => 0xff,
        0x100..=0x137 | 0x14a..=0x177 | 0x1a0..=0x1a5 | 0x1de..=0x1ef | 0x1f8..=0x21f | 0x222..=0x233 => pair_of(true),
        0x246..=0x24f => pair_of(true),
        0x139..=0x148 | 0x179..=0x17e | 0x1cd..=0x1dc => pair_of(false),
        0x1af => 0x1b0,
        0x386 => 0x3ac,
        0x388..=0x38a => u + 0x25,
        0x38c => 0x3cc,
        0x38e..=0x38f => u + 0x3f,
        0x391..=0x3ab if u != 0x3a2 => u + 0x20,
        0x400..=0x40f => u + 0x50,
        0x410..=0x42f => u + 0x20,
        0x460..=0x481 | 0x48a..=0x4bf | 0x4d0..=0x52f => pair_of(true),
        0x4c0 => 0x4cf,
        0x4c1..=0x4ce => pair_of(false),
        0x531..=0x556 => u + 0x30,
        0x1e00..=0x1e95 | 0x1ea0..=0x1eff => pair_of(true),
        0x1e9e => 0xdf,
        0xff21..=0xff3a => u + 0x20,
        _ => u,
    };
    char::from_u32(lower).unwrap_or(c)
}

/// The string with its first letter in upper case (see `upper`): "kyiv" -> "Kyiv".
pub fn capitalised_first(s: &str) -> String {
    let mut cs = s.chars();
    cs.next().map(|c| std::iter::once(upper(c)).chain(cs).collect()).unwrap_or_default()
}

/// A folded word without its possessive "'s" ("kyiv's" -> "kyiv"). A plain suffix check:
/// `trim_end_matches("'s")` builds a substring searcher on every call, which showed in profiles.
pub fn without_possessive(folded: &str) -> &str {
    let mut w = folded;
    while let Some(stem) = w.strip_suffix("'s") {
        w = stem;
    }
    w
}

/// Folds accents away for matching names written with and without them ("Sánchez" = "Sanchez").
/// Covers Latin-1 and Latin Extended-A, which is where news names live; other characters pass through.
pub fn strip_accents(s: &str) -> String {
    if s.is_ascii() {
        return s.to_string();
    }
    s.chars()
        .map(|c| match c {
            'à'..='å' | 'ā' | 'ă' | 'ą' => 'a',
            'À'..='Å' | 'Ā' | 'Ă' | 'Ą' => 'A',
            'ç' | 'ć' | 'č' | 'ĉ' | 'ċ' => 'c',
            'Ç' | 'Ć' | 'Č' | 'Ĉ' | 'Ċ' => 'C',
            'è'..='ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
            'È'..='Ë' | 'Ē' | 'Ė' | 'Ę' | 'Ě' => 'E',
            'ì'..='ï' | 'ī' | 'į' | 'ı' => 'i',
            'Ì'..='Ï' | 'Ī' | 'Į' | 'İ' => 'I',
            'ñ' | 'ń' | 'ň' | 'ņ' => 'n',
            'Ñ' | 'Ń' | 'Ň' | 'Ņ' => 'N',
            'ò'..='ö' | 'ø' | 'ō' | 'ő' => 'o',
            'Ò'..='Ö' | 'Ø' | 'Ō' | 'Ő' => 'O',
            'ù'..='ü' | 'ū' | 'ů' | 'ű' | 'ų' => 'u',
            'Ù'..='Ü' | 'Ū' | 'Ů' | 'Ű' | 'Ų' => 'U',
            'ý' | 'ÿ' => 'y',
            'Ý' | 'Ÿ' => 'Y',
            'š' | 'ś' | 'ş' | 'ș' => 's',
            'Š' | 'Ś' | 'Ş' | 'Ș' => 'S',
            'ž' | 'ź' | 'ż' => 'z',
            'Ž' | 'Ź' | 'Ż' => 'Z',
            'ł' => 'l',
            'Ł' => 'L',
            'ř' => 'r',
            'Ř' => 'R',
            'ť' | 'ţ' | 'ț' => 't',
            'Ť' | 'Ţ' | 'Ț' => 'T',
            'ď' | 'đ' => 'd',
            'Ď' | 'Đ' => 'D',
            'ğ' => 'g',
            'Ğ' => 'G',
            other => other,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_makes_quotes_and_dashes_plain() {
        assert_eq!(fold("Russia’s – WAR"), "russia's - war");
        assert_eq!(strip_accents("Sánchez Łódź"), "Sanchez Lodz");
        assert_eq!(without_possessive("kyiv's"), "kyiv");
    }

    /// Every character of `blocks` whose case `ours` gives otherwise than the standard library
    /// (`standard`), where the standard gives one character (else the character itself, as
    /// "ß" -> "SS"), but for those `left_alone` and left as they are.
    fn unlike_standard<I: Iterator<Item = char>>(
        ours: fn(char) -> char,
        standard: fn(char) -> I,
        left_alone: fn(u32) -> bool,
    ) -> Vec<String> {
        let blocks = [0x0..0x250, 0x370..0x590, 0x1e00..0x1f00, 0xff00..0xff60];
        let mut wrong = Vec::new();
        for c in blocks.into_iter().flatten().filter_map(char::from_u32) {
            let mut standard = standard(c);
            let expected = match (standard.next(), standard.next()) {
                (Some(one), None) => one,
                _ => c,
            };
            let got = ours(c);
            if !(got == expected || (left_alone(c as u32) && got == c)) {
                wrong.push(format!("{c:?} ({:#x}): {got:?}, not {expected:?}", c as u32));
            }
        }
        wrong
    }

    #[test]
    fn upper_case_is_the_standard_one_for_the_alphabets_it_covers() {
        // Left as they are: Latin Extended-B, the Greek letters past the modern alphabet
        // (archaic, Coptic, symbols) and the fullwidth letters (a label's first letter only).
        let left_alone = |u: u32| matches!(u, 0x180..=0x24f | 0x370..=0x385 | 0x3cf..=0x3ff | 0xff00..=0xff5f);
        let wrong = unlike_standard(upper, char::to_uppercase, left_alone);
        assert!(wrong.is_empty(), "{wrong:#?}");
        assert_eq!(capitalised_first("élysée"), "Élysée");
        assert_eq!(capitalised_first("київ"), "Київ");
        assert_eq!(capitalised_first(""), "");
    }

    #[test]
    fn lower_case_is_the_standard_one_for_the_alphabets_it_covers() {
        // Left as they are: the letters of Latin Extended-B no living European or Vietnamese
        // spelling needs, and the Greek letters past the modern alphabet. ("İ" is "i" and a
        // combining dot in the standard, "i" here.)
        let left_alone = |u: u32| {
            matches!(u, 0x180..=0x19f | 0x1a6..=0x1ae | 0x1b1..=0x1cc | 0x1f1..=0x1f7 | 0x220 | 0x23a..=0x245)
                || matches!(u, 0x370..=0x385 | 0x3cf..=0x3ff)
        };
        let wrong = unlike_standard(lower, char::to_lowercase, left_alone);
        assert_eq!(wrong, ["'İ' (0x130): 'i', not 'İ'"]);
        assert_eq!(lower('İ'), 'i');
        assert_eq!(fold("KYIV Київ КИЇВ ÉLYSÉE ĐÀ NẴNG"), "kyiv київ київ élysée đà nẵng");
    }
}
