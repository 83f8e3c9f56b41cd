//! What the corpus keeps of an article between visits (`browser/corpus_db.rs`
//! stores it): the search index, entities and sourcing figures its analysis
//! gave, so a reload adds the article to the corpus without analysing it
//! again.
//!
//! A kept record is used only by the same analysis on the same text: it
//! carries [`ANALYSIS_VERSION`] (a hash of the analyzer's and the index's
//! code, model and word lists, worked out by `build.rs`) and a hash of the
//! article's text. A new Lector, a changed article or a damaged record is
//! analysed again (and kept anew); the record is a cache, never the only copy
//! of anything.

use lector_search::stored_index::StoredIndex;
use lector_search::{ArticleEntities, ArticleIndex, ArticleSummary};
use serde::{Deserialize, Serialize};

use crate::corpus_article::CorpusArticle;

/// Changes whenever the code or data that makes a record changes.
pub const ANALYSIS_VERSION: &str = include_str!(concat!(env!("OUT_DIR"), "/analysis_version.txt"));

#[derive(Serialize, Deserialize)]
pub struct CorpusRecord {
    analysis: String,
    /// FNV-1a of the rendered text, in hex.
    text: String,
    index: StoredIndex,
    entities: ArticleEntities,
    /// Its metadata fields are set again from the library's entry when read.
    summary: ArticleSummary,
}

/// Why a kept record is not used (the article is analysed instead).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Stale {
    Unreadable(String),
    /// Made by another version of the analysis.
    OtherAnalysis,
    /// Made from another text (the article changed).
    OtherText,
}

/// What a record gives back: the analysis-derived parts of a [`CorpusArticle`].
pub struct Kept {
    pub index: ArticleIndex,
    pub entities: ArticleEntities,
    pub summary: ArticleSummary,
}

/// The record to keep for `article` and its index.
pub fn encode(article: &CorpusArticle, index: &ArticleIndex, version: &str) -> String {
    let record = CorpusRecord {
        analysis: version.to_string(),
        text: text_hash(&article.text),
        index: StoredIndex::from(index.clone()),
        entities: article.entities.clone(),
        summary: article.summary.clone(),
    };
    serde_json::to_string(&record).unwrap_or_default()
}

/// Reads a kept record for an article whose rendered text is `text`.
pub fn decode(raw: &str, text: &str, version: &str) -> Result<Kept, Stale> {
    let record: CorpusRecord = serde_json::from_str(raw).map_err(|e| Stale::Unreadable(e.to_string()))?;
    if record.analysis != version {
        return Err(Stale::OtherAnalysis);
    }
    if record.text != text_hash(text) {
        return Err(Stale::OtherText);
    }
    let index = ArticleIndex::try_from(record.index).map_err(|e| Stale::Unreadable(e.to_string()))?;
    Ok(Kept { index, entities: record.entities, summary: record.summary })
}

/// A 64-bit FNV-1a of the text: enough to tell an edited article from the
/// one a record was made from (not a defence against forgery: the record
/// is the reader's own browser's).
fn text_hash(text: &str) -> String {
    let hash = text.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3));
    format!("{hash:016x}")
}

#[cfg(test)]
mod tests;
