//! The selection: the filters the reader chose (OR within a facet, AND across facets, plus the
//! search text), the sentences they let through, the counts each facet value would give, and how
//! many of the selected sentences the overview lists.

use parallax_core::order::SortedSet;

use parallax_core::claims::Status;
use parallax_core::index::{Bitset, Index};

use super::{Filters, State};

/// Sentences the overview lists at first. The list sits below the fold on a laptop screen, and
/// each row is DOM built in the frame of the click: fewer rows keep a filter change within a
/// frame (60 rows took about 3 ms of a 16 ms frame on the seed corpus).
pub const RESULTS_PAGE: usize = 25;
/// Rows each "Show more" adds.
pub const RESULTS_MORE: usize = 100;

/// A filter as a removable chip.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Chip {
    Entity(String),
    Number(String),
    Topic(String),
    Status(Status),
    Query,
}

/// Changes to the filters, and to how much of their result is listed.
#[derive(Debug, Clone, PartialEq)]
pub enum SelectionAction {
    /// Entities, numbers (by "group|value" key) and topics by id; ids the corpus lacks are ignored.
    ToggleEntity(String),
    ToggleNumber(String),
    ToggleTopic(String),
    ToggleStatus(Status),
    SetQuery(String),
    Remove(Chip),
    Clear,
    /// List more of the selected sentences in the overview.
    ShowMore,
}

/// The longest search text kept, in characters.
const MAX_QUERY_CHARS: usize = 200;

fn toggle<T: Ord>(set: &mut SortedSet<T>, v: T) {
    if !set.remove(&v) {
        set.insert(v);
    }
}

impl State {
    pub(super) fn apply_selection(&mut self, action: SelectionAction) {
        let known = &self.analysis;
        let f = &mut self.filters;
        match action {
            SelectionAction::ToggleEntity(id) if known.entity_index(&id).is_some() => toggle(&mut f.entities, id),
            SelectionAction::ToggleNumber(key) if known.index().number(&key).is_some() => toggle(&mut f.numbers, key),
            SelectionAction::ToggleTopic(id) if known.topic_index(&id).is_some() => toggle(&mut f.topics, id),
            SelectionAction::ToggleEntity(_) | SelectionAction::ToggleNumber(_) | SelectionAction::ToggleTopic(_) => {}
            SelectionAction::ToggleStatus(s) => toggle(&mut f.statuses, s),
            SelectionAction::SetQuery(q) => f.query = q.chars().take(MAX_QUERY_CHARS).collect(),
            SelectionAction::Remove(chip) => f.remove(&chip),
            SelectionAction::Clear => *f = Filters::default(),
            SelectionAction::ShowMore => self.results_shown = self.results_shown.saturating_add(RESULTS_MORE),
        }
    }

    /// The sentences every active filter lets through (furniture never).
    pub fn selection(&self) -> Bitset {
        self.selection_without(None)
    }

    /// Counts for every facet value under the current selection: each facet is counted with
    /// the other facets applied but not itself, so choosing a second value of a facet (OR)
    /// is never a dead end.
    pub fn facet_counts(&self) -> FacetCounts {
        let index = self.analysis.index();
        let base_e = self.selection_without(Some(Facet::Entities));
        let base_n = self.selection_without(Some(Facet::Numbers));
        let base_t = self.selection_without(Some(Facet::Topics));
        let base_s = self.selection_without(Some(Facet::Statuses));
        FacetCounts {
            entities: index.entities.iter().map(|b| base_e.count_and(b)).collect(),
            numbers: index
                .numbers
                .iter()
                .map(|g| g.values.iter().map(|v| base_n.count_and(&v.sentences)).collect())
                .collect(),
            topics: index.topics.iter().map(|b| base_t.count_and(b)).collect(),
            statuses: [0, 1, 2].map(|k| base_s.count_and(&index.statuses[k])),
        }
    }

    /// Sentences that pass every active facet except `skip` (for that facet's own counts).
    pub(super) fn selection_without(&self, skip: Option<Facet>) -> Bitset {
        let index = self.analysis.index();
        let mut sel = index.content.clone();
        let f = &self.filters;
        let a = &self.analysis;
        if skip != Some(Facet::Entities) {
            and_any(&mut sel, f.entities.iter().filter_map(|id| a.entity_index(id)).map(|i| &index.entities[i]));
        }
        if skip != Some(Facet::Numbers) {
            and_any(&mut sel, f.numbers.iter().filter_map(|key| index.number(key)).map(|v| &v.sentences));
        }
        if skip != Some(Facet::Topics) {
            and_any(&mut sel, f.topics.iter().filter_map(|id| a.topic_index(id)).map(|i| &index.topics[i]));
        }
        if skip != Some(Facet::Statuses) {
            and_any(&mut sel, f.statuses.iter().map(|s| &index.statuses[Index::status_slot(*s)]));
        }
        let q = parallax_core::text::fold(f.query.trim());
        if !q.is_empty() {
            let texts = &self.analysis.0.search_text;
            let mut matching = Bitset::empty(index.total);
            for i in sel.iter() {
                if texts[i].contains(&q) {
                    matching.insert(i);
                }
            }
            sel = matching;
        }
        sel
    }
}

impl Filters {
    /// Drops the filter a chip stands for.
    fn remove(&mut self, chip: &Chip) {
        match chip {
            Chip::Entity(id) => {
                self.entities.remove(id);
            }
            Chip::Number(key) => {
                self.numbers.remove(key);
            }
            Chip::Topic(id) => {
                self.topics.remove(id);
            }
            Chip::Status(s) => {
                self.statuses.remove(s);
            }
            Chip::Query => self.query.clear(),
        }
    }
}

/// One facet's filter: OR of its chosen values' sentences, AND-ed into the selection. A facet
/// with nothing chosen leaves the selection as it is.
fn and_any<'a>(selection: &mut Bitset, chosen: impl Iterator<Item = &'a Bitset>) {
    let mut any: Option<Bitset> = None;
    for set in chosen {
        match &mut any {
            Some(acc) => acc.or_with(set),
            None => any = Some(set.clone()),
        }
    }
    if let Some(any) = any {
        selection.and_with(&any);
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Facet {
    Entities,
    Numbers,
    Topics,
    Statuses,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetCounts {
    pub entities: Vec<usize>,
    /// Per number group, per value.
    pub numbers: Vec<Vec<usize>>,
    pub topics: Vec<usize>,
    /// Disagreement, agreement, single-source.
    pub statuses: [usize; 3],
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{id_of, state};
    use super::super::{Action, CorpusAction, DisplayAction, Highlight, NavigationAction, SharedAnalysis, View};
    use super::*;
    use parallax_core::analyze;
    use std::rc::Rc;

    fn select(a: SelectionAction) -> Action {
        Action::Selection(a)
    }

    #[test]
    fn filters_or_within_and_across_facets() {
        let s = state();
        let all = s.selection().count();
        let paris = id_of(&s, "Paris");
        let macron = id_of(&s, "Emmanuel Macron");
        let s1 = s.apply(select(SelectionAction::ToggleEntity(paris.clone())));
        assert_eq!(s1.selection().count(), 2, "two sentences name Paris");
        let s2 = s1.apply(select(SelectionAction::ToggleEntity(macron.clone())));
        assert_eq!(s2.selection().count(), 2, "OR within entities: Macron is in the same sentences");
        let s3 = s2.apply(select(SelectionAction::ToggleNumber("countries|26".into())));
        assert_eq!(s3.selection().count(), 1, "AND across facets: only b's first sentence has both");
        let counts = s3.facet_counts();
        let berlin = s.analysis.entity_index(&id_of(&s, "Berlin")).unwrap();
        assert_eq!(counts.entities[berlin], 0);
        assert_eq!(s3.chips().len(), 3);
        let s4 = s3.apply(select(SelectionAction::Remove(Chip::Number("countries|26".into()))));
        assert_eq!(s4.selection().count(), 2);
        assert_eq!(s4.apply(select(SelectionAction::Clear)).selection().count(), all);
        assert_eq!(s.apply(select(SelectionAction::ToggleEntity("no-such".into()))), s, "unknown ids are ignored");
        assert_eq!(
            s1.apply(select(SelectionAction::ToggleEntity(paris))).filters,
            Filters::default(),
            "toggling twice clears"
        );
    }

    #[test]
    fn show_more_grows_the_list_until_the_filters_or_corpus_change() {
        let s = state();
        assert_eq!(s.results_shown, RESULTS_PAGE);
        let more = s.apply(select(SelectionAction::ShowMore)).apply(select(SelectionAction::ShowMore));
        assert_eq!(more.results_shown, RESULTS_PAGE + 2 * RESULTS_MORE);
        assert_eq!(
            more.apply(Action::Navigation(NavigationAction::Navigate(View::Matrix))).results_shown,
            more.results_shown,
            "views keep it"
        );
        assert_eq!(
            more.apply(Action::Display(DisplayAction::ToggleHighlight(Highlight::Numbers))).results_shown,
            more.results_shown
        );
        let paris = id_of(&s, "Paris");
        assert_eq!(
            more.apply(select(SelectionAction::ToggleEntity(paris))).results_shown,
            RESULTS_PAGE,
            "a new selection"
        );
        assert_eq!(more.apply(select(SelectionAction::SetQuery("troops".into()))).results_shown, RESULTS_PAGE);
        let replaced = more.apply(Action::Corpus(CorpusAction::Replace {
            sources: Rc::new(Vec::new()),
            analysis: SharedAnalysis::new(analyze(&[])),
            embedded: false,
            notice: None,
        }));
        assert_eq!(replaced.results_shown, RESULTS_PAGE, "a new corpus");
    }

    #[test]
    fn search_narrows_and_explains_an_empty_result() {
        let s = state().apply(select(SelectionAction::SetQuery("PLEDGED".into())));
        assert_eq!(s.selection().count(), 2, "case-insensitive");
        let none = s.apply(select(SelectionAction::SetQuery("zebra".into())));
        assert_eq!(none.selection().count(), 0);
        assert!(none.empty_reason().unwrap().contains("zebra"));
        assert_eq!(
            none.apply(select(SelectionAction::Remove(Chip::Query))).selection().count(),
            state().selection().count()
        );
    }

    #[test]
    fn a_long_search_is_cut_to_its_first_characters() {
        let s = state().apply(select(SelectionAction::SetQuery("é".repeat(MAX_QUERY_CHARS + 50))));
        assert_eq!(s.filters.query.chars().count(), MAX_QUERY_CHARS);
    }

    #[test]
    fn statuses_filter_and_count() {
        let s = state();
        let counts = s.facet_counts();
        assert!(counts.statuses.iter().sum::<usize>() >= s.selection().count());
        let single = s.apply(select(SelectionAction::ToggleStatus(Status::SingleSource)));
        assert_eq!(single.selection().count(), counts.statuses[2]);
    }
}
