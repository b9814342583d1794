//! The Key figures table as plain data: one row per claim that compares a figure across sources
//! (disagreements first), the sources that make its columns, and each source's value as written.
//! Built from the corpus alone, shared by the overview's table and the export, tested natively.

use parallax_core::claims::{KeyFigure, Nature};
use parallax_core::Analysis;

/// Beyond this many sources giving a figure, one column per source is too wide to read: the
/// table lists the values in one column instead ("value — A (date)").
pub const COLUMNS_UP_TO: usize = 8;

/// How a row's values compare.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// The values cannot all be true on the same day.
    Conflict,
    /// Reports of different dates, and the figure moved between them.
    Update,
    Agree,
}

impl Mark {
    fn of(nature: Option<Nature>) -> Mark {
        match nature {
            Some(Nature::Conflict) => Mark::Conflict,
            Some(Nature::Update) => Mark::Update,
            None => Mark::Agree,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Mark::Conflict => "conflict",
            Mark::Update => "update",
            Mark::Agree => "agree",
        }
    }

    /// A symbol besides the word and the colour, so the mark never rests on colour alone.
    pub fn symbol(self) -> &'static str {
        match self {
            Mark::Conflict => "\u{2715}",
            Mark::Update => "\u{2197}",
            Mark::Agree => "\u{2713}",
        }
    }
}

/// One value as written and the sources (document indices) that give it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Value {
    pub value: String,
    pub docs: Vec<usize>,
}

/// One row: a figure and what each source says it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// The claim's index and id (its evidence opens as `View::Claim(id)`).
    pub claim: usize,
    pub id: String,
    /// What is measured, of whom and where: "dead", "countries or leaders taking part".
    pub what: String,
    pub class: String,
    pub mark: Mark,
    /// The values in the core's order: oldest report first.
    pub values: Vec<Value>,
    /// For an update, the oldest and the newest date of the reports that give the figure.
    pub dates: Option<(String, String)>,
}

impl Row {
    /// What source `doc` gives, as written (several values in the row's order).
    pub fn values_of(&self, doc: usize) -> Vec<&str> {
        self.values.iter().filter(|v| v.docs.contains(&doc)).map(|v| v.value.as_str()).collect()
    }

    /// The mark as words: "conflict", "agree", or "update: 2014-08-03 → 2014-08-06" (the oldest
    /// and the newest report's date; each source's own date is in its column).
    pub fn mark_text(&self) -> String {
        match (self.mark, &self.dates) {
            (Mark::Update, Some((first, last))) if first != last => format!("update: {first} \u{2192} {last}"),
            _ => self.mark.label().to_string(),
        }
    }
}

/// The whole table.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Table {
    pub rows: Vec<Row>,
    /// The sources that give any key figure (document indices, in corpus order).
    pub sources: Vec<usize>,
}

impl Table {
    /// Too many sources for a column each: list the values in one column.
    pub fn compact(&self) -> bool {
        self.sources.len() > COLUMNS_UP_TO
    }
}

fn row(a: &Analysis, claim: usize, id: &str, f: &KeyFigure) -> Row {
    let mark = Mark::of(f.nature);
    // The oldest and newest dates (ISO dates compare as text); a min and a max rather than a sort,
    // which would add a sort's code to the wasm.
    let mut dates: Option<(String, String)> = None;
    if mark == Mark::Update {
        for date in f.values.iter().flat_map(|v| &v.docs).filter_map(|&d| a.documents.get(d)?.date.as_ref()) {
            match &mut dates {
                None => dates = Some((date.clone(), date.clone())),
                Some((first, last)) => {
                    if *date < *first {
                        *first = date.clone();
                    }
                    if *date > *last {
                        *last = date.clone();
                    }
                }
            }
        }
    }
    Row {
        claim,
        id: id.to_string(),
        what: f.what.clone(),
        class: f.class.clone(),
        mark,
        values: f.values.iter().map(|v| Value { value: v.value.clone(), docs: v.docs.clone() }).collect(),
        dates,
    }
}

/// The rows of every claim with a figure: conflicts, then updates, then agreements, each in the
/// claims' order.
pub fn table(a: &Analysis) -> Table {
    // Three passes rather than a sort: no sort code in the wasm for three kinds of row.
    let figures: Vec<(usize, &KeyFigure)> =
        a.claims.iter().enumerate().filter_map(|(i, c)| Some((i, c.figure.as_ref()?))).collect();
    let mut rows = Vec::with_capacity(figures.len());
    for mark in [Mark::Conflict, Mark::Update, Mark::Agree] {
        for &(i, f) in figures.iter().filter(|(_, f)| Mark::of(f.nature) == mark) {
            rows.push(row(a, i, &a.claims[i].id, f));
        }
    }
    let mut given = vec![false; a.documents.len()];
    for d in rows.iter().flat_map(|r| &r.values).flat_map(|v| &v.docs) {
        if let Some(g) = given.get_mut(*d) {
            *g = true;
        }
    }
    let sources = given.iter().enumerate().filter(|(_, &g)| g).map(|(d, _)| d).collect();
    Table { rows, sources }
}

#[cfg(test)]
pub(crate) mod test_support {
    use super::*;
    use parallax_core::claims::{Claim, ClaimKind, ConflictValue, Status};
    use parallax_core::{analyze, Source};

    /// A figure: what, its nature, and each value as written with the sources giving it.
    pub type Case<'a> = (&'a str, Option<Nature>, &'a [(&'a str, &'a [usize])]);

    /// An analysis of three dated reports with hand-made figure claims, so the table's logic is
    /// tested apart from what the core happens to find.
    pub fn analysis(figures: &[Case]) -> Analysis {
        let mut a = analyze(&[
            Source::new("a", "Report one. Nine died."),
            Source::new("b", "Report two. Nine died."),
            Source::new("c", "Report three. Nine died."),
        ]);
        a.documents[0].date = Some("2014-08-06".into());
        a.documents[1].date = Some("2014-08-03".into());
        a.documents[2].date = None;
        a.claims = figures
            .iter()
            .enumerate()
            .map(|(i, &(what, nature, values))| Claim {
                id: format!("c{}", i + 1),
                status: if nature.is_some() { Status::Disagreement } else { Status::Agreement },
                kind: ClaimKind::Quantity,
                docs: vec![],
                sentences: vec![],
                conflicts: vec![],
                explanation: String::new(),
                similarity: 1.0,
                figure: Some(KeyFigure {
                    what: what.into(),
                    class: what.into(),
                    nature,
                    values: values
                        .iter()
                        .map(|&(v, docs)| ConflictValue { value: v.into(), docs: docs.to_vec(), spans: vec![] })
                        .collect(),
                }),
                difference: None,
            })
            .collect();
        // A claim without a figure is no row.
        if let Some(first) = a.claims.first().cloned() {
            a.claims.push(Claim { id: "plain".into(), figure: None, ..first });
        }
        a
    }
}

#[cfg(test)]
mod tests {
    use super::test_support::{analysis, Case};
    use super::*;
    use parallax_core::{analyze, Source};

    #[test]
    fn rows_put_disagreements_first_and_cells_follow_the_sources() {
        let cases: &[Case] = &[
            ("pledged", None, &[("26", &[0, 1])]),
            ("dead", Some(Nature::Update), &[("at least 24", &[1]), ("31", &[0])]),
            ("taking part", Some(Nature::Conflict), &[("30", &[0]), ("35", &[0, 2])]),
        ];
        let t = table(&analysis(cases));
        let order: Vec<(&str, Mark, &str)> = t.rows.iter().map(|r| (r.what.as_str(), r.mark, r.id.as_str())).collect();
        assert_eq!(
            order,
            [("taking part", Mark::Conflict, "c3"), ("dead", Mark::Update, "c2"), ("pledged", Mark::Agree, "c1")],
            "conflicts, then updates, then agreements; the claim without a figure is no row"
        );
        assert_eq!(t.sources, [0, 1, 2]);
        assert!(!t.compact());
        // (row, source) -> the cell's values.
        let cells: &[(usize, usize, &[&str])] =
            &[(0, 0, &["30", "35"]), (0, 1, &[]), (0, 2, &["35"]), (1, 1, &["at least 24"]), (2, 2, &[])];
        for &(r, d, want) in cells {
            assert_eq!(t.rows[r].values_of(d), want, "row {r}, source {d}");
        }
        let marks: Vec<String> = t.rows.iter().map(Row::mark_text).collect();
        assert_eq!(marks, ["conflict", "update: 2014-08-03 \u{2192} 2014-08-06", "agree"], "update dates oldest first");
    }

    #[test]
    fn an_update_names_its_oldest_and_newest_dates() {
        // (mark, oldest and newest date, what the mark says)
        type Case<'a> = (Mark, Option<(&'a str, &'a str)>, &'a str);
        let cases: &[Case] = &[
            (Mark::Update, Some(("2014-08-03", "2014-08-06")), "update: 2014-08-03 \u{2192} 2014-08-06"),
            (Mark::Update, Some(("2014-08-03", "2014-08-03")), "update"),
            (Mark::Update, None, "update"),
            (Mark::Conflict, None, "conflict"),
            (Mark::Agree, None, "agree"),
        ];
        for &(mark, dates, want) in cases {
            let row = Row {
                claim: 0,
                id: "c1".into(),
                what: "dead".into(),
                class: "dead".into(),
                mark,
                values: vec![],
                dates: dates.map(|(a, b)| (a.to_string(), b.to_string())),
            };
            assert_eq!(row.mark_text(), want, "{dates:?}");
        }
    }

    #[test]
    fn columns_are_the_sources_giving_a_figure_and_many_sources_make_one_column() {
        let cases: &[(usize, &[usize], &[usize], bool)] = &[
            // (documents, docs giving the figure, expected columns, compact)
            (3, &[2], &[], false),
            (3, &[0, 2], &[0, 2], false),
            (9, &[0, 1, 2, 3, 4, 5, 6, 7], &[0, 1, 2, 3, 4, 5, 6, 7], false),
            (10, &[0, 1, 2, 3, 4, 5, 6, 7, 9], &[0, 1, 2, 3, 4, 5, 6, 7, 9], true),
        ];
        for &(n, docs, want, compact) in cases {
            let sources: Vec<Source> = (0..n).map(|i| Source::new(format!("s{i}"), "Nine died.")).collect();
            let mut a = analyze(&sources);
            a.claims.clear();
            if docs.len() > 1 {
                let mut t = analysis(&[("dead", None, &[("9", docs)])]);
                t.documents = a.documents.clone();
                a = t;
            }
            let t = table(&a);
            let want_rows = usize::from(docs.len() > 1);
            assert_eq!(
                (t.rows.len(), t.sources.as_slice(), t.compact()),
                (want_rows, want, compact),
                "{n} sources, {docs:?}"
            );
        }
    }
}
