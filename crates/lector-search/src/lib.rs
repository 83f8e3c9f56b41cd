//! The library as a corpus: full-text search over every article, an index of
//! who and what across articles, and filters over the library.
//!
//! Pure Rust: no web types, no I/O, no clock. The app indexes each article
//! once, when first seen ([`ArticleIndex::build`], serialisable to keep with
//! the stored article), adds it to a [`SearchIndex`], and asks it
//! [`Query`]s; results carry the passage to show and scroll to, in character
//! offsets of the article's rendered text.
//!
//! How the app is meant to use it, per article when first seen (in slices of
//! a few dozen articles per browser task, so the page stays responsive):
//! `analyze` the text, then keep beside the stored article
//! [`ArticleIndex::build`] (serialised through [`stored_index`]),
//! [`ArticleEntities::from_analysis`] and an [`ArticleSummary`]. On every
//! load: add the stored indexes to a [`SearchIndex`] (a stored index that
//! fails its checks is rebuilt from the text), build the [`EntityIndex`] with
//! [`entity_index::build`], and answer the library page with
//! [`filters::find`] on [`Filters`] read from the URL
//! ([`Filters::from_query_string`]).

pub mod article_entities;
pub mod article_index;
#[cfg(feature = "bench")]
pub mod bench;
pub mod bench_corpus;
pub mod bm25;
pub mod entity_index;
pub mod filters;
mod fx_hash;
pub mod names;
pub mod normalize;
pub mod passage;
pub mod query;
pub mod search_index;
pub mod stored_index;
pub mod summary;
pub mod tokens;
pub mod url_query;

pub use article_entities::{ArticleEntities, ArticleEntity, Kind, MentionSpan};
pub use article_index::ArticleIndex;
pub use entity_index::{EntityIndex, LibraryEntity, MentionInContext, SortBy};
pub use filters::{facets, find, Facets, Filters};
pub use passage::Passage;
pub use query::{Clause, Query};
pub use search_index::{Hit, Results, SearchIndex};
pub use stored_index::StoredIndexError;
pub use summary::{ArticleSummary, Origin};
pub use url_query::UrlError;

#[cfg(test)]
mod tests;
