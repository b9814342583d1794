//! The Yew UI (wasm32 only): small function components over one reducer (`crate::state`).
//!
//! Data flows down as props, actions flow up as callbacks; all state changes happen in
//! `State::apply`, which is plain Rust tested natively. The URL hash mirrors the state both ways.
//! Components reach the browser only through `crate::platform`.
//!
//! Modules depend downwards only: `App`/`Explorer` here → the views (`overview`, `reader`,
//! `claim`, `matrix`, `facets`) → `key_figures`, `add_articles`, `edit` → `task` (background analysis) →
//! `platform`; `restore` (start-up: the embedded reports decoded, the stored corpus) → `task`.

mod add_articles;
mod claim;
mod edit;
mod facets;
mod key_figures;
mod matrix;
mod overview;
mod reader;
mod restore;
mod task;

use std::rc::Rc;

use yew::prelude::*;

use crate::platform;
use crate::state::keys::{self, KeyCommand};
use crate::state::{Action, DisplayAction, NavigationAction, NoticeAction, SelectionAction, State, View};

pub use add_articles::AddArticles;
pub use claim::ClaimView;
pub use facets::Facets;
pub use key_figures::KeyFigures;
pub use matrix::Matrix;
pub use overview::Overview;
pub use reader::Reader;

/// The reducer wrapper Yew needs; the logic lives in `State::apply`.
#[derive(Debug, Clone, PartialEq)]
pub struct AppState(pub State);

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = self.0.apply(action);
        if next == self.0 {
            self
        } else {
            Rc::new(AppState(next))
        }
    }
}

/// The whole app over the embedded corpus.
#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(|| {
        let embedded = restore::embedded();
        platform::mark("parallax:index:start");
        let s = State {
            sources: Rc::new(embedded.sources),
            embedded: true,
            notice: embedded.notice,
            ..State::new(embedded.analysis)
        };
        platform::measure("parallax:index", "parallax:index:start");
        AppState(s.apply(Action::Navigation(NavigationAction::OpenHash(platform::hash()))))
    });
    // The hash follows the state… (except while a link waits for the corpus it names)
    {
        let hash = crate::route::to_hash(&state.0.route());
        let waiting = state.0.pending_hash.is_some();
        use_effect_with((hash, waiting), |(hash, waiting)| {
            if !waiting {
                platform::set_hash(hash);
            }
        });
    }
    // …and so does the page title.
    {
        let title = state.0.title();
        use_effect_with(title, |title| platform::set_title(title));
    }
    // The reader's own corpus, kept in this browser, comes back on a reload.
    {
        let dispatcher = state.dispatcher();
        let dispatch: Callback<Action> = Callback::from(move |a| dispatcher.dispatch(a));
        use_effect_with((), move |_| platform::spawn(restore::restore(dispatch)));
    }
    // …and the state follows the hash (links, reloads, back and forward), plus global keys.
    {
        let dispatch = state.dispatcher();
        use_effect_with((), move |_| {
            let on_hash = {
                let dispatch = dispatch.clone();
                platform::on_hash_change(move |hash| {
                    dispatch.dispatch(Action::Navigation(NavigationAction::ApplyHash(hash)))
                })
            };
            let on_key = platform::on_keydown(move |press| match keys::command(press) {
                Some(KeyCommand::Escape) => {
                    dispatch.dispatch(Action::Navigation(NavigationAction::Escape));
                    false
                }
                Some(KeyCommand::FocusSearch) => {
                    platform::focus("search");
                    true
                }
                None => false,
            });
            let on_leave = platform::flush_hash_when_leaving();
            move || drop((on_hash, on_key, on_leave))
        });
    }
    html! { <Explorer state={state} /> }
}

#[derive(Properties, PartialEq)]
pub struct ExplorerProps {
    pub state: UseReducerHandle<AppState>,
}

/// The page: header with views and search, facets on the side, the current view in the middle.
#[function_component(Explorer)]
pub fn explorer(props: &ExplorerProps) -> Html {
    let state = &props.state.0;
    // One callback for the life of the page (the reducer's dispatcher never changes), so that
    // components given it can skip rendering when nothing else of theirs changed.
    let dispatch: Callback<Action> = {
        let d = props.state.dispatcher();
        (*use_memo((), move |_| Callback::from(move |a| d.dispatch(a)))).clone()
    };
    // The facets sidebar is half the first render's elements (about 330 of 630 on the seed
    // corpus): it follows in the next task, so the overview's counts and disagreements reach the
    // page first (measured over 20 loads: wasm main to overview in the DOM, median 77 -> 65 ms;
    // first contentful paint 372 -> 308 ms; deferring the sentence list's rows too gained
    // nothing measurable). Its empty landmark holds its place (and the id the Filters button
    // controls) meanwhile.
    let sidebar = use_state(|| false);
    {
        let sidebar = sidebar.clone();
        use_effect_with((), move |_| {
            platform::spawn(async move {
                platform::pause(0).await;
                sidebar.set(true);
            })
        });
    }
    let a = &state.analysis;
    let selection = state.selection();
    let count = selection.count();
    let nav = |label: &str, view: View, current: bool| {
        let dispatch = dispatch.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            dispatch.emit(Action::Navigation(NavigationAction::Navigate(view.clone())))
        });
        html! { <button type="button" class="tab" aria-current={current.then_some("page")} {onclick}>{ label.to_string() }</button> }
    };
    let on_query = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(query) = platform::target_value(&e) {
                dispatch.emit(Action::Selection(SelectionAction::SetQuery(query)));
            }
        })
    };
    let export = |format: &'static str| {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            let (name, mime, body) = match format {
                "csv" => ("parallax-selection.csv", "text/csv", crate::export::csv(&crate::export::rows(&state))),
                "figures" => (
                    "parallax-key-figures.csv",
                    "text/csv",
                    crate::export::figures_csv(&crate::export::figure_rows(&state.analysis)),
                ),
                _ => (
                    "parallax-selection.json",
                    "application/json",
                    crate::export::json(&crate::export::rows(&state), &crate::export::figure_rows(&state.analysis)),
                ),
            };
            let _ = platform::download(name, mime, &body);
        })
    };
    let export_bundle = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            let bytes = parallax_core::bundle::encode(&state.sources, &state.analysis);
            let name = format!("parallax-corpus.{}", parallax_core::bundle::EXTENSION);
            let _ = platform::download_bytes(&name, "application/octet-stream", &bytes);
        })
    };
    let toggle_facets = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(Action::Display(DisplayAction::ToggleFacets)))
    };
    let dismiss = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(Action::Notice(NoticeAction::Dismiss)))
    };
    let main = match &state.view {
        View::Overview => html! { <Overview state={state.clone()} dispatch={dispatch.clone()} /> },
        View::Read(ids) => {
            let docs: Vec<usize> = ids.iter().filter_map(|id| a.document_index(id)).collect();
            html! { <Reader state={state.clone()} {docs} dispatch={dispatch.clone()} /> }
        }
        View::Claim(id) => match a.claim_index(id) {
            Some(claim) => html! { <ClaimView state={state.clone()} {claim} dispatch={dispatch.clone()} /> },
            None => html! { <p>{ "This claim is not in the corpus." }</p> },
        },
        View::Matrix => html! { <Matrix state={state.clone()} dispatch={dispatch.clone()} /> },
    };
    let total_words: usize = a.documents.iter().map(|d| d.words).sum();
    html! {
        <div class={classes!("app", state.facets_open.then_some("facets-open"))}>
            <header class="masthead">
                <div class="brand">
                    <h1>{ "Parallax" }</h1>
                    <p class="tagline">{ "One story, many sources." }</p>
                </div>
                <nav class="tabs" aria-label="Views">
                    { nav("Overview", View::Overview, state.view == View::Overview) }
                    { nav("Read", View::Read(vec![a.documents.first().map(|d| d.id.clone()).unwrap_or_default()]), matches!(state.view, View::Read(_))) }
                    { nav("Matrix", View::Matrix, state.view == View::Matrix) }
                </nav>
                <div class="search">
                    <label for="search" class="visually-hidden">{ "Search sentences" }</label>
                    <input id="search" type="search" placeholder="Search sentences ( / )" autocomplete="off"
                        value={state.filters.query.clone()} oninput={on_query} />
                </div>
                <div class="actions">
                    <button type="button" class="facets-toggle" aria-expanded={state.facets_open.to_string()} aria-controls="facets" onclick={toggle_facets}>{ "Filters" }</button>
                    <button type="button" onclick={export("csv")} title="Download the selected sentences as CSV">{ "Export CSV" }</button>
                    <button type="button" onclick={export("json")} title="Download the selected sentences and the key figures as JSON">{ "Export JSON" }</button>
                    <button type="button" onclick={export("figures")} title="Download the Key figures table as CSV: one line per figure, source and value">{ "Export key figures CSV" }</button>
                    <button type="button" onclick={export_bundle} title="Download every article and its analysis as one file that Parallax opens again (Add files)">{ "Export bundle" }</button>
                </div>
                <p class="corpus-summary">{ format!("{} sources, {} words, {} claims", a.documents.len(), total_words, a.claims.len()) }</p>
            </header>
            if let Some(notice) = &state.notice {
                <div class="notice" role="status">
                    <span>{ notice }</span>
                    <button type="button" onclick={dismiss} aria-label="Dismiss notice">{ "\u{00D7}" }</button>
                </div>
            }
            if let Some(task) = &state.task {
                <task::TaskBar task={task.clone()} dispatch={dispatch.clone()} />
            }
            <p class="visually-hidden" aria-live="polite" id="result-count">{ format!("{count} sentences match") }</p>
            <div class="layout">
                if *sidebar {
                    <Facets state={state.clone()} dispatch={dispatch.clone()} />
                } else {
                    <aside class="facets" id="facets" aria-label="Filters"></aside>
                }
                <main class="main" id="main">{ main }</main>
            </div>
        </div>
    }
}

/// Mounts the app on `<body>`.
pub fn start() {
    yew::Renderer::<App>::new().render();
}
