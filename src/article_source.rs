//! Where an article's text is read from: a sample's file on the site; the
//! reader's own articles from the browser's storage.

use crate::browser::fetch;
use crate::manifest;
use crate::own_library;
use crate::state::library::{Entry, Origin};

/// The article's source (Markdown with front matter), or a message saying in
/// plain words why it cannot be read.
pub async fn load(entry: &Entry) -> Result<String, String> {
    match entry.origin {
        Origin::Sample => fetch::text(&manifest::article_url(&entry.meta.id)).await,
        Origin::Own => own_library::source(&entry.meta.id).await,
    }
}

/// Version `number` of the article (1-based, oldest first), or its newest
/// with `None`. Samples have one version.
pub async fn load_version(entry: &Entry, number: Option<usize>) -> Result<String, String> {
    match (number, entry.origin) {
        (None, _) => load(entry).await,
        (Some(1), Origin::Sample) => load(entry).await,
        (Some(n), Origin::Sample) => Err(format!("this article has one version, not {n}")),
        (Some(n), Origin::Own) => own_library::version_source(&entry.meta.id, n).await,
    }
}
