//! Full calendar dates written out in text: "September 4, 2025", "4 September 2025", "2025-09-05".
//!
//! Used by ingest (a document's own date) and by number extraction (dates as quantities).

/// A date found in text: its byte span and ISO form `YYYY-MM-DD`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundDate {
    pub start: usize,
    pub end: usize,
    pub iso: String,
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

/// ISO text for a valid date, `None` for an impossible one (no "February 30").
pub fn iso_date(year: u32, month: u32, day: u32) -> Option<String> {
    if !(1000..=2999).contains(&year) || day == 0 || day > days_in_month(year, month) {
        return None;
    }
    Some(format!("{year:04}-{month:02}-{day:02}"))
}

/// Every full date in `text`, in order. Offsets are byte offsets into `text`.
pub fn find_dates(text: &str) -> Vec<FoundDate> {
    // Every full date has a digit: most sentences have none and are done at once.
    if !text.bytes().any(|b| b.is_ascii_digit()) || !may_hold_date(text) {
        return Vec::new();
    }
    let words = word_spans(text);
    let mut found = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let (s, e) = words[i];
        let w = &text[s..e];
        // 2025-09-05
        if let Some(iso) = parse_iso(w) {
            found.push(FoundDate { start: s, end: e, iso });
            i += 1;
            continue;
        }
        // September 4, 2025  /  Sept. 4 2025
        if let Some(month) = crate::lexicon::month_number(w) {
            if let (Some(&(ds, de)), Some(&(ys, ye))) = (words.get(i + 1), words.get(i + 2)) {
                let day = text[ds..de].trim_end_matches(',').trim_end_matches(|c: char| c.is_alphabetic());
                let year = text[ys..ye].trim_end_matches(',');
                if let (Ok(d), Ok(y)) = (day.parse::<u32>(), year.parse::<u32>()) {
                    if let Some(iso) = iso_date(y, month, d) {
                        let end = ys + year.len();
                        found.push(FoundDate { start: s, end, iso });
                        i += 3;
                        continue;
                    }
                }
            }
        }
        // 4 September 2025
        if let Ok(d) = w.trim_end_matches(|c: char| c.is_alphabetic()).parse::<u32>() {
            if let (Some(&(ms, me)), Some(&(ys, ye))) = (words.get(i + 1), words.get(i + 2)) {
                if let (Some(month), Ok(y)) =
                    (crate::lexicon::month_number(&text[ms..me]), text[ys..ye].trim_end_matches(',').parse::<u32>())
                {
                    if let Some(iso) = iso_date(y, month, d) {
                        let end = ys + text[ys..ye].trim_end_matches(',').len();
                        found.push(FoundDate { start: s, end, iso });
                        i += 3;
                        continue;
                    }
                }
            }
        }
        i += 1;
    }
    found
}

/// A full date needs an ISO separator or a month name: most sentences with numbers have neither.
fn may_hold_date(text: &str) -> bool {
    let b = text.as_bytes();
    let iso = b.windows(3).any(|w| w[0].is_ascii_digit() && (w[1] == b'-' || w[1] == b'/') && w[2].is_ascii_digit());
    // Otherwise a month name must open a word: "September", "Sept.", "4 Sep".
    // Split on bytes: a non-ASCII byte is never part of an ASCII month name, so byte runs of
    // ASCII letters are exactly the candidate words (and a str split per char costs more).
    iso || b.split(|c| !c.is_ascii_alphabetic()).any(|w| {
        (3..=9).contains(&w.len()) && std::str::from_utf8(w).is_ok_and(|w| crate::lexicon::month_number(w).is_some())
    })
}

/// `YYYY-MM-DD` (also with `/`), validated.
pub fn parse_iso(w: &str) -> Option<String> {
    if w.len() < 8 || w.len() > 10 || !w.as_bytes()[0].is_ascii_digit() {
        return None;
    }
    let parts: Vec<&str> = w.split(['-', '/']).collect();
    if parts.len() != 3 || parts[0].len() != 4 || parts[1].len() > 2 || parts[2].len() > 2 {
        return None;
    }
    let y = parts[0].parse().ok()?;
    let m = parts[1].parse().ok()?;
    let d = parts[2].parse().ok()?;
    iso_date(y, m, d)
}

/// Whitespace-separated words with trailing sentence punctuation (but not a day's comma) trimmed.
fn word_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            if let Some(s) = start.take() {
                spans.push(trim_span(text, s, i));
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        spans.push(trim_span(text, s, text.len()));
    }
    spans
}

fn trim_span(text: &str, s: usize, e: usize) -> (usize, usize) {
    let w = &text[s..e];
    let lead = w.len() - w.trim_start_matches(|c: char| !c.is_alphanumeric()).len();
    let t = w.trim_end_matches(['.', ';', ':', ')', '"', '\'', '\u{201D}', '\u{2019}']);
    // Keep a trailing comma only for the day of "September 4, 2025"; it is stripped when parsing.
    (s + lead.min(t.len()), s + t.len().max(lead))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_dates_in_every_common_form() {
        let table = [
            ("in Paris, France on September 4, 2025. Photo", "2025-09-04", "September 4, 2025"),
            ("date 2025-09-05 Ukraine's", "2025-09-05", "2025-09-05"),
            ("on 4 September 2025, leaders", "2025-09-04", "4 September 2025"),
            ("(Sept. 4 2025)", "2025-09-04", "Sept. 4 2025"),
            ("on 4th September 2025", "2025-09-04", "4th September 2025"),
        ];
        for (text, iso, span) in table {
            let found = find_dates(text);
            assert_eq!(found.len(), 1, "{text}");
            assert_eq!(found[0].iso, iso, "{text}");
            assert_eq!(&text[found[0].start..found[0].end], span, "{text}");
        }
    }

    #[test]
    fn rejects_impossible_and_partial_dates() {
        for text in ["February 30, 2025", "2025-13-01", "September 2025", "in May we", "12 drones 2025"] {
            assert!(find_dates(text).is_empty(), "{text}");
        }
    }
}
