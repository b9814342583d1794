//! Where the reader is: the view, moves between views, the URL hash read back into the state,
//! and a link that waits for the corpus it names (restored from storage after start-up).

use super::{State, View};

/// Moves between views, and the URL hash read into the state.
#[derive(Debug, Clone, PartialEq)]
pub enum NavigationAction {
    Navigate(View),
    /// The hash changed (a link, a reload, back/forward).
    ApplyHash(String),
    /// Start-up: the hash as the page opened, before the reader's own corpus may be restored.
    OpenHash(String),
    /// The corpus that start-up waited for is in (or there is none): apply the waiting link.
    ResolvePendingHash,
    /// Escape: close the innermost open thing.
    Escape,
}

impl State {
    /// `waiting` is the link that was waiting for its corpus (already taken off the state: any
    /// navigation moves on from it), for `ResolvePendingHash` to apply.
    pub(super) fn apply_navigation(&mut self, action: NavigationAction, waiting: Option<String>) {
        match action {
            NavigationAction::Navigate(view) => {
                self.view = self.checked_view(view);
                self.facets_open = false;
            }
            NavigationAction::ApplyHash(hash) => self.apply_hash(&hash),
            NavigationAction::OpenHash(hash) => {
                let (route, notices) = crate::route::parse(&hash, &self.analysis);
                if notices.is_empty() {
                    self.view = route.view;
                    self.filters = route.filters;
                }
                // Whether or not it fits this corpus, the link was meant for the one about to be
                // restored, if any ("#/claim/c3" names a claim in every corpus): it is applied
                // again once start-up knows which corpus is in use.
                self.pending_hash = Some(hash);
            }
            NavigationAction::ResolvePendingHash => {
                if let Some(hash) = waiting {
                    self.apply_hash(&hash);
                }
            }
            NavigationAction::Escape => {
                if self.facets_open {
                    self.facets_open = false;
                } else if self.notice.is_some() {
                    self.notice = None;
                } else if matches!(self.view, View::Claim(_)) {
                    self.view = View::Overview;
                }
            }
        }
    }

    /// The view and filters a hash names; what it names that the corpus lacks becomes a notice.
    fn apply_hash(&mut self, hash: &str) {
        let (route, notices) = crate::route::parse(hash, &self.analysis);
        // Our own hash coming back (the app writes the hash after each change) changes nothing.
        if route == self.route() && notices.is_empty() {
            return;
        }
        self.view = route.view;
        self.filters = route.filters;
        if !notices.is_empty() {
            self.notice = Some(notices.join(" "));
        }
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
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{id_of, state};
    use super::super::{Action, CorpusAction, NoticeAction, SelectionAction, SharedAnalysis};
    use super::*;
    use parallax_core::{analyze, Source};
    use std::rc::Rc;

    fn nav(a: NavigationAction) -> Action {
        Action::Navigation(a)
    }

    fn replace(analysis: SharedAnalysis) -> Action {
        Action::Corpus(CorpusAction::Replace { sources: Rc::new(vec![]), analysis, embedded: false, notice: None })
    }

    #[test]
    fn navigation_checks_ids() {
        let s = state().apply(nav(NavigationAction::Navigate(View::Read(vec!["b".into()]))));
        assert_eq!(s.view, View::Read(vec!["b".into()]));
        let s = s.apply(nav(NavigationAction::Navigate(View::Read(vec!["nope".into()]))));
        assert_eq!(s.view, View::Read(vec!["b".into()]), "unknown source keeps the view");
        let claim = s.analysis.claims[0].id.clone();
        let s = s.apply(nav(NavigationAction::Navigate(View::Claim(claim.clone()))));
        assert_eq!(s.view, View::Claim(claim));
        assert_eq!(s.apply(nav(NavigationAction::Navigate(View::Claim("zzz".into())))).view, s.view);
        assert_eq!(s.apply(nav(NavigationAction::Escape)).view, View::Overview, "Escape closes the claim");
        assert_eq!(s.apply(nav(NavigationAction::Navigate(View::Matrix))).view, View::Matrix);
    }

    #[test]
    fn hash_round_trip_and_garbage() {
        let s = state();
        let paris = id_of(&s, "Paris");
        let s1 = s
            .apply(Action::Selection(SelectionAction::ToggleEntity(paris)))
            .apply(nav(NavigationAction::Navigate(View::Read(vec!["a".into(), "b".into()]))));
        let hash = crate::route::to_hash(&s1.route());
        let s2 = s.apply(nav(NavigationAction::ApplyHash(hash)));
        assert_eq!(
            (s2.view.clone(), s2.filters.clone(), s2.notice.clone()),
            (s1.view.clone(), s1.filters.clone(), None)
        );
        let bad = s.apply(nav(NavigationAction::ApplyHash("#/what/ever?e=ghost".into())));
        assert_eq!(bad.view, View::Overview);
        assert!(bad.notice.is_some());
        assert!(bad.apply(Action::Notice(NoticeAction::Dismiss)).notice.is_none());
    }

    #[test]
    fn a_link_into_a_corpus_still_loading_waits_for_it() {
        let embedded = state();
        let own = SharedAnalysis::new(analyze(&[Source::new("mine", "Leaders met in Rome on Friday.")]));
        let link = "#/read/mine";
        let opened = embedded.apply(nav(NavigationAction::OpenHash(link.into())));
        assert_eq!((opened.view.clone(), opened.notice.clone()), (View::Overview, None), "no false alarm yet");
        assert_eq!(opened.pending_hash.as_deref(), Some(link));
        let progress = parallax_core::Progress { stage: parallax_core::Stage::Reading, done: 0, total: 1 };
        let working = opened
            .apply(Action::Corpus(CorpusAction::TaskStarted("Restoring".into())))
            .apply(Action::Corpus(CorpusAction::TaskProgress(progress)));
        assert_eq!(working.pending_hash.as_deref(), Some(link), "background work does not drop the link");
        let restored = working.apply(replace(own)).apply(nav(NavigationAction::ResolvePendingHash));
        assert_eq!(restored.view, View::Read(vec!["mine".into()]));
        assert!(restored.task.is_none() && restored.pending_hash.is_none());

        // Nothing restored: the link is read against what there is, and the reader is told.
        let nothing = opened.apply(nav(NavigationAction::ResolvePendingHash));
        assert_eq!(nothing.view, View::Overview);
        assert!(nothing.notice.is_some());
        // The reader moving first wins.
        let moved = opened.apply(nav(NavigationAction::Navigate(View::Matrix)));
        assert!(moved.pending_hash.is_none());
        assert_eq!(moved.apply(nav(NavigationAction::ResolvePendingHash)).view, View::Matrix);
        // A link that fits the corpus there is opens at once, and is applied again to a restored one.
        let direct = embedded.apply(nav(NavigationAction::OpenHash("#/matrix".into())));
        assert_eq!(direct.view, View::Matrix);
        let other = SharedAnalysis::new(analyze(&[Source::new("o", "Ministers met in Oslo.")]));
        let after = direct.apply(replace(other)).apply(nav(NavigationAction::ResolvePendingHash));
        assert_eq!(after.view, View::Matrix, "the restore does not drop the view the link opened");
    }

    #[test]
    fn notices_keep_a_waiting_link_and_filters_drop_it() {
        let opened = state().apply(nav(NavigationAction::OpenHash("#/read/mine".into())));
        let told = opened.apply(Action::Notice(NoticeAction::Show("Hello".into())));
        assert_eq!(told.pending_hash, opened.pending_hash);
        assert_eq!(told.apply(Action::Notice(NoticeAction::Dismiss)).pending_hash, opened.pending_hash);
        let filtered = opened.apply(Action::Selection(SelectionAction::SetQuery("troops".into())));
        assert!(filtered.pending_hash.is_none(), "the reader moved on");
    }
}
