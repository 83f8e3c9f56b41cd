//! Exports as downloaded files: which annotations, which format, which name.
//! The formats themselves are `lector_annotations`'s; this adds what only
//! the app knows (each article's stable IRI, title, outlet and date, its
//! address in this copy of the app, the reader's local date) and hands the
//! file to the browser.

use lector_annotations::{
    default_article_iri, Agent, AnnotationStore, ArticleId, ArticleInfo, ExportContext, ExportFormat, Scope, Timestamp,
};

use lector_annotations::corrections::{with_corrections, CorrectionSet};

use crate::browser::{clock, download, location};
use crate::state::library::Library;

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
    library: &Library,
    format: ExportFormat,
    article: Option<&ArticleId>,
) -> Result<String, String> {
    download_export_with(store, library, &CorrectionSet::new(), format, article)
}

/// As [`download_export`], with the reader's corrections of the analysis in
/// Lector JSON (the W3C and Markdown exports leave them out: neither has a
/// place for a correction of a machine's output).
pub fn download_export_with(
    store: &AnnotationStore,
    library: &Library,
    corrections: &CorrectionSet,
    format: ExportFormat,
    article: Option<&ArticleId>,
) -> Result<String, String> {
    let corrected = match format {
        ExportFormat::Lector => corrections.iter().filter(|c| article.is_none_or(|a| c.article() == a)).count(),
        _ => 0,
    };
    let scope = match article {
        Some(article) => Scope::Article(article),
        None => Scope::All,
    };
    // Annotations kept for articles not in the library go out with "all".
    let foreign = if article.is_none() { store.foreign().len() } else { 0 };
    let count = store.select(scope).len() + foreign;
    if count + corrected == 0 {
        return Err(match article {
            Some(_) => "This article has no annotations to export yet.".to_string(),
            None => "There are no annotations to export yet.".to_string(),
        });
    }
    let now = clock::now();
    let content = export_content(store, library, corrections, format, article, now);
    let file_name = format.file_name(clock::local_date(now));
    download::download(&file_name, format.mime_type(), &content)?;
    // The name is the same for one article or all (the pattern), so the message says which.
    let plural = if count == 1 { "" } else { "s" };
    let from = match article {
        Some(_) => "this article",
        None => "all articles",
    };
    let with = match corrected {
        0 => String::new(),
        1 => " and 1 correction".to_string(),
        n => format!(" and {n} corrections"),
    };
    Ok(format!("Downloaded {file_name}: {count} annotation{plural}{with} from {from}."))
}

/// The export's text: `article`'s annotations (all, if `None`) in `format`,
/// with the corrections in Lector JSON.
pub fn export_content(
    store: &AnnotationStore,
    library: &Library,
    corrections: &CorrectionSet,
    format: ExportFormat,
    article: Option<&ArticleId>,
    now: Timestamp,
) -> String {
    let scope = match article {
        Some(article) => Scope::Article(article),
        None => Scope::All,
    };
    let info = |id: &ArticleId| article_info(library, id);
    let home = location::of_route("/");
    let context = ExportContext { generator: Agent::lector(Some(&home)), ..ExportContext::new(now, &info) };
    let content = store.export_with(format, scope, &context);
    match format {
        ExportFormat::Lector => with_corrections(&content, corrections, article),
        _ => content,
    }
}

/// What an export says of an article: the story's stable IRI (never this
/// copy's address, which serves the app shell and differs between hosts),
/// with the app's address of it as the scope the reader saw it in.
pub fn article_info(library: &Library, id: &ArticleId) -> ArticleInfo {
    let meta = library.find(id.as_str()).map(|entry| &entry.meta);
    ArticleInfo {
        iri: library.stable_iri(id.as_str()).unwrap_or_else(|| default_article_iri(id)),
        title: meta.map(|meta| meta.title.clone()),
        outlet: meta.and_then(|meta| meta.outlet.clone()),
        date: meta.and_then(|meta| meta.date).map(|date| date.to_string()),
        app_url: Some(location::of_route(&format!("/article/{id}"))),
        language: None,
    }
}
