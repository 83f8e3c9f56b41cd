//! The reader's own articles: how a page brought to Lector becomes an article
//! file like the samples (`data/*.md`), how it is kept in the browser, and
//! what it is called in exports. Plain Rust, tested on the host; the browser
//! side is `browser::article_db` (storage) and `browser::importer` (the lazy
//! extractor).

pub mod draft;
pub mod extraction;
pub mod identity;
pub mod record;
pub mod versions;
pub mod writing;

#[cfg(test)]
mod tests;
