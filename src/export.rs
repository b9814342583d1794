//! Export of the current selection as CSV and JSON: one row per sentence with its source,
//! entities, numbers and claim status; and the Key figures table (the JSON carries it beside the
//! sentences, a CSV of its own has one line per value and source). Plain functions, tested natively.
//!
//! JSON is written by hand rather than with serde_json: the format is one flat array of flat
//! objects, and serde_json would add tens of kilobytes to the wasm for it.

use parallax_core::Analysis;

use crate::key_figures;
use crate::state::State;

/// One exported sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub source: String,
    pub source_label: String,
    pub sentence: usize,
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub entities: Vec<String>,
    pub numbers: Vec<String>,
    pub claim: String,
    pub status: String,
}

pub fn rows(state: &State) -> Vec<Row> {
    let a = &state.analysis;
    let index = a.index();
    let selection = state.selection();
    let mut entities_of: std::collections::HashMap<usize, Vec<String>> = std::collections::HashMap::new();
    for e in &a.entities {
        for m in &e.mentions {
            let names = entities_of.entry(index.global(m.doc, m.sentence)).or_default();
            if !names.contains(&e.name) {
                names.push(e.name.clone());
            }
        }
    }
    selection
        .iter()
        .map(|g| {
            let (d, s) = index.local(g);
            let doc = &a.documents[d];
            let sentence = &doc.sentences[s];
            let claim = index.claim_of[g].map(|c| &a.claims[c]);
            Row {
                source: doc.id.clone(),
                source_label: doc.label.clone(),
                sentence: s,
                start: sentence.start,
                end: sentence.end,
                text: doc.sentence_text(sentence).to_string(),
                entities: entities_of.remove(&g).unwrap_or_default(),
                numbers: a.numbers[d]
                    .iter()
                    .filter(|q| q.sentence == s)
                    .map(|q| doc.text[q.start..q.end].to_string())
                    .collect(),
                claim: claim.map(|c| c.id.clone()).unwrap_or_default(),
                status: claim.map(|c| c.status.label().to_string()).unwrap_or_default(),
            }
        })
        .collect()
}

/// A CSV cell: quoted when needed, and never read as a formula by a spreadsheet.
fn cell(s: &str) -> String {
    let guarded = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{s}") } else { s.to_string() };
    if guarded.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

pub fn csv(rows: &[Row]) -> String {
    let mut out = String::from("source,source_label,sentence,start,end,text,entities,numbers,claim,status\r\n");
    for r in rows {
        let fields = [
            cell(&r.source),
            cell(&r.source_label),
            r.sentence.to_string(),
            r.start.to_string(),
            r.end.to_string(),
            cell(&r.text),
            cell(&r.entities.join("; ")),
            cell(&r.numbers.join("; ")),
            cell(&r.claim),
            cell(&r.status),
        ];
        out.push_str(&fields.join(","));
        out.push_str("\r\n");
    }
    out
}

fn json_string(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            // "<" too, so the JSON is safe to paste into HTML.
            c if (c as u32) < 0x20 || c == '<' || c == '\u{2028}' || c == '\u{2029}' => {
                out.push_str(&format!("\\u{:04x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// The selection's sentences and the corpus's key figures, as one object:
/// `{"sentences": [...], "key_figures": [...]}`.
pub fn json(rows: &[Row], figures: &[FigureRow]) -> String {
    let mut out = String::from("{\"sentences\":[\n");
    for (i, r) in rows.iter().enumerate() {
        out.push_str("  {\"source\":");
        json_string(&r.source, &mut out);
        out.push_str(",\"source_label\":");
        json_string(&r.source_label, &mut out);
        out.push_str(&format!(",\"sentence\":{},\"start\":{},\"end\":{},\"text\":", r.sentence, r.start, r.end));
        json_string(&r.text, &mut out);
        for (name, list) in [("entities", &r.entities), ("numbers", &r.numbers)] {
            out.push_str(&format!(",\"{name}\":["));
            for (j, e) in list.iter().enumerate() {
                if j > 0 {
                    out.push(',');
                }
                json_string(e, &mut out);
            }
            out.push(']');
        }
        out.push_str(",\"claim\":");
        json_string(&r.claim, &mut out);
        out.push_str(",\"status\":");
        json_string(&r.status, &mut out);
        out.push('}');
        if i + 1 < rows.len() {
            out.push(',');
        }
        out.push('\n');
    }
    out.push_str("],\n\"key_figures\":[\n");
    for (i, f) in figures.iter().enumerate() {
        out.push_str("  {\"claim\":");
        json_string(&f.claim, &mut out);
        out.push_str(",\"what\":");
        json_string(&f.what, &mut out);
        out.push_str(",\"class\":");
        json_string(&f.class, &mut out);
        out.push_str(",\"nature\":");
        json_string(f.nature, &mut out);
        out.push_str(",\"values\":[");
        for (j, v) in f.values.iter().enumerate() {
            if j > 0 {
                out.push(',');
            }
            out.push_str("{\"source\":");
            json_string(&v.source, &mut out);
            out.push_str(",\"date\":");
            match &v.date {
                Some(date) => json_string(date, &mut out),
                None => out.push_str("null"),
            }
            out.push_str(",\"value\":");
            json_string(&v.value, &mut out);
            out.push('}');
        }
        out.push_str("]}");
        if i + 1 < figures.len() {
            out.push(',');
        }
        out.push('\n');
    }
    out.push_str("]}");
    out
}

/// One row of the Key figures table, for export: the figure and each source's value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FigureRow {
    pub claim: String,
    pub what: String,
    pub class: String,
    /// "conflict", "update" or "agree" (the table's mark; the core says no nature for "agree").
    pub nature: &'static str,
    /// One per source and value, in the table's order (oldest report first).
    pub values: Vec<FigureValue>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FigureValue {
    /// The source's id.
    pub source: String,
    pub date: Option<String>,
    /// As written, hedge included: "at least 24".
    pub value: String,
}

/// The Key figures table, whatever the selection: it is a property of the corpus, and a reader
/// exporting a filtered selection still wants the figures the sources disagree on.
pub fn figure_rows(a: &Analysis) -> Vec<FigureRow> {
    key_figures::table(a)
        .rows
        .into_iter()
        .map(|r| FigureRow {
            claim: r.id,
            what: r.what,
            class: r.class,
            nature: r.mark.label(),
            values: r
                .values
                .iter()
                .flat_map(|v| v.docs.iter().map(move |&d| (d, &v.value)))
                .filter_map(|(d, value)| {
                    let doc = a.documents.get(d)?;
                    Some(FigureValue { source: doc.id.clone(), date: doc.date.clone(), value: value.clone() })
                })
                .collect(),
        })
        .collect()
}

/// The key figures as CSV: one line per figure, source and value.
pub fn figures_csv(rows: &[FigureRow]) -> String {
    let mut out = String::from("what,class,nature,source,date,value\r\n");
    for r in rows {
        for v in &r.values {
            let fields = [
                cell(&r.what),
                cell(&r.class),
                cell(r.nature),
                cell(&v.source),
                cell(v.date.as_deref().unwrap_or_default()),
                cell(&v.value),
            ];
            out.push_str(&fields.join(","));
            out.push_str("\r\n");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::key_figures::test_support::analysis;
    use crate::state::{Action, SelectionAction};
    use parallax_core::claims::Nature;
    use parallax_core::{analyze, Source};

    fn state() -> State {
        State::new(analyze(&[
            Source::new("a", "Emmanuel Macron met \"leaders\", in Paris.\n=SUM(A1) is not a formula."),
            Source::new("b", "Macron said 26 nations pledged troops in Paris."),
        ]))
    }

    #[test]
    fn csv_rows_follow_the_selection_and_quote_safely() {
        let s = state();
        let paris = s.analysis.entities.iter().find(|e| e.name == "Paris").unwrap().id.clone();
        let s = s.apply(Action::Selection(SelectionAction::ToggleEntity(paris)));
        let rows = rows(&s);
        assert_eq!(rows.len(), 2);
        assert!(rows[0].entities.contains(&"Paris".to_string()));
        let text = csv(&rows);
        let lines: Vec<&str> = text.trim_end().split("\r\n").collect();
        assert_eq!(lines.len(), 3, "header plus one line per sentence: {lines:?}");
        assert!(lines[1].contains("\"Emmanuel Macron met \"\"leaders\"\", in Paris.\""), "{}", lines[1]);
        assert!(lines[2].contains("26 nations"));
        let all = csv(&super::rows(&state()));
        assert!(all.contains("'=SUM(A1)"), "formula-looking cells are defused");
    }

    #[test]
    fn json_is_valid_and_escaped() {
        let rows = rows(&state());
        let text = json(&rows, &[]);
        let parsed: serde_json_check::Value = serde_json_check::from_str(&text).expect("valid JSON");
        let arr = parsed["sentences"].as_array().unwrap();
        assert_eq!(arr.len(), rows.len());
        assert_eq!(arr[0]["source"], "a");
        assert!(arr[0]["text"].as_str().unwrap().contains("\"leaders\""));
        assert_eq!(parsed["key_figures"].as_array().map(Vec::len), Some(0));
    }

    /// Figures for the export tests: a conflict, an update and an agreement over sources a
    /// (2014-08-06), b (2014-08-03) and c (no date), with text that needs quoting and defusing.
    fn figures() -> Vec<FigureRow> {
        figure_rows(&analysis(&[
            ("countries pledged", None, &[("26", &[0, 1])]),
            ("dead, in \"Qiaojia\"", Some(Nature::Update), &[("at least 24", &[1]), ("31", &[0])]),
            ("taking part", Some(Nature::Conflict), &[("30", &[0]), ("35", &[0, 2]), ("-5", &[1])]),
        ]))
    }

    #[test]
    fn key_figures_export_one_line_per_value_and_source_in_table_order() {
        let text = figures_csv(&figures());
        let lines: Vec<&str> = text.trim_end().split("\r\n").collect();
        let want = [
            "what,class,nature,source,date,value",
            "taking part,taking part,conflict,a,2014-08-06,30",
            "taking part,taking part,conflict,a,2014-08-06,35",
            "taking part,taking part,conflict,c,,35",
            "taking part,taking part,conflict,b,2014-08-03,'-5",
            "\"dead, in \"\"Qiaojia\"\"\",\"dead, in \"\"Qiaojia\"\"\",update,b,2014-08-03,at least 24",
            "\"dead, in \"\"Qiaojia\"\"\",\"dead, in \"\"Qiaojia\"\"\",update,a,2014-08-06,31",
            "countries pledged,countries pledged,agree,a,2014-08-06,26",
            "countries pledged,countries pledged,agree,b,2014-08-03,26",
        ];
        assert_eq!(lines, want);
        assert_eq!(figures_csv(&[]), "what,class,nature,source,date,value\r\n", "no figure: the header alone");
    }

    #[test]
    fn key_figures_in_json_carry_what_nature_and_each_source_value() {
        let text = json(&rows(&state()), &figures());
        let parsed: serde_json_check::Value = serde_json_check::from_str(&text).expect("valid JSON");
        let figures = parsed["key_figures"].as_array().unwrap();
        // (row, what, nature, [(source, date, value)])
        type Want<'a> = (usize, &'a str, &'a str, &'a [(&'a str, Option<&'a str>, &'a str)]);
        let cases: &[Want] = &[
            (
                0,
                "taking part",
                "conflict",
                &[
                    ("a", Some("2014-08-06"), "30"),
                    ("a", Some("2014-08-06"), "35"),
                    ("c", None, "35"),
                    ("b", Some("2014-08-03"), "-5"),
                ],
            ),
            (
                1,
                "dead, in \"Qiaojia\"",
                "update",
                &[("b", Some("2014-08-03"), "at least 24"), ("a", Some("2014-08-06"), "31")],
            ),
            (2, "countries pledged", "agree", &[("a", Some("2014-08-06"), "26"), ("b", Some("2014-08-03"), "26")]),
        ];
        assert_eq!(figures.len(), cases.len());
        for &(i, what, nature, values) in cases {
            let f = &figures[i];
            assert_eq!(
                (f["what"].as_str(), f["class"].as_str(), f["nature"].as_str()),
                (Some(what), Some(what), Some(nature))
            );
            assert_eq!(f["claim"].as_str().map(|c| c.starts_with('c')), Some(true));
            let got: Vec<(&str, Option<&str>, &str)> = f["values"]
                .as_array()
                .unwrap()
                .iter()
                .map(|v| (v["source"].as_str().unwrap(), v["date"].as_str(), v["value"].as_str().unwrap()))
                .collect();
            assert_eq!(got, values, "row {i}");
        }
    }
}
