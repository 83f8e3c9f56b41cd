//! Exports as downloaded files: which annotations, which format, which name.
//! The formats themselves are `lector_annotations`'s; this adds what only
//! the app knows (its public URL for article addresses, article titles, the
//! reader's local date) and hands the file to the browser.

use lector_annotations::{AnnotationStore, ArticleId, ExportFormat, ExportOptions, Scope};

use crate::browser::{clock, download, location};
use crate::manifest;

/// What the reader sees for each format.
pub fn format_label(format: ExportFormat) -> &'static str {
    match format {
        ExportFormat::Lector => "Lector JSON (re-importable)",
        ExportFormat::W3c => "W3C Web Annotation (JSON-LD)",
        ExportFormat::Markdown => "Markdown (for memos)",
    }
}

/// Downloads `article`'s annotations (all, if `None`) in `format`. Returns a
/// sentence saying what was exported, or why nothing was.
pub fn download_export(
    store: &AnnotationStore,
    format: ExportFormat,
    article: Option<&ArticleId>,
) -> Result<String, String> {
    let scope = match article {
        Some(article) => Scope::Article(article),
        None => Scope::All,
    };
    let count = store.select(scope).len();
    if count == 0 {
        return Err(match article {
            Some(_) => "This article has no annotations to export yet.".to_string(),
            None => "There are no annotations to export yet.".to_string(),
        });
    }
    let now = clock::now();
    let article_iri = |id: &ArticleId| location::of_route(&format!("/article/{id}"));
    let article_title = |id: &ArticleId| manifest::find(id.as_str()).map(|meta| meta.title.clone());
    let options = ExportOptions { now, article_iri: &article_iri, article_title: &article_title };
    let content = store.export(format, scope, &options);
    let file_name = format.file_name(clock::local_date(now));
    download::download(&file_name, format.mime_type(), &content)?;
    // The name is the same for one article or all (the pattern), so the message says which.
    let plural = if count == 1 { "" } else { "s" };
    let from = match article {
        Some(_) => "this article",
        None => "all articles",
    };
    Ok(format!("Downloaded {file_name}: {count} annotation{plural} from {from}."))
}
