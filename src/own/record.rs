//! How an own article is kept in the browser: one record per article, a
//! JSON object with a format number, so a later Lector can read what this
//! one wrote and this one never overwrites what a later one wrote.
//!
//! The article itself is the file the samples are (`data/*.md`: front
//! matter and Markdown), so the reader opens it exactly like a sample.

use lector_article::{Article, ArticleMeta};
use serde::{Deserialize, Serialize};

use crate::own::identity::stable_iri;

/// The format this Lector writes. Records with a higher number are kept as
/// they are and not shown.
pub const RECORD_FORMAT: u32 = 1;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Record {
    pub format: u32,
    pub id: String,
    /// The article file: front matter and Markdown body.
    pub source: String,
    /// When it was added, in milliseconds since 1970 (UTC).
    pub added: f64,
    /// The file it came from, or "Pasted text", for the reader's reference.
    #[serde(default)]
    pub from: Option<String>,
    /// Earlier versions of the article, oldest first, kept when the reader
    /// added a newer one (`own::versions`). Left out when there are none, so
    /// a record without versions is written as before; a Lector that does
    /// not know versions reads the record and shows the newest.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub older: Vec<Older>,
}

/// An earlier version of an own article: its file, when it was added and
/// where from, as the record held them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Older {
    pub source: String,
    pub added: f64,
    #[serde(default)]
    pub from: Option<String>,
}

/// An own article read back from storage.
#[derive(Clone, Debug, PartialEq)]
pub struct OwnArticle {
    pub record: Record,
    pub meta: ArticleMeta,
    /// What exports name it by (see `identity::stable_iri`).
    pub iri: String,
}

/// Why a stored record is not shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RecordError {
    /// Written by a newer Lector: kept as it is, never overwritten.
    Newer { format: u32 },
    /// Not readable: backed up, then left in place.
    Damaged(String),
}

impl std::fmt::Display for RecordError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RecordError::Newer { format } => write!(
                f,
                "it was saved by a newer version of Lector (format {format}; this one reads format {RECORD_FORMAT}): \
                 reload the page to get the newer version"
            ),
            RecordError::Damaged(why) => write!(f, "it is damaged: {why}"),
        }
    }
}

impl Record {
    pub fn new(id: String, source: String, added: f64, from: Option<String>) -> Record {
        Record { format: RECORD_FORMAT, id, source, added, from, older: Vec::new() }
    }

    /// This article with `source` as its newest version and the current one
    /// kept as the latest of the older ones.
    pub fn with_newer(&self, source: String, added: f64, from: Option<String>) -> Record {
        let mut older = self.older.clone();
        older.push(Older { source: self.source.clone(), added: self.added, from: self.from.clone() });
        Record { format: RECORD_FORMAT, id: self.id.clone(), source, added, from, older }
    }

    /// Every version's file, oldest first (the newest is `source`).
    pub fn sources(&self) -> Vec<&str> {
        self.older.iter().map(|o| o.source.as_str()).chain(std::iter::once(self.source.as_str())).collect()
    }

    /// Every version as the versions list shows it, oldest first.
    pub fn versions(&self) -> lector_versions::Versions {
        let title = |source: &str| Article::parse(&self.id, source).map(|a| a.meta.title).unwrap_or_default();
        let millis = |added: f64| if added.is_finite() && added > 0.0 { added as u64 } else { 0 };
        let version = |source: &str, added: f64, from: &Option<String>| lector_versions::Version {
            added: millis(added),
            from: from.clone(),
            title: title(source),
        };
        lector_versions::Versions::new(
            self.older
                .iter()
                .map(|o| version(&o.source, o.added, &o.from))
                .chain(std::iter::once(version(&self.source, self.added, &self.from)))
                .collect(),
        )
    }

    pub fn encode(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// Reads a stored value. The format number is looked at first, so a newer
/// record is recognised even when its other fields changed shape.
pub fn read_record(raw: &str) -> Result<OwnArticle, RecordError> {
    let value: serde_json::Value =
        serde_json::from_str(raw).map_err(|e| RecordError::Damaged(format!("it is not JSON ({e})")))?;
    let format = value.get("format").and_then(serde_json::Value::as_u64);
    match format {
        Some(n) if n > u64::from(RECORD_FORMAT) => {
            return Err(RecordError::Newer { format: u32::try_from(n).unwrap_or(u32::MAX) })
        }
        Some(_) => {}
        None => return Err(RecordError::Damaged("it has no format number".into())),
    }
    let record: Record = serde_json::from_value(value).map_err(|e| RecordError::Damaged(e.to_string()))?;
    let article = Article::parse(&record.id, &record.source).map_err(|e| RecordError::Damaged(e.to_string()))?;
    let iri = stable_iri(article.meta.source.as_deref(), &article.document.text);
    Ok(OwnArticle { meta: article.meta, iri, record })
}
