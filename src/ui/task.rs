//! Background analysis as the reader sees it: a progress bar with the stage and the documents
//! done, a Cancel button, and the corpus replaced only when the result is in and checked.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use parallax_core::Source;

use yew::prelude::*;

use crate::library::Input;
use crate::platform;
use crate::platform::worker::Event as WorkerEvent;
use crate::protocol::Outcome;
use crate::state::{Action, CorpusAction, NavigationAction, NoticeAction, SharedAnalysis, Task};

thread_local! {
    /// The task whose result may still land; 0 when none. A cancelled or superseded task's
    /// result is dropped wherever it is (in the worker, decoding, indexing, or on the page).
    static CURRENT: Cell<u32> = const { Cell::new(0) };
    static NEXT: Cell<u32> = const { Cell::new(1) };
}

fn begin() -> u32 {
    let id = NEXT.with(|n| {
        let id = n.get();
        n.set(id.wrapping_add(1).max(1));
        id
    });
    CURRENT.with(|c| c.set(id));
    id
}

fn is_current(id: u32) -> bool {
    CURRENT.with(|c| c.get()) == id
}

/// Stops the background task, if any: its result, wherever it is, will not be applied.
pub fn cancel() {
    CURRENT.with(|c| c.set(0));
    platform::worker::cancel();
}

/// Ends a task that produced no corpus, with a message; a link waiting for it is applied now.
fn end(id: u32, notice: String, dispatch: &Callback<Action>) {
    if is_current(id) {
        CURRENT.with(|c| c.set(0));
        dispatch.emit(Action::Corpus(CorpusAction::TaskEnded(notice)));
        dispatch.emit(Action::Navigation(NavigationAction::ResolvePendingHash));
    }
}

/// Adds `inputs` to `existing` and analyses the result in the worker (or, if no worker will
/// start, on the page after a frame), showing progress; then replaces the corpus and says `done`
/// (or, by default, what adding did). The corpus shown until then stays as it is, and stays if
/// nothing could be added, the analysis is cancelled or it fails. `save` keeps the result.
pub fn analyse(
    existing: Rc<Vec<Source>>,
    inputs: Vec<Input>,
    title: String,
    done: Option<String>,
    save: bool,
    dispatch: Callback<Action>,
) {
    let id = begin();
    dispatch.emit(Action::Corpus(CorpusAction::TaskStarted(title)));
    platform::mark("parallax:task:start");
    // Held (not copied) until the worker is heard from: the fallback below needs the request again.
    let request = Rc::new(RefCell::new(Some((existing, inputs))));
    let started = Rc::new(Cell::new(false));
    let on_event = {
        let dispatch = dispatch.clone();
        let started = started.clone();
        let request = request.clone();
        let done = done.clone();
        move |event: WorkerEvent| {
            if !is_current(id) {
                return;
            }
            if !matches!(event, WorkerEvent::Failed(_)) {
                started.set(true);
                request.borrow_mut().take();
            }
            match event {
                WorkerEvent::Ready => {}
                WorkerEvent::Progress(p) => dispatch.emit(Action::Corpus(CorpusAction::TaskProgress(p))),
                WorkerEvent::Done { bundle, bytes, summary } => {
                    platform::measure("parallax:task", "parallax:task:start");
                    let (dispatch, done) = (dispatch.clone(), done.clone().unwrap_or(summary));
                    // Decoded already; index, then render, each in a task of its own, so a large
                    // corpus arrives in steps the page can breathe between (and Cancel still works).
                    platform::spawn(async move {
                        platform::pause(0).await;
                        if !is_current(id) {
                            return;
                        }
                        let analysis = SharedAnalysis::new(bundle.analysis);
                        platform::pause(0).await;
                        if is_current(id) {
                            CURRENT.with(|c| c.set(0));
                            apply(bundle.sources, analysis, save.then_some(bytes), done, &dispatch);
                        }
                    });
                }
                WorkerEvent::Refused(summary) => end(id, summary, &dispatch),
                // A worker that never started (a browser that refuses workers from a Blob): do
                // the work on the page. One that started and then failed would fail here too.
                WorkerEvent::Failed(why) => match request.borrow_mut().take() {
                    Some((existing, inputs)) if !started.get() => {
                        on_page(id, existing, inputs, done.clone(), save, dispatch.clone(), why)
                    }
                    _ => end(id, format!("The analysis failed ({why}); the corpus is as it was."), &dispatch),
                },
            }
        }
    };
    let posted = match request.borrow().as_ref() {
        Some((existing, inputs)) => platform::worker::analyse(existing, inputs, on_event),
        None => Ok(()),
    };
    if let Err(why) = posted {
        if let Some((existing, inputs)) = request.borrow_mut().take() {
            on_page(id, existing, inputs, done, save, dispatch, why);
        }
    }
}

/// The fallback: the same work on the page, after the progress bar has been painted.
fn on_page(
    id: u32,
    existing: Rc<Vec<Source>>,
    inputs: Vec<Input>,
    done: Option<String>,
    save: bool,
    dispatch: Callback<Action>,
    why: String,
) {
    platform::spawn(async move {
        platform::next_frame().await;
        if !is_current(id) {
            return;
        }
        match crate::protocol::run(&existing, inputs, &mut |_| {}) {
            Outcome::Done { sources, analysis, summary } => {
                CURRENT.with(|c| c.set(0));
                let done = format!("{} (Analysed on the page, not in the background: {why}.)", done.unwrap_or(summary));
                let keep = save.then(|| parallax_core::bundle::encode(&sources, &analysis));
                apply(sources, SharedAnalysis::new(analysis), keep, done, &dispatch);
            }
            Outcome::Refused { summary } => end(id, summary, &dispatch),
        }
    });
}

/// Puts a corpus that did not come from a background task in place (an opened bundle, a
/// restored analysis, an emptied corpus): any task still running is cancelled first, so its
/// result cannot land on top later.
pub fn finish(
    sources: Vec<Source>,
    analysis: SharedAnalysis,
    keep: Option<Vec<u8>>,
    done: String,
    dispatch: &Callback<Action>,
) {
    cancel();
    apply(sources, analysis, keep, done, dispatch);
}

/// Replaces the corpus with an empty one of the reader's own, kept as such.
pub fn empty(done: String, dispatch: &Callback<Action>) {
    let analysis = parallax_core::analyze(&[]);
    let bytes = parallax_core::bundle::encode(&[], &analysis);
    finish(Vec::new(), SharedAnalysis::new(analysis), Some(bytes), done, dispatch);
}

/// Puts a new corpus in place and says `done`; with `keep` (its bundle), also keeps it in storage.
fn apply(
    sources: Vec<Source>,
    analysis: SharedAnalysis,
    keep: Option<Vec<u8>>,
    done: String,
    dispatch: &Callback<Action>,
) {
    if let Some(bytes) = keep {
        let report = dispatch.clone();
        platform::storage::save_in_background(sources.clone(), true, Some(bytes), move |m| {
            report.emit(Action::Notice(NoticeAction::Show(m)))
        });
    }
    let sources = Rc::new(sources);
    dispatch.emit(Action::Corpus(CorpusAction::Replace { sources, analysis, embedded: false, notice: Some(done) }));
    dispatch.emit(Action::Navigation(NavigationAction::ResolvePendingHash));
}

#[derive(Properties, PartialEq)]
pub struct TaskBarProps {
    pub task: Task,
    pub dispatch: Callback<Action>,
}

/// The progress of the background analysis, with a way to stop it.
#[function_component(TaskBar)]
pub fn task_bar(props: &TaskBarProps) -> Html {
    let cancel = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            cancel();
            let notice = "Analysis cancelled: the corpus is as it was.".to_string();
            dispatch.emit(Action::Corpus(CorpusAction::TaskEnded(notice)));
            dispatch.emit(Action::Navigation(NavigationAction::ResolvePendingHash));
        })
    };
    let task = &props.task;
    let per_document = |p: &parallax_core::Progress| {
        p.total > 0
            && p.done < p.total
            && matches!(p.stage, parallax_core::Stage::Reading | parallax_core::Stage::Numbers)
    };
    // The stage is announced (it changes a handful of times); the document count is only shown.
    let (fraction, stage, count) = match task.progress {
        Some(p) if per_document(&p) => {
            (p.fraction(), p.stage.label(), format!(": {} of {} documents", p.done, p.total))
        }
        Some(p) => (p.fraction(), p.stage.label(), "\u{2026}".to_string()),
        None => (0.0, "Starting", "\u{2026}".to_string()),
    };
    let detail = format!("{stage}{count}");
    let permille = (fraction * 1000.0).round() as u32;
    html! {
        <section class="task" aria-label="Analysis in progress">
            <p class="task-title" id="task-title">{ &task.title }</p>
            <progress id="task-progress" max="1000" value={permille.to_string()} aria-labelledby="task-title"
                aria-valuetext={format!("{}%, {detail}", permille / 10)}>{ format!("{}%", permille / 10) }</progress>
            <p class="task-detail"><span aria-live="polite">{ stage }</span>{ count }</p>
            <button type="button" onclick={cancel}>{ "Cancel" }</button>
        </section>
    }
}
