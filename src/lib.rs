//! The Parallax app: the embedded corpus, the UI state and its reducer, and (on wasm32 only) the
//! Yew UI and the browser glue.
//!
//! Everything outside `ui` and `platform` is plain Rust that builds and tests natively. Modules
//! depend downwards only: `ui` → `platform` → the plain modules (`state`, `route`, `library`,
//! `protocol`, `export`, `key_figures`, `diff`, `corpus`) → `parallax_core`.

pub mod corpus;
pub mod diff;
pub mod export;
pub mod key_figures;
pub mod library;
pub mod protocol;
pub mod route;
pub mod state;

#[cfg(target_arch = "wasm32")]
pub mod ui;

#[cfg(target_arch = "wasm32")]
pub mod platform;
