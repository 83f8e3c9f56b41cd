//! The library: every article the reader can open. The bundled samples are
//! known at build time (`manifest.rs`); the reader's own articles arrive later
//! (they are read from the browser's storage after the app starts), so the
//! list is state that views share through context rather than a constant.
//!
//! Every view that lists or opens articles (library, reader, search,
//! comparison, exports) reads them here, never from `manifest` directly, so an
//! article the reader adds is everywhere at once.

use std::collections::BTreeMap;
use std::rc::Rc;

use lector_article::{library_order, ArticleMeta};
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
    /// How many versions of the article are kept (`own::versions`); the
    /// newest is the one read. A new version changes the entry even when its
    /// metadata is the same, so views holding the old text read it again.
    pub versions: usize,
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
    /// Each own article's stable IRI (its page's address, else its text's
    /// IRI), worked out when it was read, since exports and imports name
    /// stories by it and the text is not at hand then.
    own_iris: Rc<BTreeMap<String, String>>,
    pub own: OwnArticles,
}

/// An own article as the library lists it.
#[derive(Clone, Debug, PartialEq)]
pub struct OwnArticle {
    pub meta: ArticleMeta,
    /// See `own::identity::stable_iri`.
    pub iri: String,
    /// Versions kept, at least 1.
    pub versions: usize,
}

pub enum LibraryAction {
    /// The reader's own articles as read from storage at startup.
    OwnLoaded(Vec<OwnArticle>),
    /// An article the reader added (or a newer copy of one: same id replaces).
    Added(OwnArticle),
    /// An own article the reader deleted; samples cannot be removed.
    Removed(String),
}

impl Library {
    pub fn with_samples(samples: &[ArticleMeta]) -> Library {
        let entries =
            samples.iter().map(|meta| Entry { meta: meta.clone(), origin: Origin::Sample, versions: 1 }).collect();
        Library { entries: Rc::new(entries), own_iris: Rc::default(), own: OwnArticles::Loading }
    }

    /// The library as the app starts: the bundled articles.
    pub fn bundled() -> Library {
        Library::with_samples(manifest::articles())
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The IRI exports name an article by: a sample's (worked out at build
    /// time) or an own article's.
    pub fn stable_iri(&self, id: &str) -> Option<String> {
        match self.find(id)?.origin {
            Origin::Sample => manifest::stable_iri(id).map(str::to_owned),
            Origin::Own => self.own_iris.get(id).cloned(),
        }
    }

    pub fn find(&self, id: &str) -> Option<&Entry> {
        self.entries.iter().find(|entry| entry.meta.id == id)
    }

    /// Whether `id` names no article now and none can still arrive.
    pub fn surely_missing(&self, id: &str) -> bool {
        self.own == OwnArticles::Loaded && self.find(id).is_none()
    }

    fn with_own(&self, own: impl IntoIterator<Item = OwnArticle>, removed: Option<&str>) -> Vec<Entry> {
        let own: Vec<OwnArticle> = own.into_iter().collect();
        let mut entries: Vec<Entry> = self
            .entries
            .iter()
            .filter(|entry| {
                let replaced = entry.origin == Origin::Own && own.iter().any(|a| a.meta.id == entry.meta.id);
                let deleted = entry.origin == Origin::Own && removed == Some(entry.meta.id.as_str());
                !replaced && !deleted
            })
            .cloned()
            .collect();
        // A sample's id is taken: an own article never hides a sample.
        let own: Vec<OwnArticle> =
            own.into_iter().filter(|a| !entries.iter().any(|entry| entry.meta.id == a.meta.id)).collect();
        entries.extend(own.into_iter().map(|a| Entry {
            meta: a.meta,
            origin: Origin::Own,
            versions: a.versions.max(1),
        }));
        entries.sort_by(|a, b| library_order(&a.meta, &b.meta));
        entries
    }
}

impl Reducible for Library {
    type Action = LibraryAction;

    fn reduce(self: Rc<Self>, action: LibraryAction) -> Rc<Self> {
        let mut iris = (*self.own_iris).clone();
        let (entries, own) = match action {
            LibraryAction::OwnLoaded(articles) => {
                iris.extend(articles.iter().map(|a| (a.meta.id.clone(), a.iri.clone())));
                (self.with_own(articles, None), OwnArticles::Loaded)
            }
            LibraryAction::Added(article) => {
                iris.insert(article.meta.id.clone(), article.iri.clone());
                (self.with_own([article], None), self.own)
            }
            LibraryAction::Removed(id) => {
                if !self.entries.iter().any(|entry| entry.origin == Origin::Own && entry.meta.id == id) {
                    return self;
                }
                (self.with_own(Vec::new(), Some(&id)), self.own)
            }
        };
        Rc::new(Library { entries: Rc::new(entries), own_iris: Rc::new(iris), own })
    }
}

pub type LibraryContext = UseReducerHandle<Library>;

#[cfg(test)]
mod tests;
