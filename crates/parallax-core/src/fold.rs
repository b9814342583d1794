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
            out.extend(c.to_lowercase());
        }
    }
    out
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
}
