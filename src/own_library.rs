//! The reader's own articles as the app keeps them: read at startup (with
//! unreadable records backed up and reported, never overwritten), saved,
//! deleted and restored. The record format is `own::record`; the storage is
//! `browser::article_db`.

use lector_annotations::article_text_iri;
use lector_article::{Article, ArticleMeta};
use lector_library::{versions_stable_iri, LibraryArticle};

use crate::browser::article_db::{self, DbError};
use crate::browser::corpus_db;
use crate::own::draft::Finished;
use crate::own::record::{read_record, Record, RecordError};
use crate::own::versions::{place, Placing};
use crate::state::library::OwnArticle;

/// What startup found.
#[derive(Debug, Default)]
pub struct Loaded {
    pub articles: Vec<OwnArticle>,
    /// One sentence per record not shown, saying why and where its copy is.
    pub problems: Vec<String>,
}

/// Reads every own article. Never fails: what cannot be read is reported.
pub async fn load_at_startup() -> Loaded {
    let mut loaded = Loaded::default();
    let stored = match article_db::load_all().await {
        Ok(stored) => stored,
        Err(error) => {
            loaded.problems.push(format!("Your own articles could not be read: {error}."));
            return loaded;
        }
    };
    for item in stored {
        match read_record(&item.raw) {
            Ok(article) if article.record.id == item.key => loaded.articles.push(listed(&article.record)),
            Ok(_) => loaded.problems.push(damaged(&item.key, &item.raw, "its id does not match its key").await),
            Err(error @ RecordError::Newer { .. }) => loaded
                .problems
                .push(format!("The article stored as \u{201c}{}\u{201d} is not shown: {error}.", item.key)),
            Err(error) => loaded.problems.push(damaged(&item.key, &item.raw, &error.to_string()).await),
        }
    }
    loaded
}

/// Backs up a record Lector cannot read (the record itself stays where it
/// is, untouched) and says so.
async fn damaged(key: &str, raw: &str, why: &str) -> String {
    let hash = article_text_iri(raw);
    let backup_key = format!("{key}@{}", &hash[hash.len().saturating_sub(12)..]);
    let kept = match article_db::back_up(&backup_key, raw).await {
        Ok(()) => format!("a copy is kept in this browser's storage under \u{201c}{backup_key}\u{201d}"),
        Err(error) => format!("the record was left as it is (a copy could not be made: {error})"),
    };
    format!("The article stored as \u{201c}{key}\u{201d} could not be read ({why}); nothing was deleted: {kept}.")
}

/// What saving an article did.
#[derive(Clone, Debug, PartialEq)]
pub enum Saved {
    /// A new article in the library.
    New(OwnArticle),
    /// The newest version of an article the reader had: `number` of them
    /// now, and why it was taken for a version, in the reader's words.
    Version { article: OwnArticle, number: usize, because: String },
    /// Nothing stored: this text is `version` of `id` already (`newest`:
    /// its newest version).
    Kept { id: String, version: usize, newest: bool },
}

/// Saves an article: as a new one, or as the newest version of one of the
/// reader's own articles (`own::versions` decides). One write: when the
/// quota is full nothing changes.
pub async fn save(finished: &Finished, from: Option<String>, now_millis: f64) -> Result<Saved, DbError> {
    let records: Vec<Record> = article_db::load_all()
        .await?
        .into_iter()
        .filter_map(|item| read_record(&item.raw).ok().filter(|a| a.record.id == item.key))
        .map(|article| article.record)
        .collect();
    let (record, saved) = match place(&records, finished, from, now_millis) {
        Placing::Kept { id, version } => {
            let newest = records.iter().find(|r| r.id == id).is_none_or(|r| r.sources().len() == version);
            return Ok(Saved::Kept { id, version, newest });
        }
        Placing::New(record) => {
            let saved = Saved::New(listed(&record));
            (record, saved)
        }
        Placing::Newer { record, because } => {
            let saved = Saved::Version {
                article: listed(&record),
                number: record.sources().len(),
                because: because.explanation(),
            };
            (record, saved)
        }
    };
    article_db::put_all(&[(record.id.clone(), record.encode())]).await?;
    Ok(saved)
}

/// The stored record of an own article, with every version.
pub async fn record(id: &str) -> Result<Record, String> {
    let raw = article_db::get(id)
        .await
        .map_err(|e| e.to_string())?
        .ok_or_else(|| "this article is not stored in this browser (was it deleted in another tab?)".to_string())?;
    read_record(&raw).map(|article| article.record).map_err(|e| format!("the stored article {e}"))
}

/// Deletes an article and returns its stored value, to restore on Undo.
pub async fn delete(id: &str) -> Result<Option<String>, DbError> {
    let raw = article_db::get(id).await?;
    article_db::delete(id).await?;
    // Its kept analysis goes too (a cache: Undo analyses the article again).
    let _ = corpus_db::delete(id).await;
    Ok(raw)
}

/// Puts back a value [`delete`] returned.
pub async fn restore(id: &str, raw: &str) -> Result<Option<OwnArticle>, DbError> {
    article_db::put_all(&[(id.to_string(), raw.to_string())]).await?;
    Ok(read_record(raw).ok().map(|article| listed(&article.record)))
}

/// The article file of an own article (its newest version), to open it.
pub async fn source(id: &str) -> Result<String, String> {
    record(id).await.map(|record| record.source)
}

/// The file of version `number` (1-based, oldest first) of an own article.
pub async fn version_source(id: &str, number: usize) -> Result<String, String> {
    let record = record(id).await?;
    let sources = record.sources();
    number
        .checked_sub(1)
        .and_then(|i| sources.get(i))
        .map(|s| s.to_string())
        .ok_or_else(|| format!("this article has {} versions, not {number}", sources.len()))
}

/// An own article as the library lists it, with the IRI exports name it by:
/// the address a version states (the newest first), else the first
/// version's text IRI, so the name stays when a version is added.
pub fn listed(record: &Record) -> OwnArticle {
    let parsed: Vec<Article> =
        record.sources().into_iter().filter_map(|s| Article::parse(&record.id, s).ok()).collect();
    let versions: Vec<(Option<&str>, &str)> =
        parsed.iter().map(|a| (a.meta.source.as_deref(), a.document.text.as_str())).collect();
    let iri = versions_stable_iri(&versions).unwrap_or_else(|| {
        lector_annotations::ArticleId::parse(&record.id)
            .map(|id| lector_annotations::default_article_iri(&id))
            .unwrap_or_default()
    });
    // `read_record` and `place` only hand over records whose newest file parses.
    let meta = match Article::parse(&record.id, &record.source) {
        Ok(newest) => newest.meta,
        Err(_) => ArticleMeta {
            id: record.id.clone(),
            title: record.id.clone(),
            outlet: None,
            author: None,
            date: None,
            source: None,
            words: 0,
            reading_minutes: 0,
        },
    };
    OwnArticle { meta, iri, versions: record.sources().len() }
}

/// Stores articles from a library file in one write (all or, when the
/// quota is full, none), keeping when each was first added.
pub async fn save_imported(articles: &[LibraryArticle]) -> Result<Vec<OwnArticle>, DbError> {
    let records: Vec<(String, String)> = articles
        .iter()
        .map(|a| {
            let id = a.id.as_str().to_owned();
            let record = Record::new(id.clone(), a.text.clone(), a.added.millis() as f64, a.from.clone());
            (id, record.encode())
        })
        .collect();
    article_db::put_all(&records).await?;
    // A library file carries each article's newest version only (see
    // crates/lector-library/FORMAT.md): it arrives as one version.
    Ok(articles.iter().map(|a| OwnArticle { meta: a.meta.clone(), iri: a.iri.clone(), versions: 1 }).collect())
}

/// Every own article that can be read, as a library file holds it; and how
/// many stored records could not be (they stay in the browser, unexported).
pub async fn all_for_export() -> Result<(Vec<LibraryArticle>, usize), DbError> {
    let mut articles = Vec::new();
    let mut unreadable = 0;
    for item in article_db::load_all().await? {
        let article = read_record(&item.raw).ok().filter(|a| a.record.id == item.key).and_then(|a| {
            let added = lector_annotations::Timestamp::from_js_millis(a.record.added).ok()?;
            LibraryArticle::new(&a.record.id, a.record.source, added, a.record.from).ok()
        });
        match article {
            Some(article) => articles.push(article),
            None => unreadable += 1,
        }
    }
    Ok((articles, unreadable))
}
