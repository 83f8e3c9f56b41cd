//! The library: every article the reader can open. The bundled samples are
//! known at build time (`manifest.rs`); the reader's own articles arrive later
//! (they are read from the browser's storage after the app starts), so the
//! list is state that views share through context rather than a constant.
//!
//! Every view that lists or opens articles (library, reader, search,
//! comparison, exports) reads them here, never from `manifest` directly, so an
//! article the reader adds is everywhere at once.

use std::rc::Rc;

use lector_article::{sort_for_library, ArticleMeta};
use yew::prelude::*;

use crate::manifest;

/// Where an article came from, which decides where its text is read from and
/// whether the reader may delete it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// Shipped with Lector (`data/<id>.md`).
    Sample,
    /// Added by the reader (kept in the browser).
    Own,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub meta: ArticleMeta,
    pub origin: Origin,
}

/// Whether the reader's own articles have been read from storage yet: until
/// they have, an unknown article id may still turn out to exist.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OwnArticles {
    Loading,
    Loaded,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Library {
    /// In library order (newest first, undated last), shared between renders.
    entries: Rc<Vec<Entry>>,
    pub own: OwnArticles,
}

pub enum LibraryAction {
    /// The reader's own articles as read from storage at startup.
    OwnLoaded(Vec<ArticleMeta>),
    /// An article the reader added (or a newer copy of one: same id replaces).
    Added(ArticleMeta),
    /// An own article the reader deleted; samples cannot be removed.
    Removed(String),
}

impl Library {
    pub fn with_samples(samples: &[ArticleMeta]) -> Library {
        let entries = samples.iter().map(|meta| Entry { meta: meta.clone(), origin: Origin::Sample }).collect();
        Library { entries: Rc::new(entries), own: OwnArticles::Loading }
    }

    /// The library as the app starts: the bundled articles.
    pub fn bundled() -> Library {
        Library::with_samples(manifest::articles())
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    pub fn find(&self, id: &str) -> Option<&Entry> {
        self.entries.iter().find(|entry| entry.meta.id == id)
    }

    /// Whether `id` names no article now and none can still arrive.
    pub fn surely_missing(&self, id: &str) -> bool {
        self.own == OwnArticles::Loaded && self.find(id).is_none()
    }

    fn with_own(&self, own: impl IntoIterator<Item = ArticleMeta>, removed: Option<&str>) -> Vec<Entry> {
        let own: Vec<ArticleMeta> = own.into_iter().collect();
        let mut entries: Vec<Entry> = self
            .entries
            .iter()
            .filter(|entry| {
                let replaced = entry.origin == Origin::Own && own.iter().any(|meta| meta.id == entry.meta.id);
                let deleted = entry.origin == Origin::Own && removed == Some(entry.meta.id.as_str());
                !replaced && !deleted
            })
            .cloned()
            .collect();
        // A sample's id is taken: an own article never hides a sample.
        let own: Vec<ArticleMeta> =
            own.into_iter().filter(|meta| !entries.iter().any(|entry| entry.meta.id == meta.id)).collect();
        entries.extend(own.into_iter().map(|meta| Entry { meta, origin: Origin::Own }));
        let mut metas: Vec<ArticleMeta> = entries.iter().map(|entry| entry.meta.clone()).collect();
        sort_for_library(&mut metas);
        metas
            .into_iter()
            .filter_map(|meta| {
                let origin = entries.iter().find(|entry| entry.meta.id == meta.id)?.origin;
                Some(Entry { meta, origin })
            })
            .collect()
    }
}

impl Reducible for Library {
    type Action = LibraryAction;

    fn reduce(self: Rc<Self>, action: LibraryAction) -> Rc<Self> {
        let (entries, own) = match action {
            LibraryAction::OwnLoaded(metas) => (self.with_own(metas, None), OwnArticles::Loaded),
            LibraryAction::Added(meta) => (self.with_own([meta], None), self.own),
            LibraryAction::Removed(id) => {
                if !self.entries.iter().any(|entry| entry.origin == Origin::Own && entry.meta.id == id) {
                    return self;
                }
                (self.with_own([], Some(&id)), self.own)
            }
        };
        Rc::new(Library { entries: Rc::new(entries), own })
    }
}

pub type LibraryContext = UseReducerHandle<Library>;

#[cfg(test)]
mod tests;
