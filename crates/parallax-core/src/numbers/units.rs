//! What a number counts or measures: currencies, units of measurement and time, and the counted
//! noun after a count ("26 countries", "84 of which"). The word lists are data files in `data/`.

use std::sync::OnceLock;

use super::scan::Scan;
use crate::hash::{FastMap, FastSet};
use crate::lexicon;
use crate::lists::WordList;
use crate::text::TokenKind;
use crate::words;

static MEASURE_UNITS: WordList =
    WordList::new("measure-units.txt", include_str!(concat!(env!("OUT_DIR"), "/data/measure-units.txt")));
static AREA_UNITS: WordList =
    WordList::new("area-units.txt", include_str!(concat!(env!("OUT_DIR"), "/data/area-units.txt")));
static CURRENCIES: WordList =
    WordList::new("currencies.txt", include_str!(concat!(env!("OUT_DIR"), "/data/currencies.txt")));
static CURRENCY_SYMBOLS: WordList =
    WordList::new("currency-symbols.txt", include_str!(concat!(env!("OUT_DIR"), "/data/currency-symbols.txt")));
static DOLLAR_PREFIXES: WordList =
    WordList::new("dollar-prefixes.txt", include_str!(concat!(env!("OUT_DIR"), "/data/dollar-prefixes.txt")));
static TIME_UNITS: WordList =
    WordList::new("time-units.txt", include_str!(concat!(env!("OUT_DIR"), "/data/time-units.txt")));
static NOUN_PHRASE_ENDS: WordList =
    WordList::new("noun-phrase-ends.txt", include_str!(concat!(env!("OUT_DIR"), "/data/noun-phrase-ends.txt")));
static PARTITIVE_PRONOUNS: WordList =
    WordList::new("partitive-pronouns.txt", include_str!(concat!(env!("OUT_DIR"), "/data/partitive-pronouns.txt")));
static PARTITIVE_DETERMINERS: WordList = WordList::new(
    "partitive-determiners.txt",
    include_str!(concat!(env!("OUT_DIR"), "/data/partitive-determiners.txt")),
);
static COUNTABLE_STOP_WORDS: WordList =
    WordList::new("countable-stop-words.txt", include_str!(concat!(env!("OUT_DIR"), "/data/countable-stop-words.txt")));

/// A list of rows read as a map from each written form to the row's first field (a code or the
/// form reported), built on first use so that a lookup is one hash.
struct FormMap {
    list: &'static WordList,
    /// Whether the first field is itself a form (a unit's reported form) or only the value (a
    /// currency code, which is not how the currency is written after an amount).
    first_is_a_form: bool,
    map: OnceLock<FastMap<&'static str, &'static str>>,
}

impl FormMap {
    const fn new(list: &'static WordList, first_is_a_form: bool) -> Self {
        FormMap { list, first_is_a_form, map: OnceLock::new() }
    }

    fn get(&self, form: &str) -> Option<&'static str> {
        let map = self.map.get_or_init(|| {
            let mut map = FastMap::default();
            for row in self.list.rows() {
                let forms = if self.first_is_a_form { &row[..] } else { &row[1..] };
                for &form in forms {
                    // The first row that holds a form wins, as in a search from the top.
                    map.entry(form).or_insert(row[0]);
                }
            }
            map
        });
        map.get(form).copied()
    }
}

static MEASURE_FORMS: FormMap = FormMap::new(&MEASURE_UNITS, true);
static CURRENCY_WORDS: FormMap = FormMap::new(&CURRENCIES, false);
static CURRENCY_SIGNS: FormMap = FormMap::new(&CURRENCY_SYMBOLS, false);
static DOLLAR_LETTERS: FormMap = FormMap::new(&DOLLAR_PREFIXES, false);

/// Currency words written after the amount ("euros", "zlotys"): the ISO code.
pub(super) fn currency_word(folded: &str) -> Option<&'static str> {
    CURRENCY_WORDS.get(folded.trim_end_matches('s'))
}

/// Currency symbols written before the amount ("$", "€"): the ISO code.
pub(super) fn currency_symbol(s: &str) -> Option<&'static str> {
    CURRENCY_SIGNS.get(s)
}

/// Letters glued before a "$" ("US", "HK"): the ISO code of that dollar.
pub(super) fn dollar_prefix(s: &str) -> Option<&'static str> {
    DOLLAR_LETTERS.get(s)
}

/// Is the folded word a unit of measurement ("km", "gw", "tonnes")?
pub fn is_measure_unit(folded: &str) -> bool {
    MEASURE_FORMS.get(folded).is_some()
}

/// The unit of measurement starting at token `j`, and the token after it: "km", "km/h",
/// "square kilometres", "cubic metres", "°C".
pub(super) fn measure_unit(scan: &Scan, j: usize) -> Option<(String, usize)> {
    // "°C", "°F"
    if scan.t(j) == "\u{00B0}" && matches!(scan.t(j + 1), "C" | "F") && scan.adjacent(j, j + 1) {
        return Some(("degrees".into(), j + 2));
    }
    if scan.kind(j) != Some(TokenKind::Word) {
        return None;
    }
    // "square kilometres", "sq km"
    if matches!(scan.f(j), "square" | "sq") {
        let unit = MEASURE_FORMS.get(scan.f(j + 1)).filter(|u| AREA_UNITS.contains(u))?;
        return Some((format!("square {unit}"), j + 2));
    }
    // "18 million cubic metres", "282 million cubic feet"
    if scan.f(j) == "cubic" {
        let unit = MEASURE_FORMS.get(scan.f(j + 1)).filter(|u| matches!(*u, "metres" | "feet" | "yards"))?;
        return Some((format!("cubic {unit}"), j + 2));
    }
    let unit = MEASURE_FORMS.get(scan.f(j))?;
    // "km/h"
    if unit == "km" && scan.t(j + 1) == "/" && scan.f(j + 2) == "h" && scan.adjacent(j, j + 1) {
        return Some(("km/h".into(), j + 3));
    }
    // "33 meters per second": a speed, which no class here measures.
    if matches!(scan.f(j + 1), "per" | "a") && scan.f(j + 2) == "second" {
        return Some((format!("{unit}/s"), j + 3));
    }
    // "198 kilometres per hour", "40 miles an hour": a speed, not a distance.
    if matches!(scan.f(j + 1), "per" | "an") && scan.f(j + 2) == "hour" {
        let speed = match unit {
            "km" => "km/h",
            "miles" => "mph",
            _ => return Some((unit.to_string(), j + 1)),
        };
        return Some((speed.into(), j + 3));
    }
    Some((unit.to_string(), j + 1))
}

/// The units of time of `time-units.txt`, and those that also make ages and one-word durations.
struct TimeUnits {
    all: FastSet<&'static str>,
    ages: Vec<&'static str>,
    compounds: FastSet<&'static str>,
}

fn time_units() -> &'static TimeUnits {
    static UNITS: OnceLock<TimeUnits> = OnceLock::new();
    UNITS.get_or_init(|| {
        let mut units = TimeUnits { all: FastSet::default(), ages: Vec::new(), compounds: FastSet::default() };
        for row in TIME_UNITS.rows() {
            units.all.insert(row[0]);
            if row[1..].contains(&"age") {
                units.ages.push(row[0]);
            }
            if row[1..].contains(&"compound") {
                units.compounds.insert(row[0]);
            }
        }
        units
    })
}

/// The unit of time a word names, singular: "weeks" -> "week".
pub(super) fn time_unit(folded: &str) -> Option<&'static str> {
    time_units().all.get(words::lemma(folded).as_str()).copied()
}

/// The units an age is counted in ("year" of "two-year-old"), singular.
pub(super) fn age_units() -> &'static [&'static str] {
    &time_units().ages
}

/// The unit of an age's unit word, singular or plural ("years" of "six-years-old").
pub(super) fn age_unit(word: &str) -> Option<&'static str> {
    let singular = word.trim_end_matches('s');
    age_units().iter().copied().find(|u| *u == singular)
}

/// The unit of a one-word duration's unit word ("year" of "a seven-year sentence").
pub(super) fn compound_duration_unit(word: &str) -> Option<&'static str> {
    time_units().compounds.get(word).copied()
}

/// Words that end the noun phrase after a number without being the counted noun.
fn ends_noun_phrase(folded: &str) -> bool {
    NOUN_PHRASE_ENDS.contains(folded)
}

/// The counted noun after position `j`: (canonical unit, as written, one past its token).
pub(super) fn unit_after(scan: &Scan, j: usize) -> Option<(String, String, usize)> {
    let mut k = skip_partitive(scan, j)?;
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
        if words::is_stop_word(f) && !COUNTABLE_STOP_WORDS.contains(f) {
            break;
        }
        if words::looks_plural(f) {
            return Some(counted(scan, k));
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
    Some(counted(scan, n))
}

/// The counted noun at token `k`: (its unit group in the plural, as written, the token after).
fn counted(scan: &Scan, k: usize) -> (String, String, usize) {
    let lemma = words::lemma(scan.f(k));
    (words::plural(words::unit_group(&lemma)), scan.t(k).to_string(), k + 1)
}

/// Where the counted noun may start after a number ending at `j`: past "of", a determiner and a
/// possessive ("26 of Ukraine's allies", "79 of the 230 seats"). None when "of" is followed by a
/// pronoun ("84 of which"): the caller carries the previous unit over.
fn skip_partitive(scan: &Scan, j: usize) -> Option<usize> {
    let mut k = j;
    if scan.f(k) != "of" {
        return Some(k);
    }
    k += 1;
    if PARTITIVE_PRONOUNS.contains(scan.f(k)) {
        return None;
    }
    if PARTITIVE_DETERMINERS.contains(scan.f(k)) {
        k += 1;
    }
    if scan.f(k).ends_with("'s") {
        k += 1;
    }
    // "79 of the 230 seats": the whole is counted in the same unit.
    if scan.kind(k) == Some(TokenKind::Number) && k > j + 1 {
        k += 1;
    }
    Some(k)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::ingest;

    fn with_scan<R>(text: &str, read: impl FnOnce(&Scan) -> R) -> R {
        let doc = ingest("t", text);
        let s = &doc.sentences[0];
        read(&Scan::new(&doc.text, doc.sentence_tokens(s), doc.sentence_folded(s)))
    }

    #[test]
    fn lookups_read_the_lists() {
        assert_eq!(currency_word("euros"), Some("EUR"));
        assert_eq!(currency_word("zlotys"), Some("PLN"));
        assert_eq!(currency_word("eur"), None, "a code is not a currency word");
        assert_eq!(currency_symbol("\u{20AC}"), Some("EUR"));
        assert_eq!(currency_symbol("USD"), None);
        assert_eq!((dollar_prefix("HK"), dollar_prefix("USD")), (Some("HKD"), None));
        assert!(is_measure_unit("km") && is_measure_unit("gw") && is_measure_unit("MW"));
        assert!(!is_measure_unit("m"), "a bare m is millions as often as metres");
        assert_eq!(time_unit("fortnights"), Some("fortnight"));
        assert_eq!((age_unit("years"), age_unit("decade")), (Some("year"), None));
        assert_eq!((compound_duration_unit("hour"), compound_duration_unit("second")), (Some("hour"), None));
    }

    #[test]
    fn measure_units_in_every_form() {
        let table = [
            ("10 km below", Some(("km", 2))),
            ("140 kilometres away", Some(("km", 2))),
            ("120 km/h winds", Some(("km/h", 4))),
            ("198 kilometres per hour gusts", Some(("km/h", 4))),
            ("33 meters per second near its centre", Some(("metres/s", 4))),
            ("40 miles an hour", Some(("mph", 4))),
            ("40 miles away", Some(("miles", 2))),
            ("460 yards deep", Some(("yards", 2))),
            ("600 square kilometres", Some(("square km", 3))),
            ("600 square tonnes", None),
            ("18 cubic metres of earth", Some(("cubic metres", 3))),
            ("282 cubic feet", Some(("cubic feet", 3))),
            ("41\u{00B0}C on Monday", Some(("degrees", 3))),
            ("1,200 MW plant", Some(("MW", 2))),
            ("5 people", None),
        ];
        for (text, expected) in table {
            let found = with_scan(text, |scan| measure_unit(scan, 1));
            assert_eq!(found.as_ref().map(|(u, e)| (u.as_str(), *e)), expected, "{text}");
        }
    }

    #[test]
    fn the_counted_noun_after_a_number() {
        let table = [
            ("26 countries have pledged", Some("countries")),
            ("30 European nations", Some("countries")),
            ("26 of Ukraine's allies", Some("allies")),
            ("79 of the 230 seats", Some("seats")),
            ("84 of which were", None),
            ("1 drone fell", Some("drones")),
            ("5 were killed", None),
            ("3 years", Some("years")),
        ];
        for (text, expected) in table {
            let found = with_scan(text, |scan| unit_after(scan, 1));
            assert_eq!(found.as_ref().map(|u| u.0.as_str()), expected, "{text}");
        }
    }
}
