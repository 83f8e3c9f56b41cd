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
