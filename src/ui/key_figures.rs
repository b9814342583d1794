//! The Key figures table at the top of the overview: each figure the sources give (dead, countries
//! taking part ...) as each source writes it, marked conflict, update or agree, with a button that
//! opens the claim's evidence. The rows come from `crate::key_figures` (plain Rust, tested natively).

use yew::prelude::*;

use crate::key_figures::{self, Row, Table};
use crate::state::labels::{short_label, source_tag};
use crate::state::{Action, NavigationAction, SharedAnalysis, View};

#[derive(Properties, PartialEq)]
pub struct KeyFiguresProps {
    pub analysis: SharedAnalysis,
    pub dispatch: Callback<Action>,
}

/// A source's date as the table shows it.
fn date_of(a: &SharedAnalysis, d: usize) -> String {
    a.documents.get(d).and_then(|doc| doc.date.clone()).unwrap_or_else(|| "no date".into())
}

/// An empty cell: a dash to see, words to hear.
fn not_given() -> Html {
    html! { <><span aria-hidden="true">{ "\u{2014}" }</span><span class="visually-hidden">{ "not given" }</span></> }
}

/// The row's figure as a button that opens its claim: the row header, so that each cell of the
/// row is announced with what it measures.
fn figure_cell(row: &Row, dispatch: &Callback<Action>) -> Html {
    let open = {
        let (d, view) = (dispatch.clone(), View::Claim(row.id.clone()));
        Callback::from(move |_: MouseEvent| d.emit(Action::Navigation(NavigationAction::Navigate(view.clone()))))
    };
    html! {
        <th scope="row">
            // The mark's symbol again, for a phone, where the mark column may be scrolled out of
            // view (shown on narrow screens only; the column says it in words).
            <span class="figure-row-symbol" aria-hidden="true">{ row.mark.symbol() }</span>
            <button type="button" class="figure-link" onclick={open}
                aria-label={format!("Open the evidence for {}", row.what)}>{ &row.what }</button>
        </th>
    }
}

/// "figure-conflict" …: not "conflict", which the claim view's styles box.
fn mark_class(row: &Row) -> String {
    format!("figure-{}", row.mark.label())
}

fn mark_cell(row: &Row) -> Html {
    html! {
        <td class={classes!("figure-mark", mark_class(row))}>
            <span class="mark-symbol" aria-hidden="true">{ row.mark.symbol() }</span>
            { row.mark_text() }
        </td>
    }
}

/// One column per source: each cell what that source gives.
fn wide(a: &SharedAnalysis, t: &Table, dispatch: &Callback<Action>) -> (Html, Html) {
    let head = t.sources.iter().map(|&d| {
        let doc = &a.documents[d];
        html! {
            <th scope="col" class="figure-source" title={doc.label.clone()}>
                // Spaces between the parts: a header's accessible name runs its text together.
                <span class="source-tag">{ source_tag(d) }</span>{ " " }
                <span class="figure-source-label">{ short_label(&doc.label) }</span>{ " " }
                <span class="figure-date">{ date_of(a, d) }</span>
            </th>
        }
    });
    let rows = t.rows.iter().map(|row| {
        let cells = t.sources.iter().map(|&d| {
            let values = row.values_of(d);
            if values.is_empty() {
                html! { <td class="figure-none">{ not_given() }</td> }
            } else {
                html! { <td class="figure-value">{ values.join(" / ") }</td> }
            }
        });
        html! {
            <tr class={classes!("figure-row", mark_class(row))}>
                { figure_cell(row, dispatch) }
                { for cells }
                { mark_cell(row) }
            </tr>
        }
    });
    (html! { <>{ for head }</> }, html! { <>{ for rows }</> })
}

/// Too many sources for a column each: one column lists "value — A (date), C (date)".
fn compact(a: &SharedAnalysis, t: &Table, dispatch: &Callback<Action>) -> (Html, Html) {
    let rows = t.rows.iter().map(|row| {
        let values = row.values.iter().map(|v| {
            let who: Vec<String> = v.docs.iter().map(|&d| format!("{} ({})", source_tag(d), date_of(a, d))).collect();
            html! { <li><strong class="value">{ &v.value }</strong>{ format!(" \u{2014} {}", who.join(", ")) }</li> }
        });
        html! {
            <tr class={classes!("figure-row", mark_class(row))}>
                { figure_cell(row, dispatch) }
                <td><ul role="list" class="figure-values">{ for values }</ul></td>
                { mark_cell(row) }
            </tr>
        }
    });
    (html! { <th scope="col">{ "Values" }</th> }, html! { <>{ for rows }</> })
}

/// Depends only on the corpus: it sits in the overview's static part and is not rebuilt when the
/// filters change.
#[function_component(KeyFigures)]
pub fn key_figures(props: &KeyFiguresProps) -> Html {
    let a = &props.analysis;
    let t = key_figures::table(a);
    let body = if t.rows.is_empty() {
        html! { <p>{ "No figure is given by two sources or more." }</p> }
    } else {
        let (head, rows) = if t.compact() { compact(a, &t, &props.dispatch) } else { wide(a, &t, &props.dispatch) };
        html! {
            <>
            // The note stays outside the scrolling region, in view on a phone (a caption would
            // scroll away with the table); the table is named by the heading and described by it.
            <p id="figures-note" class="figures-note">
                { "Each figure as each source writes it; disagreements first. Open a figure for its sentences." }
            </p>
            // A wide table scrolls on its own on a narrow screen; the region can take focus so
            // that a keyboard can scroll it too.
            <div class="table-scroll" role="region" aria-labelledby="figures-h" tabindex="0">
                <table class="figures-table" aria-labelledby="figures-h" aria-describedby="figures-note">
                    <thead>
                        <tr>
                            <th scope="col">{ "Figure" }</th>
                            { head }
                            <th scope="col">{ "Comparison" }</th>
                        </tr>
                    </thead>
                    <tbody>{ rows }</tbody>
                </table>
            </div>
            </>
        }
    };
    html! {
        <section aria-labelledby="figures-h" class="key-figures">
            <h2 id="figures-h">{ "Key figures" }</h2>
            { body }
        </section>
    }
}
