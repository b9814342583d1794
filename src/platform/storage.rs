//! Browser storage glue (wasm32 only): the reader's corpus in IndexedDB, so it survives reloads
//! and browser restarts. One record, structured-cloned (no JSON code in the wasm). What it means
//! is decided in `library::restore`; this file only moves values in and out.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::library::{self, Stored, STORAGE_VERSION};

const DB: &str = "parallax";
const STORE: &str = "corpus";
const KEY: &str = "current";

fn set(obj: &js_sys::Object, key: &str, value: &JsValue) {
    let _ = js_sys::Reflect::set(obj, &JsValue::from_str(key), value);
}

fn get(obj: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(obj, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

/// Resolves when `request` succeeds, with its result; rejects with its error.
async fn request(req: &web_sys::IdbRequest) -> Result<JsValue, String> {
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        let ok = Closure::once_into_js(move |e: web_sys::Event| {
            let result =
                e.target().and_then(|t| t.dyn_into::<web_sys::IdbRequest>().ok()).and_then(|r| r.result().ok());
            let _ = resolve.call1(&JsValue::NULL, &result.unwrap_or(JsValue::UNDEFINED));
        });
        let err = Closure::once_into_js(move |e: web_sys::Event| {
            let message = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::IdbRequest>().ok())
                .and_then(|r| r.error().ok().flatten())
                .map(|d| d.message())
                .unwrap_or_else(|| "unknown storage error".to_string());
            let _ = reject.call1(&JsValue::NULL, &JsValue::from_str(&message));
        });
        req.set_onsuccess(Some(ok.unchecked_ref()));
        req.set_onerror(Some(err.unchecked_ref()));
    });
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map_err(|e| e.as_string().unwrap_or_else(|| "storage error".into()))
}

async fn open() -> Result<web_sys::IdbDatabase, String> {
    let factory =
        web_sys::window().and_then(|w| w.indexed_db().ok().flatten()).ok_or("this browser offers no IndexedDB here")?;
    let req = factory.open_with_u32(DB, 1).map_err(|_| "could not open the browser's storage")?;
    let upgrade = Closure::once_into_js(move |e: web_sys::Event| {
        if let Some(db) = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::IdbOpenDbRequest>().ok())
            .and_then(|r| r.result().ok())
            .and_then(|r| r.dyn_into::<web_sys::IdbDatabase>().ok())
        {
            let _ = db.create_object_store(STORE);
        }
    });
    req.set_onupgradeneeded(Some(upgrade.unchecked_ref()));
    request(&req).await?.dyn_into().map_err(|_| "storage did not open".to_string())
}

fn store(db: &web_sys::IdbDatabase, mode: web_sys::IdbTransactionMode) -> Result<web_sys::IdbObjectStore, String> {
    db.transaction_with_str_and_mode(STORE, mode)
        .and_then(|t| t.object_store(STORE))
        .map_err(|_| "storage is not available".to_string())
}

/// Saves the reader's corpus (whether it is the one in use, and its analysis as a bundle so a
/// reload need not analyse again). A full quota comes back as an error message; nothing in the
/// tab is lost either way.
pub async fn save(sources: &[parallax_core::Source], active: bool, bundle: Option<&[u8]>) -> Result<(), String> {
    let record = js_sys::Object::new();
    set(&record, "version", &JsValue::from(STORAGE_VERSION));
    set(&record, "active", &JsValue::from_bool(active));
    let list = js_sys::Array::new();
    for s in sources {
        let item = js_sys::Object::new();
        set(&item, "id", &JsValue::from_str(&s.id));
        set(&item, "text", &JsValue::from_str(&s.text));
        let optional =
            [("label", &s.label), ("outlet", &s.details.outlet), ("date", &s.details.date), ("url", &s.details.url)];
        for (key, value) in optional {
            if let Some(v) = value {
                set(&item, key, &JsValue::from_str(v));
            }
        }
        list.push(&item);
    }
    set(&record, "sources", &list);
    if let Some(bytes) = bundle {
        set(&record, "bundle", &js_sys::Uint8Array::from(bytes));
    }
    let db = open().await?;
    let tx = db
        .transaction_with_str_and_mode(STORE, web_sys::IdbTransactionMode::Readwrite)
        .map_err(|_| "storage is not available".to_string())?;
    let done = committed(&tx);
    tx.object_store(STORE)
        .and_then(|s| s.put_with_key(&record, &JsValue::from_str(KEY)))
        .map_err(|_| "could not write to the browser's storage".to_string())?;
    // Written only when the transaction commits: a full quota usually shows as an abort there,
    // after the put itself has succeeded.
    done.await
}

/// Resolves when `tx` commits; fails with its error when it aborts.
fn committed(tx: &web_sys::IdbTransaction) -> impl std::future::Future<Output = Result<(), String>> {
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        let ok = Closure::once_into_js(move |_: web_sys::Event| {
            let _ = resolve.call0(&JsValue::NULL);
        });
        let fail = Closure::once_into_js(move |e: web_sys::Event| {
            let message = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::IdbTransaction>().ok())
                .and_then(|t| t.error())
                .map(|d| d.message())
                .unwrap_or_else(|| "the write was abandoned".to_string());
            let _ = reject.call1(&JsValue::NULL, &JsValue::from_str(&message));
        });
        tx.set_oncomplete(Some(ok.unchecked_ref()));
        tx.set_onabort(Some(fail.unchecked_ref()));
    });
    async move {
        wasm_bindgen_futures::JsFuture::from(promise)
            .await
            .map(|_| ())
            .map_err(|e| e.as_string().unwrap_or_else(|| "storage error".into()))
    }
}

/// The saved corpus, if any.
pub async fn load() -> Result<Option<Stored>, String> {
    let db = open().await?;
    let req = store(&db, web_sys::IdbTransactionMode::Readonly)?
        .get(&JsValue::from_str(KEY))
        .map_err(|_| "could not read the browser's storage".to_string())?;
    let record = request(&req).await?;
    if record.is_undefined() || record.is_null() {
        return Ok(None);
    }
    let version = get(&record, "version").as_f64().unwrap_or(0.0) as u32;
    let active = get(&record, "active").as_bool().unwrap_or(false);
    let list: js_sys::Array = get(&record, "sources").dyn_into().unwrap_or_default();
    let entries = list
        .iter()
        .map(|item| {
            (
                get(&item, "id").as_string().unwrap_or_default(),
                get(&item, "text").as_string().unwrap_or_default(),
                get(&item, "label").as_string(),
                parallax_core::Details {
                    outlet: get(&item, "outlet").as_string(),
                    date: get(&item, "date").as_string(),
                    url: get(&item, "url").as_string(),
                },
            )
        })
        .collect();
    let bundle = get(&record, "bundle").dyn_into::<js_sys::Uint8Array>().ok().map(|b| b.to_vec());
    library::restore(version, active, entries, bundle).map(Some)
}

thread_local! {
    /// The last write queued: writes run one after another, in the order they were asked for.
    static TAIL: std::cell::RefCell<js_sys::Promise> =
        std::cell::RefCell::new(js_sys::Promise::resolve(&JsValue::UNDEFINED));
}

/// Runs `work` after every write asked for before it. Without this, "back to the embedded
/// reports" (read, then write back) could interleave with a save still in flight and write the
/// older list of articles over the newer one.
async fn in_turn<T>(work: impl std::future::Future<Output = T>) -> T {
    let mut release = None;
    let mine = js_sys::Promise::new(&mut |resolve, _| release = Some(resolve));
    let previous = TAIL.with(|t| t.replace(mine));
    let _ = wasm_bindgen_futures::JsFuture::from(previous).await;
    let out = work.await;
    if let Some(resolve) = release {
        let _ = resolve.call0(&JsValue::NULL);
    }
    out
}

/// Marks the saved corpus as in use or not, keeping its articles (going back to the embedded
/// reports must not throw the reader's own away).
pub async fn set_active(active: bool) -> Result<(), String> {
    in_turn(async move {
        match load().await? {
            Some(stored) => save(&stored.sources, active, stored.bundle.as_deref()).await,
            None => Ok(()),
        }
    })
    .await
}

/// Saves in the background; a failure (a full quota, private browsing) is reported through
/// `report` and changes nothing in the tab.
pub fn save_in_background(
    sources: Vec<parallax_core::Source>,
    active: bool,
    bundle: Option<Vec<u8>>,
    report: impl Fn(String) + 'static,
) {
    wasm_bindgen_futures::spawn_local(async move {
        if let Err(e) = in_turn(save(&sources, active, bundle.as_deref())).await {
            report(format!("Could not keep your articles in this browser ({e}); they stay loaded in this tab."));
        }
    });
}
