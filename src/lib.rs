//! The Lector web app: renders what the plain-Rust crates compute.
//!
//! Components only render and dispatch; shared state lives in reducers under
//! [`state`]; every browser API sits behind one small module in [`browser`].
//! See ARCHITECTURE.md for the map.

pub mod annotation_search;
pub mod app;
pub mod article_source;
pub mod browser;
pub mod comparing;
pub mod components;
pub mod corpus_article;
pub mod corpus_record;
pub mod corrected;
pub mod exporting;
pub mod geometry;
pub mod highlights;
pub mod hooks;
pub mod keymap;
pub mod layer;
pub mod library_file;
pub mod manifest;
pub mod opened;
pub mod orphan_fixes;
pub mod own;
pub mod own_library;
pub mod route;
pub mod shared_text;
pub mod state;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tidy;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod view_model_tests;

pub use app::App;

/// Mounts the app on the root element the pre-rendered page's boot script
/// keeps for it (see `browser::dom::prerendered_app_root`), else on `<body>`.
pub fn start() {
    browser::location::guard_hash(route::repaired_hash);
    // The analyzer's data is already downloading (the page preloads it):
    // decode it as soon as it is there, whichever view comes first.
    browser::analyzer_data::when_loaded(|_| {});
    match browser::dom::prerendered_app_root() {
        Some(root) => yew::Renderer::<App>::with_root(root).render(),
        None => yew::Renderer::<App>::new().render(),
    };
}
