//! The overview: headline counts, the key figures, the disagreements, the sources with coverage
//! bars, and the sentences the current filters select, with keyword-in-context snippets.
//! What matters most comes first in the page's order, which is also its order on a phone.

use parallax_core::claims::Status;
use yew::prelude::*;

use crate::state::labels::source_tag;
use crate::state::{Action, NavigationAction, SelectionAction, SharedAnalysis, State, View};

#[derive(Properties, PartialEq)]
pub struct OverviewProps {
    pub state: State,
    pub dispatch: Callback<Action>,
}

/// Source cards shown before "Show all".
const SOURCES_SHOWN: usize = 50;

/// Splits a sentence around the first match of `query` for a keyword-in-context line.
fn kwic(text: &str, query: &str) -> Html {
    let q = parallax_core::text::fold(query.trim());
    if q.is_empty() {
        return html! { { text.to_string() } };
    }
    // Find the match on the folded text, then map back by characters (folding keeps char counts
    // for the Latin text news uses; if not, fall back to plain text).
    let folded = parallax_core::text::fold(text);
    let Some(pos) = folded.find(&q) else { return html! { { text.to_string() } } };
    let start_chars = folded[..pos].chars().count();
    let len_chars = q.chars().count();
    if folded.chars().count() != text.chars().count() {
        return html! { { text.to_string() } };
    }
    let chars: Vec<char> = text.chars().collect();
    let before: String = chars[..start_chars].iter().collect();
    let hit: String = chars[start_chars..start_chars + len_chars].iter().collect();
    let after: String = chars[start_chars + len_chars..].iter().collect();
    html! { <>{ before }<mark class="kwic">{ hit }</mark>{ after }</> }
}

#[function_component(Overview)]
pub fn overview(props: &OverviewProps) -> Html {
    let state = &props.state;
    let a = &state.analysis;
    let d = &props.dispatch;
    let count = |s: Status| a.claims.iter().filter(|c| c.status == s).count();
    let headline = |s: Status, label: &str| {
        let d = d.clone();
        let onclick = Callback::from(move |_: MouseEvent| d.emit(Action::Selection(SelectionAction::ToggleStatus(s))));
        let pressed = state.filters.statuses.contains(&s);
        html! {
            <button type="button" class={classes!("stat", s.label())} aria-pressed={pressed.to_string()} {onclick}
                title={format!("Show only sentences in {label} claims")}>
                <span class="stat-number">{ count(s) }</span>
                <span class="stat-label">{ label.to_string() }<span class="visually-hidden">{ " claims" }</span></span>
            </button>
        }
    };

    let show_more = {
        let d = d.clone();
        Callback::from(move |_: MouseEvent| d.emit(Action::Selection(SelectionAction::ShowMore)))
    };
    let selection = state.selection();
    let total = selection.count();
    let shown = state.results_shown.min(total);
    let query = AttrValue::from(state.filters.query.clone());
    let results = selection.iter().take(shown).map(|g| {
        html! { <ResultRow key={g} analysis={a.clone()} {g} query={query.clone()} dispatch={d.clone()} /> }
    });

    html! {
        <div class="overview">
            <super::add_articles::AddArticles state={state.clone()} dispatch={props.dispatch.clone()} />
            <section aria-labelledby="counts-h" class="counts">
                // Claims, not sentences (the sidebar counts sentences): the heading says which.
                <h2 id="counts-h">{ "Claims by status" }</h2>
                { headline(Status::Disagreement, "disagreement") }
                { headline(Status::Agreement, "agreement") }
                { headline(Status::SingleSource, "single-source") }
            </section>
            <Static analysis={a.clone()} dispatch={props.dispatch.clone()} />
            <section aria-labelledby="results-h">
                <h2 id="results-h">{ format!("Sentences ({total})") }</h2>
                if let Some(reason) = state.empty_reason() {
                    <p class="empty">{ reason }</p>
                }
                <ul role="list" class="results">{ for results }</ul>
                if total > shown {
                    <p class="more">
                        { format!("Showing the first {shown} of {total}. ") }
                        <button type="button" class="show-more" onclick={show_more}>
                            { format!("Show {} more", (total - shown).min(crate::state::RESULTS_MORE)) }
                        </button>
                    </p>
                }
            </section>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct ResultRowProps {
    analysis: SharedAnalysis,
    /// The sentence, as a global index.
    g: usize,
    /// The search text, marked in context.
    query: AttrValue,
    dispatch: Callback<Action>,
}

/// One selected sentence: its source, its claim status, and a button that opens its claim. A
/// component of its own so that rows still selected after a filter change are not built again.
#[function_component(ResultRow)]
fn result_row(props: &ResultRowProps) -> Html {
    let a = &props.analysis;
    let index = a.index();
    let (di, si) = index.local(props.g);
    let doc = &a.documents[di];
    let s = &doc.sentences[si];
    let claim = index.claim_of[props.g].map(|c| &a.claims[c]);
    let status = claim.map(|c| c.status.label()).unwrap_or("single-source");
    let view = match claim {
        Some(c) => View::Claim(c.id.clone()),
        None => View::Read(vec![doc.id.clone()]),
    };
    let open = {
        let d = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| d.emit(Action::Navigation(NavigationAction::Navigate(view.clone()))))
    };
    html! {
        <li class={classes!("result", status)}>
            <span class="source-tag" title={doc.label.clone()}>{ source_tag(di) }</span>
            <button type="button" class="result-text" onclick={open}
                title={format!("{} sentence {}, {status}: open its claim", doc.id, si + 1)}>
                <span class={classes!("status-key", status)} aria-hidden="true"></span>
                { kwic(doc.sentence_text(s), &props.query) }
            </button>
        </li>
    }
}

#[derive(Properties, PartialEq)]
struct StaticProps {
    analysis: SharedAnalysis,
    dispatch: Callback<Action>,
}

/// The parts of the overview that depend only on the corpus (key figures, disagreements, sources):
/// a component of their own, so a filter change does not rebuild them. Key figures and
/// disagreements come before the source cards, so a phone shows them first.
#[function_component(Static)]
fn static_parts(props: &StaticProps) -> Html {
    let a = &props.analysis;
    let d = &props.dispatch;
    let go = |view: View| {
        let d = d.clone();
        Callback::from(move |_: MouseEvent| d.emit(Action::Navigation(NavigationAction::Navigate(view.clone()))))
    };
    let count = |s: Status| a.claims.iter().filter(|c| c.status == s).count();
    // Coverage: of the claims that carry several sources, how many each source shares; of all,
    // how many only it has. One pass over the claims (per source it would be quadratic).
    let mut coverage = vec![(0usize, 0usize); a.documents.len()];
    for c in &a.claims {
        for &d in &c.docs {
            if let Some((carried, shared)) = coverage.get_mut(d) {
                *carried += 1;
                *shared += usize::from(c.docs.len() > 1);
            }
        }
    }
    // A long list is cut: a thousand source cards help no one and cost a long first render.
    let all_sources = use_state(|| false);
    let shown = if *all_sources { a.documents.len() } else { a.documents.len().min(SOURCES_SHOWN) };
    let show_all = {
        let all_sources = all_sources.clone();
        Callback::from(move |_: MouseEvent| all_sources.set(true))
    };
    let sources = a.documents.iter().enumerate().take(shown).map(|(i, doc)| {
        let (carried, shared) = coverage[i];
        let only = carried - shared;
        let total = a.claims.len().max(1);
        let pct = |n: usize| format!("{}%", parallax_core::text::fixed(n as f64 * 100.0 / total as f64, 1));
        html! {
            <li class="source-card">
                <button type="button" class="source" data-doc={doc.id.clone()} onclick={go(View::Read(vec![doc.id.clone()]))}>
                    <span class="source-tag" aria-hidden="true">{ source_tag(i) }</span>
                    <span class="source-label">{ &doc.label }</span>
                    <span class="source-meta">
                        <span class="source-id">{ &doc.id }</span>
                        <span>{ doc.date.clone().unwrap_or_else(|| "no date given".into()) }</span>
                        <span>{ format!("{} words", doc.words) }</span>
                        { for doc.outlet.as_ref().map(|o| html! { <span>{ o }</span> }) }
                    </span>
                    <span class="coverage" role="img"
                        aria-label={format!("Carries {carried} of {} claims: {shared} shared with other sources, {only} only here", a.claims.len())}>
                        <span class="bar shared" style={format!("width:{}", pct(shared))}></span>
                        <span class="bar only" style={format!("width:{}", pct(only))}></span>
                    </span>
                    <span class="coverage-text">{ format!("{carried} claims \u{00B7} {shared} shared \u{00B7} {only} only here") }</span>
                </button>
            </li>
        }
    });

    let disagreements = a.claims.iter().filter(|c| c.status == Status::Disagreement).map(|c| {
        let conflicts = c.conflicts.iter().map(|k| {
            let values = k.values.iter().map(|v| {
                let who: Vec<String> = v.docs.iter().map(|&d| source_tag(d)).collect();
                let n = v.docs.len();
                html! {
                    <li>
                        <strong class="value">{ &v.value }</strong>
                        { format!(" \u{2014} {n} source{} ({})", if n == 1 { "" } else { "s" }, who.join(", ")) }
                    </li>
                }
            });
            html! { <div class="conflict"><span class="what">{ &k.what }</span><ul role="list">{ for values }</ul></div> }
        });
        html! {
            <li class="disagreement-item">
                <button type="button" class="claim-link" onclick={go(View::Claim(c.id.clone()))}>
                    <span class="status-key disagreement" aria-hidden="true"></span>
                    { format!("Claim {}: open the evidence", c.id) }
                </button>
                { for conflicts }
            </li>
        }
    });

    html! {
        <>
            <super::key_figures::KeyFigures analysis={a.clone()} dispatch={props.dispatch.clone()} />
            <section aria-labelledby="disagreements-h">
                <h2 id="disagreements-h">{ "Where the sources disagree" }</h2>
                if count(Status::Disagreement) == 0 {
                    <p>{ "No disagreement found: where sources give the same kind of number or quote, they agree." }</p>
                } else {
                    <ul role="list" class="disagreements">{ for disagreements }</ul>
                }
            </section>
            <section aria-labelledby="sources-h">
                <h2 id="sources-h">{ "Sources" }</h2>
                <ul role="list" class="source-list">{ for sources }</ul>
                if shown < a.documents.len() {
                    <p class="more">
                        { format!("Showing {shown} of {} sources. ", a.documents.len()) }
                        <button type="button" onclick={show_all}>{ format!("Show all {}", a.documents.len()) }</button>
                    </p>
                }
            </section>
        </>
    }
}
