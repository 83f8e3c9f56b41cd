//! The reader's own articles as the app keeps them: read at startup (with
//! unreadable records backed up and reported, never overwritten), saved,
//! deleted and restored. The record format is `own::record`; the storage is
//! `browser::article_db`.

use lector_annotations::article_text_iri;
use lector_article::{Article, ArticleMeta};

use crate::browser::article_db::{self, DbError};
use crate::browser::corpus_db;
use crate::own::draft::Finished;
use crate::own::identity::stable_iri;
use crate::own::record::{read_record, Record, RecordError};
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
            Ok(article) if article.record.id == item.key => {
                loaded.articles.push(listed(article.meta, &article.record.source))
            }
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

/// Saves articles in one write: all of them or, when the quota is full,
/// none (and what was stored before stays as it was).
pub async fn save(articles: &[(Finished, Option<String>)], now_millis: f64) -> Result<(), DbError> {
    let records: Vec<(String, String)> = articles
        .iter()
        .map(|(finished, from)| {
            let record = Record::new(finished.meta.id.clone(), finished.source.clone(), now_millis, from.clone());
            (record.id.clone(), record.encode())
        })
        .collect();
    article_db::put_all(&records).await
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
    Ok(read_record(raw).ok().map(|article| listed(article.meta, &article.record.source)))
}

/// The article file of an own article, to open it.
pub async fn source(id: &str) -> Result<String, String> {
    let raw = article_db::get(id)
        .await
        .map_err(|e| e.to_string())?
        .ok_or_else(|| "this article is not stored in this browser (was it deleted in another tab?)".to_string())?;
    read_record(&raw).map(|article| article.record.source).map_err(|e| format!("the stored article {e}"))
}

/// An own article as the library lists it, with the IRI exports name it by.
pub fn listed(meta: ArticleMeta, source: &str) -> OwnArticle {
    let iri = match Article::parse(&meta.id, source) {
        Ok(article) => stable_iri(article.meta.source.as_deref(), &article.document.text),
        Err(_) => lector_annotations::ArticleId::parse(&meta.id)
            .map(|id| lector_annotations::default_article_iri(&id))
            .unwrap_or_default(),
    };
    OwnArticle { meta, iri }
}
