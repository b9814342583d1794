//! The corpus in use: the analysis shared by every view (with what the UI derives from it once),
//! the texts behind it, and the background task that may replace it.

use std::rc::Rc;

use parallax_core::index::{self, Index};
use parallax_core::{Analysis, Progress, Source};

use super::{State, View};

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

/// A background analysis: what it is for, and how far it has got.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Task {
    pub title: String,
    pub progress: Option<Progress>,
}

/// Changes to the corpus, and the background work that leads to them.
#[derive(Debug, Clone, PartialEq)]
pub enum CorpusAction {
    /// A new corpus, analysed by the caller (added articles, a fresh start, the embedded reports).
    Replace {
        sources: Rc<Vec<Source>>,
        analysis: SharedAnalysis,
        embedded: bool,
        notice: Option<String>,
    },
    /// A background analysis started (its title is shown with the progress bar).
    TaskStarted(String),
    TaskProgress(Progress),
    /// The background analysis ended without a new corpus (cancelled or failed); the notice says which.
    TaskEnded(String),
}

impl State {
    pub(super) fn apply_corpus(&mut self, action: CorpusAction) {
        match action {
            CorpusAction::Replace { sources, analysis, embedded, notice } => {
                self.task = None;
                self.analysis = analysis;
                self.sources = sources;
                self.embedded = embedded;
                self.notice = notice;
                self.view = View::Overview;
                self.keep_known_filters();
            }
            CorpusAction::TaskStarted(title) => self.task = Some(Task { title, progress: None }),
            CorpusAction::TaskProgress(p) => {
                if let Some(task) = &mut self.task {
                    task.progress = Some(p);
                }
            }
            CorpusAction::TaskEnded(notice) => {
                self.task = None;
                self.notice = Some(notice);
            }
        }
    }

    /// Filters name entities, numbers and topics of the old corpus: keep those that still exist.
    fn keep_known_filters(&mut self) {
        let known = &self.analysis;
        let f = &mut self.filters;
        f.entities.retain(|id| known.entity_index(id).is_some());
        f.numbers.retain(|k| known.index().number(k).is_some());
        f.topics.retain(|id| known.topic_index(id).is_some());
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{id_of, state};
    use super::super::{Action, SelectionAction};
    use super::*;
    use parallax_core::analyze;

    #[test]
    fn a_background_task_shows_progress_and_ends_with_a_message() {
        let s = state().apply(Action::Corpus(CorpusAction::TaskStarted("Analysing 3 articles".into())));
        assert_eq!(s.task.as_ref().map(|t| t.title.as_str()), Some("Analysing 3 articles"));
        let p = Progress { stage: parallax_core::Stage::Numbers, done: 2, total: 3 };
        let s = s.apply(Action::Corpus(CorpusAction::TaskProgress(p)));
        assert_eq!(s.task.as_ref().and_then(|t| t.progress), Some(p));
        let ended = s.apply(Action::Corpus(CorpusAction::TaskEnded("Cancelled.".into())));
        assert_eq!((ended.task.clone(), ended.notice.as_deref()), (None, Some("Cancelled.")));
        assert_eq!(ended.analysis, s.analysis, "the corpus is untouched");
        assert!(
            state().apply(Action::Corpus(CorpusAction::TaskProgress(p))).task.is_none(),
            "progress without a task is ignored"
        );
    }

    #[test]
    fn replacing_the_corpus_keeps_only_filters_that_still_mean_something() {
        let s = state();
        let paris = id_of(&s, "Paris");
        let berlin = id_of(&s, "Berlin");
        let s = s
            .apply(Action::Selection(SelectionAction::ToggleEntity(paris.clone())))
            .apply(Action::Selection(SelectionAction::ToggleEntity(berlin)));
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
        let next = s.apply(Action::Corpus(CorpusAction::Replace {
            sources: Rc::new(added.sources),
            analysis,
            embedded: false,
            notice,
        }));
        assert_eq!(next.analysis.documents.len(), 2);
        assert_eq!(next.filters.entities.iter().collect::<Vec<_>>(), [&paris], "Berlin is not in the new corpus");
        assert!(next.notice.as_deref().unwrap().contains("Added 1 article"));
        assert_eq!(next.selection().count(), 2);
    }

    #[test]
    fn shared_analyses_are_equal_only_to_themselves() {
        let a = SharedAnalysis::new(analyze(&[]));
        assert_eq!(a, a.clone());
        assert_ne!(a, SharedAnalysis::new(analyze(&[])), "equality is identity, not content");
    }
}
