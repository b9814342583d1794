//! What kind of quantity a number is, decided by an ordered table of rules.
//!
//! `RULES` is the policy, read top to bottom: each rule looks at the number and the words around
//! it and either reads it as a quantity of one kind or passes; the first rule that reads it
//! decides. Earlier rules are the more specific: a currency sign outranks everything, a time unit
//! after the number makes a duration only if it was not a range or a measure, and a number no
//! rule reads is a count of the noun after it.

use super::parse::{number_at, Parsed};
use super::scan::Scan;
use super::units::{age_units, currency_symbol, currency_word, dollar_prefix, measure_unit, time_unit, unit_after};
use super::{Confidence, NumberKind, Quantity, Value};
use crate::lexicon;
use crate::text::{fold, TokenKind};
use crate::words;

/// A number to classify: the sentence, the token it starts at and what was read there.
pub(super) struct Candidate<'s, 'a> {
    scan: &'s Scan<'a>,
    /// The number's first token.
    at: usize,
    parsed: &'s Parsed,
    sentence: usize,
    /// How sure the reading of the value is: low for odd separators, medium for words.
    confidence: Confidence,
}

impl<'s, 'a> Candidate<'s, 'a> {
    pub fn new(scan: &'s Scan<'a>, at: usize, parsed: &'s Parsed, sentence: usize) -> Self {
        let confidence = if parsed.doubtful {
            Confidence::Low
        } else if parsed.from_words {
            Confidence::Medium
        } else {
            Confidence::High
        };
        Candidate { scan, at, parsed, sentence, confidence }
    }

    /// The token after the number: where its unit, currency or "%" would be.
    fn next(&self) -> usize {
        self.parsed.end
    }

    /// The byte where token `i` ends.
    fn end_of(&self, i: usize) -> usize {
        self.scan.tokens[i].end()
    }

    /// The number as a quantity of `kind` spanning just its own tokens, with nothing counted.
    fn quantity(&self, kind: NumberKind) -> Quantity {
        Quantity {
            sentence: self.sentence,
            start: self.scan.tokens[self.at].start(),
            end: self.end_of(self.parsed.end - 1),
            value: Value::Number(self.parsed.value),
            high: None,
            kind,
            unit: None,
            unit_text: None,
            confidence: self.confidence,
            class: None,
        }
    }
}

/// One rule of the policy: a name for readers and tests, and the reading it makes if it applies.
pub(super) struct Rule {
    /// Says what the rule reads where the table is the policy; the tests find rules by it.
    #[cfg_attr(not(test), allow(dead_code))]
    pub name: &'static str,
    pub read: fn(&Candidate) -> Option<Quantity>,
}

/// The policy, in order: the first rule that reads a number decides its kind; a number none
/// reads is a count (`count`).
pub(super) const RULES: &[Rule] = &[
    // "$5 million", "€1.1bn", "US$3"
    Rule { name: "money after a sign", read: money_after_sign },
    // "1.1 billion euros"
    Rule { name: "money before a currency word", read: money_before_currency_word },
    // "4.5%", "12 per cent"
    Rule { name: "percent", read: percent },
    // "23-year-old", "23 years old"
    Rule { name: "age", read: age },
    // "Graham Whitfield, 63, was"
    Rule { name: "age in apposition", read: age_in_apposition },
    // "aged 28, 27 and 26", "ages 5 to 12"
    Rule { name: "aged", read: aged },
    // "an 18-month sentence"
    Rule { name: "hyphenated duration", read: hyphenated_duration },
    // "magnitude 6.8", "a 6.7-magnitude quake"
    Rule { name: "magnitude", read: magnitude },
    // "10 km", "120 km/h", "3,000 tonnes"
    Rule { name: "measure", read: measure },
    // "10 to 30 kilometers", "between 10 and 30"
    Rule { name: "range", read: range },
    // "three weeks", "two and a half hours"
    Rule { name: "duration", read: duration },
    // "in 2022", "the 2022 invasion"
    Rule { name: "year", read: year },
];

/// The number read by the first rule that applies, or as a count if none does.
pub(super) fn classify(c: &Candidate) -> Quantity {
    RULES.iter().find_map(|rule| (rule.read)(c)).unwrap_or_else(|| count(c))
}

/// "$5 million", "€1.1bn", "EUR1.1 billion", "US$3": a currency sign or code before the amount.
fn money_after_sign(c: &Candidate) -> Option<Quantity> {
    let (scan, i) = (c.scan, c.at);
    let sign = scan.t(i.checked_sub(1)?);
    let code = currency_symbol(sign).or_else(|| lexicon::currency_prefix(sign))?;
    // Letters glued before a "$" say which dollar: "US$", "HK$".
    let prefixed = (sign == "$" && i > 1 && scan.adjacent(i - 2, i - 1)).then(|| dollar_prefix(scan.t(i - 2)));
    let (code, first) = match prefixed.flatten() {
        Some(dollar) => (dollar, i - 2),
        None => (code, i - 1),
    };
    Some(Quantity { start: scan.tokens[first].start(), unit: Some(code.to_string()), ..c.quantity(NumberKind::Money) })
}

/// "1.1 billion euros", "5 million dollars": a currency word after the amount.
fn money_before_currency_word(c: &Candidate) -> Option<Quantity> {
    let j = c.next();
    let code = currency_word(c.scan.f(j))?;
    let unit_text = Some(c.scan.t(j).to_string());
    Some(Quantity { end: c.end_of(j), unit: Some(code.to_string()), unit_text, ..c.quantity(NumberKind::Money) })
}

/// "4.5%", "12 percent", "12 per cent".
fn percent(c: &Candidate) -> Option<Quantity> {
    let (scan, j) = (c.scan, c.next());
    let last = if scan.t(j) == "%" || scan.f(j) == "percent" {
        j
    } else if scan.f(j) == "per" && scan.f(j + 1) == "cent" {
        j + 1
    } else {
        return None;
    };
    let quantity = Quantity { end: c.end_of(last), unit: Some("percent".into()), ..c.quantity(NumberKind::Percent) };
    // "between 58.3% and 60.7%", "58.3% to 60.7%": one share given as a range.
    let i = c.at;
    let between = i > 0 && scan.f(i - 1) == "between";
    if (between && scan.f(last + 1) == "and") || scan.f(last + 1) == "to" {
        if let Some(high) = number_at(scan, last + 2).filter(|high| high.value > c.parsed.value) {
            let k = high.end;
            if scan.t(k) == "%" || scan.f(k) == "percent" {
                let start = if between { scan.tokens[i - 1].start() } else { quantity.start };
                return Some(Quantity { start, end: c.end_of(k), high: Some(high.value), ..quantity });
            }
        }
    }
    Some(quantity)
}

/// "23-year-old" (digits, "-", "year-old") and "23 years old".
fn age(c: &Candidate) -> Option<Quantity> {
    let (scan, j) = (c.scan, c.next());
    let hyphenated = || {
        let w = scan.f(j + 1);
        let unit = age_units().iter().copied().find(|unit| w.starts_with(unit) && w.ends_with("-old"))?;
        Some((unit, j + 1))
    };
    let glued = scan.t(j) == "-" && scan.adjacent(j - 1, j);
    let (unit, last) = match glued.then(hyphenated).flatten() {
        Some(found) => found,
        None => (time_unit(scan.f(j)).filter(|_| scan.f(j + 1) == "old")?, j + 1),
    };
    Some(Quantity { end: c.end_of(last), unit: Some(words::plural(unit)), ..c.quantity(NumberKind::Age) })
}

/// "Graham Whitfield, 63, was convicted": a whole number of years between commas after a name.
fn age_in_apposition(c: &Candidate) -> Option<Quantity> {
    let (scan, i, p) = (c.scan, c.at, c.parsed);
    let apposition = i >= 2
        && scan.t(i - 1) == ","
        && scan.t(p.end) == ","
        && scan.kind(i - 2) == Some(TokenKind::Word)
        && scan.is_capitalised(i - 2)
        && !p.from_words
        && p.value.fract() == 0.0
        && (1.0..=120.0).contains(&p.value);
    // Built only once the rule applies: a unit string per number would cost an allocation each.
    apposition.then(|| Quantity {
        unit: Some("years".into()),
        confidence: Confidence::Medium,
        ..c.quantity(NumberKind::Age)
    })
}

/// "three men aged 28, 27 and 26": a whole number of years after "aged" or "ages", or after one
/// in a list that follows it (else the list's other numbers read as counts: "27 were arrested").
fn aged(c: &Candidate) -> Option<Quantity> {
    let (scan, p) = (c.scan, c.parsed);
    if p.value.fract() != 0.0 || !(0.0..=120.0).contains(&p.value) {
        return None;
    }
    let mut i = c.at;
    // Back over the list: a number, then "," or "and" or "to", then the number before, ...
    for _ in 0..8 {
        let before = i.checked_sub(1)?;
        match scan.f(before) {
            "aged" | "ages" => {
                return Some(Quantity {
                    unit: Some("years".into()),
                    confidence: Confidence::Medium,
                    ..c.quantity(NumberKind::Age)
                })
            }
            "," | "and" | "to" => i = before.checked_sub(1).filter(|&n| scan.kind(n) == Some(TokenKind::Number))?,
            _ => return None,
        }
    }
    None
}

/// "an 18-month sentence": digits glued by a hyphen to a unit of time.
fn hyphenated_duration(c: &Candidate) -> Option<Quantity> {
    let (scan, j) = (c.scan, c.next());
    if !(scan.t(j) == "-" && scan.adjacent(j - 1, j) && scan.adjacent(j, j + 1)) {
        return None;
    }
    // The unit word as a singular ("18-months" is not this form).
    let unit = time_unit(scan.f(j + 1)).filter(|u| scan.f(j + 1) == *u)?;
    Some(Quantity { end: c.end_of(j + 1), unit: Some(words::plural(unit)), ..c.quantity(NumberKind::Duration) })
}

/// "magnitude 6.8", "a 6.7-magnitude earthquake", "a 6.8 magnitude quake", "a magnitude of
/// 7.1"; and a number with a decimal point under ten (a year or a count has none) before a
/// quake's noun ("a 5.9 quake"), before "on the Richter scale", or measured in a sentence about a
/// quake ("The tremor, measuring 7.1, ...", "The quake registered 6.2").
fn magnitude(c: &Candidate) -> Option<Quantity> {
    let (scan, i, j) = (c.scan, c.at, c.next());
    let hyphen = usize::from(scan.t(j) == "-" && scan.adjacent(j - 1, j));
    let before = |k: usize| if i >= k { scan.f(i - k) } else { "" };
    let quake = |w: &str| {
        matches!(w.strip_suffix('s').unwrap_or(w), "quake" | "earthquake" | "tremor" | "temblor" | "aftershock")
    };
    let decimal = c.parsed.value < 10.0 && scan.t(i).contains('.');
    let measured = matches!(before(1), "measured" | "measuring" | "registered" | "registering")
        && (0..scan.tokens.len()).any(|k| quake(scan.f(k)));
    let (start, end) = if before(1) == "magnitude" {
        (scan.tokens[i - 1].start(), c.end_of(j - 1))
    } else if (before(1), before(2)) == ("of", "magnitude") {
        (scan.tokens[i - 2].start(), c.end_of(j - 1))
    } else if scan.f(j + hyphen) == "magnitude" {
        (scan.tokens[i].start(), c.end_of(j + hyphen))
    } else if decimal && (quake(scan.f(j)) || (scan.f(j), scan.f(j + 2)) == ("on", "richter") || measured) {
        (scan.tokens[i].start(), c.end_of(j - 1))
    } else {
        return None;
    };
    Some(Quantity { start, end, unit: Some("magnitude".into()), ..c.quantity(NumberKind::Measure) })
}

/// "10 km", "6 miles", "3,000 tonnes", "120 km/h", "600 square kilometres".
fn measure(c: &Candidate) -> Option<Quantity> {
    let (scan, j) = (c.scan, c.next());
    // "the 80-metre section", "a 10-km stretch": the unit glued by a hyphen.
    let glued = scan.t(j) == "-" && scan.adjacent(j - 1, j) && scan.adjacent(j, j + 1);
    let (unit, after) = measure_unit(scan, j).or_else(|| glued.then(|| measure_unit(scan, j + 1)).flatten())?;
    let unit_text = Some(scan.text_between(j, after));
    Some(Quantity { end: c.end_of(after - 1), unit: Some(unit), unit_text, ..c.quantity(NumberKind::Measure) })
}

/// "10 to 30 kilometers", "10-30", "between 10 and 30": a larger number after a joining word,
/// with the unit that follows the pair. Not from a year ("2022 to 2025" are two years).
fn range(c: &Candidate) -> Option<Quantity> {
    let (scan, i, j, p) = (c.scan, c.at, c.next(), c.parsed);
    let between = i > 0 && scan.f(i - 1) == "between";
    let word = scan.f(j);
    let joined = word == "to" || (word == "-" && scan.adjacent(j - 1, j)) || (between && word == "and");
    if !joined || p.plain_four_digits {
        return None;
    }
    let high = number_at(scan, j + 1).filter(|high| high.value > p.value)?;
    let after = high.end;
    let unit = measure_unit(scan, after)
        .map(|(unit, end)| (unit, scan.text_between(after, end), end))
        .or_else(|| unit_after(scan, after));
    let end = c.end_of(unit.as_ref().map_or(after, |u| u.2) - 1);
    let (unit, unit_text) = unit.map_or((None, None), |(unit, text, _)| (Some(unit), Some(text)));
    let start = if between { scan.tokens[i - 1].start() } else { scan.tokens[i].start() };
    let confidence = c.confidence.min(if high.from_words { Confidence::Medium } else { Confidence::High });
    // "between 26.6 and 28.6 percent", "26.6-28.8 percent": a share given as a range.
    let share = matches!(unit.as_deref(), Some("percent" | "percents"));
    let (kind, unit) = if share { (NumberKind::Percent, Some("percent".into())) } else { (NumberKind::Range, unit) };
    let range = c.quantity(kind);
    Some(Quantity { start, end, high: Some(high.value), unit, unit_text, confidence, ..range })
}

/// "three weeks", "two and a half hours": a unit of time after the number.
fn duration(c: &Candidate) -> Option<Quantity> {
    let (scan, j) = (c.scan, c.next());
    // The word test first: the unit lookup lemmatises, which allocates.
    if scan.kind(j) != Some(TokenKind::Word) {
        return None;
    }
    let unit = time_unit(scan.f(j))?;
    let unit_text = Some(scan.t(j).to_string());
    Some(Quantity { end: c.end_of(j), unit: Some(words::plural(unit)), unit_text, ..c.quantity(NumberKind::Duration) })
}

/// Four plain digits in a plausible range with nothing counted after: "the 2022 invasion" is a
/// year; "2025 protesters" is a count.
fn year(c: &Candidate) -> Option<Quantity> {
    let p = c.parsed;
    if !(p.plain_four_digits && (1800.0..=2100.0).contains(&p.value)) {
        return None;
    }
    let counted = unit_after(c.scan, c.next()).filter(|(_, written, _)| words::looks_plural(&fold(written)));
    counted.is_none().then(|| Quantity { confidence: Confidence::High, ..c.quantity(NumberKind::Year) })
}

/// The default: a count of the noun after the number, less sure when there is none.
fn count(c: &Candidate) -> Quantity {
    let count = c.quantity(NumberKind::Count);
    match unit_after(c.scan, c.next()) {
        Some((unit, unit_text, _)) => Quantity { unit: Some(unit), unit_text: Some(unit_text), ..count },
        None => Quantity { confidence: count.confidence.min(Confidence::Medium), ..count },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::ingest;
    use NumberKind::*;

    /// Runs `f` on the first number of `text` that is read as one.
    fn with_first_number<R>(text: &str, f: impl FnOnce(&Candidate) -> R) -> R {
        let doc = ingest("t", text);
        let s = &doc.sentences[0];
        let scan = Scan::new(&doc.text, doc.sentence_tokens(s), doc.sentence_folded(s));
        let (at, parsed) = (0..scan.tokens.len()).find_map(|i| number_at(&scan, i).map(|p| (i, p))).expect(text);
        f(&Candidate::new(&scan, at, &parsed, 0))
    }

    fn rule(name: &str) -> &'static Rule {
        RULES.iter().find(|r| r.name == name).unwrap_or_else(|| panic!("no rule {name}"))
    }

    /// What a rule reads in `text`: (span, kind, unit), or None if it passes.
    fn reading(name: &str, text: &str) -> Option<(String, NumberKind, Option<String>)> {
        let q = with_first_number(text, |c| (rule(name).read)(c))?;
        Some((text[q.start..q.end].to_string(), q.kind, q.unit))
    }

    /// A rule's examples: texts it reads, as (text, span, kind, unit or ""), and texts it passes on.
    struct Examples {
        rule: &'static str,
        reads: &'static [(&'static str, &'static str, NumberKind, &'static str)],
        passes: &'static [&'static str],
    }

    const EXAMPLES: &[Examples] = &[
        Examples {
            rule: "money after a sign",
            reads: &[
                ("It cost $5 million.", "$5 million", Money, "USD"),
                ("It cost US$3.", "US$3", Money, "USD"),
                ("It cost HK$10.", "HK$10", Money, "HKD"),
                ("a \u{20AC}1.1bn deal", "\u{20AC}1.1bn", Money, "EUR"),
                ("It cost EUR1.1 billion.", "EUR1.1 billion", Money, "EUR"),
                ("Rs 500 each", "Rs 500", Money, "INR"),
            ],
            passes: &["5 million dollars", "It rose 5 points."],
        },
        Examples {
            rule: "money before a currency word",
            reads: &[
                ("1.1 billion euros in sales", "1.1 billion euros", Money, "EUR"),
                ("40 million zlotys", "40 million zlotys", Money, "PLN"),
            ],
            passes: &["It cost $5 million.", "5 people"],
        },
        Examples {
            rule: "percent",
            reads: &[
                ("up 4.5% overall", "4.5%", Percent, "percent"),
                ("up 12 per cent", "12 per cent", Percent, "percent"),
                ("up 12 percent", "12 percent", Percent, "percent"),
                // A share given as a range is one share (written with the rule; mine).
                ("won between 58.1% and 60.2% of the vote", "between 58.1% and 60.2%", Percent, "percent"),
                ("won 58.1% to 60.2% of the vote", "58.1% to 60.2%", Percent, "percent"),
            ],
            passes: &["12 per day", "12 people"],
        },
        Examples {
            rule: "age",
            reads: &[
                ("a 23-year-old man", "23-year-old", Age, "years"),
                ("He is 23 years old.", "23 years old", Age, "years"),
            ],
            passes: &["23 years ago", "a 23-kilometre walk"],
        },
        Examples {
            rule: "age in apposition",
            reads: &[("Graham Whitfield, 63, was convicted", "63", Age, "years")],
            passes: &["In total, 63, of them", "Graham Whitfield, 163, was", "Graham Whitfield, sixty, was"],
        },
        Examples {
            rule: "aged",
            reads: &[("the men aged 28 were held", "28", Age, "years"), ("children aged 5 to 12", "5", Age, "years")],
            passes: &["aged 300 days", "he was 28", "aged well, 27 of them"],
        },
        Examples {
            rule: "hyphenated duration",
            reads: &[("an 18-month sentence", "18-month", Duration, "months")],
            passes: &["an 18-months sentence", "18 months"],
        },
        Examples {
            rule: "magnitude",
            reads: &[
                ("A magnitude 6.8 earthquake struck", "magnitude 6.8", Measure, "magnitude"),
                ("after a 6.7-magnitude earthquake", "6.7-magnitude", Measure, "magnitude"),
                ("a 5.9 magnitude quake hit", "5.9 magnitude", Measure, "magnitude"),
                // Written with the rule: the other ways news gives a quake's magnitude.
                ("It had a magnitude of 7.1.", "magnitude of 7.1", Measure, "magnitude"),
                ("a 5.9 quake hit", "5.9", Measure, "magnitude"),
                ("It registered 7.1 on the Richter scale.", "7.1", Measure, "magnitude"),
                ("The tremor, measuring 6.4, hit at dawn.", "6.4", Measure, "magnitude"),
            ],
            passes: &["the 2015 quake hit", "a 12.5 quake", "The river measured 4.5 metres.", "measuring 6.4"],
        },
        Examples {
            rule: "measure",
            reads: &[
                ("at a depth of 10 km below", "10 km", Measure, "km"),
                ("winds of 120 km/h", "120 km/h", Measure, "km/h"),
                ("600 square kilometres", "600 square kilometres", Measure, "square km"),
                ("on the 80-metre section", "80-metre", Measure, "metres"),
            ],
            passes: &["10 people", "a grant of 5 m"],
        },
        Examples {
            rule: "range",
            reads: &[
                ("from 10 to 30 kilometers away", "10 to 30 kilometers", Range, "km"),
                ("between 10 and 30 people died", "between 10 and 30 people", Range, "people"),
                ("10-30 drones", "10-30 drones", Range, "drones"),
                ("won between 58.1 and 60.2 percent", "between 58.1 and 60.2 percent", Percent, "percent"),
                ("won 26.6-28.8 percent", "26.6-28.8 percent", Percent, "percent"),
            ],
            passes: &["from 30 to 10 kilometres", "from 2022 to 2025", "10 and 30 people"],
        },
        Examples {
            rule: "duration",
            reads: &[
                ("three weeks after the summit", "three weeks", Duration, "weeks"),
                ("It lasted two and a half hours.", "two and a half hours", Duration, "hours"),
            ],
            passes: &["three people", "3 %"],
        },
        Examples {
            rule: "year",
            reads: &[
                ("a full-scale invasion in 2022, from", "2022", Year, ""),
                ("for the 2022 invasion", "2022", Year, ""),
            ],
            passes: &["2025 protesters marched", "in 1700 they", "12,022 people"],
        },
    ];

    #[test]
    fn every_rule_reads_its_examples_and_passes_on_others() {
        for &Examples { rule: name, reads, passes } in EXAMPLES {
            for &(text, span, kind, unit) in reads {
                let unit = (!unit.is_empty()).then(|| unit.to_string());
                assert_eq!(reading(name, text), Some((span.to_string(), kind, unit)), "{name}: {text}");
            }
            for &text in passes {
                assert_eq!(reading(name, text), None, "{name} passes on: {text}");
            }
        }
        let tested: Vec<&str> = EXAMPLES.iter().map(|e| e.rule).collect();
        assert_eq!(tested, RULES.iter().map(|r| r.name).collect::<Vec<_>>(), "every rule has examples, in order");
    }

    /// The first rule that reads the first number of `text`, or "count".
    fn deciding_rule(text: &str) -> &'static str {
        with_first_number(text, |c| RULES.iter().find(|r| (r.read)(c).is_some()).map_or("count", |r| r.name))
    }

    #[test]
    fn earlier_rules_win() {
        let table = [
            // A sign before and a currency word after: the sign decides.
            ("It cost $5 million dollars.", "money after a sign"),
            // "23-year-old" also has a time unit after a hyphen.
            ("a 23-year-old man", "age"),
            // "10 to 30 hours" is a range before it is a duration.
            ("from 10 to 30 hours", "range"),
            // "2025 protesters" is not a year.
            ("2025 protesters marched", "count"),
            ("It killed 23 people.", "count"),
        ];
        for (text, expected) in table {
            assert_eq!(deciding_rule(text), expected, "{text}");
        }
    }

    #[test]
    fn a_count_takes_the_noun_after_it_and_is_less_sure_without_one() {
        let q = with_first_number("It killed 23 people.", count);
        assert_eq!(
            (q.unit.as_deref(), q.unit_text.as_deref(), q.confidence),
            (Some("people"), Some("people"), Confidence::High)
        );
        let q = with_first_number("They said 23 were.", count);
        assert_eq!((q.unit, q.confidence), (None, Confidence::Medium));
    }
}
