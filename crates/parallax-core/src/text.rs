//! Character-level helpers and the tokenizer: spans of the original text, each with a normalised form.
//!
//! Nothing here copies or rewrites the document: a token is a byte range into the original text plus
//! a folded form (curly quotes and dashes made plain, lower-cased), so every later stage can report
//! exact offsets while comparing normalised words.

use serde::{Deserialize, Serialize};

/// What a token is made of. Numbers keep their separators ("1,100.5"); words keep inner
/// apostrophes, hyphens and abbreviation dots ("don't", "war-torn", "U.S.").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TokenKind {
    Word,
    Number,
    Punct,
}

/// A token: a byte span of the original text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Token {
    /// Offset and length as `u32` and `u16`: 8 bytes a token instead of 24 with `usize` offsets
    /// (6 million tokens for 10,000 documents took 143 MiB). `tokenize` stops at 4 GiB, far past
    /// what the importer accepts for one file, and cuts a word longer than 64 KiB into pieces.
    from: u32,
    len: u16,
    pub kind: TokenKind,
}

impl Token {
    /// The longest token, in bytes.
    pub const MAX_LEN: usize = u16::MAX as usize;

    /// A token of `text[start..end]`, if `start` fits in `u32` and the span in `MAX_LEN`.
    pub fn new(start: usize, end: usize, kind: TokenKind) -> Option<Token> {
        let len = u16::try_from(end.checked_sub(start)?).ok()?;
        let from = u32::try_from(start).ok()?;
        from.checked_add(u32::from(len))?;
        Some(Token { from, len, kind })
    }

    pub fn start(&self) -> usize {
        self.from as usize
    }

    pub fn end(&self) -> usize {
        self.from as usize + self.len as usize
    }

    pub fn text<'a>(&self, source: &'a str) -> &'a str {
        &source[self.start()..self.end()]
    }
}

// Folding lives in `fold`, a leaf module, so that the word lists can fold without depending on
// the tokenizer (which depends on them). Re-exported here for the modules that use it as
// `text::fold`.
pub use crate::fold::{fold, is_apostrophe, is_dash, is_quote, is_word_hyphen, strip_accents, without_possessive};

/// Splits `text[start..end]` into tokens. Offsets are absolute byte offsets into `text`.
pub fn tokenize(text: &str, start: usize, end: usize) -> Vec<Token> {
    let mut tokens = Vec::new();
    let slice = &text[start..end];
    let chars: Vec<(usize, char)> = slice.char_indices().collect();
    let n = chars.len();
    let at = |i: usize| -> Option<char> { chars.get(i).map(|&(_, c)| c) };
    let offset = |i: usize| -> usize { start + chars.get(i).map(|&(o, _)| o).unwrap_or(slice.len()) };
    let mut i = 0;
    while i < n {
        let c = chars[i].1;
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let begin = i;
        if c.is_ascii_digit() {
            // Digits with thousands separators and one decimal point: 1,100 / 9.30 / 12:50 stays two tokens.
            i += 1;
            while i < n {
                let d = chars[i].1;
                if d.is_ascii_digit() || ((d == ',' || d == '.') && at(i + 1).is_some_and(|x| x.is_ascii_digit())) {
                    i += 1;
                } else {
                    break;
                }
            }
            if !push_token(&mut tokens, text, offset(begin), offset(i), TokenKind::Number) {
                break;
            }
            continue;
        }
        if c.is_alphabetic() {
            i += 1;
            loop {
                match at(i) {
                    // "EUR1.1bn": a currency code glued to its amount is two tokens.
                    Some(d)
                        if d.is_ascii_digit()
                            && crate::lexicon::currency_prefix(&slice[chars[begin].0..chars[i].0]).is_some() =>
                    {
                        break
                    }
                    Some(d) if d.is_alphanumeric() => i += 1,
                    // Inner apostrophe: "don't", "Kyiv's" (the possessive stays attached; entity code strips it).
                    Some(d) if is_apostrophe(d) && at(i + 1).is_some_and(|x| x.is_alphabetic()) => i += 1,
                    // Inner hyphen: "war-torn", "Twenty-six", "Zapad-25".
                    Some(d) if is_word_hyphen(d) && at(i + 1).is_some_and(|x| x.is_alphanumeric()) => i += 1,
                    // Abbreviation dots: "U.S.", "p.m." — a dot between single letters.
                    Some('.')
                        if at(i + 1).is_some_and(|x| x.is_alphabetic())
                            && at(i + 2).is_some_and(|x| x == '.' || !x.is_alphanumeric())
                            && (i - begin == 1 || chars[i - 2].1 == '.') =>
                    {
                        i += 2;
                        if at(i) == Some('.') {
                            i += 1;
                            // Keep the final dot of "U.S." unless it is the last char of the span and ends a sentence;
                            // the sentence splitter decides that, the token keeps the dot either way.
                            if at(i).is_some_and(|x| x.is_alphabetic()) && at(i + 1) == Some('.') {
                                continue;
                            }
                            break;
                        }
                    }
                    _ => break,
                }
            }
            if !push_token(&mut tokens, text, offset(begin), offset(i), TokenKind::Word) {
                break;
            }
            continue;
        }
        i += 1;
        if !push_token(&mut tokens, text, offset(begin), offset(i), TokenKind::Punct) {
            break;
        }
    }
    tokens
}

/// Pushes the token `text[start..end]`, in pieces of at most `Token::MAX_LEN` bytes cut at
/// character boundaries; false (nothing pushed) past 4 GiB, where offsets no longer fit.
fn push_token(tokens: &mut Vec<Token>, text: &str, mut start: usize, end: usize, kind: TokenKind) -> bool {
    while end - start > Token::MAX_LEN {
        let mut cut = start + Token::MAX_LEN;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let Some(piece) = Token::new(start, cut, kind) else { return false };
        tokens.push(piece);
        start = cut;
    }
    match Token::new(start, end, kind) {
        Some(token) => {
            tokens.push(token);
            true
        }
        None => false,
    }
}

/// The value of a plain decimal ("1250", "1609.344", "-2.5", ".5"), or None for anything else
/// ("1e5", "inf", "1,250", ""). `str::parse::<f64>` reads every float syntax and brings 6 KB of
/// code into the wasm for it; the digits of news need none of that. Exact to the last bit for up
/// to 15 significant digits (an integer mantissa divided by a power of ten, both exact).
pub fn decimal(s: &str) -> Option<f64> {
    let (negative, digits) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let (whole, part) = digits.split_once('.').unwrap_or((digits, ""));
    if whole.len() + part.len() == 0 || !whole.bytes().chain(part.bytes()).all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mantissa = whole.bytes().chain(part.bytes()).fold(0.0_f64, |m, b| m * 10.0 + f64::from(b - b'0'));
    let value = mantissa / 10_f64.powi(part.len() as i32);
    Some(if negative { -value } else { value })
}

/// `x` with `decimals` digits after the point, rounded ("{:.2}" without the float formatting
/// machinery: `format!` of a float with a precision brings 6 KB of code into the wasm, for four
/// call sites that need none of its exactness).
pub fn fixed(x: f64, decimals: u32) -> String {
    let scale = 10_u64.pow(decimals);
    let n = (x.abs() * scale as f64).round() as u64;
    let sign = if x < 0.0 && n > 0 { "-" } else { "" };
    let (whole, part) = (n / scale, n % scale);
    if decimals == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{part:0width$}", width = decimals as usize)
    }
}

/// Counts words the way a reader would: runs of letters or digits.
pub fn count_words(text: &str) -> usize {
    // By bytes, decoding a character only where a byte is not ASCII (curly quotes, accents):
    // the same rule as for characters, at a fraction of the cost on mostly-ASCII text.
    let bytes = text.as_bytes();
    let (mut count, mut in_word, mut i) = (0, false, 0);
    while i < bytes.len() {
        let b = bytes[i];
        let (part, len) = if b.is_ascii() {
            (b.is_ascii_alphanumeric() || (in_word && matches!(b, b'\'' | b'`' | b'-')), 1)
        } else {
            let Some(c) = text[i..].chars().next() else { break };
            (c.is_alphanumeric() || (in_word && (is_apostrophe(c) || is_word_hyphen(c))), c.len_utf8())
        };
        if part && !in_word {
            count += 1;
        }
        in_word = part;
        i += len;
    }
    count
}

/// Cuts `s` to at most `max` chars at a word boundary, adding an ellipsis when cut.
pub fn truncate_words(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out = String::new();
    for word in s.split_whitespace() {
        if out.chars().count() + word.chars().count() + 1 > max {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    if out.is_empty() {
        out = s.chars().take(max).collect();
    }
    let trimmed = out.trim_end_matches([',', ';', ':', '-', ' ']);
    format!("{trimmed}\u{2026}")
}

#[cfg(test)]
mod tests {
    #[test]
    fn decimals_are_read_as_written() {
        let cases = [
            ("1250", Some(1250.0)),
            ("1609.344", Some(1609.344)),
            ("0.3048", Some(0.3048)),
            ("-2.5", Some(-2.5)),
            (".5", Some(0.5)),
            ("85.41", Some(85.41)),
            ("1e5", None),
            ("inf", None),
            ("", None),
            (".", None),
            ("1.2.3", None),
        ];
        for (text, expected) in cases {
            assert_eq!(super::decimal(text), expected, "{text}");
        }
    }

    #[test]
    fn fixed_rounds_to_its_decimals() {
        let cases = [
            (0.5, 2, "0.50"),
            (12.345_67, 1, "12.3"),
            (99.96, 1, "100.0"),
            (-0.004, 2, "0.00"),
            (-1.5, 1, "-1.5"),
            (7.0, 0, "7"),
        ];
        for (x, d, expected) in cases {
            assert_eq!(super::fixed(x, d), expected, "{x} to {d}");
        }
    }

    use super::*;

    /// The word rule, character by character: what the byte-wise `count_words` must equal.
    fn count_words_by_chars(text: &str) -> usize {
        let mut count = 0;
        let mut in_word = false;
        for c in text.chars() {
            let part = c.is_alphanumeric() || (in_word && (is_apostrophe(c) || is_word_hyphen(c)));
            count += usize::from(part && !in_word);
            in_word = part;
        }
        count
    }

    proptest::proptest! {
        #[test]
        fn counting_words_by_bytes_equals_the_character_rule(text in "(?s).{0,80}", words in "[a-z'\u{2019}\u{2011}` -]{0,40}") {
            proptest::prop_assert_eq!(count_words(&text), count_words_by_chars(&text));
            proptest::prop_assert_eq!(count_words(&words), count_words_by_chars(&words));
        }
    }

    fn words(s: &str) -> Vec<&str> {
        tokenize(s, 0, s.len()).iter().map(|t| t.text(s)).collect()
    }

    #[test]
    fn a_word_longer_than_a_token_holds_is_cut_into_pieces_that_cover_it() {
        // Pasted garbage can be one "word" of any length; a token holds 64 KiB. The pieces are
        // cut at character boundaries ("é" is two bytes) and cover the word exactly.
        let word = "é".repeat(40_000);
        let text = format!("A {word} b");
        let tokens = tokenize(&text, 0, text.len());
        let pieces: Vec<&str> = tokens.iter().map(|t| t.text(&text)).collect();
        assert_eq!(pieces.len(), 4, "A, two pieces, b");
        assert_eq!(pieces[1].len() + pieces[2].len(), word.len());
        assert!(pieces[1].len() <= Token::MAX_LEN && pieces[1].len() > Token::MAX_LEN - 2);
        assert_eq!((pieces[0], pieces[3]), ("A", "b"));
        assert_eq!(std::mem::size_of::<Token>(), 8, "8 bytes a token: 6 million of them in 10,000 documents");
    }

    #[test]
    fn tokenizer_keeps_abbreviations_numbers_and_inner_marks() {
        let table: &[(&str, &[&str])] = &[
            ("the U.S. role", &["the", "U.S.", "role"]),
            ("at 9.30 p.m. on", &["at", "9.30", "p.m.", "on"]),
            ("EUR1.1 billion", &["EUR", "1.1", "billion"]),
            ("$1,100.5m", &["$", "1,100.5", "m"]),
            ("Kyiv’s war-torn ally", &["Kyiv’s", "war-torn", "ally"]),
            ("Twenty-six nations.", &["Twenty-six", "nations", "."]),
            ("12:50 PM", &["12", ":", "50", "PM"]),
            ("Zapad-25 drills", &["Zapad-25", "drills"]),
            ("end. Next", &["end", ".", "Next"]),
        ];
        for (input, expected) in table {
            assert_eq!(&words(input), expected, "tokenizing {input:?}");
        }
    }

    #[test]
    fn counts_words_and_truncates_at_word_boundaries() {
        assert_eq!(count_words("Twenty-six nations, 1.1 billion euros — don't"), 6 + 1);
        assert_eq!(truncate_words("one two three four", 9), "one two\u{2026}");
        assert_eq!(truncate_words("short", 9), "short");
    }
}
