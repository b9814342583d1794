//! Adding articles: pick or drop files, or paste text; start a new corpus or go back to the
//! embedded reports. Analysis runs in the background (`task`); bad input is refused with a
//! reason and never disturbs the corpus already loaded.

use std::rc::Rc;

use yew::prelude::*;

use parallax_core::Details;

use super::task;
use crate::library::{self, Input, Pick};
use crate::platform::{self, PickedFile};
use crate::state::{Action, CorpusAction, NoticeAction, SharedAnalysis, State};

#[derive(Properties, PartialEq)]
pub struct AddArticlesProps {
    pub state: State,
    pub dispatch: Callback<Action>,
}

fn notice(text: String) -> Action {
    Action::Notice(NoticeAction::Show(text))
}

/// Reads files into inputs.
///
/// Reads resolve as microtasks, so a thousand small files would be read in one long task: every
/// 32 files the loop gives the event loop a turn (and the reader a count).
async fn read_files(files: Vec<PickedFile>, busy: &UseStateHandle<Option<String>>) -> Vec<Input> {
    let mut inputs = Vec::new();
    let total = files.len();
    for (i, file) in files.into_iter().enumerate() {
        if i > 0 && i % 32 == 0 {
            busy.set(Some(format!("Reading files: {i} of {total}\u{2026}")));
            platform::pause(0).await;
        }
        let name = file.name();
        // Never read a file past the limit into memory: say how large it is instead.
        let input = match Input::too_large(&name, file.size()) {
            Some(oversized) => oversized,
            None => Input::read(name, file.bytes().await),
        };
        inputs.push(input);
    }
    inputs
}

/// What was picked or dropped: a bundle opens, articles are added.
fn take_pick(state: &State, inputs: Vec<Input>, dispatch: Callback<Action>) {
    match library::sort_pick(inputs) {
        Pick::Articles(inputs) => add_and_analyse(state, inputs, dispatch),
        Pick::Bundle { name, opened: Err(why), .. } => {
            dispatch.emit(notice(format!("Could not open \u{201C}{name}\u{201D}: {why}. The corpus is as it was.")))
        }
        Pick::Bundle { name, bytes, opened: Ok(bundle), set_aside } => {
            let mut done = format!(
                "Opened \u{201C}{name}\u{201D}: {}, analysed by {}.",
                plural(bundle.sources.len(), "article"),
                bundle.engine
            );
            if set_aside > 0 {
                done.push_str(&format!(
                    " {} picked with it not added: open a bundle on its own, then add articles to it.",
                    plural(set_aside, "other file")
                ));
            }
            let analysis = SharedAnalysis::new(bundle.analysis);
            task::finish(bundle.sources, analysis, Some(bytes), done, &dispatch);
        }
    }
}

/// Adds inputs to the current corpus and analyses the result in the background; refusals are
/// reported when it ends, and a corpus with nothing new is left as it is.
fn add_and_analyse(state: &State, inputs: Vec<Input>, dispatch: Callback<Action>) {
    // The corpus as held (shared, not copied); the embedded reports are not added to.
    let existing = if state.embedded { Rc::new(Vec::new()) } else { state.sources.clone() };
    let title = match inputs.as_slice() {
        [Input::Paste { .. }] => "Adding the pasted text".to_string(),
        _ => format!("Adding {}", plural(inputs.len(), "file")),
    };
    task::analyse(existing, inputs, title, None, true, dispatch);
}

/// Said when the reader tries to add while something is being added.
const BUSY: &str = "Still working on the last articles: wait for the progress bar to finish, or cancel it.";

fn plural(n: usize, word: &str) -> String {
    format!("{n} {word}{}", if n == 1 { "" } else { "s" })
}

#[function_component(AddArticles)]
pub fn add_articles(props: &AddArticlesProps) -> Html {
    let state = &props.state;
    let busy = use_state(|| None::<String>);
    // One thing at a time: while files are read or a corpus is analysed, adding waits (the
    // progress bar has Cancel). Two jobs at once would each start from the corpus before the other.
    let working = state.task.is_some() || busy.is_some();
    // The state as it is when files have been read, not as it was when they were picked.
    let latest = use_mut_ref(|| state.clone());
    *latest.borrow_mut() = state.clone();
    let read_then_take = {
        let dispatch = props.dispatch.clone();
        let busy = busy.clone();
        let latest = latest.clone();
        Rc::new(move |files: Vec<PickedFile>| {
            let (dispatch, busy, latest) = (dispatch.clone(), busy.clone(), latest.clone());
            if latest.borrow().task.is_some() || busy.is_some() {
                dispatch.emit(notice(BUSY.to_string()));
                return;
            }
            busy.set(Some(format!("Reading {}\u{2026}", plural(files.len(), "file"))));
            platform::spawn(async move {
                let inputs = read_files(files, &busy).await;
                busy.set(None);
                let state = latest.borrow().clone();
                if state.task.is_some() {
                    dispatch.emit(notice(BUSY.to_string()));
                } else {
                    take_pick(&state, inputs, dispatch);
                }
            });
        })
    };
    let on_files = {
        let read_then_take = read_then_take.clone();
        Callback::from(move |e: Event| {
            if let Some(files) = platform::picked_files(&e) {
                read_then_take(files);
            }
        })
    };
    let on_drop = {
        let read_then_take = read_then_take.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            if let Some(files) = platform::dropped_files(&e) {
                read_then_take(files);
            }
        })
    };
    let on_dragover = Callback::from(|e: DragEvent| e.prevent_default());
    let on_paste = {
        let state = state.clone();
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            use platform::field_value;
            let details = Details::from_input(
                &field_value("paste-outlet"),
                &field_value("paste-date"),
                &field_value("paste-url"),
            );
            let details = match details {
                Ok(d) => d,
                // Nothing is cleared: the reader fixes the date and tries again.
                Err(why) => {
                    dispatch.emit(notice(format!("Not added yet: {why}. Your text is still in the box.")));
                    return;
                }
            };
            let (label, text) = (field_value("paste-label"), field_value("paste-text"));
            platform::clear_fields(&["paste-label", "paste-outlet", "paste-date", "paste-url", "paste-text"]);
            add_and_analyse(&state, vec![Input::Paste { label, text, details }], dispatch.clone());
        })
    };
    let on_embedded = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            // The reader's choice wins over an analysis still running.
            task::cancel();
            let report = dispatch.clone();
            platform::spawn(async move {
                if let Err(e) = platform::storage::set_active(false).await {
                    report.emit(notice(format!("Could not update the browser's storage ({e}).")));
                }
            });
            let embedded = super::restore::embedded();
            let notice = embedded.notice.unwrap_or_else(|| "Back to the embedded reports.".to_string());
            dispatch.emit(Action::Corpus(CorpusAction::Replace {
                sources: Rc::new(embedded.sources),
                analysis: SharedAnalysis::new(embedded.analysis),
                embedded: true,
                notice: Some(notice),
            }));
        })
    };
    let on_new = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            task::empty("A new, empty corpus: add articles to compare.".to_string(), &dispatch)
        })
    };
    html! {
        <details class="library" open={state.analysis.documents.is_empty()}>
            <summary>{ if state.embedded { "Compare your own articles" } else { "Add articles" } }</summary>
            <div class="drop" ondrop={on_drop} ondragover={on_dragover}>
                <label for="add-files">{ "Add files (.txt, .md, .html), or open a bundle (.parallax) \u{2014} or drop them here" }</label>
                <input id="add-files" type="file" multiple=true accept=".txt,.md,.markdown,.html,.htm,.parallax,text/plain,text/html,text/markdown" onchange={on_files} disabled={working} />
            </div>
            <fieldset class="paste">
                <legend>{ "Paste an article" }</legend>
                <label for="paste-text">{ "Text" }</label>
                <textarea id="paste-text" rows="5" />
                <div class="paste-details">
                    <label for="paste-label">{ "Label (optional)" }</label>
                    <input id="paste-label" type="text" autocomplete="off" />
                    <label for="paste-outlet">{ "Outlet (optional)" }</label>
                    <input id="paste-outlet" type="text" autocomplete="off" />
                    <label for="paste-date">{ "Date (optional)" }</label>
                    <input id="paste-date" type="date" />
                    <label for="paste-url">{ "Address (optional)" }</label>
                    <input id="paste-url" type="url" autocomplete="off" placeholder="https://" />
                </div>
                <button type="button" onclick={on_paste} disabled={working}>{ "Add pasted text" }</button>
            </fieldset>
            <p class="library-actions">
                if state.embedded {
                    <span>{ "Articles you add start a corpus of your own; the embedded reports stay one click away." }</span>
                    <button type="button" onclick={on_new}>{ "Start an empty corpus" }</button>
                } else {
                    <button type="button" onclick={on_embedded}>{ "Back to the embedded reports" }</button>
                    <button type="button" onclick={on_new}>{ "Start an empty corpus" }</button>
                }
            </p>
            if let Some(msg) = &*busy {
                <p class="busy" role="status">{ msg.clone() }</p>
            }
        </details>
    }
}
