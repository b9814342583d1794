//! The Yew UI (wasm32 only): small function components over one reducer (`crate::state`).
//!
//! Data flows down as props, actions flow up as callbacks; all state changes happen in
//! `State::apply`, which is plain Rust tested natively.

mod reader;
mod sources;

use std::rc::Rc;

use yew::prelude::*;

use crate::state::{Action, State, View};

pub use reader::Reader;
pub use sources::SourceList;

/// The reducer wrapper Yew needs; the logic lives in `State::apply`.
#[derive(Debug, Clone, PartialEq)]
pub struct AppState(pub State);

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(AppState(self.0.apply(action)))
    }
}

/// The whole app over the embedded corpus.
#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(|| AppState(State::new(parallax_core::analyze(&crate::corpus::embedded_sources()))));
    html! { <Explorer state={state} /> }
}

#[derive(Properties, PartialEq)]
pub struct ExplorerProps {
    pub state: UseReducerHandle<AppState>,
}

/// The page layout: sources on one side, the selected source's text on the other.
#[function_component(Explorer)]
pub fn explorer(props: &ExplorerProps) -> Html {
    let state = &props.state.0;
    let dispatch = props.state.dispatcher();
    let on_open = {
        let dispatch = dispatch.clone();
        Callback::from(move |id: String| dispatch.dispatch(Action::OpenSource(id)))
    };
    let on_close = Callback::from(move |_| dispatch.dispatch(Action::ShowOverview));
    let documents = &state.analysis.documents;
    let total_words: usize = documents.iter().map(|d| d.words).sum();
    let selected = match &state.view {
        View::Source(id) => Some(id.clone()),
        View::Overview => None,
    };
    html! {
        <div class="app">
            <header class="masthead">
                <h1>{ "Parallax" }</h1>
                <p class="tagline">{ "One story, many sources." }</p>
                <p class="corpus-summary">{ format!("{} sources, {} words", documents.len(), total_words) }</p>
            </header>
            <main class={classes!("layout", selected.is_some().then_some("reading"))}>
                <SourceList analysis={state.analysis.clone()} selected={selected.clone()} on_open={on_open} />
                {
                    match state.selected_index() {
                        Some(doc) => html! { <Reader analysis={state.analysis.clone()} {doc} {on_close} /> },
                        None => html! {
                            <section class="placeholder" aria-label="Reader">
                                <p>{ "Choose a source to read it." }</p>
                            </section>
                        },
                    }
                }
            </main>
        </div>
    }
}

/// Mounts the app on `<body>`.
pub fn start() {
    yew::Renderer::<App>::new().render();
}
