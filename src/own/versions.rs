//! Where an article the reader saves goes: a new record, the newest version
//! of one of their own articles (`lector_versions::version_of` decides), or
//! nowhere when that text is kept already. Plain Rust; `own_library::save`
//! reads the records and writes what this returns.
//!
//! **Decision:** the versions of an article are one record under the id of
//! the first version (`Record::older` holds the earlier files), so the
//! library lists one article, its address and its annotations (stored by
//! article id) stay as they were, and opening it opens the newest.

use lector_article::Article;
use lector_versions::{version_of, Because, Known, VersionOf};

use crate::own::draft::Finished;
use crate::own::record::Record;

#[derive(Clone, Debug, PartialEq)]
pub enum Placing {
    /// A new article, stored as its own record.
    New(Record),
    /// A newer version of `record.id`: its record with this as the newest.
    Newer { record: Record, because: Because },
    /// This very text is kept already, as `version` of `id`.
    Kept { id: String, version: usize },
}

/// One stored article's versions as matching reads them.
struct Parsed {
    id: String,
    addresses: Vec<String>,
    texts: Vec<String>,
}

fn parsed(record: &Record) -> Parsed {
    let (mut addresses, mut texts) = (Vec::new(), Vec::new());
    for source in record.sources() {
        if let Ok(article) = Article::parse(&record.id, source) {
            addresses.extend(article.meta.source);
            texts.push(article.document.text);
        }
    }
    Parsed { id: record.id.clone(), addresses, texts }
}

/// Where `finished` goes among the reader's stored `records`.
pub fn place(records: &[Record], finished: &Finished, from: Option<String>, added: f64) -> Placing {
    let new = || Placing::New(Record::new(finished.meta.id.clone(), finished.source.clone(), added, from.clone()));
    let Ok(article) = Article::parse(&finished.meta.id, &finished.source) else { return new() };
    let stored: Vec<Parsed> = records.iter().map(parsed).collect();
    let known: Vec<Known> = stored
        .iter()
        .map(|p| Known {
            id: &p.id,
            addresses: p.addresses.iter().map(String::as_str).collect(),
            texts: p.texts.iter().map(String::as_str).collect(),
        })
        .collect();
    match version_of(article.meta.source.as_deref(), &article.document.text, &known) {
        None => new(),
        Some(VersionOf::Same { id, version }) => Placing::Kept { id, version },
        Some(VersionOf::Newer { id, because }) => match records.iter().find(|r| r.id == id) {
            Some(record) => {
                Placing::Newer { record: record.with_newer(finished.source.clone(), added, from.clone()), because }
            }
            None => new(),
        },
    }
}
