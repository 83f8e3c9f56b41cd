//! The reader's annotations, shared by the reader, its sidebar, popovers and
//! notices: a model and its actions, reduced in context as in yew's
//! `function_todomvc`.
//!
//! The reducer is pure: what it cannot know (the time, a new annotation's
//! id, the outcome of a save) comes in with the action, so it runs and is
//! tested on the host. Saving is the provider's effect
//! (`annotations_provider.rs`): it runs when the store changes and reports
//! back with [`AnnotationAction::Saved`], so the state always says whether
//! the change is stored; a refused save keeps the change in memory and
//! shows why, with an export to rescue it. Changes saved by another tab
//! arrive as [`AnnotationAction::FromOtherTab`] and are merged as
//! `lector_annotations` prescribes (saved again only when the other tab is
//! behind, or two tabs would echo each other forever).
//!
//! The store sits behind an `Rc` that an action replaces only when it
//! changes the store, and cloning the store itself is cheap (it is a
//! persistent map): views compare the pointer, and an action never copies
//! the reader's annotations.

use std::ops::Deref;
use std::rc::Rc;

use lector_annotations::{
    decode_stored, read_import_with, Annotation, AnnotationId, AnnotationStore, ArticleId, ArticleText, Body, Colour,
    DecodeError, Target, Timestamp,
};
use lector_text::Span;
use yew::prelude::*;

use crate::browser::annotation_storage::{Startup, StartupProblem};
use crate::browser::local_storage::StorageError;
use crate::state::notices::{NoticeKind, Notices};

/// How long a deleted annotation's tombstone is kept (see `lector_annotations::AnnotationStore`):
/// a tab left open longer than this could bring such a note back, nothing worse.
const TOMBSTONE_DAYS: u64 = 90;
/// Deletions and re-attachments that Ctrl+Z can take back, most recent last.
const UNDO_DEPTH: usize = 50;

/// A change the reader can take back (Ctrl+Z, or the notice's Undo).
#[derive(Clone, Debug)]
enum Undoable {
    Deleted(Annotation),
    /// An annotation re-attached elsewhere, with the target it had.
    Reattached {
        id: AnnotationId,
        before: Target,
    },
}

/// The store as views hold it: equal when it is the same value. An action
/// that changes the store makes a new one, so comparing is free and views
/// re-render (or re-anchor) exactly when the annotations changed.
#[derive(Clone, Debug)]
pub struct SharedStore(pub Rc<AnnotationStore>);

impl PartialEq for SharedStore {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Deref for SharedStore {
    type Target = AnnotationStore;

    fn deref(&self) -> &AnnotationStore {
        &self.0
    }
}

#[derive(Clone, Debug)]
pub struct Annotations {
    store: SharedStore,
    /// The store holds a change that is not saved yet.
    unsaved: bool,
    /// False after a load that must not be overwritten (see `annotation_storage`).
    may_save: bool,
    /// Why the last save failed, while it keeps failing.
    save_error: Option<StorageError>,
    undo: Rc<Vec<Undoable>>,
    pub notices: Notices,
    /// The colour of the last annotation made, offered first for the next.
    pub last_colour: Colour,
    /// The annotation made last in this tab, to reveal it.
    pub last_created: Option<AnnotationId>,
    /// Shown in a frame of another site: the reader's own actions are
    /// refused (see `browser::framing`), reading goes on.
    framed: bool,
}

impl PartialEq for Annotations {
    fn eq(&self, other: &Self) -> bool {
        self.store == other.store
            && Rc::ptr_eq(&self.undo, &other.undo)
            && self.framed == other.framed
            && (self.unsaved, self.may_save, &self.save_error, &self.notices, self.last_colour, &self.last_created)
                == (
                    other.unsaved,
                    other.may_save,
                    &other.save_error,
                    &other.notices,
                    other.last_colour,
                    &other.last_created,
                )
    }
}

pub enum AnnotationAction {
    /// Annotates `span` of the article `text` (the reader's selection).
    Create {
        id: AnnotationId,
        article: ArticleId,
        text: Rc<ArticleText>,
        span: Span,
        body: Body,
        at: Timestamp,
    },
    /// Replaces note, tags and colour of `original` (as the editor opened it:
    /// if another tab deleted it meanwhile, the edit brings it back rather than
    /// losing what the reader just wrote).
    Edit {
        original: Annotation,
        body: Body,
        at: Timestamp,
    },
    SetColour {
        id: AnnotationId,
        colour: Colour,
        at: Timestamp,
    },
    Delete {
        id: AnnotationId,
        at: Timestamp,
    },
    /// Takes back the most recent deletion or re-attachment.
    Undo {
        at: Timestamp,
    },
    /// Points an annotation (an orphan, usually) at a new selection.
    Reattach {
        id: AnnotationId,
        text: Rc<ArticleText>,
        span: Span,
        at: Timestamp,
    },
    /// Another tab saved this value under the store's key.
    FromOtherTab(String),
    /// An article came into the library (the reader added it) or was opened:
    /// annotations kept for articles the library did not have
    /// (`AnnotationStore::foreign`) whose source is its stable `iri` or the
    /// IRI of its `text` become its annotations, anchored by their quote.
    /// Cheap when nothing is waiting (no hashing), so it may be sent on every open.
    ArticleAdded {
        article: ArticleId,
        iri: String,
        text: Rc<ArticleText>,
        at: Timestamp,
    },
    /// A file's text (or why it could not be read), to validate and merge.
    Import {
        file_name: String,
        content: Result<String, String>,
        at: Timestamp,
    },
    /// A library file's annotations (validated: `lector_library`), after its
    /// articles were stored, to merge like an import and report with them.
    ImportLibrary {
        file_name: String,
        articles: ArticlesImported,
        annotations: Option<String>,
        at: Timestamp,
    },
    /// Takes back the import whose notice is `notice` (its Undo button).
    UndoImport {
        notice: u64,
        at: Timestamp,
    },
    Notify(NoticeKind),
    Dismiss(u64),
    /// The reader downloaded the copy of unreadable data: saving may resume.
    BackupKept,
    /// What saving `store` came to.
    Saved {
        store: SharedStore,
        result: Result<(), StorageError>,
    },
}

impl AnnotationAction {
    /// Changes the reader asks for (as opposed to saves, other tabs, notices):
    /// what a framing site could trick them into.
    fn is_the_reader_s_change(&self) -> bool {
        matches!(
            self,
            AnnotationAction::Create { .. }
                | AnnotationAction::Edit { .. }
                | AnnotationAction::SetColour { .. }
                | AnnotationAction::Delete { .. }
                | AnnotationAction::Undo { .. }
                | AnnotationAction::Reattach { .. }
                | AnnotationAction::Import { .. }
                | AnnotationAction::ImportLibrary { .. }
                | AnnotationAction::UndoImport { .. }
        )
    }
}

const FRAMED_TITLE: &str = "Annotating is off in this frame";
const FRAMED_MESSAGE: &str = "Lector is shown here inside another website, which could trick you into clicks, so \
                              annotating and importing are switched off; reading works as usual. To annotate, open \
                              Lector in its own tab.";

impl Annotations {
    /// The state the app starts with, from what was found in storage at `now`.
    pub fn from_startup(startup: Startup, now: Timestamp) -> Annotations {
        let mut store = startup.store;
        store.purge_tombstones(now.saturating_sub_millis(TOMBSTONE_DAYS * 24 * 3600 * 1000));
        let mut state = Annotations::in_memory(store);
        state.may_save = startup.may_save;
        match startup.problem {
            None => {}
            Some(StartupProblem::Damaged { message, backup }) => {
                state.notices.push(NoticeKind::Backup { message, backup });
            }
            Some(StartupProblem::Newer { message, backup }) => {
                state.notices.push(NoticeKind::Blocked { message, backup });
            }
            Some(StartupProblem::Unavailable(error)) => {
                state.save_error = Some(error.clone());
                state.notices.push(NoticeKind::NotSaved { message: error.to_string() });
            }
        }
        state
    }

    /// A state over a given store that is never saved (component tests, benches).
    pub fn in_memory(store: AnnotationStore) -> Annotations {
        Annotations {
            store: SharedStore(Rc::new(store)),
            unsaved: false,
            may_save: false,
            save_error: None,
            undo: Rc::default(),
            notices: Notices::default(),
            last_colour: Colour::default(),
            last_created: None,
            framed: false,
        }
    }

    /// This state in a frame of another site: annotating and importing are
    /// refused, and the reader is told why and where they work.
    pub fn framed_by_another_site(mut self) -> Annotations {
        self.framed = true;
        self.notices.push(NoticeKind::Error { title: FRAMED_TITLE.into(), message: FRAMED_MESSAGE.into() });
        self
    }

    /// Whether the reader may annotate and import here (not in another site's frame).
    pub fn may_annotate(&self) -> bool {
        !self.framed
    }

    pub fn store(&self) -> &AnnotationStore {
        &self.store
    }

    /// The store as views key their memos on.
    pub fn shared_store(&self) -> SharedStore {
        self.store.clone()
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Whether changes currently reach localStorage.
    pub fn is_saving(&self) -> bool {
        self.may_save && self.save_error.is_none()
    }

    /// The store, when it holds a change that may and should be saved now.
    pub fn to_save(&self) -> Option<SharedStore> {
        (self.unsaved && self.may_save).then(|| self.store.clone())
    }

    /// Makes `store` (a changed copy of the current one) the current store.
    fn commit(&mut self, store: AnnotationStore) {
        self.store = SharedStore(Rc::new(store));
        self.unsaved = true;
    }

    /// A copy of the store to change: cheap, the store is a persistent map.
    fn draft(&self) -> AnnotationStore {
        (*self.store.0).clone()
    }

    fn fail(&mut self, title: &str, message: impl ToString) {
        self.notices.push(NoticeKind::Error { title: title.to_string(), message: message.to_string() });
    }

    fn saved(&mut self, store: SharedStore, result: Result<(), StorageError>) {
        if store == self.store && result.is_ok() {
            self.unsaved = false;
        }
        match result {
            Ok(()) => {
                if self.save_error.take().is_some() {
                    self.notices.dismiss_where(|k| matches!(k, NoticeKind::NotSaved { .. }));
                    self.notices
                        .push(NoticeKind::Info("Saved: your annotations are stored in this browser again.".into()));
                }
            }
            Err(error) => {
                let first = self.save_error.as_ref() != Some(&error);
                self.save_error = Some(error.clone());
                if first {
                    self.notices.push(NoticeKind::NotSaved { message: not_saved_message(&error) });
                }
            }
        }
    }

    /// Framed by another site: the reader's changes are refused, said once.
    fn refuse_while_framed(&mut self) {
        let said = self
            .notices
            .list
            .iter()
            .any(|n| matches!(&n.kind, NoticeKind::Error { title, .. } if title == FRAMED_TITLE));
        if !said {
            self.notices.push(NoticeKind::Error { title: FRAMED_TITLE.into(), message: FRAMED_MESSAGE.into() });
        }
    }

    fn delete(&mut self, mut store: AnnotationStore, id: &AnnotationId, at: Timestamp) {
        match store.delete(id, at) {
            Ok(deleted) => {
                self.commit(store);
                let quote = deleted.target().quote().exact().to_string();
                self.remember(Undoable::Deleted(deleted));
                self.notices.push(NoticeKind::Deleted { quote });
            }
            Err(error) => self.fail("Nothing was deleted", error),
        }
    }

    fn reattach(
        &mut self,
        mut store: AnnotationStore,
        id: AnnotationId,
        text: &ArticleText,
        span: Span,
        at: Timestamp,
    ) {
        let before = store.get(&id).map(|a| a.target().clone());
        match (store.reattach(&id, text, span, at), before) {
            (Ok(true), Some(before)) => {
                self.commit(store);
                self.remember(Undoable::Reattached { id, before });
                self.notices.push(NoticeKind::Reattached { quote: text.slice(span) });
            }
            (Ok(_), _) => {}
            (Err(error), _) => self.fail("The annotation was not re-attached", error),
        }
    }

    fn remember(&mut self, change: Undoable) {
        let undo = Rc::make_mut(&mut self.undo);
        undo.push(change);
        if undo.len() > UNDO_DEPTH {
            undo.remove(0);
        }
    }

    /// Takes back the last delete or re-attachment.
    fn undo_last(&mut self, mut store: AnnotationStore, at: Timestamp) {
        let Some(change) = Rc::make_mut(&mut self.undo).pop() else { return };
        self.notices.dismiss_where(NoticeKind::offers_undo);
        let message = match change {
            Undoable::Deleted(deleted) => {
                if store.undo_delete(deleted, at) {
                    "Annotation restored."
                } else {
                    "That annotation was already back (restored or edited in another tab); that version is kept."
                }
            }
            Undoable::Reattached { id, before } => match store.restore_target(&id, before, at) {
                Ok(_) => "Re-attachment undone.",
                Err(_) => "That annotation was deleted meanwhile; nothing to undo.",
            },
        };
        self.notices.push(NoticeKind::Info(message.into()));
        self.commit(store);
    }

    fn apply(&mut self, action: AnnotationAction) {
        if self.framed && action.is_the_reader_s_change() {
            self.refuse_while_framed();
            return;
        }
        let mut store = self.draft();
        match action {
            AnnotationAction::Create { id, article, text, span, body, at } => {
                let colour = body.colour();
                match store.create(id.clone(), article, &text, span, body, at) {
                    Ok(()) => {
                        self.commit(store);
                        self.last_colour = colour;
                        self.last_created = Some(id);
                    }
                    Err(error) => self.fail("The annotation was not made", error),
                }
            }
            AnnotationAction::Edit { original, body, at } => {
                let id = original.id().clone();
                let colour = body.colour();
                if store.get(&id).is_none() {
                    // Deleted (here or in another tab) while the reader edited it.
                    store.undo_delete(original, at);
                }
                match store.set_body(&id, body, at) {
                    Ok(_) => {
                        self.commit(store);
                        self.last_colour = colour;
                    }
                    Err(error) => self.fail("The note was not changed", error),
                }
            }
            AnnotationAction::SetColour { id, colour, at } => match store.set_colour(&id, colour, at) {
                Ok(true) => {
                    self.commit(store);
                    self.last_colour = colour;
                }
                Ok(false) => {}
                Err(error) => self.fail("The colour was not changed", error),
            },
            AnnotationAction::Delete { id, at } => self.delete(store, &id, at),
            AnnotationAction::Undo { at } => self.undo_last(store, at),
            AnnotationAction::Reattach { id, text, span, at } => self.reattach(store, id, &text, span, at),
            AnnotationAction::FromOtherTab(raw) => self.merge_from_other_tab(store, &raw),
            AnnotationAction::ArticleAdded { article, iri, text, at } => {
                self.article_added(store, &article, &iri, &text, at)
            }
            AnnotationAction::Import { file_name, content, at } => self.import(store, &file_name, content, at),
            AnnotationAction::ImportLibrary { file_name, articles, annotations, at } => {
                self.import_library(store, &file_name, articles, annotations, at)
            }
            AnnotationAction::UndoImport { notice, at } => self.undo_import(store, notice, at),
            AnnotationAction::Notify(kind) => {
                self.notices.push(kind);
            }
            AnnotationAction::Dismiss(id) => self.notices.dismiss(id),
            AnnotationAction::BackupKept => {
                let blocked = self.notices.list.iter().any(|n| matches!(n.kind, NoticeKind::Blocked { .. }));
                if !blocked && !self.may_save {
                    self.may_save = true;
                    self.unsaved = true;
                    self.notices.dismiss_where(|k| matches!(k, NoticeKind::Backup { .. }));
                }
            }
            AnnotationAction::Saved { store, result } => self.saved(store, result),
        }
    }
}

impl Annotations {
    fn merge_from_other_tab(&mut self, mut store: AnnotationStore, raw: &str) {
        // A value this tab cannot read (another version of Lector) is not
        // merged; that tab keeps it, and this one its own.
        let Ok(stored) = decode_stored(raw) else { return };
        let report = store.merge(stored.store);
        let unsaved = self.unsaved || report.other_is_behind;
        if report.changed_here() || report.other_is_behind {
            self.commit(store);
        }
        self.unsaved = unsaved;
    }

    fn article_added(
        &mut self,
        mut store: AnnotationStore,
        article: &ArticleId,
        iri: &str,
        text: &ArticleText,
        at: Timestamp,
    ) {
        if !store.has_foreign() {
            return;
        }
        let report = store.attach_foreign(article, iri, text, at);
        if report.attached > 0 {
            self.commit(store);
            let plural = if report.attached == 1 { " was" } else { "s were" };
            self.notices.push(NoticeKind::Info(format!(
                "{} annotation{plural} waiting for this article (from an imported file) and now belong{} to it.",
                report.attached,
                if report.attached == 1 { "s" } else { "" }
            )));
        }
        if !report.kept.is_empty() {
            let reasons: Vec<String> = report.kept.iter().map(|(id, why)| format!("{id}: {why}")).collect();
            self.fail(
                "Some annotations for this article stay in the list of those for articles you don't have",
                format!("they could not be read as this article's annotations ({}).", reasons.join("; ")),
            );
        }
    }

    fn import(&mut self, mut store: AnnotationStore, file_name: &str, content: Result<String, String>, at: Timestamp) {
        let title = format!("{file_name} was not imported");
        let raw = match content {
            Ok(raw) => raw,
            Err(message) => return self.fail(&title, message),
        };
        match read_import_with(&raw, at, &resolve_sample) {
            Ok(file) if file.is_empty() && file.annotations().foreign().is_empty() => {
                // A file of corrections only is the corrections' state's to report.
                let corrections = lector_annotations::corrections::read_corrections_in_export(&raw);
                if !matches!(corrections, Ok(Some(set)) if !set.is_empty()) {
                    self.fail(&title, "the file is valid but holds no annotations; nothing was changed")
                }
            }
            Ok(file) => match store.merge_import_undoable(file) {
                Ok((report, undo)) => {
                    self.commit(store);
                    let message = format!("{file_name}: {report}.");
                    // Replacing the reader's own notes is offered back; adding alone is not (nothing was lost).
                    if undo.replaced().next().is_some() {
                        self.notices.push(NoticeKind::Imported {
                            message,
                            undo: Rc::new(undo),
                            articles: Rc::default(),
                        });
                    } else {
                        self.notices.push(NoticeKind::Info(message));
                    }
                }
                Err(too_many) => self.fail(&title, too_many),
            },
            Err(error) => self.fail(&title, format!("{}\n{error}", plain_import_problem(&error))),
        }
    }
}

/// Sources the library knows (a story's URL or text IRI) place their
/// annotations; others are kept as foreign, never dropped.
fn resolve_sample(iri: &str) -> Option<ArticleId> {
    crate::manifest::article_of_iri(iri).and_then(|id| ArticleId::parse(id).ok())
}

/// What went wrong with an imported file, in plain words. The notice shows
/// it first; the decoder's own message (the line, the annotation, the
/// field) follows as the technical detail, one click away.
pub fn plain_import_problem(error: &DecodeError) -> &'static str {
    match error {
        DecodeError::TooLarge { .. } => "This file is too large to import at once: export one article at a time.",
        DecodeError::TooDeep { .. } | DecodeError::NotJson { .. } | DecodeError::Foreign { .. } => {
            "This file isn't a Lector export: Lector imports its own JSON exports and W3C Web Annotation files."
        }
        DecodeError::NewerVersion { .. } => {
            "This file comes from a newer Lector: reload the page to update, then import it again."
        }
        DecodeError::TooManyItems { .. } => "This file holds more annotations than Lector imports at once: split it.",
        DecodeError::Invalid { .. } => {
            "Some annotations in this file are incomplete or wrong, so none was imported: your annotations are unchanged."
        }
    }
}

impl Annotations {
    fn undo_import(&mut self, mut store: AnnotationStore, notice: u64, at: Timestamp) {
        let undo = self.notices.list.iter().find(|n| n.id == notice).and_then(|n| match &n.kind {
            NoticeKind::Imported { undo, .. } => Some(undo.clone()),
            _ => None,
        });
        let Some(undo) = undo else { return };
        self.notices.dismiss(notice);
        let changed = store.undo_import((*undo).clone(), at);
        self.commit(store);
        let plural = if changed == 1 { "" } else { "s" };
        self.notices.push(NoticeKind::Info(format!(
            "Import undone: {changed} annotation{plural} put back as they were before it (changes made since are kept)."
        )));
    }
}

fn not_saved_message(error: &StorageError) -> String {
    match error {
        StorageError::QuotaExceeded => "The browser's storage for this site is full, so your last change was not \
                                        saved: it is kept in this tab only, and everything saved before is intact. \
                                        Export your annotations now to keep a copy, then free some space (other \
                                        sites' data, or old backups of Lector's)."
            .to_string(),
        other => format!("Your last change was not saved: it is kept in this tab only.\n{other}."),
    }
}

impl Reducible for Annotations {
    type Action = AnnotationAction;

    fn reduce(self: Rc<Self>, action: AnnotationAction) -> Rc<Self> {
        let mut next = (*self).clone();
        next.apply(action);
        Rc::new(next)
    }
}

pub type AnnotationsContext = UseReducerHandle<Annotations>;

mod library_import;
pub use library_import::ArticlesImported;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
