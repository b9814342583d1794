//! The matrix: sources by entities and sources by topics, as a hand-made SVG for the eye and a
//! table for screen readers and keyboards. Each cell selects those sentences.

use yew::prelude::*;

use crate::state::labels::source_tag;
use crate::state::{Action, NavigationAction, SelectionAction, State, View};

#[derive(Properties, PartialEq)]
pub struct MatrixProps {
    pub state: State,
    pub dispatch: Callback<Action>,
}

/// Rows (label, action to filter by it) and per-source counts.
struct Grid {
    title: &'static str,
    rows: Vec<(String, Action, Vec<usize>)>,
}

const MAX_ROWS: usize = 20;

fn grid_svg(g: &Grid, sources: usize) -> Html {
    let cell = 26.0;
    // Coordinates to a tenth of a pixel (integer arithmetic: no float formatting in the wasm).
    let px = |v: f64| parallax_core::text::fixed(v, 1);
    let label_w = 190.0;
    let max = g.rows.iter().flat_map(|r| r.2.iter()).copied().max().unwrap_or(1).max(1) as f64;
    let width = label_w + cell * sources as f64 + 4.0;
    let height = cell * (g.rows.len() as f64 + 1.0) + 4.0;
    let heads = (0..sources).map(|s| {
        let x = label_w + cell * s as f64 + cell / 2.0;
        html! { <text x={px(x)} y={px(cell * 0.7)} text-anchor="middle" class="axis">{ source_tag(s) }</text> }
    });
    let rows = g.rows.iter().enumerate().map(|(r, (label, _, counts))| {
        let y = cell * (r as f64 + 1.0);
        let cells = counts.iter().enumerate().map(|(s, &n)| {
            let x = label_w + cell * s as f64;
            let alpha = if n == 0 { 0.0 } else { 0.15 + 0.85 * (n as f64 / max) };
            html! {
                <g>
                    <rect x={px(x + 1.0)} y={px(y + 1.0)} width={px(cell - 2.0)} height={px(cell - 2.0)}
                        class="cell" style={format!("fill-opacity:{}", parallax_core::text::fixed(alpha, 2))} />
                    if n > 0 {
                        <text x={px(x + cell / 2.0)} y={px(y + cell * 0.68)} text-anchor="middle" class="cell-n">{ n }</text>
                    }
                </g>
            }
        });
        let short: String = parallax_core::text::truncate_words(label, 28);
        html! {
            <g>
                <text x={px(label_w - 6.0)} y={px(y + cell * 0.68)} text-anchor="end" class="axis">{ short }</text>
                { for cells }
            </g>
        }
    });
    html! {
        <svg class="matrix-svg" aria-hidden="true" focusable="false" width={px(width)} height={px(height)}
            viewBox={format!("0 0 {} {}", px(width), px(height))}>
            { for heads }
            { for rows }
        </svg>
    }
}

fn grid_table(g: &Grid, state: &State, dispatch: &Callback<Action>) -> Html {
    let a = &state.analysis;
    let heads = a
        .documents
        .iter()
        .enumerate()
        .map(|(i, d)| html! { <th scope="col" title={d.label.clone()}>{ source_tag(i) }</th> });
    let rows = g.rows.iter().map(|(label, action, counts)| {
        let cells = counts.iter().enumerate().map(|(s, &n)| {
            let mut apply = vec![action.clone()];
            if n > 0 {
                apply.push(Action::Navigation(NavigationAction::Navigate(View::Read(vec![a.documents[s].id.clone()]))));
            }
            let d = dispatch.clone();
            let onclick = Callback::from(move |_: MouseEvent| {
                d.emit(Action::Selection(SelectionAction::Clear));
                for act in &apply {
                    d.emit(act.clone());
                }
            });
            html! {
                <td>
                    <button type="button" class="cell-button" {onclick} disabled={n == 0}
                        aria-label={format!("{label} in source {}: {n} sentences", source_tag(s))}>{ n }</button>
                </td>
            }
        });
        html! { <tr><th scope="row">{ label.clone() }</th>{ for cells }</tr> }
    });
    html! {
        <table class="matrix-table">
            <caption>{ format!("{}: sentences per source (select a cell to filter and read)", g.title) }</caption>
            <thead><tr><th scope="col">{ g.title }</th>{ for heads }</tr></thead>
            <tbody>{ for rows }</tbody>
        </table>
    }
}

#[function_component(Matrix)]
pub fn matrix(props: &MatrixProps) -> Html {
    let state = &props.state;
    let a = &state.analysis;
    let index = a.index();
    let n = a.documents.len();
    let per_source = |set: &parallax_core::index::Bitset| -> Vec<usize> {
        let mut counts = vec![0; n];
        for g in set.iter() {
            counts[index.local(g).0] += 1;
        }
        counts
    };
    let entities = Grid {
        title: "Entities",
        rows: a
            .entities
            .iter()
            .enumerate()
            .take(MAX_ROWS)
            .map(|(i, e)| {
                (
                    e.name.clone(),
                    Action::Selection(SelectionAction::ToggleEntity(e.id.clone())),
                    per_source(&index.entities[i]),
                )
            })
            .collect(),
    };
    let topics = Grid {
        title: "Topics",
        rows: a
            .topics
            .iter()
            .enumerate()
            .map(|(i, t)| {
                (
                    t.label.clone(),
                    Action::Selection(SelectionAction::ToggleTopic(t.id.clone())),
                    per_source(&index.topics[i]),
                )
            })
            .collect(),
    };
    html! {
        <div class="matrix">
            <h2>{ "Who covers what" }</h2>
            <p>{ format!("The {MAX_ROWS} most mentioned entities and every topic, by source. Darker cells hold more sentences.") }</p>
            <div class="matrix-grid">{ grid_svg(&entities, n) }{ grid_svg(&topics, n) }</div>
            { grid_table(&entities, state, &props.dispatch) }
            { grid_table(&topics, state, &props.dispatch) }
        </div>
    }
}
