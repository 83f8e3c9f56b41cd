//! A reader's library as one file (`lector-library-YYYY-MM-DD.json`): the
//! articles they added themselves, each as Lector keeps it (the article file:
//! front matter and Markdown), and their annotations as a Lector JSON export,
//! so moving to another browser loses nothing.
//!
//! Plain Rust, no I/O: the app reads the stored articles and the annotation
//! store, and hands what [`read_library`] and [`plan_import`] return to its
//! storage and reducers. The whole file is validated before anything is
//! changed; articles already here are not added twice, and annotations merge
//! by `lector-annotations`' rules (by id, newer wins). Format: `FORMAT.md`.

mod error;
mod file;
mod iri;
mod plan;
mod read;

pub use error::LibraryFileError;
pub use file::{file_name, LibraryArticle, LibraryFile, FORMAT_NAME, FORMAT_VERSION};
pub use iri::{stable_iri, versions_stable_iri};
pub use plan::{plan_import, HereArticle, ImportPlan};
pub use read::{is_library_file, read_library, MAX_ARTICLES, MAX_LIBRARY_BYTES};

#[cfg(test)]
mod tests;
