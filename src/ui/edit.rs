//! Editing a source of the reader's own corpus: its label, outlet, date and address, or removing
//! it. Either way the corpus is analysed again in the background; the text itself never changes.

use parallax_core::Details;
use yew::prelude::*;

use crate::library;
use crate::state::{Action, State};

#[derive(Properties, PartialEq)]
pub struct SourceEditorProps {
    pub state: State,
    /// The source's id.
    pub id: String,
    pub dispatch: Callback<Action>,
}

#[function_component(SourceEditor)]
pub fn source_editor(props: &SourceEditorProps) -> Html {
    let error = use_state(|| None::<String>);
    // Removing asks twice: the first click arms the button, the second removes.
    let armed = use_state(|| false);
    let Some(source) = props.state.sources.iter().find(|s| s.id == props.id).cloned() else { return html! {} };
    let field = |name: &str| format!("edit-{name}-{}", props.id);
    let label_of =
        props.state.analysis.document_index(&props.id).map(|i| props.state.analysis.documents[i].label.clone());
    let shown = label_of.unwrap_or_else(|| source.id.clone());
    let on_save = {
        let (state, dispatch, error, id) =
            (props.state.clone(), props.dispatch.clone(), error.clone(), props.id.clone());
        let ids = ["label", "outlet", "date", "url"].map(field);
        let shown = shown.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let value = |i: usize| crate::platform::field_value(&ids[i]);
            match Details::from_input(&value(1), &value(2), &value(3)) {
                Err(why) => error.set(Some(format!("Not saved: {why}."))),
                Ok(details) => {
                    error.set(None);
                    let sources = library::edit(&state.sources, &id, &value(0), details);
                    let done = format!("Saved the details of \u{201C}{shown}\u{201D}.");
                    super::task::analyse(
                        std::rc::Rc::new(sources),
                        Vec::new(),
                        "Saving the details".into(),
                        Some(done),
                        true,
                        dispatch.clone(),
                    );
                }
            }
        })
    };
    let on_remove = {
        let (state, dispatch, id) = (props.state.clone(), props.dispatch.clone(), props.id.clone());
        let (shown, armed) = (shown.clone(), armed.clone());
        Callback::from(move |_: MouseEvent| {
            if !*armed {
                armed.set(true);
                return;
            }
            let sources = library::remove(&state.sources, &id);
            let done = format!("Removed \u{201C}{shown}\u{201D} from your corpus.");
            if sources.is_empty() {
                super::task::empty(done, &dispatch);
            } else {
                super::task::analyse(
                    std::rc::Rc::new(sources),
                    Vec::new(),
                    "Removing a source".into(),
                    Some(done),
                    true,
                    dispatch.clone(),
                );
            }
        })
    };
    let d = &source.details;
    // Editing starts from the corpus as it is: not while another change is being analysed.
    let working = props.state.task.is_some();
    let input = |name: &str, label: &str, kind: &str, value: Option<&str>| {
        let id = field(name);
        html! {
            <>
                <label for={id.clone()}>{ label.to_string() }</label>
                <input id={id} type={kind.to_string()} value={value.unwrap_or_default().to_string()} autocomplete="off" />
            </>
        }
    };
    html! {
        <details class="source-edit">
            <summary>{ "Edit details or remove" }</summary>
            <form class="edit-form" onsubmit={on_save} aria-label={format!("Details of {shown}")}>
                { input("label", "Label", "text", source.label.as_deref()) }
                { input("outlet", "Outlet", "text", d.outlet.as_deref()) }
                { input("date", "Date", "date", d.date.as_deref()) }
                { input("url", "Address", "url", d.url.as_deref()) }
                if let Some(why) = &*error {
                    <p class="form-error" role="alert">{ why.clone() }</p>
                }
                <div class="edit-actions">
                    <button type="submit" disabled={working}>{ "Save details" }</button>
                    <button type="button" class="danger" onclick={on_remove} disabled={working}>
                        { if *armed { "Click again to remove it" } else { "Remove this source" } }
                    </button>
                </div>
            </form>
        </details>
    }
}
