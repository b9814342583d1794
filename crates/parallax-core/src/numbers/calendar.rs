//! Dates, clock times and one-word ages and durations, found before other numbers so that a
//! date's day or a time's hour is not also read as a count.

use super::scan::Scan;
use super::units::{age_unit, compound_duration_unit};
use super::{Confidence, NumberKind, Quantity, Value};
use crate::text::TokenKind;
use crate::{dates, lexicon, words};

/// Full dates ("September 4, 2025", "2025-09-05") in the sentence `s_start..s_end`.
pub(super) fn dates(scan: &mut Scan, sentence: usize, s_start: usize, s_end: usize, out: &mut Vec<Quantity>) {
    for d in dates::find_dates(&scan.text[s_start..s_end]) {
        let (a, b) = (s_start + d.start, s_start + d.end);
        let (ta, tb) = scan.token_range(a, b);
        scan.mark(ta, tb);
        out.push(Quantity::bare(sentence, a, b, Value::Text(d.iso), NumberKind::Date, Confidence::High));
    }
}

/// "September 4" (no year) -> "--09-04"; "February 2022" -> "2022-02".
pub(super) fn partial_dates(scan: &mut Scan, sentence: usize, out: &mut Vec<Quantity>) {
    let tokens = scan.tokens;
    for i in 0..tokens.len() {
        if !scan.free(i, i + 2) || !scan.is_capitalised(i) {
            continue;
        }
        let Some(month) = lexicon::month_number(scan.t(i)) else {
            continue;
        };
        // "on 15 March": the day before the month.
        if i > 0 && scan.free(i - 1, i) && scan.kind(i - 1) == Some(TokenKind::Number) {
            let day = scan.t(i - 1).parse::<u32>().ok().filter(|&d| dates::iso_date(2000, month, d).is_some());
            if let Some(day) = day {
                scan.mark(i - 1, i + 1);
                let (start, end) = (tokens[i - 1].start(), tokens[i].end());
                let value = Value::Text(format!("--{month:02}-{day:02}"));
                out.push(Quantity::bare(sentence, start, end, value, NumberKind::Date, Confidence::Medium));
                continue;
            }
        }
        if scan.kind(i + 1) != Some(TokenKind::Number) {
            continue;
        }
        let Ok(n) = scan.t(i + 1).parse::<u32>() else {
            continue;
        };
        // "May 5" where "May" opens a sentence could be the verb; keep it but lower the confidence.
        let conf = if i == 0 && month == 5 { Confidence::Low } else { Confidence::Medium };
        let value = if (1000..=2999).contains(&n) && scan.t(i + 1).len() == 4 {
            format!("{n:04}-{month:02}")
        } else if (1..=31).contains(&n) && dates::iso_date(2000, month, n).is_some() {
            format!("--{month:02}-{n:02}")
        } else {
            continue;
        };
        scan.mark(i, i + 2);
        let (start, end) = (tokens[i].start(), tokens[i + 1].end());
        out.push(Quantity::bare(sentence, start, end, Value::Text(value), NumberKind::Date, conf));
    }
}

/// Whether a folded word is "a.m." (false) or "p.m." (true).
fn meridiem(folded: &str) -> Option<bool> {
    match folded.trim_end_matches('.') {
        "a.m" | "am" => Some(false),
        "p.m" | "pm" => Some(true),
        _ => None,
    }
}

/// A clock time at token `i`, written "9.30", "21:30" or "10" before a.m./p.m.: the hour and
/// minute as written, the token after them, and whether it had a colon (a 24-hour clock).
fn clock_at(scan: &Scan, i: usize) -> Option<(u32, u32, usize, bool)> {
    let t = scan.t(i);
    if let Some((hour, minute)) = t.split_once('.') {
        if minute.len() != 2 {
            return None;
        }
        return Some((hour.parse().ok()?, minute.parse().ok()?, i + 1, false));
    }
    let hour = t.parse::<u32>().ok()?;
    let colon = scan.t(i + 1) == ":"
        && scan.kind(i + 2) == Some(TokenKind::Number)
        && scan.adjacent(i, i + 1)
        && scan.adjacent(i + 1, i + 2)
        && scan.t(i + 2).len() == 2;
    if !colon {
        return Some((hour, 0, i + 1, false));
    }
    Some((hour, scan.t(i + 2).parse().ok()?, i + 3, true))
}

/// A time at token `i` on the 24-hour clock and the token after it: a clock time with a.m. or
/// p.m. after it, or one with a colon. "9.30 p.m." -> (21, 30).
fn time_at(scan: &Scan, i: usize) -> Option<(u32, u32, usize)> {
    let (mut hour, minute, mut end, colon) = clock_at(scan, i)?;
    match meridiem(scan.f(end)) {
        None if !colon => return None,
        None => {}
        Some(pm) => {
            if !(1..=12).contains(&hour) {
                return None;
            }
            if pm && hour != 12 {
                hour += 12;
            } else if !pm && hour == 12 {
                hour = 0;
            }
            end += 1;
        }
    }
    (hour <= 23 && minute <= 59).then_some((hour, minute, end))
}

/// "9.30 p.m." -> 21:30, "12:50 PM" -> 12:50, "10 a.m." -> 10:00, "21:30" -> 21:30.
pub(super) fn clock_times(scan: &mut Scan, sentence: usize, out: &mut Vec<Quantity>) {
    let mut i = 0;
    while i < scan.tokens.len() {
        let number = scan.kind(i) == Some(TokenKind::Number) && scan.free(i, i + 1);
        let Some((hour, minute, end)) = number.then(|| time_at(scan, i)).flatten() else {
            i += 1;
            continue;
        };
        scan.mark(i, end);
        let (start, stop) = (scan.tokens[i].start(), scan.tokens[end - 1].end());
        let value = Value::Text(format!("{hour:02}:{minute:02}"));
        out.push(Quantity::bare(sentence, start, stop, value, NumberKind::Time, Confidence::High));
        i = end;
    }
}

/// One-word ages ("a two-year-old girl") and durations ("a seven-year sentence"): words, not
/// numbers, so the number parser does not see them.
pub(super) fn word_ages_and_durations(scan: &mut Scan, sentence: usize, out: &mut Vec<Quantity>) {
    for i in 0..scan.tokens.len() {
        if !scan.free(i, i + 1) || scan.kind(i) != Some(TokenKind::Word) {
            continue;
        }
        let (found, kind, confidence) = match word_age(scan.f(i)) {
            Some(age) => (Some(age), NumberKind::Age, Confidence::High),
            None => (word_duration(scan.f(i)), NumberKind::Duration, Confidence::Medium),
        };
        if let Some((v, unit)) = found {
            scan.mark(i, i + 1);
            let (start, end) = (scan.tokens[i].start(), scan.tokens[i].end());
            let q = Quantity::bare(sentence, start, end, Value::Number(v as f64), kind, confidence);
            out.push(Quantity { unit: Some(words::plural(unit)), ..q });
        }
    }
}

/// Ages written as one hyphenated word: "two-year-old", "six-month-old".
fn word_age(folded: &str) -> Option<(u64, &'static str)> {
    let parts: Vec<&str> = folded.split('-').collect();
    if parts.len() < 3 || parts[parts.len() - 1] != "old" {
        return None;
    }
    let unit = age_unit(parts[parts.len() - 2])?;
    let number = parts[..parts.len() - 2].join("-");
    let v = words::compound_number_word(&number).or_else(|| number.parse().ok())?;
    Some((v, unit))
}

/// Durations written as one hyphenated word: "a seven-year sentence", "a two-week visit".
fn word_duration(folded: &str) -> Option<(u64, &'static str)> {
    let (number, unit_word) = folded.rsplit_once('-')?;
    let unit = compound_duration_unit(unit_word)?;
    let v = words::compound_number_word(number).or_else(|| number.parse().ok())?;
    Some((v, unit))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::ingest;

    /// The time read at the first number of `text`, as "HH:MM".
    fn time(text: &str) -> Option<String> {
        let doc = ingest("t", text);
        let s = &doc.sentences[0];
        let scan = Scan::new(&doc.text, doc.sentence_tokens(s), doc.sentence_folded(s));
        let i = (0..scan.tokens.len()).find(|&i| scan.kind(i) == Some(TokenKind::Number))?;
        time_at(&scan, i).map(|(h, m, _)| format!("{h:02}:{m:02}"))
    }

    #[test]
    fn clock_times_on_the_24_hour_clock() {
        let table = [
            ("at 9.30 p.m. sharp", Some("21:30")),
            ("at 12:50 PM local time", Some("12:50")),
            ("at 12 a.m. exactly", Some("00:00")),
            ("at 10 a.m. today", Some("10:00")),
            ("at 21:30 today", Some("21:30")),
            ("at 13 p.m. today", None),
            ("at 25:00 today", None),
            ("it rose 9.30 points", None),
            ("some 10 people", None),
        ];
        for (text, expected) in table {
            assert_eq!(time(text).as_deref(), expected, "{text}");
        }
    }

    #[test]
    fn one_word_ages_and_durations() {
        assert_eq!(word_age("two-year-old"), Some((2, "year")));
        assert_eq!(word_age("six-months-old"), Some((6, "month")));
        assert_eq!(word_age("twenty-two-year-old"), Some((22, "year")));
        assert_eq!(word_age("two-decade-old"), None);
        assert_eq!(word_duration("seven-year"), Some((7, "year")));
        assert_eq!(word_duration("18-hour"), Some((18, "hour")));
        assert_eq!(word_duration("two-decade"), None);
        assert_eq!(word_duration("well-known"), None);
    }

    #[test]
    fn partial_dates_without_a_year_or_a_day() {
        // The day before the month too (written with the rule); 31 February is no day.
        let doc =
            ingest("t", "It began on September 4, went on from 15 March and ended in February 2022, not 31 February.");
        let s = &doc.sentences[0];
        let mut scan = Scan::new(&doc.text, doc.sentence_tokens(s), doc.sentence_folded(s));
        let mut out = Vec::new();
        partial_dates(&mut scan, 0, &mut out);
        let values: Vec<String> = out.iter().map(|q| q.value.display()).collect();
        assert_eq!(values, ["--09-04", "--03-15", "2022-02"]);
    }
}
