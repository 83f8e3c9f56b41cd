//! Annotations for articles the library does not have.
//!
//! A file from a colleague or another tool may annotate stories this reader
//! never added. Such annotations are kept as they came (never dropped, never
//! re-labelled as another article's), listed with their source and quote,
//! written back unchanged by exports, and attach themselves when a story
//! with that source (or the same text) is added.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::article_text::ArticleText;
use crate::id::AnnotationId;
use crate::provenance::article_text_iri;
use crate::store::{AnnotationStore, Entry};
use crate::time::Timestamp;
use crate::ArticleId;

/// One annotation waiting for its article, with the W3C object it came as.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ForeignAnnotation {
    pub(crate) id: String,
    pub(crate) source: String,
    pub(crate) quote: Option<String>,
    pub(crate) modified: Option<Timestamp>,
    pub(crate) raw: Value,
}

impl ForeignAnnotation {
    /// Its id as the file wrote it (`urn:uuid:…`, `https://…/anno/42`).
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The article it belongs to, as the file named it (its `target.source`).
    pub fn source(&self) -> &str {
        &self.source
    }

    /// The quoted words, when the target had a `TextQuoteSelector`.
    pub fn quote(&self) -> Option<&str> {
        self.quote.as_deref()
    }

    pub fn modified(&self) -> Option<Timestamp> {
        self.modified
    }

    /// The annotation as it came, without any `@context` (it lives in a collection).
    pub(crate) fn raw_without_context(&self) -> Value {
        let mut raw = self.raw.clone();
        if let Value::Object(fields) = &mut raw {
            fields.remove("@context");
        }
        raw
    }

    /// Whether this version should replace `other` (same id): the later `modified` wins, ties keep `other`.
    fn newer_than(&self, other: &ForeignAnnotation) -> bool {
        self.modified > other.modified
    }
}

/// What [`AnnotationStore::attach_foreign`] did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Attached {
    /// Annotations that now belong to the article.
    pub attached: usize,
    /// Annotations for this article that could not be read as Lector
    /// annotations; they stay in the foreign list, with why.
    pub kept: Vec<(String, String)>,
}

impl AnnotationStore {
    /// Annotations for articles not in the library, by source then id.
    pub fn foreign(&self) -> Vec<&ForeignAnnotation> {
        let mut list: Vec<&ForeignAnnotation> = self.foreign.values().collect();
        list.sort_by(|a, b| (&a.source, &a.id).cmp(&(&b.source, &b.id)));
        list
    }

    /// Whether any annotation waits for its article (cheaper than [`Self::foreign`]).
    pub fn has_foreign(&self) -> bool {
        !self.foreign.is_empty()
    }

    /// Adds or updates foreign annotations (newer `modified` wins); returns how many changed the store.
    pub(crate) fn merge_foreign(&mut self, incoming: BTreeMap<String, ForeignAnnotation>) -> usize {
        let mut changed = 0;
        for (id, theirs) in incoming {
            // Already attached here (its id is one of the store's own).
            if AnnotationId::parse(&id).is_ok_and(|own| self.entries.contains_key(&own)) {
                continue;
            }
            let take = self.foreign.get(&id).is_none_or(|ours| theirs.newer_than(ours) && *ours != theirs);
            if take {
                self.foreign.insert(id, theirs);
                changed += 1;
            }
        }
        changed
    }

    /// Call when an article is added or opened: the foreign annotations
    /// whose source is `iri` (the article's stable IRI) or the IRI of its
    /// text ([`crate::article_text_iri`]) become its annotations, anchored by
    /// their quote like any other. `now` bounds their times as for an import.
    pub fn attach_foreign(&mut self, article: &ArticleId, iri: &str, text: &ArticleText, now: Timestamp) -> Attached {
        if self.foreign.is_empty() {
            return Attached::default();
        }
        let text_iri = article_text_iri(&text.chars().iter().collect::<String>());
        let matching: Vec<String> =
            self.foreign.values().filter(|f| f.source == iri || f.source == text_iri).map(|f| f.id.clone()).collect();
        let mut report = Attached::default();
        let not_after = now.saturating_add_millis(crate::limits::MAX_FUTURE_MILLIS);
        for id in matching {
            let Some(foreign) = self.foreign.get(&id) else { continue };
            match crate::w3c_import::read_for_article(&foreign.raw, article, not_after) {
                Ok(annotation) => {
                    self.foreign.remove(&id);
                    let mut incoming = AnnotationStore::new();
                    incoming.entries.insert(annotation.id().clone(), Entry::Live(annotation));
                    self.merge(incoming);
                    report.attached += 1;
                }
                Err(fault) => report.kept.push((id, format!("field `{}`: {}", fault.field, fault.message))),
            }
        }
        report
    }
}
