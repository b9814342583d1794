//! How the page shows things, apart from what is selected: the reader's highlights, the facets
//! drawer on narrow screens, and the notice line.

use super::State;

/// What the reader can switch on and off in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Highlight {
    Entities,
    Numbers,
    Claims,
    Furniture,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Highlights {
    pub entities: bool,
    pub numbers: bool,
    pub claims: bool,
    /// Show page furniture (dimmed) rather than hide it.
    pub furniture: bool,
}

impl Default for Highlights {
    fn default() -> Self {
        Highlights { entities: true, numbers: true, claims: true, furniture: true }
    }
}

impl Highlights {
    fn toggle(&mut self, h: Highlight) {
        let on = match h {
            Highlight::Entities => &mut self.entities,
            Highlight::Numbers => &mut self.numbers,
            Highlight::Claims => &mut self.claims,
            Highlight::Furniture => &mut self.furniture,
        };
        *on = !*on;
    }
}

/// Switches on the page.
#[derive(Debug, Clone, PartialEq)]
pub enum DisplayAction {
    ToggleHighlight(Highlight),
    /// Open or close the facets drawer (narrow screens).
    ToggleFacets,
}

/// The notice line: a short message for the reader.
#[derive(Debug, Clone, PartialEq)]
pub enum NoticeAction {
    /// Say something to the reader without changing anything else.
    Show(String),
    Dismiss,
}

impl State {
    pub(super) fn apply_display(&mut self, action: DisplayAction) {
        match action {
            DisplayAction::ToggleHighlight(h) => self.highlights.toggle(h),
            DisplayAction::ToggleFacets => self.facets_open = !self.facets_open,
        }
    }

    pub(super) fn apply_notice(&mut self, action: NoticeAction) {
        self.notice = match action {
            NoticeAction::Show(text) => Some(text),
            NoticeAction::Dismiss => None,
        };
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::state;
    use super::super::{Action, NavigationAction};
    use super::*;

    #[test]
    fn highlights_and_drawer_toggle() {
        let s = state()
            .apply(Action::Display(DisplayAction::ToggleHighlight(Highlight::Numbers)))
            .apply(Action::Display(DisplayAction::ToggleFacets));
        assert!(!s.highlights.numbers && s.highlights.entities);
        assert!(s.facets_open);
        assert!(!s.apply(Action::Navigation(NavigationAction::Escape)).facets_open, "Escape closes the drawer first");
    }

    #[test]
    fn each_highlight_toggles_only_itself() {
        for h in [Highlight::Entities, Highlight::Numbers, Highlight::Claims, Highlight::Furniture] {
            let mut hl = Highlights::default();
            hl.toggle(h);
            let off = [hl.entities, hl.numbers, hl.claims, hl.furniture].iter().filter(|on| !**on).count();
            assert_eq!(off, 1, "{h:?}");
            hl.toggle(h);
            assert_eq!(hl, Highlights::default());
        }
    }

    #[test]
    fn a_notice_is_shown_then_dismissed_and_escape_closes_it() {
        let s = state().apply(Action::Notice(NoticeAction::Show("Saved.".into())));
        assert_eq!(s.notice.as_deref(), Some("Saved."));
        assert!(s.apply(Action::Notice(NoticeAction::Dismiss)).notice.is_none());
        assert!(s.apply(Action::Navigation(NavigationAction::Escape)).notice.is_none());
    }
}
