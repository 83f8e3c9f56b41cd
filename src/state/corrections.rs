//! The reader's corrections of the analysis, as a pure reducer (ids, times
//! and save outcomes come in with the actions, so it is tested on the host);
//! `corrections_provider.rs` does the storage. Kept apart from the
//! annotations' state: corrections change the analysis, not the notes, and
//! have their own stored value.

use std::rc::Rc;

use lector_annotations::corrections::{decode_corrections, read_corrections_in_export, Correction, CorrectionSet, Fix};
use lector_annotations::{AnnotationId, ArticleId, ArticleText, Timestamp};
use lector_text::Span;
use yew::prelude::*;

use crate::browser::correction_storage::CorrectionsStartup;
use crate::browser::local_storage::StorageError;

/// Removals that Undo can take back, most recent last.
const UNDO_DEPTH: usize = 20;

/// The set as views hold it: equal when it is the same value, so views
/// re-apply the corrections exactly when they changed.
#[derive(Clone, Debug, Default)]
pub struct SharedCorrections(pub Rc<CorrectionSet>);

impl PartialEq for SharedCorrections {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Something to tell the reader about their corrections.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Status {
    Done(String),
    Problem(String),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Corrections {
    pub set: SharedCorrections,
    unsaved: bool,
    may_save: bool,
    save_error: Option<StorageError>,
    /// Removed corrections, for Undo.
    removed: Rc<Vec<Correction>>,
    /// The last thing to tell the reader (shown in the corrections section).
    pub status: Option<Status>,
}

pub enum CorrectionsAction {
    /// The reader corrects the words at `span` of `text`.
    Add {
        id: AnnotationId,
        article: ArticleId,
        text: Rc<ArticleText>,
        span: Span,
        fix: Fix,
        at: Timestamp,
    },
    /// Takes a correction back: the analyzer's output shows again.
    Remove(AnnotationId),
    /// Restores the last removed correction.
    UndoRemove,
    /// An imported file's text: its corrections, if it has any, are merged.
    Import {
        file_name: String,
        raw: String,
    },
    /// Another tab saved this value.
    FromOtherTab(String),
    /// A new correction could not get an id.
    Failed(String),
    Saved {
        set: SharedCorrections,
        result: Result<(), StorageError>,
    },
}

impl Corrections {
    pub fn from_startup(startup: CorrectionsStartup) -> Corrections {
        Corrections {
            set: SharedCorrections(Rc::new(startup.set)),
            unsaved: false,
            may_save: startup.may_save,
            save_error: None,
            removed: Rc::default(),
            status: startup.problem.map(Status::Problem),
        }
    }

    /// Corrections never saved (component tests).
    pub fn in_memory(set: CorrectionSet) -> Corrections {
        Corrections::from_startup(CorrectionsStartup { set, may_save: false, problem: None })
    }

    pub fn set(&self) -> &CorrectionSet {
        &self.set.0
    }

    pub fn can_undo(&self) -> bool {
        !self.removed.is_empty()
    }

    /// The set, when it holds a change that may and should be saved now.
    pub fn to_save(&self) -> Option<SharedCorrections> {
        (self.unsaved && self.may_save).then(|| self.set.clone())
    }

    fn commit(&mut self, set: CorrectionSet) {
        self.set = SharedCorrections(Rc::new(set));
        self.unsaved = true;
    }

    fn apply(&mut self, action: CorrectionsAction) {
        let mut set = (*self.set.0).clone();
        match action {
            CorrectionsAction::Add { id, article, text, span, fix, at } => {
                match Correction::new(id, article, &text, span, fix, at) {
                    Ok(correction) => {
                        set.add(correction);
                        self.commit(set);
                        self.status = Some(Status::Done("Corrected. Your correction is marked in the text.".into()));
                    }
                    Err(error) => self.status = Some(Status::Problem(format!("Nothing was corrected: {error}."))),
                }
            }
            CorrectionsAction::Remove(id) => {
                if let Some(removed) = set.remove(&id) {
                    self.commit(set);
                    let undo = Rc::make_mut(&mut self.removed);
                    undo.push(removed);
                    if undo.len() > UNDO_DEPTH {
                        undo.remove(0);
                    }
                    self.status = Some(Status::Done("Correction removed: the analyzer's finding shows again.".into()));
                }
            }
            CorrectionsAction::UndoRemove => {
                if let Some(correction) = Rc::make_mut(&mut self.removed).pop() {
                    set.add(correction);
                    self.commit(set);
                    self.status = Some(Status::Done("Correction restored.".into()));
                }
            }
            CorrectionsAction::Import { file_name, raw } => match read_corrections_in_export(&raw) {
                Ok(None) => {}
                Ok(Some(imported)) => {
                    let total = imported.len();
                    let added = set.merge(imported);
                    self.commit(set);
                    self.status = Some(Status::Done(format!(
                        "{file_name}: {added} correction{} added ({} already here).",
                        if added == 1 { "" } else { "s" },
                        total - added
                    )));
                }
                Err(error) => {
                    self.status = Some(Status::Problem(format!("{file_name}: no correction was imported: {error}.")))
                }
            },
            CorrectionsAction::FromOtherTab(raw) => {
                // A value this tab cannot read (another Lector) is left to that tab.
                let Ok((theirs, _)) = decode_corrections(&raw, false) else { return };
                if self.unsaved {
                    // Keep what this tab has not saved yet; the union is saved back.
                    set.merge(theirs);
                    self.commit(set);
                } else if theirs != set {
                    // The other tab's value is the newest saved one, removals included.
                    self.set = SharedCorrections(Rc::new(theirs));
                }
            }
            CorrectionsAction::Failed(message) => self.status = Some(Status::Problem(message)),
            CorrectionsAction::Saved { set: saved, result } => self.saved(saved, result),
        }
    }

    fn saved(&mut self, saved: SharedCorrections, result: Result<(), StorageError>) {
        if saved == self.set && result.is_ok() {
            self.unsaved = false;
        }
        match result {
            Ok(()) => {
                if self.save_error.take().is_some() {
                    self.status =
                        Some(Status::Done("Saved: your corrections are stored in this browser again.".into()));
                }
            }
            Err(error) => {
                let message = match &error {
                    StorageError::QuotaExceeded => "The browser's storage for this site is full, so your last \
                        correction was not saved: it is kept in this tab only, and everything saved before is \
                        intact. Export all (Lector JSON) to keep a copy, then free some space."
                        .to_string(),
                    other => format!("Your last correction was not saved: {other}."),
                };
                self.save_error = Some(error);
                self.status = Some(Status::Problem(message));
            }
        }
    }
}

impl Reducible for Corrections {
    type Action = CorrectionsAction;

    fn reduce(self: Rc<Self>, action: CorrectionsAction) -> Rc<Self> {
        let mut next = (*self).clone();
        next.apply(action);
        Rc::new(next)
    }
}

pub type CorrectionsContext = UseReducerHandle<Corrections>;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
