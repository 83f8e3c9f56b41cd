//! The reader's annotations, shared by the reader, its sidebar, popovers and
//! notices: a reducer in context, like `prefs.rs`.
//!
//! Every change is saved at once (the store is small and a lost note is the
//! worst failure Lector can have). Saving happens inside the reducer, right
//! after the change, so the reader's state always says whether the change is
//! stored: a refused save keeps the change in memory and shows why, with an
//! export to rescue it. Changes saved by another tab arrive as
//! [`AnnotationAction::FromOtherTab`] and are merged as `lector_annotations`
//! prescribes (save again only when the other tab is behind, or two tabs
//! would echo each other forever).

use std::rc::Rc;

use lector_annotations::{
    decode_stored, read_import, Annotation, AnnotationId, AnnotationStore, ArticleId, ArticleText, Body, Colour,
    Timestamp,
};
use lector_text::Span;
use yew::prelude::*;

use crate::browser::annotation_storage::{self, StartupProblem};
use crate::browser::local_storage::StorageError;
use crate::browser::{clock, random_id, storage_events};
use crate::state::notices::{NoticeKind, Notices};

/// How long a deleted annotation's tombstone is kept (see `lector_annotations::AnnotationStore`):
/// a tab left open longer than this could bring such a note back, nothing worse.
const TOMBSTONE_DAYS: u64 = 90;
/// Deletions that Ctrl+Z can take back, most recent last.
const UNDO_DEPTH: usize = 50;

#[derive(Clone, Debug)]
pub struct Annotations {
    store: Rc<AnnotationStore>,
    /// Counts changes of anything shown; the cheap equality views re-render on.
    version: u64,
    /// Counts changes of the annotations themselves (not of messages), for
    /// re-anchoring an article's annotations only when they changed.
    store_version: u64,
    /// False after a load that must not be overwritten (see `annotation_storage`).
    may_save: bool,
    /// Why the last save failed, while it keeps failing.
    save_error: Option<StorageError>,
    undo: Vec<Annotation>,
    pub notices: Notices,
    /// The colour of the last annotation made, offered first for the next.
    pub last_colour: Colour,
    /// The annotation made last in this tab, to reveal it.
    pub last_created: Option<AnnotationId>,
}

impl PartialEq for Annotations {
    fn eq(&self, other: &Self) -> bool {
        self.version == other.version
    }
}

pub enum AnnotationAction {
    /// Annotates `span` of the article `text` (the reader's selection).
    Create {
        article: ArticleId,
        text: Rc<ArticleText>,
        span: Span,
        body: Body,
    },
    /// Replaces note, tags and colour of `original` (as the editor opened it:
    /// if another tab deleted it meanwhile, the edit brings it back rather than
    /// losing what the reader just wrote).
    Edit {
        original: Annotation,
        body: Body,
    },
    SetColour {
        id: AnnotationId,
        colour: Colour,
    },
    Delete(AnnotationId),
    /// Restores the most recent deletion.
    Undo,
    /// Points an annotation (an orphan, usually) at a new selection.
    Reattach {
        id: AnnotationId,
        text: Rc<ArticleText>,
        span: Span,
    },
    /// Another tab saved this value under the store's key.
    FromOtherTab(String),
    /// A file's text (or why it could not be read), to validate and merge.
    Import {
        file_name: String,
        content: Result<String, String>,
    },
    Notify(NoticeKind),
    Dismiss(u64),
    /// The reader downloaded the copy of unreadable data: saving may resume.
    BackupKept,
}

impl Annotations {
    /// Loads the store from localStorage (see `annotation_storage`).
    pub fn load() -> Annotations {
        let now = clock::now();
        let startup = annotation_storage::load_at_startup(now);
        let mut store = startup.store;
        store.purge_tombstones(now.saturating_sub_millis(TOMBSTONE_DAYS * 24 * 3600 * 1000));
        let mut state = Annotations {
            store: Rc::new(store),
            version: 0,
            store_version: 0,
            may_save: startup.may_save,
            save_error: None,
            undo: Vec::new(),
            notices: Notices::default(),
            last_colour: Colour::default(),
            last_created: None,
        };
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

    /// A state over a given store that never touches localStorage (component tests, benches).
    pub fn in_memory(store: AnnotationStore) -> Annotations {
        Annotations {
            store: Rc::new(store),
            version: 0,
            store_version: 0,
            may_save: false,
            save_error: None,
            undo: Vec::new(),
            notices: Notices::default(),
            last_colour: Colour::default(),
            last_created: None,
        }
    }

    pub fn store(&self) -> &AnnotationStore {
        &self.store
    }

    pub fn version(&self) -> u64 {
        self.version
    }

    pub fn store_version(&self) -> u64 {
        self.store_version
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Whether changes currently reach localStorage.
    pub fn is_saving(&self) -> bool {
        self.may_save && self.save_error.is_none()
    }

    fn store_mut(&mut self) -> &mut AnnotationStore {
        Rc::make_mut(&mut self.store)
    }

    /// After every change: re-render, and save at once.
    fn changed(&mut self) {
        self.version += 1;
        self.store_version += 1;
        self.save();
    }

    fn save(&mut self) {
        if !self.may_save {
            return;
        }
        match annotation_storage::save(&self.store) {
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
                    let message = match error {
                        StorageError::QuotaExceeded => {
                            "The browser's storage for this site is full, so your last change \
                             was not saved: it is kept in this tab only, and everything saved before is intact. Export \
                             your annotations now to keep a copy, then free some space (other sites' data, or old \
                             backups of Lector's)."
                                .to_string()
                        }
                        other => format!("Your last change was not saved: {other}."),
                    };
                    self.notices.push(NoticeKind::NotSaved { message });
                }
            }
        }
    }

    fn fail(&mut self, title: &str, message: impl ToString) {
        self.notices.push(NoticeKind::Error { title: title.to_string(), message: message.to_string() });
        self.version += 1;
    }

    fn apply(&mut self, action: AnnotationAction, now: Timestamp) {
        match action {
            AnnotationAction::Create { article, text, span, body } => {
                let id = match random_id::new_annotation_id() {
                    Ok(id) => id,
                    Err(message) => return self.fail("The annotation was not made", message),
                };
                let colour = body.colour();
                match self.store_mut().create(id.clone(), article, &text, span, body, now) {
                    Ok(()) => {
                        self.last_colour = colour;
                        self.last_created = Some(id);
                        self.changed();
                    }
                    Err(error) => self.fail("The annotation was not made", error),
                }
            }
            AnnotationAction::Edit { original, body } => {
                let id = original.id().clone();
                let colour = body.colour();
                if self.store.get(&id).is_none() {
                    // Deleted (here or in another tab) while the reader edited it.
                    self.store_mut().undo_delete(original, now);
                }
                match self.store_mut().set_body(&id, body, now) {
                    Ok(_) => {
                        self.last_colour = colour;
                        self.changed();
                    }
                    Err(error) => self.fail("The note was not changed", error),
                }
            }
            AnnotationAction::SetColour { id, colour } => match self.store_mut().set_colour(&id, colour, now) {
                Ok(true) => {
                    self.last_colour = colour;
                    self.changed();
                }
                Ok(false) => {}
                Err(error) => self.fail("The colour was not changed", error),
            },
            AnnotationAction::Delete(id) => match self.store_mut().delete(&id, now) {
                Ok(deleted) => {
                    let quote = deleted.target().quote().exact().to_string();
                    self.undo.push(deleted);
                    if self.undo.len() > UNDO_DEPTH {
                        self.undo.remove(0);
                    }
                    self.notices.push(NoticeKind::Deleted { quote });
                    self.changed();
                }
                Err(error) => self.fail("Nothing was deleted", error),
            },
            AnnotationAction::Undo => {
                let Some(deleted) = self.undo.pop() else { return };
                self.notices.dismiss_where(|k| matches!(k, NoticeKind::Deleted { .. }));
                if !self.store_mut().undo_delete(deleted, now) {
                    self.notices.push(NoticeKind::Info(
                        "That annotation was already back (restored or edited in another tab); that version is kept."
                            .into(),
                    ));
                } else {
                    self.notices.push(NoticeKind::Info("Annotation restored.".into()));
                }
                self.changed();
            }
            AnnotationAction::Reattach { id, text, span } => match self.store_mut().reattach(&id, &text, span, now) {
                Ok(true) => {
                    self.notices.push(NoticeKind::Info("Annotation re-attached to the selected text.".into()));
                    self.changed();
                }
                Ok(false) => {}
                Err(error) => self.fail("The annotation was not re-attached", error),
            },
            AnnotationAction::FromOtherTab(raw) => {
                // A value this tab cannot read (another version of Lector) is
                // not merged; that tab keeps it, and this one its own.
                let Ok(stored) = decode_stored(&raw) else { return };
                let report = self.store_mut().merge(stored.store);
                if report.changed_here() {
                    self.version += 1;
                    self.store_version += 1;
                }
                if report.other_is_behind {
                    self.save();
                }
            }
            AnnotationAction::Import { file_name, content } => {
                let title = format!("{file_name} was not imported");
                let raw = match content {
                    Ok(raw) => raw,
                    Err(message) => return self.fail(&title, message),
                };
                match read_import(&raw, now) {
                    Ok(file) if file.is_empty() => {
                        self.fail(&title, "the file is valid but holds no annotations; nothing was changed")
                    }
                    Ok(file) => match self.store_mut().merge_import(file) {
                        Ok(report) => {
                            self.notices.push(NoticeKind::Info(format!("{file_name}: {report}.")));
                            self.changed();
                        }
                        Err(too_many) => self.fail(&title, too_many),
                    },
                    Err(error) => self.fail(&title, error),
                }
            }
            AnnotationAction::Notify(kind) => {
                self.notices.push(kind);
                self.version += 1;
            }
            AnnotationAction::Dismiss(id) => {
                self.notices.dismiss(id);
                self.version += 1;
            }
            AnnotationAction::BackupKept => {
                let blocked = self.notices.list.iter().any(|n| matches!(n.kind, NoticeKind::Blocked { .. }));
                if !blocked && !self.may_save {
                    self.may_save = true;
                    self.notices.dismiss_where(|k| matches!(k, NoticeKind::Backup { .. }));
                    self.changed();
                }
            }
        }
    }
}

impl Reducible for Annotations {
    type Action = AnnotationAction;

    fn reduce(self: Rc<Self>, action: AnnotationAction) -> Rc<Self> {
        let mut next = (*self).clone();
        next.apply(action, clock::now());
        Rc::new(next)
    }
}

pub type AnnotationsContext = UseReducerHandle<Annotations>;

#[derive(Properties, PartialEq)]
pub struct AnnotationsProviderProps {
    pub children: Children,
    /// A state to start from instead of localStorage's (tests, benches).
    #[prop_or_default]
    pub initial: Option<Rc<Annotations>>,
}

/// Loads the annotations once and merges what other tabs save.
#[component(AnnotationsProvider)]
pub fn annotations_provider(props: &AnnotationsProviderProps) -> Html {
    let initial = props.initial.clone();
    let state = use_reducer(move || match initial {
        Some(state) => (*state).clone(),
        None => Annotations::load(),
    });
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let listener = storage_events::listen(lector_annotations::STORAGE_KEY, move |value| {
                // A removed key (site data cleared elsewhere) is not a deletion of
                // every note: this tab keeps its copy and saves it on its next change.
                if let Some(raw) = value {
                    dispatcher.dispatch(AnnotationAction::FromOtherTab(raw));
                }
            });
            move || drop(listener)
        });
    }
    html! {
        <ContextProvider<AnnotationsContext> context={state}>
            { props.children.clone() }
        </ContextProvider<AnnotationsContext>>
    }
}
