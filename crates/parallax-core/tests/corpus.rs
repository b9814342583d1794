//! Whole-corpus tests: the seed reports, analysed end to end, give what a careful reader expects.

use std::path::Path;

use parallax_core::claims::{ClaimKind, Status};
use parallax_core::entities::EntityKind;
use parallax_core::{analyze, Analysis, Source};

mod common;

fn corpus() -> Vec<Source> {
    common::seed_corpus()
}

fn analysis() -> Analysis {
    analyze(&corpus())
}

fn entity<'a>(a: &'a Analysis, name: &str) -> &'a parallax_core::entities::Entity {
    a.entities.iter().find(|e| e.name == name).unwrap_or_else(|| panic!("no entity {name}"))
}

fn docs_of(e: &parallax_core::entities::Entity) -> usize {
    e.mentions.iter().map(|m| m.doc).collect::<std::collections::BTreeSet<_>>().len()
}

#[test]
fn the_three_spellings_of_zelensky_are_one_person_in_every_source() {
    let a = analysis();
    let z: Vec<_> = a.entities.iter().filter(|e| e.name.contains("Zelensk")).collect();
    assert_eq!(z.len(), 1, "{:?}", z.iter().map(|e| &e.name).collect::<Vec<_>>());
    let z = z[0];
    assert_eq!(z.kind, EntityKind::Person);
    assert_eq!(docs_of(z), 5);
    for spelling in ["Zelensky", "Zelenskyy", "Zelenskiy"] {
        assert!(z.aliases.iter().any(|al| al.ends_with(spelling)) || z.name.ends_with(spelling), "{spelling}");
    }
}

#[test]
fn people_countries_and_bodies_are_typed_and_merged() {
    let a = analysis();
    for (name, kind) in [
        ("Emmanuel Macron", EntityKind::Person),
        ("Donald Trump", EntityKind::Person),
        ("Vladimir Putin", EntityKind::Person),
        ("Keir Starmer", EntityKind::Person),
        ("Ursula von der Leyen", EntityKind::Person),
        ("United States", EntityKind::Country),
        ("United Kingdom", EntityKind::Country),
        ("Paris", EntityKind::Place),
        ("Kharkiv region", EntityKind::Place),
        ("North Atlantic Treaty Organization", EntityKind::Organisation),
        ("European Union", EntityKind::Organisation),
        ("Coalition of the Willing", EntityKind::Group),
    ] {
        assert_eq!(entity(&a, name).kind, kind, "{name}");
    }
    let us = entity(&a, "United States");
    for alias in ["US", "U.S."] {
        assert!(us.aliases.contains(&alias.to_string()), "{alias}");
    }
    assert!(entity(&a, "Russia").demonyms.contains(&"Russian".to_string()));
    assert!(entity(&a, "Ukraine").aliases.contains(&"Uraine".to_string()), "the typo links to Ukraine");
    for not_entity in ["Despite", "Following", "Thursday", "Twenty-six", "Login", "Comments"] {
        assert!(a.entities.iter().all(|e| e.name != not_entity), "{not_entity} is not an entity");
    }
}

#[test]
fn the_coalition_size_is_a_disagreement_30_against_35() {
    let a = analysis();
    let flagged = a.claims.iter().filter(|c| c.status == Status::Disagreement).find(|c| {
        c.conflicts.iter().any(|k| {
            let values: Vec<&str> = k.values.iter().map(|v| v.value.as_str()).collect();
            values.contains(&"30") && values.contains(&"35")
        })
    });
    let claim = flagged.expect("30 vs 35 flagged");
    let conflict = claim.conflicts.iter().find(|k| k.values.iter().any(|v| v.value == "30")).unwrap();
    let docs = |v: &str| conflict.values.iter().find(|x| x.value == v).unwrap().docs.len();
    assert_eq!(docs("30"), 1);
    assert_eq!(docs("35"), 3);
    assert!(claim.explanation.contains("30") && claim.explanation.contains("35"));
}

#[test]
fn drone_counts_agree_across_three_sources() {
    let a = analysis();
    let claim = a
        .claims
        .iter()
        .find(|c| {
            c.sentences.iter().any(|&(d, s)| a.documents[d].sentence_text(&a.documents[d].sentences[s]).contains("112"))
        })
        .expect("a claim about 112 drones");
    assert_eq!(claim.status, Status::Agreement, "{claim:?}");
    assert!(claim.docs.len() >= 3);
}

#[test]
fn twenty_six_pledges_agree_and_no_spelling_is_a_disagreement() {
    let a = analysis();
    let pledged = a.claims.iter().find(|c| c.kind == ClaimKind::Quantity && c.explanation.contains("pledged"));
    assert!(pledged.is_some_and(|c| c.status == Status::Agreement && c.docs.len() >= 4));
    for c in a.claims.iter().filter(|c| c.status == Status::Disagreement) {
        for k in &c.conflicts {
            assert!(!k.what.contains("Zelensk"), "a spelling is not a disagreement: {k:?}");
        }
    }
    let disagreements = a.claims.iter().filter(|c| c.status == Status::Disagreement).count();
    assert!(disagreements <= 4, "few false alarms: {disagreements}");
}

#[test]
fn money_written_two_ways_is_one_value() {
    let a = analysis();
    let values: Vec<(String, Option<String>)> = a
        .numbers
        .iter()
        .flatten()
        .filter(|q| q.kind == parallax_core::numbers::NumberKind::Money)
        .map(|q| (q.value.display(), q.unit.clone()))
        .collect();
    assert_eq!(values, vec![("1.1 billion".to_string(), Some("EUR".to_string())); 2]);
}

#[test]
fn quotes_are_matched_across_sources_with_their_speakers() {
    let a = analysis();
    let q = a.quotes.iter().find(|q| q.text.contains("planning work will be")).expect("quote");
    assert_eq!(q.speaker.as_deref(), Some("Emmanuel Macron"));
    assert_eq!(q.occurrences.len(), 2);
    let n = a.quotes.iter().find(|q| q.text.contains("matter of necessity")).expect("quote");
    assert_eq!(n.speaker.as_deref(), Some("Volodymyr Zelenskyy"));
}

#[test]
fn every_content_sentence_has_a_topic_and_every_body_sentence_a_claim() {
    let a = analysis();
    let mut topical = std::collections::BTreeSet::new();
    for t in &a.topics {
        topical.extend(t.sentences.iter().copied());
    }
    let mut claimed = std::collections::BTreeSet::new();
    for c in &a.claims {
        claimed.extend(c.sentences.iter().copied());
    }
    for (d, doc) in a.documents.iter().enumerate() {
        for s in doc.content_sentences() {
            assert!(topical.contains(&(d, s.index)), "topic for {} #{}", doc.id, s.index);
            if s.role == parallax_core::Role::Body {
                assert!(claimed.contains(&(d, s.index)), "claim for {} #{}", doc.id, s.index);
            }
        }
    }
    assert!((4..=9).contains(&a.topics.len()), "a handful of topics: {}", a.topics.len());
}

#[test]
fn the_analysis_is_deterministic() {
    assert_eq!(analysis(), analysis());
}

/// The whole-corpus snapshot: the text summary, checked in. Set UPDATE_SNAPSHOTS=1 to rewrite it
/// after a deliberate change, then read the diff.
#[test]
fn whole_corpus_snapshot() {
    let summary = parallax_core::report::summary(&analysis());
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots/corpus-summary.txt");
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &summary).unwrap();
    }
    let expected = std::fs::read_to_string(&path).unwrap();
    assert!(expected == summary, "snapshot differs; run with UPDATE_SNAPSHOTS=1 and review the diff");
}
