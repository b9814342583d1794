//! The analysis worker: the app's own wasm module started a second time in a Web Worker, so that
//! analysing a large corpus never freezes the page. Thin glue: messages are `protocol` bytes.
//!
//! Why not gloo-worker or a separate worker binary: either ships a second wasm module, and the
//! single `file://` file would carry it twice (the size budget allows one). Instead the worker is
//! a script built in a Blob from the app's own glue: in `dist/index.html` it imports the
//! glue file, in `parallax.html` it is the inline glue's text (the script up to [`BOOT_MARKER`]);
//! the page then posts the already compiled `WebAssembly.Module`, and `main` sees it runs in a
//! worker (no `window`) and calls [`serve`].

use std::cell::RefCell;

use js_sys::{Array, Uint8Array};
use parallax_core::bundle::{self, Bundle};
use parallax_core::{Progress, Source};

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::library::Input;
use crate::protocol::{self, FromWorker, Outcome, Throttle, ToWorker, ToWorkerRef};

/// Where the glue ends in the single file's inline script (written by scripts/inline.mjs).
pub const BOOT_MARKER: &str = "/*parallax:boot*/";

/// The worker's first message is the compiled module; instantiating it runs `main`, which finds
/// no window and calls `serve`, which takes over `onmessage` for the requests that follow.
const BOOTSTRAP: &str = "self.onmessage = (e) => { self.onmessage = null; initSync({ module: e.data }); };";

/// In the worker: answer analysis requests until terminated.
pub fn serve() {
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let out = scope.clone();
    let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
        let bytes = Uint8Array::new(&e.data()).to_vec();
        let reply = match protocol::decode::<ToWorker>(&bytes) {
            Ok(ToWorker::Add { job, existing, inputs }) => {
                let mut throttle = Throttle::default();
                let outcome = protocol::run(&existing, inputs, &mut |progress| {
                    if throttle.admit(progress) {
                        post(&out, &FromWorker::Progress { job, progress });
                    }
                });
                match outcome {
                    Outcome::Done { sources, analysis, summary } => {
                        FromWorker::Done { job, bundle: bundle::encode(&sources, &analysis), summary }
                    }
                    Outcome::Refused { summary } => FromWorker::Refused { job, summary },
                }
            }
            Err(message) => FromWorker::Failed { job: 0, message },
        };
        post(&out, &reply);
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    post(&scope, &FromWorker::Ready);
}

/// Posts bytes, transferring their buffer rather than copying it.
fn post(scope: &web_sys::DedicatedWorkerGlobalScope, message: &FromWorker) {
    let bytes = Uint8Array::from(protocol::encode(message).as_slice());
    let _ = scope.post_message_with_transfer(&bytes, &Array::of1(&bytes.buffer()));
}

/// What the page hears about a job.
pub enum Event {
    /// The worker started: a failure from now on is not a reason to try on the page.
    Ready,
    Progress(Progress),
    /// The new corpus, as decoded and as bytes (to keep in storage), and what adding did.
    Done {
        bundle: Bundle,
        bytes: Vec<u8>,
        summary: String,
    },
    /// Nothing was added (the summary says why); the corpus stays.
    Refused(String),
    /// The analysis failed, or the worker could not start; the text says why.
    Failed(String),
}

struct Running {
    worker: web_sys::Worker,
    url: String,
    _on_message: Closure<dyn FnMut(web_sys::MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
}

impl Drop for Running {
    fn drop(&mut self) {
        // Unhook first: a message already queued must not reach a closure that is being dropped.
        self.worker.set_onmessage(None);
        self.worker.set_onerror(None);
        self.worker.terminate();
        let _ = web_sys::Url::revoke_object_url(&self.url);
    }
}

thread_local! {
    /// The one job running; a new job or a cancel ends it (terminating the worker mid-analysis).
    static RUNNING: RefCell<Option<Running>> = const { RefCell::new(None) };
    static NEXT_JOB: std::cell::Cell<u32> = const { std::cell::Cell::new(1) };
}

/// Stops the running analysis, if any. Its callback hears nothing more.
pub fn cancel() {
    // Take it out first: dropping terminates the worker, and nothing may borrow RUNNING then.
    let running = RUNNING.with(|r| r.borrow_mut().take());
    drop(running);
}

/// Ends the running job from inside one of its own callbacks: the worker stops now, but the
/// closures are dropped only after the callback has returned (dropping a closure while it runs
/// would free the code that is running).
fn finish() {
    let running = RUNNING.with(|r| r.borrow_mut().take());
    if let Some(running) = running {
        running.worker.terminate();
        wasm_bindgen_futures::spawn_local(async move { drop(running) });
    }
}

/// Adds `inputs` to `existing` and analyses the result in a new worker, replacing any job still
/// running. `on_event` hears progress, then exactly one `Done`, `Refused` or `Failed`. An `Err`
/// means no worker could be started.
pub fn analyse(existing: &[Source], inputs: &[Input], on_event: impl Fn(Event) + 'static) -> Result<(), String> {
    cancel();
    let job = NEXT_JOB.with(|n| {
        let job = n.get();
        n.set(job.wrapping_add(1));
        job
    });
    let (script, kind) = worker_script()?;
    let parts = Array::of1(&JsValue::from_str(&script));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/javascript");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(describe)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(describe)?;
    let worker_options = web_sys::WorkerOptions::new();
    worker_options.set_type(kind);
    let worker = match web_sys::Worker::new_with_options(&url, &worker_options) {
        Ok(w) => w,
        Err(e) => {
            let _ = web_sys::Url::revoke_object_url(&url);
            return Err(describe(e));
        }
    };
    let on_event = std::rc::Rc::new(on_event);
    let on_message = {
        let on_event = on_event.clone();
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
            let bytes = Uint8Array::new(&e.data()).to_vec();
            let event = match protocol::decode::<FromWorker>(&bytes) {
                Ok(FromWorker::Ready) => Event::Ready,
                Ok(FromWorker::Progress { job: j, progress }) if j == job => Event::Progress(progress),
                Ok(FromWorker::Done { job: j, bundle, summary }) if j == job => {
                    finish();
                    match bundle::decode(&bundle) {
                        Ok(b) => Event::Done { bundle: b, bytes: bundle, summary },
                        Err(e) => Event::Failed(format!("the worker's result could not be read: {e}")),
                    }
                }
                Ok(FromWorker::Refused { job: j, summary }) if j == job => {
                    finish();
                    Event::Refused(summary)
                }
                Ok(FromWorker::Failed { message, .. }) => {
                    finish();
                    Event::Failed(message)
                }
                Ok(_) => return, // a reply to an earlier job
                Err(message) => {
                    finish();
                    Event::Failed(message)
                }
            };
            on_event(event);
        })
    };
    // A script that fails to load fires a plain Event; an error thrown in the worker, an ErrorEvent.
    let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
        e.prevent_default();
        finish();
        let message = e.dyn_ref::<web_sys::ErrorEvent>().map(|e| e.message()).filter(|m| !m.is_empty());
        on_event(Event::Failed(message.unwrap_or_else(|| "the background worker could not start".to_string())));
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    // Held before posting, so a refused post still terminates the worker and frees the URL.
    let worker_ref = worker.clone();
    RUNNING.with(|r| {
        *r.borrow_mut() = Some(Running { worker, url, _on_message: on_message, _on_error: on_error });
    });
    let request = Uint8Array::from(protocol::encode(&ToWorkerRef::Add { job, existing, inputs }).as_slice());
    let posted = worker_ref
        .post_message(&wasm_bindgen::module())
        .and_then(|_| worker_ref.post_message_with_transfer(&request, &Array::of1(&request.buffer())));
    if let Err(e) = posted {
        cancel();
        return Err(describe(e));
    }
    Ok(())
}

/// The worker's script and its type: the glue (imported, or inline in the single file) plus the bootstrap.
///
/// From `file://`, Chromium refuses module workers from a Blob (a module script is fetched with
/// CORS, and the page's origin is opaque) but runs classic ones, so the single file's worker is
/// classic: the inline glue's one module-only expression, `import.meta.url` (the default wasm
/// location, never used here because the module is passed in), becomes the worker's own URL.
fn worker_script() -> Result<(String, web_sys::WorkerType), String> {
    let document = gloo::utils::document();
    if let Some(app) = document.get_element_by_id("parallax-app") {
        let text = app.text_content().unwrap_or_default();
        let Some((glue, _boot)) = text.split_once(BOOT_MARKER) else {
            return Err("the page's script has no worker marker".into());
        };
        let glue = glue.replace("import.meta.url", "self.location.href");
        return Ok((format!("{glue}\n{BOOTSTRAP}"), web_sys::WorkerType::Classic));
    }
    let link = document.query_selector("link[rel=modulepreload]").ok().flatten();
    let href = link.and_then(|l| l.get_attribute("href")).ok_or("the page names no script to start a worker from")?;
    let base = document.base_uri().ok().flatten().unwrap_or_default();
    let url = web_sys::Url::new_with_base(&href, &base).map_err(describe)?.href();
    // A serialised URL percent-encodes quotes and spaces; refuse anything that could still break out.
    if url.contains(['"', '\\', '\n', '\r']) {
        return Err("the script's address cannot be quoted".into());
    }
    Ok((format!("import {{ initSync }} from \"{url}\";\n{BOOTSTRAP}"), web_sys::WorkerType::Module))
}

fn describe(e: JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| e.as_string())
        .unwrap_or_else(|| "the browser refused".to_string())
}
