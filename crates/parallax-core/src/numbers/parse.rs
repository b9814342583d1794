//! Reading a number's value at a token: digits ("1,250", "1.1bn"), words ("Twenty-six", "two
//! hundred and fifty", "a dozen", "half a million") and ordinals ("2nd", "third").

use super::scan::Scan;
use crate::text::TokenKind;
use crate::words;

/// A number read at token `i`.
#[derive(Debug)]
pub(super) struct Parsed {
    pub value: f64,
    /// One past the last token of the number (scale word included).
    pub end: usize,
    pub from_words: bool,
    /// Read from digits with separators that look wrong, or an odd form.
    pub doubtful: bool,
    /// Four plain digits (a year candidate).
    pub plain_four_digits: bool,
}

/// The value of a digit token, and whether its separators look wrong.
fn parse_digits(s: &str) -> Option<(f64, bool)> {
    // Thousands separators must come in groups of three; "1,5" is doubtful (a decimal comma?).
    let mut doubtful = false;
    if s.contains(',') {
        let parts: Vec<&str> = s.split('.').next().unwrap_or("").split(',').collect();
        if parts.iter().skip(1).any(|p| p.len() != 3) || parts[0].is_empty() || parts[0].len() > 3 {
            doubtful = true;
        }
    }
    // "50,49 percent", "48,8": one comma with one or two digits after it is a decimal comma;
    // thousands come in threes.
    if let Some((whole, fraction)) = s.split_once(',') {
        if (1..=2).contains(&fraction.len()) && fraction.bytes().all(|b| b.is_ascii_digit()) && !whole.contains('.') {
            return crate::text::decimal(&format!("{whole}.{fraction}")).map(|v| (v, true));
        }
    }
    let clean: String = s.chars().filter(|c| *c != ',').collect();
    crate::text::decimal(&clean).map(|v| (v, doubtful))
}

/// The number starting at token `i`, with "and a half" and a scale word after it.
pub(super) fn number_at(scan: &Scan, i: usize) -> Option<Parsed> {
    let mut parsed = match scan.kind(i)? {
        TokenKind::Number => {
            let (value, doubtful) = parse_digits(scan.t(i))?;
            let plain_four_digits = scan.t(i).len() == 4 && scan.t(i).chars().all(|c| c.is_ascii_digit());
            // "183 159", "1 200 000": thousands set apart by a space (or a no-break space), as
            // many style guides write them: one to three digits, then groups of exactly three.
            let digits = |k: usize, n: std::ops::RangeInclusive<usize>| {
                scan.kind(k) == Some(TokenKind::Number)
                    && n.contains(&scan.t(k).len())
                    && scan.t(k).bytes().all(|b| b.is_ascii_digit())
            };
            let spaced = |k: usize| {
                let (a, b) = (&scan.tokens[k - 1], &scan.tokens[k]);
                matches!(scan.text.get(a.end()..b.start()), Some(" " | "\u{a0}" | "\u{202f}"))
            };
            let mut end = i + 1;
            let mut grouped = value;
            if digits(i, 1..=3) {
                while digits(end, 3..=3) && spaced(end) {
                    grouped = grouped * 1000.0 + crate::text::decimal(scan.t(end)).unwrap_or(0.0);
                    end += 1;
                }
            }
            Parsed { value: grouped, end, from_words: false, doubtful, plain_four_digits }
        }
        // "half a million": half of the scale that follows.
        TokenKind::Word if scan.f(i) == "half" && matches!(scan.f(i + 1), "a" | "an") => {
            words::scale_word(scan.f(i + 2))?;
            Parsed { value: 0.5, end: i + 2, from_words: true, doubtful: false, plain_four_digits: false }
        }
        TokenKind::Word => {
            let (value, end) = word_number_at(scan, i)?;
            Parsed { value, end, from_words: true, doubtful: false, plain_four_digits: false }
        }
        TokenKind::Punct => return None,
    };
    // "two and a half", "1 and a half"
    let j = parsed.end;
    if scan.f(j) == "and" && scan.f(j + 1) == "a" && scan.f(j + 2) == "half" {
        parsed.value += 0.5;
        parsed.end += 3;
    }
    apply_scale(scan, &mut parsed);
    Some(parsed)
}

/// A scale word after the number multiplies it: "1.1 billion", "1.1bn", "5m" (the short forms
/// only when glued to the digits); "two hundred" was read with the words already.
fn apply_scale(scan: &Scan, parsed: &mut Parsed) {
    let j = parsed.end;
    let scale_word = scan.f(j);
    let Some(scale) = words::scale_word(scale_word) else {
        return;
    };
    let glued = scan.adjacent(j - 1, j);
    let short = matches!(scale_word, "m" | "b" | "k");
    if scan.kind(j) == Some(TokenKind::Word) && (!short || glued) && !(parsed.from_words && scale_word == "hundred") {
        parsed.value *= scale as f64;
        parsed.end += 1;
        parsed.plain_four_digits = false;
        if !short {
            add_smaller_scales(scan, parsed, scale);
        }
    }
}

/// "43 lakh 63 thousand 35 votes", "2 million 300 thousand": whole numbers with ever smaller
/// scale words after a scaled number are added to it (South Asian copy writes large counts so),
/// and a last bare number under a thousand after "thousand" or "hundred".
fn add_smaller_scales(scan: &Scan, parsed: &mut Parsed, mut scale: u64) {
    loop {
        let j = parsed.end;
        let whole = scan.kind(j) == Some(TokenKind::Number) && scan.t(j).bytes().all(|b| b.is_ascii_digit());
        let Some(part) = whole.then(|| crate::text::decimal(scan.t(j))).flatten() else { return };
        match words::scale_word(scan.f(j + 1)).filter(|_| scan.kind(j + 1) == Some(TokenKind::Word)) {
            Some(next) if next < scale && part * (next as f64) < scale as f64 => {
                parsed.value += part * next as f64;
                parsed.end += 2;
                scale = next;
            }
            None if scale <= 1000 && part < scale as f64 => {
                parsed.value += part;
                parsed.end += 1;
                return;
            }
            _ => return,
        }
    }
}

/// The scale names that "a" or "an" can open ("a hundred", "a million"), unlike the short forms.
fn is_scale_name(folded: &str) -> bool {
    matches!(folded, "hundred" | "thousand" | "million" | "billion" | "trillion")
}

/// Number words from token `i`: "six", "Twenty-six", "two hundred and fifty", "a dozen", "a million".
fn word_number_at(scan: &Scan, i: usize) -> Option<(f64, usize)> {
    let first = scan.f(i);
    if first == "a" || first == "an" {
        let next = scan.f(i + 1);
        if next == "dozen" {
            return Some((12.0, i + 2));
        }
        if is_scale_name(next) {
            return Some((words::scale_word(next)? as f64, i + 2));
        }
        // "nearly a mile underground", "a kilometre away": one of a unit of length.
        let length = matches!(next, "mile" | "kilometre" | "kilometer" | "metre" | "meter" | "yard" | "foot");
        return length.then_some((1.0, i + 1));
    }
    if first == "dozen" {
        return None;
    }
    let (value, j) = number_words(scan, i)?;
    // "two dozen" = 24 ("a dozen" is read above).
    if scan.f(j) == "dozen" {
        return Some((value as f64 * 12.0, j + 1));
    }
    Some((value as f64, j))
}

/// The value of the run of number words at `i` ("two hundred and fifty thousand") and the token
/// after it, or None if `i` is not a number word.
fn number_words(scan: &Scan, i: usize) -> Option<(u64, usize)> {
    let mut total: u64 = 0;
    let mut current: u64 = 0;
    let mut j = i;
    let mut any = false;
    while scan.kind(j) == Some(TokenKind::Word) {
        let w = scan.f(j);
        if let Some(v) = words::compound_number_word(w) {
            current += v;
        } else if w == "hundred" && any {
            current = current.max(1) * 100;
        } else if is_scale_name(w) && any {
            total += current.max(1) * words::scale_word(w)?;
            current = 0;
        } else if w == "and"
            && any
            && scan.f(j + 1) != "a"
            && words::compound_number_word(scan.f(j + 1)).is_some()
            && current >= 100
        {
            // "two hundred and fifty": the "and" inside a number.
            j += 1;
            continue;
        } else {
            break;
        }
        any = true;
        j += 1;
    }
    any.then_some((total + current, j))
}

/// An ordinal at token `i` ("1st", "third", "twenty-first"): its value and the token after it.
pub(super) fn ordinal_at(scan: &Scan, i: usize) -> Option<(u64, usize)> {
    match scan.kind(i)? {
        TokenKind::Number => {
            let suffix = scan.f(i + 1);
            if matches!(suffix, "st" | "nd" | "rd" | "th") && scan.adjacent(i, i + 1) {
                let v = scan.t(i).parse().ok()?;
                return Some((v, i + 2));
            }
            None
        }
        TokenKind::Word => words::ordinal_word(scan.f(i)).map(|v| (v, i + 1)),
        TokenKind::Punct => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::ingest;

    /// The number read at the first token of `text` where one starts: (value, tokens read).
    fn first_number(text: &str) -> Option<(f64, usize, bool)> {
        let doc = ingest("t", text);
        let s = &doc.sentences[0];
        let scan = Scan::new(&doc.text, doc.sentence_tokens(s), doc.sentence_folded(s));
        (0..scan.tokens.len()).find_map(|i| number_at(&scan, i).map(|p| (p.value, p.end - i, p.doubtful)))
    }

    #[test]
    fn numbers_are_read_from_digits_words_and_scales() {
        let table: &[(&str, f64, usize)] = &[
            ("We saw 1,250 protesters.", 1250.0, 1),
            ("It cost 1.1 billion.", 1.1e9, 2),
            ("It cost 1.1bn.", 1.1e9, 2),
            ("It cost 5m.", 5e6, 2),
            ("Twenty-six countries", 26.0, 1),
            ("two hundred and fifty soldiers", 250.0, 4),
            ("They bought a dozen tanks.", 12.0, 2),
            ("They bought two dozen tanks.", 24.0, 2),
            ("It lasted two and a half hours.", 2.5, 4),
            ("half a million people", 5e5, 3),
            ("a million people", 1e6, 2),
            ("trapped nearly a mile underground", 1.0, 1),
            // Written with the rule: thousands set apart by a space or a no-break space; not a
            // year and a count side by side, nor a pair of small numbers.
            ("The displaced had doubled, to 183 159.", 183_159.0, 2),
            ("Some 1 200 000 voters", 1_200_000.0, 3),
            ("Some 1\u{a0}200 voters", 1200.0, 2),
            ("In 2019 200 people died.", 2019.0, 1),
            ("Scores were 3 1 and 2 0.", 3.0, 1),
            // Written with the rule: South Asian scales, and smaller scales added on.
            ("Velm got 43 lakh 63 thousand 35 votes.", 4_363_035.0, 5),
            ("It cost 2 crore.", 2e7, 2),
            ("Some 2 million 300 thousand voters", 2_300_000.0, 4),
            ("In all 2 million 5 voters", 2e6, 2),
        ];
        for &(text, value, tokens) in table {
            let (v, n, _) = first_number(text).unwrap_or_else(|| panic!("{text}: no number"));
            assert_eq!((v, n), (value, tokens), "{text}");
        }
        for text in ["a man walked a long way", "an hour later"] {
            assert_eq!(first_number(text), None, "{text}");
        }
    }

    #[test]
    fn a_short_scale_counts_only_when_glued_and_odd_separators_are_doubtful() {
        assert_eq!(first_number("a 5 m drop").map(|n| n.0), Some(5.0));
        assert_eq!(first_number("They counted 1,5 million votes.").map(|n| n.2), Some(true));
        assert_eq!(first_number("They counted 1,500 votes.").map(|n| n.2), Some(false));
        assert_eq!(first_number("a dozen"), Some((12.0, 2, false)));
        assert_eq!(first_number("dozens of them"), None);
    }

    #[test]
    fn ordinals_from_digits_and_words() {
        for (text, value) in [("the 2nd round", 2), ("for the first time", 1), ("the twenty-first century", 21)] {
            let doc = ingest("t", text);
            let s = &doc.sentences[0];
            let scan = Scan::new(&doc.text, doc.sentence_tokens(s), doc.sentence_folded(s));
            let found = (0..scan.tokens.len()).find_map(|i| ordinal_at(&scan, i)).map(|o| o.0);
            assert_eq!(found, Some(value), "{text}");
        }
    }
}
