//! The app state and its reducer: plain data and plain functions, tested natively.
//!
//! The UI dispatches `Action`s; `State::apply` returns the next state. An action names the
//! concern it changes, and each concern lives in a module of its own with its sub-action and
//! its `apply_*`:
//!
//! - `navigation`: the view, the URL hash read back, a link waiting for its corpus, Escape
//! - `selection`: the filters, the sentences they select, facet counts, "Show more"
//! - `display`: highlights, the facets drawer, the notice line
//! - `corpus`: the shared analysis, replacing it, the background task that leads there
//! - `labels`: chips, the page title, why a selection is empty, source tags (read-only)
//! - `keys`: what a global key press means
//!
//! Everything a view shows is derived from the state by functions here, so the components stay
//! small and the logic stays testable without a browser.

mod corpus;
mod display;
pub mod keys;
pub mod labels;
mod navigation;
mod selection;

use std::rc::Rc;

use parallax_core::{Analysis, Source};

pub use crate::route::{Filters, Route, View};
pub use corpus::{Corpus, CorpusAction, SharedAnalysis, Task};
pub use display::{DisplayAction, Highlight, Highlights, NoticeAction};
pub use navigation::NavigationAction;
pub use selection::{Chip, FacetCounts, SelectionAction, RESULTS_MORE, RESULTS_PAGE};

#[derive(Debug, Clone, PartialEq)]
pub struct State {
    pub analysis: SharedAnalysis,
    /// The raw texts behind the analysis, to re-analyse when articles are added.
    pub sources: Rc<Vec<Source>>,
    /// The corpus is the embedded seed reports (not the reader's own).
    pub embedded: bool,
    pub view: View,
    pub filters: Filters,
    pub highlights: Highlights,
    /// A short message for the reader (a link that could not be read, say).
    pub notice: Option<String>,
    /// The facets drawer on narrow screens.
    pub facets_open: bool,
    /// An analysis running in the background, for the progress bar.
    pub task: Option<Task>,
    /// A link that named things of a corpus not yet loaded (the reader's own, restored from the
    /// browser's storage after start-up): applied once that corpus is in, dropped if the reader
    /// moves first. While it waits, the address bar keeps it.
    pub pending_hash: Option<String>,
    /// How many of the selected sentences the overview lists: one page, more on request, and
    /// one page again whenever the filters or the corpus change.
    pub results_shown: usize,
}

/// Everything that changes the state, by concern.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Navigation(NavigationAction),
    Selection(SelectionAction),
    Display(DisplayAction),
    Notice(NoticeAction),
    Corpus(CorpusAction),
}

impl Action {
    /// News from elsewhere (the corpus arriving, background work, a message) leaves a link that
    /// waits for its corpus in place; anything the reader does moves on from it.
    fn keeps_waiting_link(&self) -> bool {
        matches!(self, Action::Corpus(_) | Action::Notice(_))
    }
}

impl State {
    pub fn new(analysis: Analysis) -> Self {
        State {
            sources: Rc::new(Vec::new()),
            embedded: false,
            analysis: SharedAnalysis::new(analysis),
            view: View::Overview,
            filters: Filters::default(),
            highlights: Highlights::default(),
            notice: None,
            facets_open: false,
            task: None,
            pending_hash: None,
            results_shown: RESULTS_PAGE,
        }
    }

    pub fn route(&self) -> Route {
        Route { view: self.view.clone(), filters: self.filters.clone() }
    }

    /// The next state after `action`.
    pub fn apply(&self, action: Action) -> State {
        let mut next = self.clone();
        let waiting = if action.keeps_waiting_link() { None } else { next.pending_hash.take() };
        let new_corpus = matches!(action, Action::Corpus(CorpusAction::Replace { .. }));
        match action {
            Action::Navigation(a) => next.apply_navigation(a, waiting),
            Action::Selection(a) => next.apply_selection(a),
            Action::Display(a) => next.apply_display(a),
            Action::Notice(a) => next.apply_notice(a),
            Action::Corpus(a) => next.apply_corpus(a),
        }
        // A new selection lists one page again.
        if new_corpus || next.filters != self.filters {
            next.results_shown = RESULTS_PAGE;
        }
        next
    }
}

#[cfg(test)]
mod test_support {
    use super::State;
    use parallax_core::{analyze, Source};

    /// Two short sources that share a place, a person and a number.
    pub fn state() -> State {
        State::new(analyze(&[
            Source::new("a", "Emmanuel Macron met leaders in Paris. 26 nations pledged troops. The weather was fine."),
            Source::new("b", "Twenty-six countries pledged troops, Macron said in Paris. Berlin stayed silent."),
        ]))
    }

    pub fn id_of(s: &State, name: &str) -> String {
        s.analysis.entities.iter().find(|e| e.name == name).unwrap().id.clone()
    }
}
