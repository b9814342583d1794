//! Export of the current selection as CSV and JSON: one row per sentence with its source,
//! entities, numbers and claim status. Plain functions, tested natively.
//!
//! JSON is written by hand rather than with serde_json: the format is one flat array of flat
//! objects, and serde_json would add tens of kilobytes to the wasm for it.

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

pub fn json(rows: &[Row]) -> String {
    let mut out = String::from("[\n");
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
    out.push(']');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::{Action, SelectionAction};
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
        let text = json(&rows);
        let parsed: serde_json_check::Value = serde_json_check::from_str(&text).expect("valid JSON");
        let arr = parsed.as_array().unwrap();
        assert_eq!(arr.len(), rows.len());
        assert_eq!(arr[0]["source"], "a");
        assert!(arr[0]["text"].as_str().unwrap().contains("\"leaders\""));
    }
}
