//! The app state and its reducer: plain data and plain functions, tested natively.
//!
//! The UI dispatches `Action`s; `State::apply` returns the next state. No browser types here.

use std::rc::Rc;

use parallax_core::Analysis;

/// What the reader is looking at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum View {
    /// The list of sources.
    Overview,
    /// One source's text; the id of the document.
    Source(String),
}

/// A shared, immutable analysis. Equality is identity: two handles are equal when they point at
/// the same analysis, so Yew's prop comparison costs nothing however large the corpus.
#[derive(Debug, Clone)]
pub struct SharedAnalysis(pub Rc<Analysis>);

impl PartialEq for SharedAnalysis {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for SharedAnalysis {
    type Target = Analysis;
    fn deref(&self) -> &Analysis {
        &self.0
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct State {
    pub analysis: SharedAnalysis,
    pub view: View,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    ShowOverview,
    OpenSource(String),
}

impl State {
    pub fn new(analysis: Analysis) -> Self {
        State { analysis: SharedAnalysis(Rc::new(analysis)), view: View::Overview }
    }

    /// The next state after `action`. Unknown ids leave the state as it was.
    pub fn apply(&self, action: Action) -> State {
        let view = match action {
            Action::ShowOverview => View::Overview,
            Action::OpenSource(id) if self.analysis.documents.iter().any(|d| d.id == id) => View::Source(id),
            Action::OpenSource(_) => self.view.clone(),
        };
        State { analysis: self.analysis.clone(), view }
    }

    /// Index of the open source in `analysis.documents`.
    pub fn selected_index(&self) -> Option<usize> {
        match &self.view {
            View::Source(id) => self.analysis.documents.iter().position(|d| &d.id == id),
            View::Overview => None,
        }
    }

    pub fn selected_document(&self) -> Option<&parallax_core::Document> {
        self.selected_index().map(|i| &self.analysis.documents[i])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use parallax_core::{analyze, Source};

    fn state() -> State {
        State::new(analyze(&[Source::new("a", "First report. It says things."), Source::new("b", "Second report.")]))
    }

    #[test]
    fn opening_a_source_selects_it_and_overview_returns() {
        let s = state().apply(Action::OpenSource("b".into()));
        assert_eq!(s.view, View::Source("b".into()));
        assert_eq!(s.selected_document().map(|d| d.id.as_str()), Some("b"));
        let back = s.apply(Action::ShowOverview);
        assert_eq!(back.view, View::Overview);
        assert!(back.selected_document().is_none());
    }

    #[test]
    fn opening_an_unknown_source_keeps_the_current_view() {
        let s = state().apply(Action::OpenSource("a".into())).apply(Action::OpenSource("nope".into()));
        assert_eq!(s.view, View::Source("a".into()));
    }
}
