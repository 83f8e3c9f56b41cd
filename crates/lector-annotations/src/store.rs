//! The reader's annotations, keyed by id, with the operations the UI dispatches.
//!
//! # Deletion, undo and several tabs
//!
//! Deleting leaves a [`Tombstone`] (id, article, time of deletion) instead of
//! nothing. Without it, another tab that still holds the annotation would
//! write it back on its next save and the merge could not tell "deleted here"
//! from "created there": the note would come back from the dead. With it,
//! merging compares times like for any edit: a delete newer than the other
//! copy wins, an edit newer than the delete wins (the reader kept working on
//! it elsewhere, so nothing they wrote is lost).
//!
//! The tombstone holds no text: a deleted note does not linger in storage.
//! Undo is therefore the UI's to offer while it still holds what
//! [`AnnotationStore::delete`] returned; [`AnnotationStore::undo_delete`]
//! restores it as a new change, newer than the delete, so the restoration
//! reaches other tabs too. Tombstones are a few dozen bytes; the UI may drop
//! old ones with [`AnnotationStore::purge_tombstones`] (e.g. older than 90
//! days), accepting that a tab left open that long could bring such a note back.
//!
//! # Time
//!
//! Every change takes `now` and is stamped at `now` or 1 ms after the
//! previous version, whichever is later, so a change always beats the version
//! it replaced even when the computer's clock went back.

use std::collections::BTreeMap;
use std::error::Error;
use std::fmt;
use std::ops::{Deref, DerefMut};

use imbl::OrdMap;
use lector_text::Span;
use serde::Serialize;

use crate::annotation::Annotation;
use crate::article_text::ArticleText;
use crate::body::Body;
use crate::colour::Colour;
use crate::error::FieldError;
use crate::id::AnnotationId;
use crate::limits::MAX_ITEMS;
use crate::selectors::Target;
use crate::time::Timestamp;
use crate::ArticleId;

/// What remains of a deleted annotation: enough to keep it deleted everywhere.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Tombstone {
    pub(crate) id: AnnotationId,
    pub(crate) article: ArticleId,
    pub(crate) deleted: Timestamp,
}

impl Tombstone {
    pub fn id(&self) -> &AnnotationId {
        &self.id
    }

    pub fn article(&self) -> &ArticleId {
        &self.article
    }

    pub fn deleted(&self) -> Timestamp {
        self.deleted
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Entry {
    Live(Annotation),
    Deleted(Tombstone),
}

impl Entry {
    pub(crate) fn modified(&self) -> Timestamp {
        match self {
            Entry::Live(a) => a.modified(),
            Entry::Deleted(t) => t.deleted,
        }
    }
}

/// Why an operation on the store was refused; the store is unchanged.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// No live annotation has this id (it may have been deleted in another tab).
    NotFound { id: AnnotationId },
    /// The id is taken, by a live annotation or a deleted one.
    AlreadyExists { id: AnnotationId },
    /// The store holds [`MAX_ITEMS`] annotations.
    Full { limit: usize },
    /// The note, a tag or the selection is not acceptable.
    Invalid(FieldError),
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::NotFound { id } => {
                write!(f, "annotation {id} no longer exists (it may have been deleted in another tab)")
            }
            StoreError::AlreadyExists { id } => write!(f, "an annotation with id {id} already exists"),
            StoreError::Full { limit } => {
                write!(f, "Lector keeps up to {limit} annotations; export and delete some to make room")
            }
            StoreError::Invalid(error) => error.fmt(f),
        }
    }
}

impl Error for StoreError {}

impl From<FieldError> for StoreError {
    fn from(error: FieldError) -> Self {
        StoreError::Invalid(error)
    }
}

/// All annotations of all articles, and the tombstones of deleted ones.
///
/// The entries are a persistent map: a copy of the store is O(1) and a
/// change copies only the path to what changed, so the app can keep every
/// state it reduces (undo, re-render checks) without copying the reader's
/// annotations each time.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AnnotationStore {
    pub(crate) entries: Entries,
    /// Annotations for articles not in the library, by id (see `foreign.rs`).
    pub(crate) foreign: BTreeMap<String, crate::foreign::ForeignAnnotation>,
}

/// The store's entries by id: a persistent ordered map.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Entries(OrdMap<AnnotationId, Entry>);

impl Entries {
    /// Keeps the entries `keep` says yes to.
    pub(crate) fn retain(&mut self, mut keep: impl FnMut(&AnnotationId, &Entry) -> bool) {
        let dropped: Vec<AnnotationId> =
            self.0.iter().filter(|(id, entry)| !keep(id, entry)).map(|(id, _)| id.clone()).collect();
        for id in &dropped {
            self.0.remove(id);
        }
    }
}

impl Deref for Entries {
    type Target = OrdMap<AnnotationId, Entry>;

    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

impl DerefMut for Entries {
    fn deref_mut(&mut self) -> &mut Self::Target {
        &mut self.0
    }
}

impl IntoIterator for Entries {
    type Item = (AnnotationId, Entry);
    type IntoIter = <OrdMap<AnnotationId, Entry> as IntoIterator>::IntoIter;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl AnnotationStore {
    pub fn new() -> Self {
        AnnotationStore::default()
    }

    /// Number of (live) annotations.
    pub fn len(&self) -> usize {
        self.iter().count()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn get(&self, id: &AnnotationId) -> Option<&Annotation> {
        match self.entries.get(id) {
            Some(Entry::Live(annotation)) => Some(annotation),
            _ => None,
        }
    }

    /// Every live annotation, by id.
    pub fn iter(&self) -> impl Iterator<Item = &Annotation> {
        self.entries.values().filter_map(|entry| match entry {
            Entry::Live(annotation) => Some(annotation),
            Entry::Deleted(_) => None,
        })
    }

    pub fn tombstones(&self) -> impl Iterator<Item = &Tombstone> {
        self.entries.values().filter_map(|entry| match entry {
            Entry::Deleted(tombstone) => Some(tombstone),
            Entry::Live(_) => None,
        })
    }

    /// Adds an annotation made with [`Annotation::new`].
    pub fn add(&mut self, annotation: Annotation) -> Result<(), StoreError> {
        if self.entries.contains_key(annotation.id()) {
            return Err(StoreError::AlreadyExists { id: annotation.id().clone() });
        }
        if self.len() >= MAX_ITEMS {
            return Err(StoreError::Full { limit: MAX_ITEMS });
        }
        self.entries.insert(annotation.id().clone(), Entry::Live(annotation));
        Ok(())
    }

    /// Annotates the reader's `selection` (characters of `text`): the usual way to make one.
    pub fn create(
        &mut self,
        id: AnnotationId,
        article: ArticleId,
        text: &ArticleText,
        selection: Span,
        body: Body,
        now: Timestamp,
    ) -> Result<(), StoreError> {
        let target = Target::from_selection(text, selection)?;
        self.add(Annotation::new(id, article, target, body, now))
    }

    /// Replaces note, tags and colour at once. `Ok(false)`: nothing changed, nothing to save.
    pub fn set_body(&mut self, id: &AnnotationId, body: Body, now: Timestamp) -> Result<bool, StoreError> {
        Ok(self.live_mut(id)?.set_body(body, now))
    }

    pub fn set_note(&mut self, id: &AnnotationId, note: &str, now: Timestamp) -> Result<bool, StoreError> {
        let body = self.live_mut(id)?.body().clone().with_note(note)?;
        self.set_body(id, body, now)
    }

    pub fn set_tags<T: AsRef<str>>(
        &mut self,
        id: &AnnotationId,
        tags: impl IntoIterator<Item = T>,
        now: Timestamp,
    ) -> Result<bool, StoreError> {
        let body = self.live_mut(id)?.body().clone().with_tags(tags)?;
        self.set_body(id, body, now)
    }

    pub fn set_colour(&mut self, id: &AnnotationId, colour: Colour, now: Timestamp) -> Result<bool, StoreError> {
        let body = self.live_mut(id)?.body().clone().with_colour(colour);
        self.set_body(id, body, now)
    }

    /// Points an annotation (typically an orphan) at a new selection, keeping
    /// its note, tags and colour. `Ok(false)`: it already pointed there.
    pub fn reattach(
        &mut self,
        id: &AnnotationId,
        text: &ArticleText,
        selection: Span,
        now: Timestamp,
    ) -> Result<bool, StoreError> {
        let target = Target::from_selection(text, selection)?;
        Ok(self.live_mut(id)?.set_target(target, now))
    }

    /// Points an annotation back at a target it had (read before a
    /// [`AnnotationStore::reattach`], to undo it), stamped as a change made
    /// `now` so the undo wins a merge too. `Ok(false)`: it pointed there already.
    pub fn restore_target(&mut self, id: &AnnotationId, target: Target, now: Timestamp) -> Result<bool, StoreError> {
        Ok(self.live_mut(id)?.set_target(target, now))
    }

    /// Deletes, leaving a tombstone (see the module docs). Returns the
    /// annotation as it was, for [`AnnotationStore::undo_delete`].
    pub fn delete(&mut self, id: &AnnotationId, now: Timestamp) -> Result<Annotation, StoreError> {
        let annotation = self.live_mut(id)?;
        let deleted = now.max(annotation.modified().next());
        let tombstone = Tombstone { id: id.clone(), article: annotation.article().clone(), deleted };
        match self.entries.insert(id.clone(), Entry::Deleted(tombstone)) {
            Some(Entry::Live(annotation)) => Ok(annotation),
            _ => Err(StoreError::NotFound { id: id.clone() }),
        }
    }

    /// Restores what [`AnnotationStore::delete`] returned, stamped as a change
    /// made `now`. If the annotation is live again already (restored or edited
    /// in another tab meanwhile), that version is kept.
    /// Returns false when that other version was kept.
    pub fn undo_delete(&mut self, deleted: Annotation, now: Timestamp) -> bool {
        let deleted_at = match self.entries.get(deleted.id()) {
            Some(Entry::Live(_)) => return false,
            Some(Entry::Deleted(tombstone)) => Some(tombstone.deleted),
            None => None,
        };
        let mut restored = deleted;
        restored.touch(deleted_at.map_or(now, |t| now.max(t.next())));
        self.entries.insert(restored.id().clone(), Entry::Live(restored));
        true
    }

    /// Forgets tombstones of deletions made before `cutoff`; returns how many.
    pub fn purge_tombstones(&mut self, cutoff: Timestamp) -> usize {
        let before = self.entries.len();
        self.entries.retain(|_, entry| !matches!(entry, Entry::Deleted(t) if t.deleted < cutoff));
        before - self.entries.len()
    }

    /// One article's annotations in the order of their stored positions (for
    /// the order in the text as it is now, use [`AnnotationStore::anchor_article`]).
    pub fn for_article(&self, article: &ArticleId) -> Vec<&Annotation> {
        let mut list: Vec<&Annotation> = self.iter().filter(|a| a.article() == article).collect();
        list.sort_by(|a, b| text_order(a).cmp(&text_order(b)));
        list
    }

    /// Every article that has annotations, with how many, by article id.
    pub fn articles(&self) -> Vec<(&ArticleId, usize)> {
        let mut counts: BTreeMap<&ArticleId, usize> = BTreeMap::new();
        for annotation in self.iter() {
            *counts.entry(annotation.article()).or_default() += 1;
        }
        counts.into_iter().collect()
    }

    fn live_mut(&mut self, id: &AnnotationId) -> Result<&mut Annotation, StoreError> {
        match self.entries.get_mut(id) {
            Some(Entry::Live(annotation)) => Ok(annotation),
            _ => Err(StoreError::NotFound { id: id.clone() }),
        }
    }
}

/// Text order: by position, then the longer first (it encloses), then the older first.
pub(crate) fn text_order(a: &Annotation) -> (usize, std::cmp::Reverse<usize>, Timestamp, &AnnotationId) {
    let position = a.target().position();
    (position.start, std::cmp::Reverse(position.end), a.created(), a.id())
}
