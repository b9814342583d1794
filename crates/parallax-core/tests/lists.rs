//! Rules for the word lists in `data/`: each says what it is for and where its words come from,
//! and none holds a name from the seed corpus unless the name is general-purpose (a country, a
//! capital, an international body: what the gazetteer holds). Tuning a list to the five seed
//! reports is caught here rather than in review.

use std::collections::BTreeSet;
use std::path::Path;

use parallax_core::analyze;
use parallax_core::entities::EntityKind;
use parallax_core::gazetteer::gazetteer;
use parallax_core::text::fold;

mod common;

/// The names in the seed corpus that are not general-purpose: every form of every person,
/// organisation, group, event or other entity the engine finds there, folded, and each word of a
/// person's name (a given name or surname alone is still that person) — less what the
/// gazetteer knows.
fn corpus_names() -> BTreeSet<String> {
    let analysis = analyze(&common::seed_corpus());
    let mut names = BTreeSet::new();
    for e in &analysis.entities {
        if matches!(e.kind, EntityKind::Country | EntityKind::Place) {
            continue;
        }
        for form in std::iter::once(&e.name).chain(&e.aliases) {
            if gazetteer().lookup(form).is_some() {
                continue;
            }
            names.insert(fold(form));
            if e.kind == EntityKind::Person {
                // Capitalised words only: the particles of "Ursula von der Leyen" are general connectors.
                let words = form.split_whitespace().filter(|w| w.chars().next().is_some_and(char::is_uppercase));
                names.extend(words.map(fold).filter(|w| w.chars().count() > 2));
            }
        }
    }
    names
}

/// Every list file in `data/`: (file name, text).
fn list_files() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let mut files: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    files
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read_to_string(&p).unwrap()))
        .collect()
}

/// A file's entries: lines that are neither blank nor comments, split into ` | ` fields.
fn fields(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .flat_map(|l| l.split('|'))
        .map(str::trim)
}

#[test]
fn every_list_says_what_it_is_for_and_where_its_words_come_from() {
    let files = list_files();
    assert!(files.len() >= 2, "data/ holds the lists: {:?}", files.iter().map(|f| &f.0).collect::<Vec<_>>());
    for (name, text) in files {
        let header: Vec<&str> = text.lines().take_while(|l| l.starts_with('#')).collect();
        assert!(header.len() >= 2, "{name}: a header of at least two `#` lines");
        let header = header.join("\n").to_lowercase();
        assert!(header.contains("source:"), "{name}: the header names where the words come from (`Source:`)");
        assert!(fields(&text).next().is_some(), "{name}: has entries");
    }
}

/// The gazetteer is the general-purpose list of countries, capitals and international bodies:
/// the one place such names belong, so it is not checked against the corpus's names. Neither is
/// `common-words.txt`: it is generated from a general word-frequency package by
/// `scripts/make-common-words.sh`, not written by hand, and English words that are also names
/// ("mark", "will") are in it by nature; the engine uses it only where a name's own evidence is weak.
#[test]
fn no_list_holds_a_name_from_the_seed_corpus() {
    let names = corpus_names();
    assert!(names.len() > 20, "the engine finds the corpus's names: {names:?}");
    let mut found = Vec::new();
    for (name, text) in list_files().iter().filter(|(name, _)| name != "gazetteer.txt" && name != "common-words.txt") {
        for field in fields(text) {
            if names.contains(&fold(field)) {
                found.push(format!("{name}: {field}"));
            }
        }
    }
    assert!(found.is_empty(), "these list entries are names from corpus/, not general-purpose words: {found:#?}");
}
