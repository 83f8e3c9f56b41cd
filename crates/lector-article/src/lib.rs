//! The article model: a Markdown file with front matter becomes metadata plus a
//! [`Document`], whose [`Document::text`] is the *rendered text* every other
//! part of Lector works on (analyzers, annotation anchors, `lector analyze`).
//!
//! No web types and no I/O: the app, its build script and the CLI all parse
//! articles through this crate, so the offsets they exchange agree.

mod article;
mod date;
mod document;
mod front_matter;
mod id;
mod layers;
mod library;
mod manifest;
mod markdown;
mod reading;

pub use article::{Article, ArticleError, ArticleMeta};
pub use date::IsoDate;
pub use document::{Block, Document, Run, RunKind, TextBlock, TextRole};
pub use front_matter::{FrontMatter, FrontMatterError};
pub use id::{ArticleId, ArticleIdError, MAX_ARTICLE_ID_CHARS};
pub use layers::{layer_tree, LayerNode, Mark};
pub use library::{library_order, sort_for_library};
pub use manifest::{library_manifest, manifest_json, parse_manifest, ManifestError};
pub use markdown::parse_markdown;
pub use reading::{reading_minutes, word_count, WORDS_PER_MINUTE};
