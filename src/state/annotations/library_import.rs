//! The annotations' side of importing a library file
//! (`AnnotationAction::ImportLibrary`): the file's articles are stored by
//! then (`src/library_file.rs`); its annotations merge as any import's do,
//! and one notice says what happened to both, with one Undo for both.

use std::rc::Rc;

use lector_annotations::{read_import_with, AnnotationStore, ImportUndo, Timestamp};

use super::{resolve_sample, Annotations};
use crate::state::notices::NoticeKind;

/// What a library import did to the articles.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ArticlesImported {
    /// Ids of the articles it stored (Undo deletes them).
    pub added: Vec<String>,
    /// Articles of the file that were here already.
    pub already_here: usize,
    /// Articles whose story was here under another id (their annotations moved to it).
    pub same_story: usize,
}

impl ArticlesImported {
    /// "2 articles added, 1 already here".
    pub fn describe(&self) -> String {
        let count = |n: usize, what: &str| format!("{n} {what}{}", if n == 1 { "" } else { "s" });
        let mut parts = vec![format!("{} added", count(self.added.len(), "article"))];
        if self.already_here > 0 {
            parts.push(format!("{} already here", self.already_here));
        }
        if self.same_story > 0 {
            parts.push(format!("{} kept as the copy here of the same story", self.same_story));
        }
        parts.join(", ")
    }
}

impl Annotations {
    pub(super) fn import_library(
        &mut self,
        mut store: AnnotationStore,
        file_name: &str,
        articles: ArticlesImported,
        annotations: Option<String>,
        at: Timestamp,
    ) {
        let mut message = format!("{file_name}: {}", articles.describe());
        let mut undo = ImportUndo::default();
        if let Some(raw) = annotations {
            let title = format!("The annotations of {file_name} were not imported");
            match read_import_with(&raw, at, &resolve_sample).map(|file| store.merge_import_undoable(file)) {
                Ok(Ok((report, undone))) => {
                    self.commit(store);
                    message.push_str(&format!("; annotations: {}", report.merge));
                    undo = undone;
                }
                Ok(Err(too_many)) => self.fail(&title, too_many),
                Err(error) => self.fail(&title, error),
            }
        }
        message.push('.');
        if articles.added.is_empty() && undo.replaced().next().is_none() {
            self.notices.push(NoticeKind::Info(message));
        } else {
            self.notices.push(NoticeKind::Imported { message, undo: Rc::new(undo), articles: Rc::new(articles.added) });
        }
    }
}
