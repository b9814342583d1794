//! Numbers: every quantity in a document with its span, normalised value, kind and what it counts.
//!
//! Digits ("1,100", "9.30"), words ("Twenty-six", "a dozen", "two and a half"), scale words
//! ("1.1 billion", "€1.1bn"), currencies on either side, percentages, ordinals, years, dates,
//! times, durations, ranges and ages. Names with digits ("Zapad-25", "B-2", "World War Two") are
//! not quantities. When a value cannot be read with confidence the span is kept and the
//! confidence says so, rather than a wrong value said with certainty.

use serde::{Deserialize, Serialize};

use crate::dates;
use crate::ingest::Document;
use crate::lexicon;
use crate::text::{fold, Token, TokenKind};
use crate::words;

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
        let s = format!("{n:.3}");
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
}

impl Quantity {
    /// A quantity with no counted unit (dates, times, ages keep theirs in `unit` separately).
    fn bare(sentence: usize, start: usize, end: usize, value: Value, kind: NumberKind, confidence: Confidence) -> Self {
        Quantity { sentence, start, end, value, high: None, kind, unit: None, unit_text: None, confidence }
    }
}

/// Every quantity in the document's content sentences, in text order.
pub fn extract(doc: &Document) -> Vec<Quantity> {
    let mut out = Vec::new();
    for s in doc.content_sentences() {
        let tokens = doc.sentence_tokens(s);
        let before = out.len();
        extract_sentence(&doc.text, s.index, s.start, s.end, tokens, doc.sentence_folded(s), &mut out);
        crate::order::sort_by_key(&mut out[before..], |q| q.start);
    }
    out
}

struct Scan<'a> {
    text: &'a str,
    tokens: &'a [Token],
    folded: &'a [String],
    used: Vec<bool>,
}

impl Scan<'_> {
    fn t(&self, i: usize) -> &str {
        self.tokens.get(i).map(|t| t.text(self.text)).unwrap_or("")
    }
    fn f(&self, i: usize) -> &str {
        self.folded.get(i).map(String::as_str).unwrap_or("")
    }
    fn kind(&self, i: usize) -> Option<TokenKind> {
        self.tokens.get(i).map(|t| t.kind)
    }
    fn adjacent(&self, a: usize, b: usize) -> bool {
        match (self.tokens.get(a), self.tokens.get(b)) {
            (Some(x), Some(y)) => x.end == y.start,
            _ => false,
        }
    }
    fn is_capitalised(&self, i: usize) -> bool {
        self.t(i).chars().next().is_some_and(char::is_uppercase)
    }
    fn mark(&mut self, a: usize, b: usize) {
        for u in &mut self.used[a..b.min(self.tokens.len())] {
            *u = true;
        }
    }
    fn free(&self, a: usize, b: usize) -> bool {
        b <= self.tokens.len() && self.used[a..b].iter().all(|u| !u)
    }
}

fn extract_sentence(
    text: &str,
    sentence: usize,
    s_start: usize,
    s_end: usize,
    tokens: &[Token],
    folded: &[String],
    out: &mut Vec<Quantity>,
) {
    let mut scan = Scan { text, tokens, folded, used: vec![false; tokens.len()] };
    let push = |out: &mut Vec<Quantity>, start, end, value, kind, confidence| {
        out.push(Quantity::bare(sentence, start, end, value, kind, confidence));
    };

    // Full dates first, so their day and year are not read as counts.
    for d in dates::find_dates(&text[s_start..s_end]) {
        let (a, b) = (s_start + d.start, s_start + d.end);
        let (ta, tb) = token_range(tokens, a, b);
        scan.mark(ta, tb);
        push(out, a, b, Value::Text(d.iso), NumberKind::Date, Confidence::High);
    }
    partial_dates(&mut scan, sentence, out);
    times(&mut scan, sentence, out);

    let mut i = 0;
    let mut last_count_unit: Option<(String, String)> = None;
    while i < tokens.len() {
        if scan.used[i] {
            i += 1;
            continue;
        }
        // Ordinals: "1st", "third", "twenty-first".
        if let Some((v, end)) = ordinal_at(&scan, i) {
            if !is_name_part(&scan, i) {
                scan.mark(i, end);
                push(
                    out,
                    tokens[i].start,
                    tokens[end - 1].end,
                    Value::Number(v as f64),
                    NumberKind::Ordinal,
                    Confidence::High,
                );
            }
            i = end;
            continue;
        }
        let Some(parsed) = number_at(&scan, i) else {
            i += 1;
            continue;
        };
        if is_name_part(&scan, i) || is_pronoun_one(&scan, i, &parsed) {
            i = parsed.end;
            continue;
        }
        let mut q = classify(&scan, i, &parsed, sentence);
        let end_tok = token_range(tokens, q.start, q.end).1.max(parsed.end);
        scan.mark(token_range(tokens, q.start, q.end).0, end_tok);
        if q.kind == NumberKind::Count {
            match (&q.unit, &last_count_unit) {
                (Some(u), _) => last_count_unit = Some((u.clone(), q.unit_text.clone().unwrap_or_default())),
                (None, Some((u, t))) => {
                    // "killed three people and injured three", "112 drones, 84 of which": the unit carries over.
                    q.unit = Some(u.clone());
                    q.unit_text = Some(t.clone());
                    q.confidence = q.confidence.min(Confidence::Medium);
                }
                (None, None) => {}
            }
        }
        // A bare "one" with nothing counted is a pronoun ("no one", "one of them"), not a quantity.
        let bare_one = parsed.from_words && parsed.value == 1.0 && q.unit.is_none() && q.kind == NumberKind::Count;
        if !bare_one {
            out.push(q);
        }
        i = end_tok.max(i + 1);
    }
}

fn token_range(tokens: &[Token], a: usize, b: usize) -> (usize, usize) {
    let first = tokens.iter().position(|t| t.end > a).unwrap_or(tokens.len());
    let end = tokens.iter().rposition(|t| t.start < b).map(|x| x + 1).unwrap_or(first);
    (first, end.max(first))
}

/// A number read at token `i`.
#[derive(Debug)]
struct Parsed {
    value: f64,
    /// One past the last token of the number (scale word included).
    end: usize,
    from_words: bool,
    /// Read from digits with separators that look wrong, or an odd form.
    doubtful: bool,
    /// Four plain digits (a year candidate).
    plain_four_digits: bool,
}

fn parse_digits(s: &str) -> Option<(f64, bool)> {
    // Thousands separators must come in groups of three; "1,5" is doubtful (a decimal comma?).
    let mut doubtful = false;
    if s.contains(',') {
        let parts: Vec<&str> = s.split('.').next().unwrap_or("").split(',').collect();
        if parts.iter().skip(1).any(|p| p.len() != 3) || parts[0].is_empty() || parts[0].len() > 3 {
            doubtful = true;
        }
    }
    let clean: String = s.chars().filter(|c| *c != ',').collect();
    clean.parse::<f64>().ok().map(|v| (v, doubtful))
}

fn number_at(scan: &Scan, i: usize) -> Option<Parsed> {
    let mut j;
    let mut value;
    let mut from_words = false;
    let mut doubtful = false;
    let mut plain_four_digits = false;
    match scan.kind(i)? {
        TokenKind::Number => {
            let (v, d) = parse_digits(scan.t(i))?;
            value = v;
            doubtful = d;
            plain_four_digits = scan.t(i).len() == 4 && scan.t(i).chars().all(|c| c.is_ascii_digit());
            j = i + 1;
        }
        // "half a million": half of the scale that follows.
        TokenKind::Word if scan.f(i) == "half" && matches!(scan.f(i + 1), "a" | "an") => {
            words::scale_word(scan.f(i + 2))?;
            value = 0.5;
            from_words = true;
            j = i + 2;
        }
        TokenKind::Word => {
            let (v, end) = word_number_at(scan, i)?;
            value = v;
            from_words = true;
            j = end;
        }
        TokenKind::Punct => return None,
    }
    // "two and a half", "1 and a half"
    if scan.f(j) == "and" && scan.f(j + 1) == "a" && scan.f(j + 2) == "half" {
        value += 0.5;
        j += 3;
    }
    // Scale: "1.1 billion", "1.1bn", "5m" (the short forms only when glued to the digits or well known).
    let scale_word = scan.f(j);
    if let Some(scale) = words::scale_word(scale_word) {
        let glued = scan.adjacent(j - 1, j);
        let short = matches!(scale_word, "m" | "b" | "k");
        if scan.kind(j) == Some(TokenKind::Word) && (!short || glued) && !(from_words && scale_word == "hundred") {
            value *= scale as f64;
            j += 1;
            plain_four_digits = false;
        }
    }
    Some(Parsed { value, end: j, from_words, doubtful, plain_four_digits })
}

/// Number words from token `i`: "six", "Twenty-six", "two hundred and fifty", "a dozen", "a million".
fn word_number_at(scan: &Scan, i: usize) -> Option<(f64, usize)> {
    let first = scan.f(i);
    if first == "a" || first == "an" {
        let next = scan.f(i + 1);
        if next == "dozen" {
            return Some((12.0, i + 2));
        }
        if matches!(next, "hundred" | "thousand" | "million" | "billion" | "trillion") {
            return Some((words::scale_word(next)? as f64, i + 2));
        }
        return None;
    }
    if first == "dozen" {
        return None;
    }
    let mut total: u64 = 0;
    let mut current: u64 = 0;
    let mut j = i;
    let mut any = false;
    loop {
        let w = scan.f(j);
        if scan.kind(j) != Some(TokenKind::Word) {
            break;
        }
        if let Some(v) = words::compound_number_word(w) {
            current += v;
        } else if w == "hundred" && any {
            current = current.max(1) * 100;
        } else if matches!(w, "thousand" | "million" | "billion" | "trillion") && any {
            total += current.max(1) * words::scale_word(w)?;
            current = 0;
        } else if w == "and"
            && any
            && scan.f(j + 1) != "a"
            && words::compound_number_word(scan.f(j + 1)).is_some()
            && current >= 100
        {
            j += 1;
            continue;
        } else {
            break;
        }
        any = true;
        j += 1;
    }
    if !any {
        return None;
    }
    // "a dozen" handled above; "two dozen" = 24.
    if scan.f(j) == "dozen" {
        return Some(((total + current) as f64 * 12.0, j + 1));
    }
    Some(((total + current) as f64, j))
}

fn ordinal_at(scan: &Scan, i: usize) -> Option<(u64, usize)> {
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

/// "no one", "the one", "one another": the pronoun, not the number.
fn is_pronoun_one(scan: &Scan, i: usize, p: &Parsed) -> bool {
    scan.f(i) == "one"
        && p.end == i + 1
        && ((i > 0
            && matches!(
                scan.f(i - 1),
                "no" | "any" | "every" | "some" | "each" | "the" | "this" | "that" | "which" | "anyone"
            ))
            || matches!(scan.f(i + 1), "another" | "of"))
}

/// "World War Two", "Article 5", "Apollo 11": a number that is part of a capitalised name.
fn is_name_part(scan: &Scan, i: usize) -> bool {
    if i == 0 {
        return false;
    }
    let prev = i - 1;
    let prev_word = scan.kind(prev) == Some(TokenKind::Word) && scan.is_capitalised(prev);
    if !prev_word || prev == 0 && scan.tokens.len() > 1 && !scan.is_capitalised(prev) {
        return false;
    }
    let p = scan.t(prev);
    if lexicon::month_number(p).is_some()
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
        // "Article 5": digits straight after a capitalised non-initial word, with nothing counted after.
        Some(TokenKind::Number) => prev > 0 && !words::looks_plural(scan.f(i + 1)),
        _ => false,
    }
}

/// Currency words written after the amount.
fn currency_word(folded: &str) -> Option<&'static str> {
    Some(match folded.trim_end_matches('s') {
        "euro" => "EUR",
        "dollar" => "USD",
        "pound" | "sterling" => "GBP",
        "yen" => "JPY",
        "yuan" | "renminbi" => "CNY",
        "rouble" | "ruble" => "RUB",
        "hryvnia" | "hryvnias" => "UAH",
        "franc" => "CHF",
        "rupee" => "INR",
        "lira" | "lire" => "TRY",
        "zloty" | "zlotys" | "zlotych" => "PLN",
        "forint" => "HUF",
        "rand" => "ZAR",
        "shekel" => "ILS",
        "riyal" => "SAR",
        "dirham" => "AED",
        "naira" => "NGN",
        "rupiah" => "IDR",
        "ringgit" => "MYR",
        "baht" => "THB",
        _ => return None,
    })
}

fn currency_symbol(s: &str) -> Option<&'static str> {
    Some(match s {
        "$" => "USD",
        "\u{20AC}" => "EUR",
        "\u{00A3}" => "GBP",
        "\u{00A5}" => "JPY",
        "\u{20B4}" => "UAH",
        "\u{20BD}" => "RUB",
        "\u{20B9}" => "INR",
        _ => return None,
    })
}

fn classify(scan: &Scan, i: usize, p: &Parsed, sentence: usize) -> Quantity {
    let tokens = scan.tokens;
    let mut start = tokens[i].start;
    let mut end = tokens[p.end - 1].end;
    let j = p.end;
    let base_conf = if p.doubtful {
        Confidence::Low
    } else if p.from_words {
        Confidence::Medium
    } else {
        Confidence::High
    };
    let mk = |start, end, value: f64, kind, unit: Option<String>, unit_text: Option<String>, confidence| Quantity {
        sentence,
        start,
        end,
        value: Value::Number(value),
        high: None,
        kind,
        unit,
        unit_text,
        confidence,
    };

    // Money with a symbol or code before: "$5 million", "€1.1bn", "EUR1.1 billion", "US$3".
    if i > 0 {
        let prev = scan.t(i - 1);
        let code = currency_symbol(prev).or_else(|| lexicon::currency_prefix(prev)).map(str::to_string);
        if let Some(mut code) = code {
            start = tokens[i - 1].start;
            if prev == "$" && i > 1 && scan.adjacent(i - 2, i - 1) {
                match scan.t(i - 2) {
                    "US" => {
                        code = "USD".into();
                        start = tokens[i - 2].start;
                    }
                    "A" | "AU" => {
                        code = "AUD".into();
                        start = tokens[i - 2].start;
                    }
                    "C" | "CA" => {
                        code = "CAD".into();
                        start = tokens[i - 2].start;
                    }
                    "HK" => {
                        code = "HKD".into();
                        start = tokens[i - 2].start;
                    }
                    _ => {}
                }
            }
            return mk(start, end, p.value, NumberKind::Money, Some(code), None, base_conf);
        }
    }
    // Money with the currency after: "1.1 billion euros", "5 million dollars".
    if let Some(code) = currency_word(scan.f(j)) {
        end = tokens[j].end;
        return mk(
            start,
            end,
            p.value,
            NumberKind::Money,
            Some(code.to_string()),
            Some(scan.t(j).to_string()),
            base_conf,
        );
    }
    // Percent.
    if scan.t(j) == "%" {
        return mk(start, tokens[j].end, p.value, NumberKind::Percent, Some("percent".into()), None, base_conf);
    }
    if scan.f(j) == "percent" || (scan.f(j) == "per" && scan.f(j + 1) == "cent") {
        let e = if scan.f(j) == "per" { j + 1 } else { j };
        return mk(start, tokens[e].end, p.value, NumberKind::Percent, Some("percent".into()), None, base_conf);
    }
    // Ages: "two-year-old" (one token), "23-year-old", "aged 23", "23 years old".
    if let Some(q) = age(scan, i, p, sentence, base_conf) {
        return q;
    }
    // An age in apposition: "Graham Whitfield, 63, was convicted".
    let apposition = i >= 2
        && scan.t(i - 1) == ","
        && scan.t(j) == ","
        && scan.kind(i - 2) == Some(TokenKind::Word)
        && scan.is_capitalised(i - 2)
        && !p.from_words
        && p.value.fract() == 0.0
        && (1.0..=120.0).contains(&p.value);
    if apposition {
        return mk(start, end, p.value, NumberKind::Age, Some("years".into()), None, Confidence::Medium);
    }
    // "an 18-month sentence": a duration written as a compound.
    if scan.t(j) == "-" && scan.adjacent(j - 1, j) && scan.adjacent(j, j + 1) {
        if let Some(unit) = time_unit(scan.f(j + 1)).filter(|u| scan.f(j + 1) == *u) {
            let e = tokens[j + 1].end;
            return mk(start, e, p.value, NumberKind::Duration, Some(words::plural(unit)), None, base_conf);
        }
    }
    // Magnitudes: "magnitude 6.8", "a 6.7-magnitude earthquake", "a 6.8 magnitude quake".
    if i > 0 && scan.f(i - 1) == "magnitude" {
        return mk(tokens[i - 1].start, end, p.value, NumberKind::Measure, Some("magnitude".into()), None, base_conf);
    }
    let hyphen = usize::from(scan.t(j) == "-" && scan.adjacent(j - 1, j));
    if scan.f(j + hyphen) == "magnitude" {
        let e = tokens[j + hyphen].end;
        return mk(start, e, p.value, NumberKind::Measure, Some("magnitude".into()), None, base_conf);
    }
    // Measurements: "10 km", "6 miles", "3,000 tonnes", "120 km/h".
    if let Some((unit, after)) = measure_unit(scan, j) {
        let unit_text = text_between(scan, j, after);
        return mk(start, tokens[after - 1].end, p.value, NumberKind::Measure, Some(unit), Some(unit_text), base_conf);
    }
    // Times written with a clock word handled earlier; ranges: "10 to 30 kilometers", "between 10 and 30".
    let range_word = scan.f(j);
    let between = i > 0 && scan.f(i - 1) == "between";
    if (range_word == "to" || (range_word == "-" && scan.adjacent(j - 1, j)) || (between && range_word == "and"))
        && !p.plain_four_digits
    {
        if let Some(hi) = number_at(scan, j + 1) {
            if hi.value > p.value {
                let after = hi.end;
                if between {
                    start = tokens[i - 1].start;
                }
                let unit = measure_unit(scan, after)
                    .map(|(u, e)| (u, text_between(scan, after, e), e))
                    .or_else(|| unit_after(scan, after));
                let end = unit.as_ref().map(|u| tokens[u.2 - 1].end).unwrap_or(tokens[after - 1].end);
                let (unit, unit_text) = match unit {
                    Some((u, t, _)) => (Some(u), Some(t)),
                    None => (None, None),
                };
                let mut q = mk(
                    start,
                    end,
                    p.value,
                    NumberKind::Range,
                    unit,
                    unit_text,
                    base_conf.min(if hi.from_words { Confidence::Medium } else { Confidence::High }),
                );
                q.high = Some(hi.value);
                return q;
            }
        }
    }
    // Durations: "three weeks", "two and a half hours".
    if let Some(unit) = time_unit(scan.f(j)) {
        if scan.kind(j) == Some(TokenKind::Word) {
            return mk(
                start,
                tokens[j].end,
                p.value,
                NumberKind::Duration,
                Some(words::plural(unit)),
                Some(scan.t(j).to_string()),
                base_conf,
            );
        }
    }
    // Years: four plain digits in a plausible range with nothing counted after.
    if p.plain_four_digits && (1800.0..=2100.0).contains(&p.value) {
        // "the 2022 invasion" is a year; "2025 protesters" is a count.
        let counted = unit_after(scan, j).filter(|(_, written, _)| words::looks_plural(&fold(written)));
        if counted.is_none() {
            return mk(start, end, p.value, NumberKind::Year, None, None, Confidence::High);
        }
    }
    // Counts: the noun the number quantifies.
    match unit_after(scan, j) {
        Some((unit, unit_text, _)) => {
            mk(start, end, p.value, NumberKind::Count, Some(unit), Some(unit_text), base_conf)
        }
        None => mk(start, end, p.value, NumberKind::Count, None, None, base_conf.min(Confidence::Medium)),
    }
}

fn age(scan: &Scan, i: usize, p: &Parsed, sentence: usize, conf: Confidence) -> Option<Quantity> {
    let tokens = scan.tokens;
    let j = p.end;
    let q = |end: usize, unit: &str| Quantity {
        sentence,
        start: tokens[i].start,
        end,
        value: Value::Number(p.value),
        high: None,
        kind: NumberKind::Age,
        unit: Some(words::plural(unit)),
        unit_text: None,
        confidence: conf,
    };
    // "23-year-old": digits, "-", "year-old".
    if scan.t(j) == "-" && scan.adjacent(j - 1, j) {
        let w = scan.f(j + 1);
        for unit in ["year", "month", "week", "day"] {
            if w.starts_with(unit) && w.ends_with("-old") {
                return Some(q(tokens[j + 1].end, unit));
            }
        }
    }
    // "23 years old"
    if let Some(unit) = time_unit(scan.f(j)) {
        if scan.f(j + 1) == "old" {
            return Some(q(tokens[j + 1].end, unit));
        }
    }
    None
}

/// Ages written as one hyphenated word: "two-year-old", "six-month-old".
fn word_age(folded: &str) -> Option<(u64, &'static str)> {
    let parts: Vec<&str> = folded.split('-').collect();
    if parts.len() < 3 || parts[parts.len() - 1] != "old" {
        return None;
    }
    let unit_word = parts[parts.len() - 2];
    let unit = ["year", "month", "week", "day"].into_iter().find(|u| unit_word.trim_end_matches('s') == *u)?;
    let number = parts[..parts.len() - 2].join("-");
    let v = words::compound_number_word(&number).or_else(|| number.parse().ok())?;
    Some((v, unit))
}

/// Units of measurement by their written forms (folded), first the form reported. General
/// data, SI and imperial; a bare "m" or "t" is left alone ("$5m" is money, not metres).
const MEASURE_UNITS: &[&[&str]] = &[
    &["km", "kms", "kilometre", "kilometres", "kilometer", "kilometers"],
    &["metres", "metre", "meter", "meters"],
    &["cm", "centimetre", "centimetres", "centimeter", "centimeters"],
    &["mm", "millimetre", "millimetres", "millimeter", "millimeters"],
    &["miles", "mile", "mi"],
    &["feet", "ft", "foot"],
    &["inches", "inch"],
    &["kg", "kgs", "kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo", "kilos"],
    &["tonnes", "tonne", "ton", "tons"],
    &["lb", "lbs"],
    &["hectares", "ha", "hectare"],
    &["acres", "acre"],
    &["litres", "litre", "liter", "liters"],
    &["gallons", "gallon"],
    &["km/h", "kph", "kmh"],
    &["mph"],
    &["knots", "knot"],
    &["degrees", "degree"],
    &["MW", "mw", "megawatt", "megawatts"],
    &["GW", "gw", "gigawatt", "gigawatts"],
    &["kW", "kw", "kilowatt", "kilowatts"],
];

/// Is the folded word a unit of measurement ("km", "gw", "tonnes")?
pub fn is_measure_unit(folded: &str) -> bool {
    MEASURE_UNITS.iter().any(|forms| forms.contains(&folded))
}

/// The unit of measurement starting at token `j`, and the token after it: "km", "km/h",
/// "square kilometres", "°C".
fn measure_unit(scan: &Scan, j: usize) -> Option<(String, usize)> {
    let canonical = |f: &str| MEASURE_UNITS.iter().find(|forms| forms.contains(&f)).map(|forms| forms[0]);
    // "°C", "°F"
    if scan.t(j) == "\u{00B0}" && matches!(scan.t(j + 1), "C" | "F") && scan.adjacent(j, j + 1) {
        return Some(("degrees".into(), j + 2));
    }
    if scan.kind(j) != Some(TokenKind::Word) {
        return None;
    }
    // "square kilometres", "sq km"
    if matches!(scan.f(j), "square" | "sq") {
        let unit = canonical(scan.f(j + 1)).filter(|u| matches!(*u, "km" | "metres" | "miles" | "feet"))?;
        return Some((format!("square {unit}"), j + 2));
    }
    let unit = canonical(scan.f(j))?;
    // "km/h"
    if unit == "km" && scan.t(j + 1) == "/" && scan.f(j + 2) == "h" && scan.adjacent(j, j + 1) {
        return Some(("km/h".into(), j + 3));
    }
    Some((unit.to_string(), j + 1))
}

/// The original text of tokens `a..b`.
fn text_between(scan: &Scan, a: usize, b: usize) -> String {
    scan.text[scan.tokens[a].start..scan.tokens[b - 1].end].to_string()
}

/// Durations written as one hyphenated word: "a seven-year sentence", "a two-week visit".
fn word_duration(folded: &str) -> Option<(u64, &'static str)> {
    let (number, unit_word) = folded.rsplit_once('-')?;
    let unit = ["year", "month", "week", "day", "hour", "minute"].into_iter().find(|u| unit_word == *u)?;
    let v = words::compound_number_word(number).or_else(|| number.parse().ok())?;
    Some((v, unit))
}

fn time_unit(folded: &str) -> Option<&'static str> {
    let l = words::lemma(folded);
    ["second", "minute", "hour", "day", "week", "fortnight", "month", "year", "decade", "century"]
        .into_iter()
        .find(|u| *u == l)
}

/// Words that end the noun phrase after a number without being the counted noun.
fn ends_noun_phrase(folded: &str) -> bool {
    matches!(
        folded,
        "that"
            | "which"
            | "who"
            | "whom"
            | "whose"
            | "have"
            | "has"
            | "had"
            | "were"
            | "was"
            | "is"
            | "are"
            | "will"
            | "would"
            | "could"
            | "should"
            | "to"
            | "in"
            | "on"
            | "at"
            | "for"
            | "from"
            | "by"
            | "with"
            | "as"
            | "than"
            | "said"
            | "says"
            | "say"
            | "late"
            | "early"
            | "more"
            | "less"
            | "times"
            | "did"
            | "do"
            | "does"
            | "not"
            | "be"
            | "been"
            | "into"
            | "per"
            | "after"
            | "before"
            | "since"
            | "during"
            | "while"
            | "when"
            | "if"
            | "but"
            | "or"
    )
}

/// The counted noun after position `j`: (canonical unit, as written, one past its token).
fn unit_after(scan: &Scan, j: usize) -> Option<(String, String, usize)> {
    let mut k = j;
    // "26 of Ukraine's allies", "84 of which" (no noun: the caller carries the previous unit over).
    if scan.f(k) == "of" {
        k += 1;
        if matches!(scan.f(k), "which" | "whom" | "them" | "those" | "these" | "us" | "it") {
            return None;
        }
        if matches!(scan.f(k), "the" | "its" | "their" | "his" | "her" | "our" | "these" | "those") {
            k += 1;
        }
        if scan.f(k).ends_with("'s") {
            k += 1;
        }
        // "79 of the 230 seats": the whole is counted in the same unit.
        if scan.kind(k) == Some(TokenKind::Number) && k > j + 1 {
            k += 1;
        }
    }
    let limit = (k + 5).min(scan.tokens.len());
    let mut first_noun: Option<usize> = None;
    while k < limit {
        if scan.kind(k) != Some(TokenKind::Word) {
            if scan.t(k) == "-" && scan.adjacent(k - 1, k) {
                k += 1;
                continue;
            }
            break;
        }
        let f = scan.f(k);
        if ends_noun_phrase(f) && first_noun.is_none() && k > j {
            break;
        }
        if f == "and" {
            k += 1;
            continue;
        }
        if ends_noun_phrase(f) || lexicon::month_number(scan.t(k)).is_some() && scan.is_capitalised(k) {
            break;
        }
        // Capitalised modifiers ("30 European nations") are skipped; a capitalised noun is a name, not a unit.
        if scan.is_capitalised(k) {
            k += 1;
            continue;
        }
        if words::is_stop_word(f) && !matches!(f, "year" | "years" | "day" | "days" | "time" | "times") {
            break;
        }
        if words::looks_plural(f) {
            let lemma = words::lemma(f);
            let unit = words::plural(words::unit_group(&lemma));
            return Some((unit, scan.t(k).to_string(), k + 1));
        }
        first_noun.get_or_insert(k);
        k += 1;
    }
    // Singular head right after the number ("one year", "1 drone").
    let n = first_noun.filter(|&n| n == j)?;
    let f = scan.f(n);
    if f.len() < 3 || f.ends_with("ly") || f.ends_with("ing") || f.ends_with("ed") {
        return None;
    }
    let lemma = words::lemma(f);
    Some((words::plural(words::unit_group(&lemma)), scan.t(n).to_string(), n + 1))
}

/// "September 4" (no year) -> "--09-04"; "February 2022" -> "2022-02".
fn partial_dates(scan: &mut Scan, sentence: usize, out: &mut Vec<Quantity>) {
    let tokens = scan.tokens;
    for i in 0..tokens.len() {
        if !scan.free(i, i + 2) || !scan.is_capitalised(i) {
            continue;
        }
        let Some(month) = lexicon::month_number(scan.t(i)) else {
            continue;
        };
        if scan.kind(i + 1) != Some(TokenKind::Number) {
            continue;
        }
        let n: u32 = match scan.t(i + 1).parse() {
            Ok(n) => n,
            Err(_) => continue,
        };
        // "May 5" where "May" opens a sentence could be the verb; keep it but lower the confidence.
        let conf = if i == 0 && month == 5 { Confidence::Low } else { Confidence::Medium };
        let (value, end) = if (1000..=2999).contains(&n) && scan.t(i + 1).len() == 4 {
            (format!("{n:04}-{month:02}"), i + 2)
        } else if (1..=31).contains(&n) && dates::iso_date(2000, month, n).is_some() {
            (format!("--{month:02}-{n:02}"), i + 2)
        } else {
            continue;
        };
        scan.mark(i, end);
        out.push(Quantity::bare(
            sentence,
            tokens[i].start,
            tokens[end - 1].end,
            Value::Text(value),
            NumberKind::Date,
            conf,
        ));
    }
}

fn meridiem(folded: &str) -> Option<bool> {
    match folded.trim_end_matches('.') {
        "a.m" | "am" => Some(false),
        "p.m" | "pm" => Some(true),
        _ => None,
    }
}

/// "9.30 p.m." -> 21:30, "12:50 PM" -> 12:50, "10 a.m." -> 10:00, "21:30" -> 21:30.
fn times(scan: &mut Scan, sentence: usize, out: &mut Vec<Quantity>) {
    let tokens = scan.tokens;
    let mut i = 0;
    while i < tokens.len() {
        if scan.kind(i) != Some(TokenKind::Number) || !scan.free(i, i + 1) {
            i += 1;
            continue;
        }
        let t = scan.t(i);
        let (mut h, mut m, mut end, mut clock) = (None, 0u32, i + 1, false);
        if let Some((a, b)) = t.split_once('.') {
            if b.len() == 2 {
                if let (Ok(a), Ok(b)) = (a.parse::<u32>(), b.parse::<u32>()) {
                    h = Some(a);
                    m = b;
                }
            }
        } else if let Ok(a) = t.parse::<u32>() {
            if scan.t(i + 1) == ":"
                && scan.kind(i + 2) == Some(TokenKind::Number)
                && scan.adjacent(i, i + 1)
                && scan.adjacent(i + 1, i + 2)
                && scan.t(i + 2).len() == 2
            {
                if let Ok(b) = scan.t(i + 2).parse::<u32>() {
                    h = Some(a);
                    m = b;
                    end = i + 3;
                    clock = true;
                }
            } else {
                h = Some(a);
            }
        }
        let Some(mut hour) = h else {
            i += 1;
            continue;
        };
        let pm = meridiem(scan.f(end));
        if pm.is_none() && !clock {
            i += 1;
            continue;
        }
        if let Some(pm) = pm {
            if !(1..=12).contains(&hour) {
                i += 1;
                continue;
            }
            if pm && hour != 12 {
                hour += 12;
            } else if !pm && hour == 12 {
                hour = 0;
            }
            end += 1;
        }
        if hour > 23 || m > 59 {
            i += 1;
            continue;
        }
        scan.mark(i, end);
        let value = Value::Text(format!("{hour:02}:{m:02}"));
        out.push(Quantity::bare(
            sentence,
            tokens[i].start,
            tokens[end - 1].end,
            value,
            NumberKind::Time,
            Confidence::High,
        ));
        i = end;
    }
    // One-word ages ("a two-year-old girl") are found here too: they are words, not numbers.
    for i in 0..tokens.len() {
        if !scan.free(i, i + 1) || scan.kind(i) != Some(TokenKind::Word) {
            continue;
        }
        let (found, kind) = match word_age(scan.f(i)) {
            Some(age) => (Some(age), NumberKind::Age),
            None => (word_duration(scan.f(i)), NumberKind::Duration),
        };
        if let Some((v, unit)) = found {
            scan.mark(i, i + 1);
            let q = Quantity::bare(
                sentence,
                tokens[i].start,
                tokens[i].end,
                Value::Number(v as f64),
                kind,
                if kind == NumberKind::Age { Confidence::High } else { Confidence::Medium },
            );
            out.push(Quantity { unit: Some(words::plural(unit)), ..q });
        }
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
            "the Zapad-25 exercises due this month",
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
    }
}
