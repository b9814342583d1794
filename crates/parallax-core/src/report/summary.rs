//! The short human summary of an analysis, for the command's `--format text`: one section per
//! part of the analysis, in a fixed order.

use crate::order::SortedSet;
use std::fmt::Write;

use crate::claims::Status;
use crate::text::truncate_words;
use crate::Analysis;

/// A short human summary of an analysis, for the command's `--format text`.
pub fn summary(analysis: &Analysis) -> String {
    let mut out = String::new();
    documents(&mut out, analysis);
    claims(&mut out, analysis);
    entities(&mut out, analysis);
    topics(&mut out, analysis);
    quotes(&mut out, analysis);
    numbers(&mut out, analysis);
    diagnostics(&mut out, analysis);
    out
}

// Writing to a String cannot fail, so the `fmt::Result`s below are dropped.

/// The id of document `d`.
fn id(analysis: &Analysis, d: usize) -> &str {
    analysis.documents[d].id.as_str()
}

fn documents(out: &mut String, analysis: &Analysis) {
    let docs = &analysis.documents;
    let _ = writeln!(out, "{} documents", docs.len());
    for d in docs {
        let furniture = d.sentences.iter().filter(|s| s.furniture()).count();
        let _ = writeln!(
            out,
            "  {}  {}  {} words, {} sentences ({} furniture){}\n      {}",
            d.id,
            d.date.as_deref().unwrap_or("no date"),
            d.words,
            d.sentences.len(),
            furniture,
            d.outlet.as_deref().map(|o| format!(", outlet {o}")).unwrap_or_default(),
            d.label
        );
    }
}

/// The counts by status, then every claim more than one source makes with its conflicts and
/// sentences.
fn claims(out: &mut String, analysis: &Analysis) {
    let count = |s: Status| analysis.claims.iter().filter(|c| c.status == s).count();
    let _ = writeln!(
        out,
        "\n{} claims: {} disagreement, {} agreement, {} single-source",
        analysis.claims.len(),
        count(Status::Disagreement),
        count(Status::Agreement),
        count(Status::SingleSource)
    );
    let ids = |docs: &[usize]| docs.iter().map(|&d| id(analysis, d)).collect::<Vec<_>>().join(", ");
    for c in analysis.claims.iter().filter(|c| c.status != Status::SingleSource) {
        let _ = writeln!(out, "  {} {} [{}] {}", c.id, c.status.label(), ids(&c.docs), c.explanation);
        for k in &c.conflicts {
            for v in &k.values {
                let _ = writeln!(out, "      {}: {} <- {}", k.what, v.value, ids(&v.docs));
            }
        }
        for &(d, s) in &c.sentences {
            let doc = &analysis.documents[d];
            let text = doc.sentence_text(&doc.sentences[s]);
            let _ = writeln!(out, "      {} #{}: {}", id(analysis, d), s, truncate_words(text, 110));
        }
    }
}

fn entities(out: &mut String, analysis: &Analysis) {
    let _ = writeln!(out, "\n{} entities", analysis.entities.len());
    for e in &analysis.entities {
        let sources = crate::order::distinct(e.mentions.iter().map(|m| m.doc));
        let mut names: Vec<&str> = e.aliases.iter().map(String::as_str).collect();
        names.extend(e.demonyms.iter().map(String::as_str));
        let aka = if names.is_empty() { String::new() } else { format!(" (also: {})", names.join(", ")) };
        let (mentions, sources) = (e.mentions.len(), sources.len());
        let _ = writeln!(out, "  {:?} {}{} - {} mentions in {} sources", e.kind, e.name, aka, mentions, sources);
    }
}

fn topics(out: &mut String, analysis: &Analysis) {
    let _ = writeln!(out, "\n{} topics", analysis.topics.len());
    for t in &analysis.topics {
        let _ = writeln!(out, "  {} {} - {} sentences; {}", t.id, t.label, t.sentences.len(), t.keywords.join(", "));
    }
}

fn quotes(out: &mut String, analysis: &Analysis) {
    let _ = writeln!(out, "\n{} quotes", analysis.quotes.len());
    for q in &analysis.quotes {
        let sources: SortedSet<&str> = q.occurrences.iter().map(|o| id(analysis, o.doc)).collect();
        let _ = writeln!(
            out,
            "  {}: \"{}\" [{}]{}",
            q.speaker.as_deref().unwrap_or("(no speaker)"),
            truncate_words(&q.text, 90),
            sources.into_iter().collect::<Vec<_>>().join(", "),
            if q.attribution_differs { " ATTRIBUTION DIFFERS" } else { "" }
        );
    }
}

fn numbers(out: &mut String, analysis: &Analysis) {
    let total: usize = analysis.numbers.iter().map(Vec::len).sum();
    let _ = writeln!(out, "\n{total} numbers");
    for (d, qs) in analysis.numbers.iter().enumerate() {
        for q in qs {
            let _ = writeln!(
                out,
                "  {} #{} {:?} {:?} = {} {} ({:?})",
                id(analysis, d),
                q.sentence,
                &analysis.documents[d].text[q.start..q.end],
                q.kind,
                q.value.display(),
                q.unit.as_deref().unwrap_or("-"),
                q.confidence
            );
        }
    }
}

fn diagnostics(out: &mut String, analysis: &Analysis) {
    for diag in &analysis.diagnostics {
        let doc = diag.doc.as_deref().map(|d| format!("{d}: ")).unwrap_or_default();
        let _ = writeln!(out, "{:?}: {}{}", diag.severity, doc, diag.message);
    }
}
