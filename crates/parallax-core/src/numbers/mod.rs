//! Numbers: every quantity in a document with its span, normalised value, kind and what it counts.
//!
//! Digits ("1,100", "9.30"), words ("Twenty-six", "a dozen", "two and a half"), scale words
//! ("1.1 billion", "€1.1bn"), currencies on either side, percentages, ordinals, years, dates,
//! times, durations, ranges and ages. Names with digits ("Trident-24", "B-2", "World War Two") are
//! not quantities. When a value cannot be read with confidence the span is kept and the
//! confidence says so, rather than a wrong value said with certainty.

//!
//! The work is split by stage: `scan` holds the sentence being read, `parse` reads a number's
//! value at a token, `not_quantities` sets aside numbers that are names or pronouns, `classify`
//! decides a number's kind by an ordered table of rules, `units` reads what it counts, and
//! `calendar` finds dates, clock times and one-word ages and durations before all of that.

mod calendar;
mod classify;
mod not_quantities;
mod parse;
mod scan;
mod units;

use serde::{Deserialize, Serialize};

use crate::ingest::Document;

use classify::{classify, Candidate};
use parse::{number_at, ordinal_at, Parsed};
use scan::Scan;

pub use units::is_measure_unit;

/// A normalised value: a number, or ISO text for dates (`YYYY-MM-DD`, `YYYY-MM`, `--MM-DD`) and
/// 24-hour times (`HH:MM`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Value {
    Number(f64),
    Text(String),
}

impl Value {
    pub fn as_number(&self) -> Option<f64> {
        match self {
            Value::Number(n) => Some(*n),
            Value::Text(_) => None,
        }
    }

    /// The value as a reader would write it: "26", "1.1 billion", "2025-09-04".
    pub fn display(&self) -> String {
        match self {
            Value::Text(t) => t.clone(),
            Value::Number(n) => format_number(*n),
        }
    }
}

/// "1100000000" -> "1.1 billion", "26" -> "26", "2.5" -> "2.5".
pub fn format_number(n: f64) -> String {
    let abs = n.abs();
    for (scale, name) in [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")] {
        if abs >= scale {
            return format!("{} {name}", trim_float(n / scale));
        }
    }
    trim_float(n)
}

fn trim_float(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        let s = crate::text::fixed(n, 3);
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum NumberKind {
    Count,
    Money,
    Percent,
    Ordinal,
    Year,
    Date,
    Time,
    Duration,
    Range,
    Age,
    /// A physical measurement: a distance, a weight, an area, a speed, an earthquake's magnitude.
    Measure,
}

impl NumberKind {
    /// The kind in a word, for titles: "count", "money".
    pub fn name(self) -> &'static str {
        match self {
            NumberKind::Count => "count",
            NumberKind::Money => "money",
            NumberKind::Percent => "percent",
            NumberKind::Ordinal => "ordinal",
            NumberKind::Year => "year",
            NumberKind::Date => "date",
            NumberKind::Time => "time",
            NumberKind::Duration => "duration",
            NumberKind::Range => "range",
            NumberKind::Age => "age",
            NumberKind::Measure => "measure",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Confidence {
    Low,
    Medium,
    High,
}

/// One quantity found in a document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    /// Index of the sentence in its document.
    pub sentence: usize,
    pub start: usize,
    pub end: usize,
    pub value: Value,
    /// The upper bound of a range.
    pub high: Option<f64>,
    pub kind: NumberKind,
    /// What it counts, canonical and plural ("countries" for nations, countries and states), or
    /// the currency code for money, or the time unit for durations and ages.
    pub unit: Option<String>,
    /// The counted word as written ("nations").
    pub unit_text: Option<String>,
    pub confidence: Confidence,
    /// What it measures when it is read as a figure (see `figures`): "dead", "injured", "depth".
    /// Set after extraction, by `analyze`.
    pub class: Option<String>,
}

impl Quantity {
    /// A quantity with no counted unit (dates, times, ages keep theirs in `unit` separately).
    fn bare(sentence: usize, start: usize, end: usize, value: Value, kind: NumberKind, confidence: Confidence) -> Self {
        Quantity { sentence, start, end, value, high: None, kind, unit: None, unit_text: None, confidence, class: None }
    }
}

/// Every quantity in the document's content sentences, in text order.
pub fn extract(doc: &Document) -> Vec<Quantity> {
    let mut out = Vec::new();
    for s in doc.content_sentences() {
        let before = out.len();
        let mut scan = Scan::new(&doc.text, doc.sentence_tokens(s), doc.sentence_folded(s));
        scan.title_case =
            s.role == crate::ingest::Role::Heading && crate::ingest::is_title_case(&doc.text[s.start..s.end]);
        calendar::dates(&mut scan, s.index, s.start, s.end, &mut out);
        calendar::partial_dates(&mut scan, s.index, &mut out);
        calendar::clock_times(&mut scan, s.index, &mut out);
        calendar::word_ages_and_durations(&mut scan, s.index, &mut out);
        numbers(&mut scan, s.index, &mut out);
        crate::order::sort_by_key(&mut out[before..], |q| q.start);
        join_duration_parts(&doc.text, &mut out, before);
    }
    out
}

/// Seconds in a duration unit, for the units a duration is given in parts of.
fn seconds_in(unit: &str) -> Option<f64> {
    match unit {
        "seconds" => Some(1.0),
        "minutes" => Some(60.0),
        "hours" => Some(3600.0),
        _ => None,
    }
}

/// "three hours and 15 minutes", "three minutes, 27 seconds": a duration followed by a smaller
/// unit's is one duration (3.25 hours, 3.45 minutes), in the larger unit, written whole. Reads
/// the quantities of one sentence, from `from` on.
fn join_duration_parts(text: &str, out: &mut Vec<Quantity>, from: usize) {
    let mut i = from;
    while i + 1 < out.len() {
        let (q, r) = (&out[i], &out[i + 1]);
        let between = text.get(q.end..r.start).map(str::trim);
        let joined = matches!(between, Some("and" | "," | ""));
        let units = q.unit.as_deref().and_then(seconds_in).zip(r.unit.as_deref().and_then(seconds_in));
        let (big, small) = match units {
            Some((big, small)) if joined && q.kind == NumberKind::Duration && r.kind == NumberKind::Duration => {
                (big, small)
            }
            _ => {
                i += 1;
                continue;
            }
        };
        let (Value::Number(a), Value::Number(b)) = (&q.value, &r.value) else {
            i += 1;
            continue;
        };
        if small >= big || q.high.is_some() || r.high.is_some() {
            i += 1;
            continue;
        }
        let value = a + b * small / big;
        let end = r.end;
        out[i].value = Value::Number(value);
        out[i].end = end;
        out.remove(i + 1);
    }
}

/// Ordinals and numbers left once dates and times are taken, left to right.
fn numbers(scan: &mut Scan, sentence: usize, out: &mut Vec<Quantity>) {
    let mut previous_unit: Option<(String, String)> = None;
    let mut i = 0;
    while i < scan.tokens.len() {
        if scan.used[i] {
            i += 1;
        } else if let Some((value, end)) = ordinal_at(scan, i) {
            if !not_quantities::is_name_part(scan, i) {
                scan.mark(i, end);
                let (start, end) = (scan.tokens[i].start(), scan.tokens[end - 1].end());
                let value = Value::Number(value as f64);
                out.push(Quantity::bare(sentence, start, end, value, NumberKind::Ordinal, Confidence::High));
            }
            i = end;
        } else if let Some(parsed) = number_at(scan, i) {
            i = number(scan, sentence, i, &parsed, &mut previous_unit, out);
        } else {
            i += 1;
        }
    }
}

/// The number read at token `i`: classified, marked as used, and kept unless it is not a
/// quantity. Returns the token to go on from.
fn number(
    scan: &mut Scan,
    sentence: usize,
    i: usize,
    parsed: &Parsed,
    previous_unit: &mut Option<(String, String)>,
    out: &mut Vec<Quantity>,
) -> usize {
    if not_quantities::is_name_part(scan, i) || not_quantities::is_pronoun_one(scan, i, parsed) {
        return parsed.end;
    }
    let mut q = classify(&Candidate::new(scan, i, parsed, sentence));
    let (first, last) = scan.token_range(q.start, q.end);
    let end = last.max(parsed.end);
    scan.mark(first, end);
    if q.kind == NumberKind::Count {
        carry_unit_over(&mut q, previous_unit);
    }
    // A bare "one" with nothing counted is a pronoun ("no one", "one of them"), not a quantity.
    let bare_one = parsed.from_words && parsed.value == 1.0 && q.unit.is_none() && q.kind == NumberKind::Count;
    if !bare_one {
        out.push(q);
    }
    end.max(i + 1)
}

/// A count with no noun takes the last counted unit of its sentence ("killed three people and
/// injured three", "112 drones, 84 of which"), less confidently; a count with one sets it.
fn carry_unit_over(q: &mut Quantity, previous_unit: &mut Option<(String, String)>) {
    match (&q.unit, &*previous_unit) {
        (Some(unit), _) => *previous_unit = Some((unit.clone(), q.unit_text.clone().unwrap_or_default())),
        (None, Some((unit, written))) => {
            q.unit = Some(unit.clone());
            q.unit_text = Some(written.clone());
            q.confidence = q.confidence.min(Confidence::Medium);
        }
        (None, None) => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::ingest;

    fn quantities(text: &str) -> Vec<(String, String, NumberKind, Option<String>)> {
        let doc = ingest("t", text);
        extract(&doc)
            .into_iter()
            .map(|q| (text[q.start..q.end].to_string(), q.value.display(), q.kind, q.unit))
            .collect()
    }

    fn one(text: &str) -> (String, String, NumberKind, Option<String>) {
        let qs = quantities(text);
        assert_eq!(qs.len(), 1, "{text}: {qs:?}");
        qs.into_iter().next().unwrap()
    }

    #[test]
    fn a_headline_in_title_case_keeps_its_numbers() {
        let numbers = |text: &str| quantities(text).into_iter().map(|q| q.0).collect::<Vec<_>>();
        let headline = "Toll Rises To 21, Sheriff Cites 560 Missing\n\nThe fires burned on.";
        assert_eq!(numbers(headline), ["21", "560"]);
        // In running text a capitalised word before a number may still name it.
        assert!(numbers("Ostria invoked Article 5 of the treaty.").is_empty());
        assert!(numbers("Ostria Invokes Article 5 Of Its Defence Treaty\n\nThe allies met.").is_empty());
    }

    #[test]
    fn a_duration_in_two_units_is_one_duration() {
        let cases = [
            ("They met for three hours and 15 minutes.", "three hours and 15 minutes", 3.25, "hours"),
            ("He won by three minutes and 27 seconds.", "three minutes and 27 seconds", 3.45, "minutes"),
            ("The call lasted 1 hour, 30 minutes.", "1 hour, 30 minutes", 1.5, "hours"),
        ];
        for (text, written, value, unit) in cases {
            let doc = ingest("t", text);
            let qs = extract(&doc);
            assert_eq!(qs.len(), 1, "{text}: {qs:?}");
            assert_eq!(&text[qs[0].start..qs[0].end], written);
            assert!((qs[0].value.as_number().unwrap_or(0.0) - value).abs() < 1e-9, "{text}: {qs:?}");
            assert_eq!(qs[0].unit.as_deref(), Some(unit));
        }
        // Two durations of one unit are two: "for 10 minutes and 20 minutes more".
        assert_eq!(quantities("He spoke for 10 minutes and 20 minutes later left.").len(), 2);
    }

    #[test]
    fn counts_with_what_they_count() {
        use NumberKind::*;
        let table: &[(&str, &str, &str, NumberKind, Option<&str>)] = &[
            ("Twenty-six countries have pledged.", "Twenty-six", "26", Count, Some("countries")),
            ("a group of 30 European nations led by him.", "30", "30", Count, Some("countries")),
            ("The meeting of 35 leaders began.", "35", "35", Count, Some("leaders")),
            ("Russia fired 112 strike and decoy drones overnight.", "112", "112", Count, Some("drones")),
            ("the 26 states very clearly", "26", "26", Count, Some("countries")),
            ("26 of Ukraine's allies have pledged", "26", "26", Count, Some("allies")),
            ("It killed 23 people.", "23", "23", Count, Some("people")),
            ("They bought a dozen tanks.", "a dozen", "12", Count, Some("tanks")),
            ("We saw 1,250 protesters.", "1,250", "1250", Count, Some("protesters")),
            ("two hundred and fifty soldiers", "two hundred and fifty", "250", Count, Some("troops")),
        ];
        for (text, span, value, kind, unit) in table {
            let (s, v, k, u) = one(text);
            assert_eq!((s.as_str(), v.as_str(), k, u.as_deref()), (*span, *value, *kind, *unit), "{text}");
        }
    }

    #[test]
    fn money_in_every_form_has_one_value() {
        let table = [
            ("Russia received EUR1.1 billion in fuel sales.", "EUR1.1 billion", "EUR"),
            ("Russia received 1.1 billion euros in fuel sales.", "1.1 billion euros", "EUR"),
            ("Russia received \u{20AC}1.1bn in fuel sales.", "\u{20AC}1.1bn", "EUR"),
            ("It cost US$1.1 billion.", "US$1.1 billion", "USD"),
        ];
        for (text, span, code) in table {
            let (s, v, k, u) = one(text);
            assert_eq!(
                (s.as_str(), v.as_str(), k, u.as_deref()),
                (span, "1.1 billion", NumberKind::Money, Some(code)),
                "{text}"
            );
        }
        assert_eq!(one("a grant of $5 million").1, "5 million");
        // Other currencies, by name after the amount or by letters before it.
        for (text, span, code) in [
            ("5 billion lira in aid", "5 billion lira", "TRY"),
            ("promised TL5bn in aid", "TL5bn", "TRY"),
            ("a fine of 40 million zlotys", "40 million zlotys", "PLN"),
            ("Rs 500 each", "Rs 500", "INR"),
        ] {
            let (s, _, k, u) = one(text);
            assert_eq!((s.as_str(), k, u.as_deref()), (span, NumberKind::Money, Some(code)), "{text}");
        }
    }

    #[test]
    fn dates_times_durations_ranges_ages_percent_ordinals_years() {
        use NumberKind::*;
        let table: &[(&str, &str, &str, NumberKind)] = &[
            ("in Paris on September 4, 2025.", "September 4, 2025", "2025-09-04", Date),
            ("It was 2025-09-05 then.", "2025-09-05", "2025-09-05", Date),
            ("the strike at about 9.30 p.m. killed", "9.30 p.m.", "21:30", Time),
            ("It landed at 12:50 PM local time.", "12:50 PM", "12:50", Time),
            ("three weeks after the summit", "three weeks", "3", Duration),
            ("It lasted two and a half hours.", "two and a half hours", "2.5", Duration),
            ("from 10 to 30 kilometers away", "10 to 30 kilometers", "10", Range),
            ("among them a two-year-old girl", "two-year-old", "2", Age),
            ("a 23-year-old man", "23-year-old", "23", Age),
            ("turnout rose 4.5% overall", "4.5%", "4.5", Percent),
            ("up 12 per cent", "12 per cent", "12", Percent),
            ("for the first time", "first", "1", Ordinal),
            ("the 2nd round", "2nd", "2", Ordinal),
            ("a full-scale invasion in 2022, from", "2022", "2022", Year),
            ("for the 2022 invasion of Ukraine", "2022", "2022", Year),
            ("since Trump hosted Putin in August 2025.", "August 2025", "2025-08", Date),
        ];
        for (text, span, value, kind) in table {
            let (s, v, k, _) = one(text);
            assert_eq!((s.as_str(), v.as_str(), k), (*span, *value, *kind), "{text}");
        }
        let range = &extract(&ingest("t", "from 10 to 30 kilometers away"))[0];
        assert_eq!((range.high, range.unit.as_deref()), (Some(30.0), Some("km")));
    }

    #[test]
    fn measurements_and_magnitudes_are_measures_with_a_plain_unit() {
        let table: &[(&str, &str, &str, &str)] = &[
            ("A magnitude 6.8 earthquake struck", "magnitude 6.8", "6.8", "magnitude"),
            ("after a 6.7-magnitude earthquake", "6.7-magnitude", "6.7", "magnitude"),
            ("a 5.9 magnitude quake hit", "5.9 magnitude", "5.9", "magnitude"),
            ("at a depth of 10 km below", "10 km", "10", "km"),
            ("a depth of 6 miles", "6 miles", "6", "miles"),
            ("some 140 kilometres away", "140 kilometres", "140", "km"),
            ("winds of 120 km/h were recorded", "120 km/h", "120", "km/h"),
            ("gusts of 75 mph", "75 mph", "75", "mph"),
            ("3,000 tonnes of grain", "3,000 tonnes", "3000", "tonnes"),
            ("a 40 kg bag", "40 kg", "40", "kg"),
            ("It burned 2,500 hectares of forest.", "2,500 hectares", "2500", "hectares"),
            ("an area of 600 square kilometres", "600 square kilometres", "600", "square km"),
            ("temperatures reached 41\u{00B0}C on Monday", "41\u{00B0}C", "41", "degrees"),
            ("a 1,200 MW plant", "1,200 MW", "1200", "MW"),
        ];
        for (text, span, value, unit) in table {
            let (s, v, k, u) = one(text);
            assert_eq!(
                (s.as_str(), v.as_str(), k, u.as_deref()),
                (*span, *value, NumberKind::Measure, Some(*unit)),
                "{text}"
            );
        }
        // A bare "m" after money is millions, not metres.
        assert_eq!(one("a grant of $5m").2, NumberKind::Money);
    }

    #[test]
    fn names_with_digits_are_not_quantities() {
        for text in [
            "the Trident-24 exercises due this month",
            "Belarus-1 television reported",
            "a B-2 bomber flew",
            "the end of World War Two.",
            "under Article 5 of the treaty",
            "No one knows.",
            "One of them left.",
        ] {
            assert_eq!(quantities(text), vec![], "{text}");
        }
    }

    #[test]
    fn units_carry_over_within_a_sentence() {
        let qs = quantities("Russia fired 112 drones, 84 of which were intercepted.");
        assert_eq!(
            qs.iter().map(|q| (q.1.as_str(), q.3.as_deref())).collect::<Vec<_>>(),
            [("112", Some("drones")), ("84", Some("drones"))]
        );
        let qs = quantities("Drones killed three people and injured three late on Thursday.");
        assert_eq!(qs.iter().map(|q| q.3.as_deref()).collect::<Vec<_>>(), [Some("people"), Some("people")]);
    }

    #[test]
    fn doubtful_digits_are_kept_with_low_confidence() {
        let doc = ingest("t", "They counted 1,5 million votes.");
        let q = &extract(&doc)[0];
        assert_eq!(q.confidence, Confidence::Low);
        // One comma with one or two digits after it is a decimal comma, not thousands.
        assert_eq!(q.value.as_number(), Some(1_500_000.0));
        let doc = ingest("t", "She got 48,8 percent and he 50,49 percent; 1,250 people voted.");
        let values: Vec<Option<f64>> = extract(&doc).iter().map(|q| q.value.as_number()).collect();
        assert_eq!(values, [Some(48.8), Some(50.49), Some(1250.0)]);
    }
}
