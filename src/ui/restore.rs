//! Start-up: the embedded reports arrive analysed (decoded, not analysed), then the reader's own
//! corpus, kept in this browser, comes back. Kept with its analysis by this engine, it is shown as
//! it was; kept by another version, it is analysed again (`task`). Either way a link that waited
//! for it is then applied.

use std::rc::Rc;

use yew::Callback;

use super::task;
use crate::state::{Action, CorpusAction, NavigationAction, NoticeAction, SharedAnalysis};

/// The embedded reports and their analysis, decoded from the bundle `build.rs` made; analysed
/// here only if that fails (it should never), with a notice. User Timing: `parallax:decode`, or
/// `parallax:analyze` for the fallback (the end-to-end run checks that it never happens).
pub fn embedded() -> crate::corpus::Embedded {
    crate::platform::mark("parallax:decode:start");
    let decoded = crate::corpus::decode();
    crate::platform::measure("parallax:decode", "parallax:decode:start");
    decoded.unwrap_or_else(|why| {
        crate::platform::mark("parallax:analyze:start");
        let again = crate::corpus::analysed_again(&why);
        crate::platform::measure("parallax:analyze", "parallax:analyze:start");
        again
    })
}

/// Loads the stored corpus, if any, and puts it in place.
pub async fn restore(dispatch: Callback<Action>) {
    let resolve = Action::Navigation(NavigationAction::ResolvePendingHash);
    match crate::platform::storage::load().await {
        Ok(Some(stored)) if stored.active && !stored.sources.is_empty() => {
            let n = stored.sources.len();
            let s = if n == 1 { "" } else { "s" };
            let done = format!("Restored your {n} article{s} kept in this browser.");
            match stored.reusable() {
                // Kept with its analysis by this engine: shown as it was, nothing to analyse.
                Some(bundle) => {
                    crate::platform::mark("parallax:restore:reused");
                    let analysis = SharedAnalysis::new(bundle.analysis);
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
            dispatch.emit(Action::Corpus(CorpusAction::Replace {
                sources: Rc::new(Vec::new()),
                analysis: SharedAnalysis::new(parallax_core::analyze(&[])),
                embedded: false,
                notice: Some("Your corpus in this browser is empty: add articles to compare.".to_string()),
            }));
            dispatch.emit(resolve);
        }
        Ok(_) => dispatch.emit(resolve),
        Err(e) => {
            dispatch.emit(Action::Notice(NoticeAction::Show(format!("Your saved articles could not be read: {e}."))));
            dispatch.emit(resolve);
        }
    }
}
