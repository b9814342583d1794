//! The public JSON shape of an analysis, as the command prints it and the app exports it.
//!
//! Internal types keep ranges and indices; this view adds the texts a reader needs and uses
//! document ids instead of positions, so the JSON stands on its own. One module per section,
//! each with its report types and the builder that fills them; `summary` is the text view.

mod claims;
mod documents;
mod entities;
mod numbers;
mod quotes;
mod summary;
mod topics;

use serde::Serialize;

use crate::{Analysis, Diagnostic};

pub use claims::{
    ClaimReport, ClaimSentenceReport, ConflictReport, ConflictValueReport, FigureReport, FigureValueReport,
};
pub use documents::{DocumentReport, SentenceReport};
pub use entities::{EntityReport, MentionReport};
pub use numbers::{NumberReport, ValueReport};
pub use quotes::{QuoteOccurrenceReport, QuoteReport};
pub use summary::summary;
pub use topics::{SentenceRefReport, TopicReport};

#[derive(Debug, Serialize)]
pub struct Report<'a> {
    pub documents: Vec<DocumentReport<'a>>,
    pub entities: Vec<EntityReport<'a>>,
    pub numbers: Vec<NumberReport<'a>>,
    pub claims: Vec<ClaimReport<'a>>,
    pub quotes: Vec<QuoteReport<'a>>,
    pub topics: Vec<TopicReport<'a>>,
    pub diagnostics: &'a [Diagnostic],
}

/// The report view of an analysis: each section from its builder, in the order of the JSON.
pub fn report(analysis: &Analysis) -> Report<'_> {
    let a = analysis;
    Report {
        documents: a.documents.iter().map(documents::document).collect(),
        entities: a.entities.iter().map(|e| entities::entity(a, e)).collect(),
        numbers: a
            .documents
            .iter()
            .zip(&a.numbers)
            .flat_map(|(d, qs)| qs.iter().map(move |q| numbers::number(d, q)))
            .collect(),
        claims: a.claims.iter().map(|c| claims::claim(a, c)).collect(),
        quotes: a.quotes.iter().map(|q| quotes::quote(a, q)).collect(),
        topics: a.topics.iter().map(|t| topics::topic(a, t)).collect(),
        diagnostics: &a.diagnostics,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{analyze, Source};

    fn sample() -> Analysis {
        analyze(&[
            Source::new(
                "a",
                "Russia fired 112 drones at Kyiv on Monday. \"We will not give up the fight,\" Oleksandr Horodetsky said.",
            ),
            Source::new(
                "b",
                "Russia fired 84 drones at Kyiv on Monday. \"We will not give up the fight,\" Horodetsky told reporters.",
            ),
        ])
    }

    #[test]
    fn sections_come_in_order_and_name_documents_by_id() {
        let analysis = sample();
        let text = serde_json::to_string(&report(&analysis)).expect("JSON");
        let sections = ["documents", "entities", "numbers", "claims", "quotes", "topics", "diagnostics"];
        let at: Vec<usize> = sections.iter().map(|s| text.find(&format!("\"{s}\":")).expect(s)).collect();
        assert!(at.windows(2).all(|w| w[0] < w[1]), "sections in order: {at:?}");
        let json: serde_json::Value = serde_json::from_str(&text).expect("JSON");
        let docs_named = |section: &str| json[section].to_string().contains("\"doc\":\"a\"");
        for section in ["entities", "numbers", "quotes", "topics"] {
            assert!(docs_named(section), "{section} names documents by id: {}", json[section]);
        }
    }

    #[test]
    fn each_builder_adds_the_texts_a_reader_needs() {
        let analysis = sample();
        let report = report(&analysis);
        let doc = &report.documents[0];
        assert_eq!((doc.id, doc.sentences[0].text), ("a", "Russia fired 112 drones at Kyiv on Monday."));
        assert!(report.entities.iter().flat_map(|e| &e.mentions).any(|m| m.text == "Kyiv"));
        let drones = report.numbers.iter().find(|n| n.text == "112").expect("112 drones");
        assert_eq!((drones.doc, drones.unit), ("a", Some("drones")));
        assert!(matches!(drones.value, ValueReport::Number(v) if v == 112.0));
        let quote = &report.quotes[0];
        assert_eq!(quote.occurrences.iter().map(|o| o.doc).collect::<Vec<_>>(), ["a", "b"]);
        let json = serde_json::to_string(&report.documents[0]).expect("JSON");
        assert!(!json.contains("\"url\""), "no url, no field: {json}");
    }

    #[test]
    fn values_are_plain_numbers_or_text() {
        let number = crate::numbers::Value::Number(2.5);
        let date = crate::numbers::Value::Text("2025-09-04".into());
        assert_eq!(serde_json::to_string(&ValueReport::from(&number)).ok().as_deref(), Some("2.5"));
        assert_eq!(serde_json::to_string(&ValueReport::from(&date)).ok().as_deref(), Some("\"2025-09-04\""));
    }
}
