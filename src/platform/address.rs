//! The location hash: read, written when the browser is idle, and read back when someone else
//! changes it. What to write and what to read back is decided by `route::HashSync`.

use std::cell::RefCell;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;

use super::page::{window, Listener};
use crate::route::HashSync;

thread_local! {
    static SYNC: RefCell<HashSync> = RefCell::new(HashSync::default());
}

/// The current location hash ("#/overview?..."), or "" when there is none.
pub fn hash() -> String {
    window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// Sets the hash (one history entry) unless it already is `hash`.
///
/// The write waits until the browser is idle, after the frame that shows the change: updating
/// the URL (through the browser process) cost 1.5 to 2 ms of a filter click, a tenth of a
/// frame, and measurably delayed that frame even as a task of its own. Changes made before then
/// make one entry; leaving the page writes what is pending (`flush_hash_when_leaving`).
/// `history.pushState` rather than assigning `location.hash`, which is a fragment navigation (an
/// anchor search and a `hashchange` this app would ignore); back and forward still fire `hashchange`.
pub fn set_hash(hash: &str) {
    if !SYNC.with(|s| s.borrow_mut().want(hash, self::hash)) {
        return;
    }
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

/// Writes the hash `set_hash` is holding, if it is still wanted.
fn flush_hash() {
    let Some(hash) = SYNC.with(|s| s.borrow_mut().due(&self::hash())) else { return };
    if let Some(w) = window() {
        let pushed = w.history().and_then(|h| h.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&hash)));
        if pushed.is_err() {
            let _ = w.location().set_hash(&hash);
        }
    }
}

/// Calls `f` with the hash whenever someone other than this app changes it (a link,
/// back/forward, an edit of the address).
pub fn on_hash_change(f: impl Fn(String) + 'static) -> Option<Listener> {
    let w = window()?;
    Some(Listener(EventListener::new(&w, "hashchange", move |_| {
        if let Some(hash) = SYNC.with(|s| s.borrow_mut().arrived(&self::hash())) {
            f(hash);
        }
    })))
}

/// A change made just before a reload or a close is not lost to the idle wait.
pub fn flush_hash_when_leaving() -> Option<Listener> {
    let w = window()?;
    Some(Listener(EventListener::new(&w, "pagehide", |_| flush_hash())))
}
