//! Every browser API the app uses, one small module each, so that the rest of
//! the app (and its tests) see plain Rust functions with typed errors, and
//! hooks (`events::use_window_event`, `use_keydown`, `use_timeout`, ...) for
//! listeners. Nothing outside this folder names `web_sys`, `gloo`,
//! `wasm_bindgen` or `js_sys` (a tidy test holds the sources to it).

pub mod analyzer_data;
pub mod annotation_storage;
pub mod article_db;
pub mod caret;
pub mod clipboard;
pub mod clock;
pub mod corpus_db;
pub mod correction_storage;
pub mod dom;
pub mod download;
pub mod events;
pub mod fetch;
pub mod file_drop;
pub mod file_read;
pub mod framing;
pub mod highlight_focus;
pub mod importer;
pub mod local_storage;
pub mod location;
pub mod page_focus;
pub mod random_id;
pub mod reveal;
pub mod selection;
pub mod storage_events;
pub mod task;
pub mod theme;
