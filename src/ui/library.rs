//! Adding articles: pick or drop files, or paste text; start a new corpus or go back to the
//! embedded reports. Analysis runs on the main thread for now, after the page has shown that it
//! is working; bad input is refused with a reason and never disturbs the corpus already loaded.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::library::{self, Input};
use crate::state::{Action, SharedAnalysis, State};

#[derive(Properties, PartialEq)]
pub struct LibraryProps {
    pub state: State,
    pub dispatch: Callback<Action>,
}

/// The files of a FileList, taken out at once (the list is live: clearing the input empties it).
fn files_of(list: &web_sys::FileList) -> Vec<web_sys::File> {
    (0..list.length()).filter_map(|i| list.item(i)).collect()
}

/// Reads files into inputs.
async fn read_files(files: Vec<web_sys::File>) -> Vec<Input> {
    let mut inputs = Vec::new();
    for file in files {
        let name = file.name();
        // Never read a file past the limit into memory: say how large it is instead.
        let size = file.size() as usize;
        if size > parallax_core::import::MAX_FILE_BYTES {
            inputs.push(Input::Oversized { name, size });
            continue;
        }
        let bytes = match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
            Ok(buf) => js_sys::Uint8Array::new(&buf).to_vec(),
            Err(_) => Vec::new(),
        };
        inputs.push(Input::File { name, bytes });
    }
    inputs
}

/// Adds inputs to the current corpus, analyses it and replaces the corpus; runs after a frame so
/// the "working" message is on screen first.
fn add_and_analyse(
    state: &State,
    inputs: Vec<Input>,
    dispatch: Callback<Action>,
    busy: UseStateHandle<Option<String>>,
) {
    let existing: Vec<parallax_core::Source> = if state.embedded { Vec::new() } else { (*state.sources).clone() };
    busy.set(Some(format!(
        "Reading and analysing {} item{}\u{2026}",
        inputs.len(),
        if inputs.len() == 1 { "" } else { "s" }
    )));
    wasm_bindgen_futures::spawn_local(async move {
        next_frame().await;
        let added = library::add(&existing, inputs);
        let notice = Some(added.summary());
        if added.accepted.is_empty() {
            // Nothing new: keep the corpus as it is, only say why.
            dispatch.emit(Action::ApplyNotice(notice.unwrap_or_default()));
        } else {
            let analysis = SharedAnalysis::new(parallax_core::analyze(&added.sources));
            let report = dispatch.clone();
            crate::storage::save_in_background(added.sources.clone(), true, move |m| {
                report.emit(Action::ApplyNotice(m))
            });
            dispatch.emit(Action::ReplaceCorpus { sources: Rc::new(added.sources), analysis, embedded: false, notice });
        }
        busy.set(None);
    });
}

/// Resolves after the browser has painted once.
async fn next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let cb = wasm_bindgen::closure::Closure::once_into_js(move || {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        });
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(cb.unchecked_ref(), 30);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

#[function_component(Library)]
pub fn library_panel(props: &LibraryProps) -> Html {
    let state = &props.state;
    let busy = use_state(|| None::<String>);
    let paste_label = use_node_ref();
    let paste_text = use_node_ref();
    let on_files = {
        let state = state.clone();
        let dispatch = props.dispatch.clone();
        let busy = busy.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() else { return };
            let Some(list) = input.files() else { return };
            let files = files_of(&list);
            let state = state.clone();
            let dispatch = dispatch.clone();
            let busy = busy.clone();
            input.set_value("");
            wasm_bindgen_futures::spawn_local(async move {
                let inputs = read_files(files).await;
                add_and_analyse(&state, inputs, dispatch, busy);
            });
        })
    };
    let on_drop = {
        let state = state.clone();
        let dispatch = props.dispatch.clone();
        let busy = busy.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            let Some(list) = e.data_transfer().and_then(|d| d.files()) else { return };
            let files = files_of(&list);
            let state = state.clone();
            let dispatch = dispatch.clone();
            let busy = busy.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let inputs = read_files(files).await;
                add_and_analyse(&state, inputs, dispatch, busy);
            });
        })
    };
    let on_dragover = Callback::from(|e: DragEvent| e.prevent_default());
    let on_paste = {
        let state = state.clone();
        let dispatch = props.dispatch.clone();
        let busy = busy.clone();
        let (label_ref, text_ref) = (paste_label.clone(), paste_text.clone());
        Callback::from(move |_: MouseEvent| {
            let label = label_ref.cast::<web_sys::HtmlInputElement>().map(|i| i.value()).unwrap_or_default();
            let area = text_ref.cast::<web_sys::HtmlTextAreaElement>();
            let text = area.as_ref().map(|a| a.value()).unwrap_or_default();
            if let Some(a) = area {
                a.set_value("");
            }
            add_and_analyse(&state, vec![Input::Paste { label, text }], dispatch.clone(), busy.clone());
        })
    };
    let on_embedded = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            let report = dispatch.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if let Err(e) = crate::storage::set_active(false).await {
                    report.emit(Action::ApplyNotice(format!("Could not update the browser's storage ({e}).")));
                }
            });
            let s = State::from_sources(crate::corpus::embedded_sources(), true);
            dispatch.emit(Action::ReplaceCorpus {
                sources: s.sources,
                analysis: s.analysis,
                embedded: true,
                notice: Some("Back to the embedded reports.".to_string()),
            });
        })
    };
    let on_new = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            let report = dispatch.clone();
            crate::storage::save_in_background(Vec::new(), true, move |m| report.emit(Action::ApplyNotice(m)));
            dispatch.emit(Action::ReplaceCorpus {
                sources: Rc::new(Vec::new()),
                analysis: SharedAnalysis::new(parallax_core::analyze(&[])),
                embedded: false,
                notice: Some("A new, empty corpus: add articles to compare.".to_string()),
            });
        })
    };
    html! {
        <details class="library" open={state.analysis.documents.is_empty()}>
            <summary>{ if state.embedded { "Compare your own articles" } else { "Add articles" } }</summary>
            <div class="drop" ondrop={on_drop} ondragover={on_dragover}>
                <label for="add-files">{ "Add files (.txt, .md, .html) \u{2014} or drop them here" }</label>
                <input id="add-files" type="file" multiple=true accept=".txt,.md,.markdown,.html,.htm,text/plain,text/html,text/markdown" onchange={on_files} />
            </div>
            <div class="paste">
                <label for="paste-label">{ "Label (optional)" }</label>
                <input id="paste-label" type="text" ref={paste_label} autocomplete="off" />
                <label for="paste-text">{ "Paste an article" }</label>
                <textarea id="paste-text" rows="5" ref={paste_text} />
                <button type="button" onclick={on_paste}>{ "Add pasted text" }</button>
            </div>
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
