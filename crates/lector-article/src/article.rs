use std::fmt;

use serde::{Deserialize, Serialize};

use crate::date::IsoDate;
use crate::document::Document;
use crate::front_matter::{split_front_matter, FrontMatterError};
use crate::id::{ArticleId, ArticleIdError};
use crate::markdown::parse_markdown;
use crate::reading::{reading_minutes, word_count};

/// What the library lists about an article, without its body. Produced at
/// build time for the bundled articles (the app's manifest) and at run time
/// for anything parsed later.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleMeta {
    /// Stable identity: the data file's name without `.md`. Used in URLs and
    /// by annotations, so it never changes when the title is edited.
    pub id: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<IsoDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    pub words: usize,
    pub reading_minutes: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Article {
    pub meta: ArticleMeta,
    pub document: Document,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ArticleError {
    BadId(ArticleIdError),
    FrontMatter { id: String, error: FrontMatterError },
}

impl fmt::Display for ArticleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ArticleError::BadId(error) => write!(f, "{error}"),
            ArticleError::FrontMatter { id, error } => write!(f, "article '{id}': {error}"),
        }
    }
}

impl std::error::Error for ArticleError {}

impl Article {
    /// Parses an article file: front matter, then a Markdown body.
    pub fn parse(id: &str, source: &str) -> Result<Article, ArticleError> {
        ArticleId::parse(id).map_err(ArticleError::BadId)?;
        let (front, body) =
            split_front_matter(source).map_err(|error| ArticleError::FrontMatter { id: id.to_string(), error })?;
        let document = parse_markdown(Some(&front.title), body);
        let words = word_count(&document.text);
        let meta = ArticleMeta {
            id: id.to_string(),
            title: front.title,
            outlet: front.outlet,
            author: front.author,
            date: front.date,
            source: front.source,
            words,
            reading_minutes: reading_minutes(words),
        };
        Ok(Article { meta, document })
    }
}
