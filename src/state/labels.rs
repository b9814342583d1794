//! Words the page shows for the state: chips for the active filters, the page title, why a
//! selection is empty, and the short tags and labels that stand for sources.

use super::{Chip, Filters, State, View};

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

impl State {
    /// Active filters as chips with readable labels.
    pub fn chips(&self) -> Vec<(Chip, String)> {
        let a = &self.analysis;
        let f = &self.filters;
        let mut out = Vec::new();
        for id in &f.entities {
            let name = a.entity_index(id).map(|i| a.entities[i].name.clone()).unwrap_or_else(|| id.clone());
            out.push((Chip::Entity(id.clone()), name));
        }
        for key in &f.numbers {
            let label = a.index().number(key).map(|v| v.label.clone()).unwrap_or_else(|| key.clone());
            out.push((Chip::Number(key.clone()), label));
        }
        for id in &f.topics {
            let label = a.topic_index(id).map(|i| a.topics[i].label.clone()).unwrap_or_else(|| id.clone());
            out.push((Chip::Topic(id.clone()), label));
        }
        for s in &f.statuses {
            out.push((Chip::Status(*s), s.label().to_string()));
        }
        if !f.query.trim().is_empty() {
            out.push((Chip::Query, format!("\u{201C}{}\u{201D}", f.query.trim())));
        }
        out
    }

    /// The page title for the current view: the tab and the history list say where the reader is.
    /// (Set as text by the platform layer; a label full of markup stays text.)
    pub fn title(&self) -> String {
        let a = &self.analysis;
        let place = match &self.view {
            View::Overview => "Overview".to_string(),
            View::Matrix => "Matrix".to_string(),
            View::Claim(id) => format!("Claim {id}"),
            View::Read(ids) => {
                let labels: Vec<String> = ids
                    .iter()
                    .filter_map(|id| a.document_index(id))
                    .map(|i| parallax_core::text::truncate_words(&a.documents[i].label, 60))
                    .collect();
                if labels.is_empty() {
                    "Read".to_string()
                } else {
                    format!("Read: {}", labels.join(" | "))
                }
            }
        };
        format!("{place} \u{2014} Parallax")
    }

    /// Why the selection is empty, when it is: which filter removed the last sentence.
    pub fn empty_reason(&self) -> Option<String> {
        if self.selection().count() > 0 || self.filters.is_empty() {
            return None;
        }
        let q = self.filters.query.trim();
        if !q.is_empty() && self.selection_without(None).count() == 0 {
            let without_query =
                State { filters: Filters { query: String::new(), ..self.filters.clone() }, ..self.clone() };
            if without_query.selection().count() > 0 {
                return Some(format!(
                    "No sentence among the {} selected contains \u{201C}{q}\u{201D}.",
                    without_query.selection().count()
                ));
            }
        }
        Some("No sentence matches all of these filters together (values within a facet are OR-ed, facets are AND-ed). Remove a chip to widen the selection.".to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{id_of, state};
    use super::super::{Action, NavigationAction, SelectionAction};
    use super::*;
    use parallax_core::{analyze, Source};

    #[test]
    fn the_title_says_where_the_reader_is() {
        let s = state();
        assert_eq!(s.title(), "Overview \u{2014} Parallax");
        let read = s.apply(Action::Navigation(NavigationAction::Navigate(View::Read(vec!["a".into()]))));
        assert!(read.title().starts_with("Read: Emmanuel Macron met leaders"), "{}", read.title());
        let hostile = State::new(analyze(&[Source::new("x", "<img src=x onerror=alert(1)>\n\nLeaders met.")]))
            .apply(Action::Navigation(NavigationAction::Navigate(View::Read(vec!["x".into()]))));
        assert!(hostile.title().contains("<img src=x onerror=alert(1)>"), "kept as text: {}", hostile.title());
    }

    #[test]
    fn chips_name_each_filter_readably() {
        let s = state();
        let paris = id_of(&s, "Paris");
        let s = s
            .apply(Action::Selection(SelectionAction::ToggleEntity(paris.clone())))
            .apply(Action::Selection(SelectionAction::SetQuery("  troops ".into())));
        assert_eq!(
            s.chips(),
            vec![(Chip::Entity(paris), "Paris".to_string()), (Chip::Query, "\u{201C}troops\u{201D}".to_string())]
        );
    }

    #[test]
    fn an_empty_selection_says_which_filter_emptied_it() {
        let s = state();
        assert_eq!(s.empty_reason(), None, "nothing chosen");
        let berlin = id_of(&s, "Berlin");
        let apart = s
            .apply(Action::Selection(SelectionAction::ToggleEntity(berlin)))
            .apply(Action::Selection(SelectionAction::ToggleNumber("countries|26".into())));
        assert_eq!(apart.selection().count(), 0, "no sentence names Berlin and 26 countries");
        assert!(apart.empty_reason().unwrap().starts_with("No sentence matches all of these filters"));
    }

    #[test]
    fn sources_are_tagged_by_letter_then_number() {
        assert_eq!((source_tag(0), source_tag(25), source_tag(26)), ("A".into(), "Z".into(), "27".into()));
        assert_eq!(short_label("Short"), "Short");
        assert!(short_label(&"word ".repeat(40)).chars().count() <= 49);
    }
}
