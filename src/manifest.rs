//! The bundled articles, as listed by the build script (see build.rs).

use std::sync::OnceLock;

use lector_article::ArticleMeta;

const MANIFEST_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/manifest.json"));

/// Every bundled article, in library order (newest first, undated last).
pub fn articles() -> &'static [ArticleMeta] {
    static ARTICLES: OnceLock<Vec<ArticleMeta>> = OnceLock::new();
    ARTICLES.get_or_init(|| lector_article::parse_manifest(MANIFEST_JSON).unwrap_or_default())
}

pub fn find(id: &str) -> Option<&'static ArticleMeta> {
    articles().iter().find(|meta| meta.id == id)
}

/// Where an article's Markdown is served, relative to the page's `<base>`
/// (so the same build works at `/` and under a sub-path such as `/lector/`).
pub fn article_url(id: &str) -> String {
    format!("data/{id}.md")
}

/// Each bundled article's stable IRI (see build.rs), by id.
const ARTICLE_IRIS: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/article_iris.rs"));

/// The IRI exports name the article by: its source URL, else its text's IRI.
pub fn stable_iri(id: &str) -> Option<&'static str> {
    ARTICLE_IRIS.iter().find(|(known, _)| *known == id).map(|(_, iri)| *iri)
}

/// The bundled article a source IRI names, if any (for imports).
pub fn article_of_iri(iri: &str) -> Option<&'static str> {
    ARTICLE_IRIS.iter().find(|(_, known)| *known == iri).map(|(id, _)| *id)
}
