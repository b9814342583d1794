//! Time on the page: waiting for a timer or a painted frame, running a future, and User Timing
//! marks for measuring in the browser.

use wasm_bindgen::JsCast;

use super::page::window;

/// Runs a future on the page's event loop.
pub fn spawn(future: impl std::future::Future<Output = ()> + 'static) {
    wasm_bindgen_futures::spawn_local(future);
}

/// Resolves after the browser has painted once.
pub async fn next_frame() {
    pause(30).await;
}

/// Resolves after `ms` milliseconds (0: after the tasks already queued).
pub async fn pause(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let cb = wasm_bindgen::closure::Closure::once_into_js(move || {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        });
        if let Some(w) = window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(cb.unchecked_ref(), ms);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
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
