//! The Yew UI (wasm32 only): small function components over one reducer (`crate::state`).
//!
//! Data flows down as props, actions flow up as callbacks; all state changes happen in
//! `State::apply`, which is plain Rust tested natively. The URL hash mirrors the state both ways.

mod claim;
mod edit;
mod facets;
mod library;
mod matrix;
mod overview;
mod reader;
pub(crate) mod task;

use std::rc::Rc;

use gloo::events::EventListener;
use yew::prelude::*;

use crate::state::{Action, State, View};

pub use claim::ClaimView;
pub use facets::Facets;
pub use library::Library;
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

/// A short tag per source for compact marks: A, B, C … then numbers.
pub fn source_tag(i: usize) -> String {
    if i < 26 {
        ((b'A' + i as u8) as char).to_string()
    } else {
        (i + 1).to_string()
    }
}

/// A source's label cut to fit a mark key or a column head.
pub fn short_label(label: &str) -> String {
    parallax_core::text::truncate_words(label, 48)
}

/// The whole app over the embedded corpus.
#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(|| {
        crate::platform::mark("parallax:analyze:start");
        let analysis = parallax_core::analyze(&crate::corpus::embedded_sources());
        crate::platform::measure("parallax:analyze", "parallax:analyze:start");
        let s = State {
            sources: std::rc::Rc::new(crate::corpus::embedded_sources()),
            embedded: true,
            ..State::new(analysis)
        };
        AppState(s.apply(Action::OpenHash(crate::platform::hash())))
    });
    // The hash follows the state… (except while a link waits for the corpus it names)
    {
        let hash = crate::route::to_hash(&state.0.route());
        let waiting = state.0.pending_hash.is_some();
        use_effect_with((hash, waiting), |(hash, waiting)| {
            if !waiting {
                crate::platform::set_hash(hash);
            }
        });
    }
    // …and so does the page title.
    {
        let title = state.0.title();
        use_effect_with(title, |title| crate::platform::set_title(title));
    }
    // The reader's own corpus, kept in this browser, comes back on a reload.
    {
        let dispatcher = state.dispatcher();
        let dispatch: Callback<Action> = Callback::from(move |a| dispatcher.dispatch(a));
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                match crate::storage::load().await {
                    Ok(Some(stored)) if stored.active && !stored.sources.is_empty() => {
                        let n = stored.sources.len();
                        let s = if n == 1 { "" } else { "s" };
                        let done = format!("Restored your {n} article{s} kept in this browser.");
                        match stored.reusable() {
                            // Kept with its analysis by this engine: shown as it was, nothing to analyse.
                            Some(bundle) => {
                                crate::platform::mark("parallax:restore:reused");
                                let analysis = crate::state::SharedAnalysis::new(bundle.analysis);
                                task::finish(bundle.sources, analysis, None, done, &dispatch);
                            }
                            // Kept by an older version or another engine: analysed again, and kept so.
                            None => {
                                let title = format!("Restoring your {n} article{s} kept in this browser");
                                task::analyse(Rc::new(stored.sources), Vec::new(), title, Some(done), true, dispatch);
                            }
                        }
                    }
                    Ok(Some(stored)) if stored.active => {
                        dispatch.emit(Action::ReplaceCorpus {
                            sources: std::rc::Rc::new(Vec::new()),
                            analysis: crate::state::SharedAnalysis::new(parallax_core::analyze(&[])),
                            embedded: false,
                            notice: Some("Your corpus in this browser is empty: add articles to compare.".to_string()),
                        });
                        dispatch.emit(Action::ResolvePendingHash);
                    }
                    Ok(_) => dispatch.emit(Action::ResolvePendingHash),
                    Err(e) => {
                        dispatch.emit(Action::ApplyNotice(format!("Your saved articles could not be read: {e}.")));
                        dispatch.emit(Action::ResolvePendingHash);
                    }
                }
            });
        });
    }
    // …and the state follows the hash (links, reloads, back and forward), plus global keys.
    {
        let dispatch = state.dispatcher();
        use_effect_with((), move |_| {
            let window = gloo::utils::window();
            let on_hash = {
                let dispatch = dispatch.clone();
                EventListener::new(&window, "hashchange", move |_| {
                    if let Some(hash) = crate::platform::foreign_hash() {
                        dispatch.dispatch(Action::ApplyHash(hash));
                    }
                })
            };
            // Not passive: "/" must not type itself into the search field it focuses.
            let options = gloo::events::EventListenerOptions::enable_prevent_default();
            let on_key = EventListener::new_with_options(&gloo::utils::document(), "keydown", options, move |e| {
                let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else { return };
                if e.key() == "Escape" {
                    dispatch.dispatch(Action::Escape);
                } else if e.key() == "/" && !crate::platform::typing() && !e.ctrl_key() && !e.meta_key() {
                    e.prevent_default();
                    crate::platform::focus("search");
                }
            });
            // A change made just before a reload or a close is not lost to the idle wait.
            let on_leave = EventListener::new(&window, "pagehide", |_| crate::platform::flush_hash());
            move || drop((on_hash, on_key, on_leave))
        });
    }
    html! { <Explorer state={state} /> }
}

use wasm_bindgen::JsCast;

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
    let a = &state.analysis;
    let selection = state.selection();
    let count = selection.count();
    let nav = |label: &str, view: View, current: bool| {
        let dispatch = dispatch.clone();
        let onclick = Callback::from(move |_: MouseEvent| dispatch.emit(Action::Navigate(view.clone())));
        html! { <button type="button" class="tab" aria-current={current.then_some("page")} {onclick}>{ label.to_string() }</button> }
    };
    let on_query = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                dispatch.emit(Action::SetQuery(input.value()));
            }
        })
    };
    let export = |format: &'static str| {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            let rows = crate::export::rows(&state);
            let (name, mime, body) = match format {
                "csv" => ("parallax-selection.csv", "text/csv", crate::export::csv(&rows)),
                _ => ("parallax-selection.json", "application/json", crate::export::json(&rows)),
            };
            let _ = crate::platform::download(name, mime, &body);
        })
    };
    let export_bundle = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            let bytes = parallax_core::bundle::encode(&state.sources, &state.analysis);
            let name = format!("parallax-corpus.{}", parallax_core::bundle::EXTENSION);
            let _ = crate::platform::download_bytes(&name, "application/octet-stream", &bytes);
        })
    };
    let toggle_facets = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(Action::ToggleFacets))
    };
    let dismiss = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(Action::DismissNotice))
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
                    <button type="button" onclick={export("json")} title="Download the selected sentences as JSON">{ "Export JSON" }</button>
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
                <Facets state={state.clone()} dispatch={dispatch.clone()} />
                <main class="main" id="main">{ main }</main>
            </div>
        </div>
    }
}

/// Mounts the app on `<body>`.
pub fn start() {
    yew::Renderer::<App>::new().render();
}
