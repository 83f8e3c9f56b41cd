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
