//! Browser glue, kept thin: the location hash, global keys, focus, form fields, and file downloads.
//! No logic lives here; everything it does is decided by `state`.

use wasm_bindgen::JsCast;

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// The current location hash ("#/overview?..."), or "" when there is none.
pub fn hash() -> String {
    window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

thread_local! {
    /// The hash this app wrote last: its own echo in `hashchange` must not be read back, or a
    /// late event would undo keystrokes typed since.
    static WRITTEN: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

/// Sets the hash (one history entry) unless it already is `hash`.
///
/// The write waits until the browser is idle, after the frame that shows the change: updating
/// the URL (through the browser process) cost 1.5 to 2 ms of a filter click, a tenth of a
/// frame, and measurably delayed that frame even as a task of its own. Changes made before then
/// make one entry; leaving the page writes what is pending (`flush_hash`). `history.pushState`
/// rather than assigning `location.hash`, which is a fragment navigation (an anchor search and
/// a `hashchange` this app would ignore); back and forward still fire `hashchange`.
pub fn set_hash(hash: &str) {
    WRITTEN.with(|w| *w.borrow_mut() = hash.to_string());
    // The address as it was when the write was first scheduled: if it has changed by the time
    // the write runs, the reader navigated (Back) in between, and their navigation wins.
    let first = PENDING.with(|p| {
        let mut p = p.borrow_mut();
        let scheduled = p.is_some();
        let from = p.take().map_or_else(self::hash, |(_, from)| from);
        *p = Some((hash.to_string(), from));
        !scheduled
    });
    if first {
        let Some(w) = window() else { return };
        let write = wasm_bindgen::closure::Closure::once_into_js(flush_hash);
        // Browsers without requestIdleCallback (Safari) throw: a zero timeout instead.
        // At most 100 ms later, however busy the page (a reload must not find an old address).
        let options = web_sys::IdleRequestOptions::new();
        options.set_timeout(100);
        let scheduled = w.request_idle_callback_with_options(write.unchecked_ref(), &options).is_ok()
            || w.set_timeout_with_callback_and_timeout_and_arguments_0(write.unchecked_ref(), 0).is_ok();
        if !scheduled {
            flush_hash();
        }
    }
}

thread_local! {
    /// The hash waiting to be written, and the address it replaces (see `set_hash`).
    static PENDING: std::cell::RefCell<Option<(String, String)>> = const { std::cell::RefCell::new(None) };
}

/// Writes the hash `set_hash` is holding, if any (when idle, and when the page is left).
pub fn flush_hash() {
    let Some((hash, from)) = PENDING.with(|p| p.borrow_mut().take()) else { return };
    let now = self::hash();
    if now == hash || now != from {
        return;
    }
    if let Some(w) = window() {
        let pushed = w.history().and_then(|h| h.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&hash)));
        if pushed.is_err() {
            let _ = w.location().set_hash(&hash);
        }
    }
}

/// The current hash if someone other than this app put it there (a link, back/forward, an edit).
pub fn foreign_hash() -> Option<String> {
    let now = hash();
    let ours = WRITTEN.with(|w| w.borrow().clone());
    if now == ours {
        return None;
    }
    // The reader went back (or edited the address) before our last write landed: theirs wins.
    PENDING.with(|p| p.borrow_mut().take());
    Some(now)
}

/// Sets the page title (as text: `document.title` never parses markup).
pub fn set_title(title: &str) {
    if let Some(d) = window().and_then(|w| w.document()) {
        if d.title() != title {
            d.set_title(title);
        }
    }
}

/// Focuses the element with this id, if there is one.
pub fn focus(id: &str) {
    if let Some(el) = window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id)) {
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
}

/// The value of the input or text area with this id ("" if there is none).
pub fn field_value(id: &str) -> String {
    let Some(el) = window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id)) else {
        return String::new();
    };
    if let Some(input) = el.dyn_ref::<web_sys::HtmlInputElement>() {
        input.value()
    } else if let Some(area) = el.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        area.value()
    } else {
        String::new()
    }
}

/// Empties the inputs and text areas with these ids.
pub fn clear_fields(ids: &[&str]) {
    let Some(document) = window().and_then(|w| w.document()) else { return };
    for el in ids.iter().filter_map(|id| document.get_element_by_id(id)) {
        if let Some(input) = el.dyn_ref::<web_sys::HtmlInputElement>() {
            input.set_value("");
        } else if let Some(area) = el.dyn_ref::<web_sys::HtmlTextAreaElement>() {
            area.set_value("");
        }
    }
}

/// Is the keyboard focus in a text field (so "/" types a slash instead of jumping to search)?
pub fn typing() -> bool {
    window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .map(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"))
        .unwrap_or(false)
}

/// Offers `content` as a file download. Works from file:// too: the Blob URL is local.
pub fn download(filename: &str, mime: &str, content: &str) -> Result<(), String> {
    download_part(filename, mime, &wasm_bindgen::JsValue::from_str(content))
}

/// Offers bytes as a file download.
pub fn download_bytes(filename: &str, mime: &str, content: &[u8]) -> Result<(), String> {
    download_part(filename, mime, &js_sys::Uint8Array::from(content))
}

fn download_part(filename: &str, mime: &str, part: &wasm_bindgen::JsValue) -> Result<(), String> {
    let document = window().and_then(|w| w.document()).ok_or("no document")?;
    let parts = js_sys::Array::of1(part);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob =
        web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(|_| "could not build the file")?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| "could not create a download link")?;
    let a: web_sys::HtmlAnchorElement =
        document.create_element("a").map_err(|_| "no anchor")?.dyn_into().map_err(|_| "no anchor")?;
    a.set_href(&url);
    a.set_download(filename);
    a.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// A User Timing mark, for measuring in the browser (the end-to-end run reads these).
pub fn mark(name: &str) {
    if let Some(p) = window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}

/// A User Timing measure from `start_mark` to now.
pub fn measure(name: &str, start_mark: &str) {
    if let Some(p) = window().and_then(|w| w.performance()) {
        let _ = p.measure_with_start_mark(name, start_mark);
    }
}
