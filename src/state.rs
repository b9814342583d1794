//! The app state and its reducer: plain data and plain functions, tested natively.
//!
//! The UI dispatches `Action`s; `State::apply` returns the next state. Everything a view shows
//! is derived from the state by functions here (the filtered selection, facet counts, chips), so
//! the components stay small and the logic stays testable without a browser.

use std::rc::Rc;

use parallax_core::claims::Status;
use parallax_core::index::{self, Bitset, Index};
use parallax_core::Analysis;

pub use crate::route::{Filters, Route, View};

/// A shared, immutable analysis with its index. Equality is identity: two handles are equal when
/// they point at the same analysis, so Yew's prop comparison costs nothing however large the corpus.
#[derive(Debug, Clone)]
pub struct SharedAnalysis(pub Rc<Corpus>);

/// The analysis plus what the UI derives from it once.
#[derive(Debug)]
pub struct Corpus {
    pub analysis: Analysis,
    pub index: Index,
    /// Each sentence's text folded to lower case, by global sentence number, for search.
    pub search_text: Vec<String>,
}

impl PartialEq for SharedAnalysis {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for SharedAnalysis {
    type Target = Analysis;
    fn deref(&self) -> &Analysis {
        &self.0.analysis
    }
}

impl SharedAnalysis {
    pub fn new(analysis: Analysis) -> Self {
        let index = index::build(&analysis);
        let mut search_text = Vec::with_capacity(index.total);
        for d in &analysis.documents {
            for s in &d.sentences {
                search_text.push(parallax_core::text::fold(d.sentence_text(s)));
            }
        }
        SharedAnalysis(Rc::new(Corpus { analysis, index, search_text }))
    }

    pub fn index(&self) -> &Index {
        &self.0.index
    }

    pub fn entity_index(&self, id: &str) -> Option<usize> {
        self.entities.iter().position(|e| e.id == id)
    }

    pub fn topic_index(&self, id: &str) -> Option<usize> {
        self.topics.iter().position(|t| t.id == id)
    }

    pub fn claim_index(&self, id: &str) -> Option<usize> {
        self.claims.iter().position(|c| c.id == id)
    }

    pub fn document_index(&self, id: &str) -> Option<usize> {
        self.documents.iter().position(|d| d.id == id)
    }
}

impl crate::route::Known for SharedAnalysis {
    fn has_document(&self, id: &str) -> bool {
        self.document_index(id).is_some()
    }
    fn has_claim(&self, id: &str) -> bool {
        self.claim_index(id).is_some()
    }
    fn has_entity(&self, id: &str) -> bool {
        self.entity_index(id).is_some()
    }
    fn has_number(&self, key: &str) -> bool {
        self.index().number(key).is_some()
    }
    fn has_topic(&self, id: &str) -> bool {
        self.topic_index(id).is_some()
    }
}

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

#[derive(Debug, Clone, PartialEq)]
pub struct State {
    pub analysis: SharedAnalysis,
    /// The raw texts behind the analysis, to re-analyse when articles are added.
    pub sources: Rc<Vec<parallax_core::Source>>,
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

/// Sentences the overview lists at first. The list sits below the fold on a laptop screen, and
/// each row is DOM built in the frame of the click: fewer rows keep a filter change within a
/// frame (60 rows took about 3 ms of a 16 ms frame on the seed corpus).
pub const RESULTS_PAGE: usize = 25;
/// Rows each "Show more" adds.
pub const RESULTS_MORE: usize = 100;

/// A background analysis: what it is for, and how far it has got.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Task {
    pub title: String,
    pub progress: Option<parallax_core::Progress>,
}

/// A filter as a removable chip.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Chip {
    Entity(String),
    Number(String),
    Topic(String),
    Status(Status),
    Query,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Navigate(View),
    /// The hash changed (a link, a reload, back/forward).
    ApplyHash(String),
    ToggleEntity(String),
    ToggleNumber(String),
    ToggleTopic(String),
    ToggleStatus(Status),
    SetQuery(String),
    Remove(Chip),
    ClearFilters,
    ToggleHighlight(Highlight),
    ToggleFacets,
    /// A new corpus, analysed by the caller (added articles, a fresh start, the embedded reports).
    ReplaceCorpus {
        sources: Rc<Vec<parallax_core::Source>>,
        analysis: SharedAnalysis,
        embedded: bool,
        notice: Option<String>,
    },
    /// Escape: close the innermost open thing.
    Escape,
    DismissNotice,
    /// Say something to the reader without changing anything else.
    ApplyNotice(String),
    /// Start-up: the hash as the page opened, before the reader's own corpus may be restored.
    OpenHash(String),
    /// The corpus that start-up waited for is in (or there is none): apply the waiting link.
    ResolvePendingHash,
    TaskStarted(String),
    /// List more of the selected sentences in the overview.
    ShowMoreResults,
    TaskProgress(parallax_core::Progress),
    /// The background analysis ended without a new corpus (cancelled or failed); the notice says which.
    TaskEnded(String),
}

fn toggle<T: Ord>(set: &mut std::collections::BTreeSet<T>, v: T) {
    if !set.remove(&v) {
        set.insert(v);
    }
}

impl State {
    /// A state over sources, analysed here.
    pub fn from_sources(sources: Vec<parallax_core::Source>, embedded: bool) -> Self {
        let analysis = parallax_core::analyze(&sources);
        State { sources: Rc::new(sources), embedded, ..State::new(analysis) }
    }

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
        // The reader moving on wins over a link still waiting for its corpus.
        let keeps_pending = matches!(
            action,
            Action::ReplaceCorpus { .. }
                | Action::ApplyNotice(_)
                | Action::DismissNotice
                | Action::TaskStarted(_)
                | Action::TaskProgress(_)
                | Action::TaskEnded(_)
        );
        if !keeps_pending {
            next.pending_hash = None;
        }
        let new_corpus = matches!(action, Action::ReplaceCorpus { .. });
        match action {
            Action::Navigate(view) => {
                next.view = self.checked_view(view);
                next.facets_open = false;
            }
            Action::ApplyHash(hash) => {
                let (route, notices) = crate::route::parse(&hash, &self.analysis);
                // Our own hash coming back (the app writes the hash after each change) changes nothing.
                if route == self.route() && notices.is_empty() {
                    return next;
                }
                next.view = route.view;
                next.filters = route.filters;
                if !notices.is_empty() {
                    next.notice = Some(notices.join(" "));
                }
            }
            Action::ToggleEntity(id) if self.analysis.entity_index(&id).is_some() => {
                toggle(&mut next.filters.entities, id)
            }
            Action::ToggleNumber(key) if self.analysis.index().number(&key).is_some() => {
                toggle(&mut next.filters.numbers, key)
            }
            Action::ToggleTopic(id) if self.analysis.topic_index(&id).is_some() => toggle(&mut next.filters.topics, id),
            Action::ToggleEntity(_) | Action::ToggleNumber(_) | Action::ToggleTopic(_) => {}
            Action::ToggleStatus(s) => toggle(&mut next.filters.statuses, s),
            Action::SetQuery(q) => next.filters.query = q.chars().take(200).collect(),
            Action::Remove(chip) => match chip {
                Chip::Entity(id) => {
                    next.filters.entities.remove(&id);
                }
                Chip::Number(key) => {
                    next.filters.numbers.remove(&key);
                }
                Chip::Topic(id) => {
                    next.filters.topics.remove(&id);
                }
                Chip::Status(s) => {
                    next.filters.statuses.remove(&s);
                }
                Chip::Query => next.filters.query.clear(),
            },
            Action::ClearFilters => next.filters = Filters::default(),
            Action::ToggleHighlight(h) => {
                let hl = &mut next.highlights;
                match h {
                    Highlight::Entities => hl.entities = !hl.entities,
                    Highlight::Numbers => hl.numbers = !hl.numbers,
                    Highlight::Claims => hl.claims = !hl.claims,
                    Highlight::Furniture => hl.furniture = !hl.furniture,
                }
            }
            Action::ToggleFacets => next.facets_open = !self.facets_open,
            Action::ReplaceCorpus { sources, analysis, embedded, notice } => {
                next.task = None;
                next.analysis = analysis;
                next.sources = sources;
                next.embedded = embedded;
                next.notice = notice;
                next.view = View::Overview;
                // Filters name entities, numbers and topics of the old corpus: keep those that still exist.
                let known = &next.analysis;
                let f = &mut next.filters;
                f.entities.retain(|id| known.entity_index(id).is_some());
                f.numbers.retain(|k| known.index().number(k).is_some());
                f.topics.retain(|id| known.topic_index(id).is_some());
            }
            Action::Escape => {
                if self.facets_open {
                    next.facets_open = false;
                } else if self.notice.is_some() {
                    next.notice = None;
                } else if matches!(self.view, View::Claim(_)) {
                    next.view = View::Overview;
                }
            }
            Action::DismissNotice => next.notice = None,
            Action::ApplyNotice(text) => next.notice = Some(text),
            Action::OpenHash(hash) => {
                let (route, notices) = crate::route::parse(&hash, &self.analysis);
                if notices.is_empty() {
                    next.view = route.view;
                    next.filters = route.filters;
                }
                // Whether or not it fits this corpus, the link was meant for the one about to be
                // restored, if any ("#/claim/c3" names a claim in every corpus): it is applied
                // again once start-up knows which corpus is in use.
                next.pending_hash = Some(hash);
            }
            Action::ResolvePendingHash => {
                if let Some(hash) = &self.pending_hash {
                    next = next.apply(Action::ApplyHash(hash.clone()));
                }
            }
            Action::ShowMoreResults => next.results_shown = self.results_shown.saturating_add(RESULTS_MORE),
            Action::TaskStarted(title) => next.task = Some(Task { title, progress: None }),
            Action::TaskProgress(p) => {
                if let Some(task) = &mut next.task {
                    task.progress = Some(p);
                }
            }
            Action::TaskEnded(notice) => {
                next.task = None;
                next.notice = Some(notice);
            }
        }
        if new_corpus || next.filters != self.filters {
            next.results_shown = RESULTS_PAGE;
        }
        next
    }

    /// A view that exists; unknown ids leave the current view.
    fn checked_view(&self, view: View) -> View {
        match &view {
            View::Read(ids) => {
                let good: Vec<String> =
                    ids.iter().filter(|id| self.analysis.document_index(id).is_some()).cloned().collect();
                if good.is_empty() {
                    self.view.clone()
                } else {
                    View::Read(good)
                }
            }
            View::Claim(id) if self.analysis.claim_index(id).is_none() => self.view.clone(),
            _ => view,
        }
    }

    /// Sentences that pass every active facet except `skip` (for that facet's own counts).
    fn selection_without(&self, skip: Option<Facet>) -> Bitset {
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
enum Facet {
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
    use super::*;
    use parallax_core::{analyze, Source};

    fn state() -> State {
        State::new(analyze(&[
            Source::new("a", "Emmanuel Macron met leaders in Paris. 26 nations pledged troops. The weather was fine."),
            Source::new("b", "Twenty-six countries pledged troops, Macron said in Paris. Berlin stayed silent."),
        ]))
    }

    fn id_of(s: &State, name: &str) -> String {
        s.analysis.entities.iter().find(|e| e.name == name).unwrap().id.clone()
    }

    #[test]
    fn navigation_checks_ids() {
        let s = state().apply(Action::Navigate(View::Read(vec!["b".into()])));
        assert_eq!(s.view, View::Read(vec!["b".into()]));
        let s = s.apply(Action::Navigate(View::Read(vec!["nope".into()])));
        assert_eq!(s.view, View::Read(vec!["b".into()]), "unknown source keeps the view");
        let claim = s.analysis.claims[0].id.clone();
        let s = s.apply(Action::Navigate(View::Claim(claim.clone())));
        assert_eq!(s.view, View::Claim(claim));
        assert_eq!(s.apply(Action::Navigate(View::Claim("zzz".into()))).view, s.view);
        assert_eq!(s.apply(Action::Escape).view, View::Overview, "Escape closes the claim");
        assert_eq!(s.apply(Action::Navigate(View::Matrix)).view, View::Matrix);
    }

    #[test]
    fn filters_or_within_and_across_facets() {
        let s = state();
        let all = s.selection().count();
        let paris = id_of(&s, "Paris");
        let macron = id_of(&s, "Emmanuel Macron");
        let s1 = s.apply(Action::ToggleEntity(paris.clone()));
        assert_eq!(s1.selection().count(), 2, "two sentences name Paris");
        let s2 = s1.apply(Action::ToggleEntity(macron.clone()));
        assert_eq!(s2.selection().count(), 2, "OR within entities: Macron is in the same sentences");
        let s3 = s2.apply(Action::ToggleNumber("countries|26".into()));
        assert_eq!(s3.selection().count(), 1, "AND across facets: only b's first sentence has both");
        let counts = s3.facet_counts();
        let berlin = s.analysis.entity_index(&id_of(&s, "Berlin")).unwrap();
        assert_eq!(counts.entities[berlin], 0);
        assert_eq!(s3.chips().len(), 3);
        let s4 = s3.apply(Action::Remove(Chip::Number("countries|26".into())));
        assert_eq!(s4.selection().count(), 2);
        assert_eq!(s4.apply(Action::ClearFilters).selection().count(), all);
        assert_eq!(s.apply(Action::ToggleEntity("no-such".into())), s, "unknown ids are ignored");
        assert_eq!(s1.apply(Action::ToggleEntity(paris)).filters, Filters::default(), "toggling twice clears");
    }

    #[test]
    fn show_more_grows_the_list_until_the_filters_or_corpus_change() {
        let s = state();
        assert_eq!(s.results_shown, RESULTS_PAGE);
        let more = s.apply(Action::ShowMoreResults).apply(Action::ShowMoreResults);
        assert_eq!(more.results_shown, RESULTS_PAGE + 2 * RESULTS_MORE);
        assert_eq!(more.apply(Action::Navigate(View::Matrix)).results_shown, more.results_shown, "views keep it");
        assert_eq!(more.apply(Action::ToggleHighlight(Highlight::Numbers)).results_shown, more.results_shown);
        let paris = id_of(&s, "Paris");
        assert_eq!(more.apply(Action::ToggleEntity(paris)).results_shown, RESULTS_PAGE, "a new selection");
        assert_eq!(more.apply(Action::SetQuery("troops".into())).results_shown, RESULTS_PAGE);
        let replaced = more.apply(Action::ReplaceCorpus {
            sources: Rc::new(Vec::new()),
            analysis: SharedAnalysis::new(analyze(&[])),
            embedded: false,
            notice: None,
        });
        assert_eq!(replaced.results_shown, RESULTS_PAGE, "a new corpus");
    }

    #[test]
    fn search_narrows_and_explains_an_empty_result() {
        let s = state().apply(Action::SetQuery("PLEDGED".into()));
        assert_eq!(s.selection().count(), 2, "case-insensitive");
        let none = s.apply(Action::SetQuery("zebra".into()));
        assert_eq!(none.selection().count(), 0);
        assert!(none.empty_reason().unwrap().contains("zebra"));
        assert_eq!(none.apply(Action::Remove(Chip::Query)).selection().count(), state().selection().count());
    }

    #[test]
    fn statuses_filter_and_count() {
        let s = state();
        let counts = s.facet_counts();
        assert_eq!(counts.statuses.iter().sum::<usize>() >= s.selection().count(), true);
        let single = s.apply(Action::ToggleStatus(Status::SingleSource));
        assert_eq!(single.selection().count(), counts.statuses[2]);
    }

    #[test]
    fn hash_round_trip_and_garbage() {
        let s = state();
        let paris = id_of(&s, "Paris");
        let s1 = s.apply(Action::ToggleEntity(paris)).apply(Action::Navigate(View::Read(vec!["a".into(), "b".into()])));
        let hash = crate::route::to_hash(&s1.route());
        let s2 = s.apply(Action::ApplyHash(hash));
        assert_eq!(
            (s2.view.clone(), s2.filters.clone(), s2.notice.clone()),
            (s1.view.clone(), s1.filters.clone(), None)
        );
        let bad = s.apply(Action::ApplyHash("#/what/ever?e=ghost".into()));
        assert_eq!(bad.view, View::Overview);
        assert!(bad.notice.is_some());
        assert!(bad.apply(Action::DismissNotice).notice.is_none());
    }

    #[test]
    fn a_link_into_a_corpus_still_loading_waits_for_it() {
        let embedded = state();
        let own = SharedAnalysis::new(analyze(&[Source::new("mine", "Leaders met in Rome on Friday.")]));
        let link = "#/read/mine";
        let opened = embedded.apply(Action::OpenHash(link.into()));
        assert_eq!((opened.view.clone(), opened.notice.clone()), (View::Overview, None), "no false alarm yet");
        assert_eq!(opened.pending_hash.as_deref(), Some(link));
        let progress = parallax_core::Progress { stage: parallax_core::Stage::Reading, done: 0, total: 1 };
        let working = opened.apply(Action::TaskStarted("Restoring".into())).apply(Action::TaskProgress(progress));
        assert_eq!(working.pending_hash.as_deref(), Some(link), "background work does not drop the link");
        let restored = working
            .apply(Action::ReplaceCorpus { sources: Rc::new(vec![]), analysis: own, embedded: false, notice: None })
            .apply(Action::ResolvePendingHash);
        assert_eq!(restored.view, View::Read(vec!["mine".into()]));
        assert!(restored.task.is_none() && restored.pending_hash.is_none());

        // Nothing restored: the link is read against what there is, and the reader is told.
        let nothing = opened.apply(Action::ResolvePendingHash);
        assert_eq!(nothing.view, View::Overview);
        assert!(nothing.notice.is_some());
        // The reader moving first wins.
        let moved = opened.apply(Action::Navigate(View::Matrix));
        assert!(moved.pending_hash.is_none());
        assert_eq!(moved.apply(Action::ResolvePendingHash).view, View::Matrix);
        // A link that fits the corpus there is opens at once, and is applied again to a restored one.
        let direct = embedded.apply(Action::OpenHash("#/matrix".into()));
        assert_eq!(direct.view, View::Matrix);
        let other = SharedAnalysis::new(analyze(&[Source::new("o", "Ministers met in Oslo.")]));
        let after = direct
            .apply(Action::ReplaceCorpus { sources: Rc::new(vec![]), analysis: other, embedded: false, notice: None })
            .apply(Action::ResolvePendingHash);
        assert_eq!(after.view, View::Matrix, "the restore does not drop the view the link opened");
    }

    #[test]
    fn the_title_says_where_the_reader_is() {
        let s = state();
        assert_eq!(s.title(), "Overview \u{2014} Parallax");
        let read = s.apply(Action::Navigate(View::Read(vec!["a".into()])));
        assert!(read.title().starts_with("Read: Emmanuel Macron met leaders"), "{}", read.title());
        let hostile = State::new(analyze(&[Source::new("x", "<img src=x onerror=alert(1)>\n\nLeaders met.")]))
            .apply(Action::Navigate(View::Read(vec!["x".into()])));
        assert!(hostile.title().contains("<img src=x onerror=alert(1)>"), "kept as text: {}", hostile.title());
    }

    #[test]
    fn a_background_task_shows_progress_and_ends_with_a_message() {
        let s = state().apply(Action::TaskStarted("Analysing 3 articles".into()));
        assert_eq!(s.task.as_ref().map(|t| t.title.as_str()), Some("Analysing 3 articles"));
        let p = parallax_core::Progress { stage: parallax_core::Stage::Numbers, done: 2, total: 3 };
        let s = s.apply(Action::TaskProgress(p));
        assert_eq!(s.task.as_ref().and_then(|t| t.progress), Some(p));
        let ended = s.apply(Action::TaskEnded("Cancelled.".into()));
        assert_eq!((ended.task.clone(), ended.notice.as_deref()), (None, Some("Cancelled.")));
        assert_eq!(ended.analysis, s.analysis, "the corpus is untouched");
        assert!(state().apply(Action::TaskProgress(p)).task.is_none(), "progress without a task is ignored");
    }

    #[test]
    fn replacing_the_corpus_keeps_only_filters_that_still_mean_something() {
        let s = state();
        let paris = id_of(&s, "Paris");
        let berlin = id_of(&s, "Berlin");
        let s = s.apply(Action::ToggleEntity(paris.clone())).apply(Action::ToggleEntity(berlin));
        let added = crate::library::add(
            &[Source::new("c", "Emmanuel Macron spoke in Paris again.")],
            vec![crate::library::Input::Paste {
                label: String::new(),
                text: "Paris hosted the talks.".into(),
                details: Default::default(),
            }],
        );
        let analysis = SharedAnalysis::new(analyze(&added.sources));
        let notice = Some(added.summary());
        let next =
            s.apply(Action::ReplaceCorpus { sources: Rc::new(added.sources), analysis, embedded: false, notice });
        assert_eq!(next.analysis.documents.len(), 2);
        assert_eq!(next.filters.entities.iter().collect::<Vec<_>>(), [&paris], "Berlin is not in the new corpus");
        assert!(next.notice.as_deref().unwrap().contains("Added 1 article"));
        assert_eq!(next.selection().count(), 2);
    }

    #[test]
    fn highlights_and_drawer_toggle() {
        let s = state().apply(Action::ToggleHighlight(Highlight::Numbers)).apply(Action::ToggleFacets);
        assert!(!s.highlights.numbers && s.highlights.entities);
        assert!(s.facets_open);
        assert!(!s.apply(Action::Escape).facets_open, "Escape closes the drawer first");
    }
}
