//! The page itself: its title, focus, form fields, global keys, and the value of the field an
//! event came from. What a key means is decided in `state::keys`.

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;

use crate::state::keys::KeyPress;

/// An event listener on the page; dropping it removes the listener.
#[must_use = "dropping a Listener removes it"]
pub struct Listener(#[allow(dead_code)] pub(super) EventListener);

pub(super) fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

pub(super) fn document() -> Option<web_sys::Document> {
    window().and_then(|w| w.document())
}

/// Is this a page (rather than the analysis worker, which has no window)?
pub fn is_page() -> bool {
    window().is_some()
}

/// Sets the page title (as text: `document.title` never parses markup).
pub fn set_title(title: &str) {
    if let Some(d) = document() {
        if d.title() != title {
            d.set_title(title);
        }
    }
}

/// Focuses the element with this id, if there is one.
pub fn focus(id: &str) {
    if let Some(el) = document().and_then(|d| d.get_element_by_id(id)) {
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
}

/// The value of a form field element (input, text area, select).
fn value_of(el: &web_sys::Element) -> Option<String> {
    if let Some(input) = el.dyn_ref::<web_sys::HtmlInputElement>() {
        Some(input.value())
    } else if let Some(area) = el.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        Some(area.value())
    } else {
        el.dyn_ref::<web_sys::HtmlSelectElement>().map(|select| select.value())
    }
}

/// The value of the input or text area with this id ("" if there is none).
pub fn field_value(id: &str) -> String {
    document().and_then(|d| d.get_element_by_id(id)).and_then(|el| value_of(&el)).unwrap_or_default()
}

/// The value of the field an event (input, change) came from, if it came from one.
pub fn target_value(e: &web_sys::Event) -> Option<String> {
    e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).and_then(|el| value_of(&el))
}

/// Empties the inputs and text areas with these ids.
pub fn clear_fields(ids: &[&str]) {
    let Some(document) = document() else { return };
    for el in ids.iter().filter_map(|id| document.get_element_by_id(id)) {
        if let Some(input) = el.dyn_ref::<web_sys::HtmlInputElement>() {
            input.set_value("");
        } else if let Some(area) = el.dyn_ref::<web_sys::HtmlTextAreaElement>() {
            area.set_value("");
        }
    }
}

/// Is the keyboard focus in a text field (where keys type)?
fn typing() -> bool {
    document()
        .and_then(|d| d.active_element())
        .map(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"))
        .unwrap_or(false)
}

/// Calls `f` with every key pressed on the page; when it returns true, the key's default
/// action is prevented (a "/" that focuses search must not type itself into it).
pub fn on_keydown(f: impl Fn(&KeyPress) -> bool + 'static) -> Option<Listener> {
    let document = document()?;
    // Not passive, so that the default can be prevented.
    let options = EventListenerOptions::enable_prevent_default();
    Some(Listener(EventListener::new_with_options(&document, "keydown", options, move |e| {
        let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else { return };
        let press = KeyPress { key: e.key(), ctrl: e.ctrl_key(), meta: e.meta_key(), typing: typing() };
        if f(&press) {
            e.prevent_default();
        }
    })))
}
