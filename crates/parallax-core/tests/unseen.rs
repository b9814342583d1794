//! Stories the engine was not built on: made-up reports of an earthquake and of a takeover,
//! three outlets each, written to test what the seed corpus does not have (magnitudes,
//! distances, other currencies, company names, datelines). Each test names what a careful
//! reader would flag, and what they would not.

use std::path::Path;

use parallax_core::{analyze, Analysis};

mod common;

fn story(name: &str) -> Analysis {
    analyze(&common::sources_in(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)))
}

/// Each disagreement as (what, values).
fn disagreements(a: &Analysis) -> Vec<(String, Vec<String>)> {
    a.claims
        .iter()
        .flat_map(|c| &c.conflicts)
        .map(|k| (k.what.clone(), k.values.iter().map(|v| v.value.clone()).collect()))
        .collect()
}

fn entity_names(a: &Analysis) -> Vec<String> {
    a.entities.iter().map(|e| e.name.clone()).collect()
}

#[test]
fn the_quake_reports_disagree_on_magnitude_and_toll_only() {
    let a = story("quake");
    let mut got = disagreements(&a);
    got.sort();
    assert_eq!(
        got,
        vec![
            // Figures (values as written, hedges kept): one report's "at least 41" and "41"
            // against another's "at least 43".
            ("dead".to_string(), vec!["at least 41".to_string(), "41".to_string(), "At least 43".to_string()]),
            ("magnitude".to_string(), vec!["magnitude 6.8".to_string(), "6.7-magnitude".to_string()]),
        ],
        "a depth in km and a distance in km are different things; 112 buildings agree"
    );
    let names = entity_names(&a);
    for name in ["Ali Yerlikaya", "Recep Tayyip Erdogan", "Turkey", "Elbistan", "Red Crescent"] {
        assert!(names.iter().any(|n| n == name), "{name} in {names:?}");
    }
    for not_a_name in ["GMT", "Rescuers", "Disaster", "TL"] {
        assert!(!names.iter().any(|n| n == not_a_name), "{not_a_name} in {names:?}");
    }
    let erdogan = a.entities.iter().find(|e| e.name == "Recep Tayyip Erdogan").unwrap();
    assert!(erdogan.aliases.iter().any(|x| x == "Erdoğan"), "spellings with and without accents merge");
    // Money in lira, written two ways, is one value.
    let lira: Vec<_> = a.numbers.iter().flatten().filter(|q| q.unit.as_deref() == Some("TRY")).collect();
    assert_eq!(lira.len(), 3, "5 billion lira, TL5bn, 5 billion lira");
    assert!(lira.iter().all(|q| q.value.as_number() == Some(5e9)));
}

#[test]
fn the_takeover_reports_disagree_on_the_premium_not_on_prices_in_other_currencies() {
    let a = story("takeover");
    assert_eq!(
        disagreements(&a),
        vec![("percent premium".to_string(), vec!["25".to_string(), "28".to_string()])],
        "$2.4 billion and €2.2bn are the same deal in two currencies; 4.1% and 'more than 4 per cent' agree"
    );
    let names = entity_names(&a);
    let nordvik = a.entities.iter().find(|e| e.name == "Nordvik Energy").expect("Nordvik Energy");
    assert!(nordvik.aliases.iter().any(|x| x == "Nordvik"), "the short name merges");
    assert!(names.iter().any(|n| n == "Baltic Wind"), "a company named after a region: {names:?}");
    assert!(names.iter().any(|n| n == "Ingrid Solberg"), "{names:?}");
    assert_eq!(a.documents.iter().find(|d| d.id == "wire").unwrap().outlet.as_deref(), Some("Reuters"));
}

#[test]
fn the_election_reports_disagree_on_who_said_it_and_a_surname_is_not_a_country() {
    let a = story("election");
    let got = disagreements(&a);
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].0.starts_with("who said \"The Portuguese people have spoken"), "{got:?}");
    assert_eq!(got[0].1, vec!["Andre Ventura".to_string(), "Pedro Nuno Santos".to_string()]);
    let montenegro = a.entities.iter().find(|e| e.name.ends_with("Montenegro")).expect("Montenegro");
    assert_eq!(montenegro.kind, parallax_core::entities::EntityKind::Person, "Luis Montenegro, not the country");
    assert_eq!(montenegro.mentions.len(), 6, "every 'Montenegro', 'Mr Montenegro' and 'Luís Montenegro'");
    assert!(!a
        .entities
        .iter()
        .any(|e| e.kind == parallax_core::entities::EntityKind::Country && e.name == "Montenegro"));
    // "79 of the 230 seats" counts seats.
    let seats: Vec<f64> = a
        .numbers
        .iter()
        .flatten()
        .filter(|q| q.unit.as_deref() == Some("seats"))
        .filter_map(|q| q.value.as_number())
        .collect();
    assert!(seats.iter().filter(|&&v| v == 79.0).count() == 2, "{seats:?}");
    let speaker = a.quotes.iter().find(|q| q.text.starts_with("no is no")).map(|q| q.speaker.as_deref());
    assert_eq!(speaker, Some(Some("Luis Montenegro")));
}

#[test]
fn the_court_reports_give_ages_terms_and_money_their_values_and_names_stay_whole() {
    let a = story("court");
    let num = |doc: &str, text: &str| {
        let di = a.documents.iter().position(|d| d.id == doc).unwrap();
        let source = std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/court").join(format!("{doc}.txt")),
        )
        .unwrap();
        a.numbers[di]
            .iter()
            .find(|q| &source[q.start..q.end] == text)
            .map(|q| (q.kind, q.value.as_number(), q.unit.clone()))
            .unwrap_or_else(|| panic!("no number {text:?} in {doc}"))
    };
    use parallax_core::numbers::NumberKind::*;
    assert_eq!(num("courts", "63"), (Age, Some(63.0), Some("years".into())), "an age in apposition");
    assert_eq!(num("local", "half a million pounds"), (Money, Some(500_000.0), Some("GBP".into())));
    assert_eq!(num("national", "seven-year"), (Duration, Some(7.0), Some("years".into())));
    assert_eq!(num("local", "18-month"), (Duration, Some(18.0), Some("months".into())));
    let names = entity_names(&a);
    let whitfield = a.entities.iter().find(|e| e.name == "Graham Whitfield").expect("Graham Whitfield");
    assert_eq!(whitfield.mentions.len(), 6, "with his middle initial, surname alone and 'Mr'");
    assert!(names.iter().any(|n| n == "Ruth Adeyemi"), "police titles stripped, the force apart: {names:?}");
    assert!(names.iter().any(|n| n == "Greater Manchester Police"), "{names:?}");
    // "Detective Inspector" and "Det Insp" are the same words: the two reports of her statement agree.
    let doc = |id: &str| a.documents.iter().position(|d| d.id == id).unwrap();
    let agreed = a.claims.iter().any(|c| {
        c.status == parallax_core::claims::Status::Agreement
            && c.docs.contains(&doc("local"))
            && c.docs.contains(&doc("national"))
    });
    assert!(agreed, "the police statement is one claim in two sources");
    let riverton = a.entities.iter().find(|e| e.name == "Riverton").unwrap();
    assert_eq!(riverton.kind, parallax_core::entities::EntityKind::Place, "the mayor of a place");
}

#[test]
fn the_outbreak_reports_differ_by_one_death_and_infections_are_not_deaths() {
    let a = story("outbreak");
    assert_eq!(
        disagreements(&a),
        vec![("dead".to_string(), vec!["1,771".to_string(), "1,770".to_string()])],
        "59,000 were infected, not killed: the verb right before a number governs it"
    );
    let names = entity_names(&a);
    let tedros = a.entities.iter().find(|e| e.name.starts_with("Tedros")).expect("Tedros");
    assert_eq!(tedros.mentions.len(), 2, "'Dr Tedros' is the full name's first word, with a title: {names:?}");
    let geneva = a.entities.iter().find(|e| e.name == "GENEVA").expect("the dateline's place");
    assert_eq!(geneva.kind, parallax_core::entities::EntityKind::Place);
    assert!(!names.iter().any(|n| n == "Nov"), "an abbreviated month is not a name: {names:?}");
    assert!(a
        .entities
        .iter()
        .any(|e| e.name == "UNICEF" && e.kind == parallax_core::entities::EntityKind::Organisation));
}
