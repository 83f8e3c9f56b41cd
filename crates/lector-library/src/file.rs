//! The library file's model and how it is written.

use lector_annotations::{CalendarDate, Timestamp};
use lector_article::{Article, ArticleId, ArticleMeta};
use serde::Serialize;
use serde_json::Value;

use crate::iri::stable_iri;

/// The `schema` field of every library file.
pub const FORMAT_NAME: &str = "lector-library";
/// The version this Lector writes, and the newest it reads.
pub const FORMAT_VERSION: u64 = 1;

/// `lector-library-2026-12-05.json`; `date` is the reader's local date.
pub fn file_name(date: CalendarDate) -> String {
    format!("{FORMAT_NAME}-{date}.json")
}

/// One of the reader's own articles, as Lector keeps it.
#[derive(Clone, Debug, PartialEq)]
pub struct LibraryArticle {
    pub id: ArticleId,
    /// The article file as stored: front matter, then the Markdown body.
    pub text: String,
    /// When the reader added it.
    pub added: Timestamp,
    /// The file it came from, or "Pasted text", as the reader saw it.
    pub from: Option<String>,
    /// Read from `text`: title, outlet, author, date, address.
    pub meta: ArticleMeta,
    /// What exports name the story by (see [`stable_iri`]).
    pub iri: String,
}

impl LibraryArticle {
    /// An article from its stored form; the error says what is wrong with its text.
    pub fn new(id: &str, text: String, added: Timestamp, from: Option<String>) -> Result<LibraryArticle, String> {
        let id = ArticleId::parse(id).map_err(|e| e.to_string())?;
        let article = Article::parse(id.as_str(), &text).map_err(|e| e.to_string())?;
        if article.meta.words == 0 {
            return Err("its text has no words".into());
        }
        let iri = stable_iri(article.meta.source.as_deref(), &article.document.text);
        Ok(LibraryArticle { id, text, added, from, meta: article.meta, iri })
    }
}

/// A whole library: the reader's own articles and their annotations.
#[derive(Clone, Debug, PartialEq)]
pub struct LibraryFile {
    pub articles: Vec<LibraryArticle>,
    /// A Lector JSON export of the annotations (`lector-annotations`, with
    /// its `corrections` when there are any), as text; `None` when there are none.
    pub annotations: Option<String>,
}

#[derive(Serialize)]
struct Written<'a> {
    schema: &'static str,
    version: u64,
    exported: String,
    articles: Vec<WrittenArticle<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    annotations: Option<Value>,
}

/// The metadata fields repeat the article file's front matter, for whoever
/// reads the file; on import they must agree with it.
#[derive(Serialize)]
struct WrittenArticle<'a> {
    id: &'a str,
    title: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    outlet: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    author: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    address: Option<&'a str>,
    iri: &'a str,
    added: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    from: Option<&'a str>,
    text: &'a str,
}

impl LibraryFile {
    /// The file's content (pretty JSON, UTF-8), written at `now`.
    pub fn encode(&self, now: Timestamp) -> String {
        let articles = self
            .articles
            .iter()
            .map(|a| WrittenArticle {
                id: a.id.as_str(),
                title: &a.meta.title,
                outlet: a.meta.outlet.as_deref(),
                author: a.meta.author.as_deref(),
                date: a.meta.date.map(|d| d.to_string()),
                address: a.meta.source.as_deref(),
                iri: &a.iri,
                added: a.added.to_rfc3339(),
                from: a.from.as_deref(),
                text: &a.text,
            })
            .collect();
        let annotations = self.annotations.as_deref().and_then(|text| serde_json::from_str(text).ok());
        let written =
            Written { schema: FORMAT_NAME, version: FORMAT_VERSION, exported: now.to_rfc3339(), articles, annotations };
        // Strings, numbers and parsed JSON only: serialising cannot fail.
        serde_json::to_string_pretty(&written).unwrap_or_default()
    }
}
