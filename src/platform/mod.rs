//! Browser glue (wasm32 only), kept thin: the only code in the app that names `web_sys`,
//! `js_sys`, `gloo` or `wasm_bindgen` (`tests/source_tree.rs` checks). It decides nothing: what
//! to write in the address bar and when a key means something are decided in plain Rust
//! (`route::HashSync`, `state::keys`); what a stored record means, in `library`.
//!
//! - `address`: the location hash, written when the browser is idle, read back on `hashchange`
//! - `page`: the page title, focus, form fields, global keys, the value of an event's field
//! - `files`: files picked or dropped, and downloads
//! - `time`: timers, frames, spawning futures, User Timing marks
//! - `storage`: the reader's corpus in IndexedDB
//! - `worker`: the app's own module started again as the analysis worker

mod address;
mod files;
mod page;
pub mod storage;
mod time;
pub mod worker;

pub use address::{flush_hash_when_leaving, hash, on_hash_change, set_hash};
pub use files::{download, download_bytes, dropped_files, picked_files, PickedFile};
pub use page::Listener;
pub use page::{clear_fields, field_value, focus, is_page, on_keydown, set_title, target_value};
pub use time::{mark, measure, next_frame, pause, spawn};
