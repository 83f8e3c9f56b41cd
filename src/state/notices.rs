//! Messages to the reader about their annotations: what was saved or not,
//! what an import did, how to undo a delete. They are part of the annotation
//! state because most of them come out of its changes (a refused save, a
//! merge), and several views show them.

use std::rc::Rc;

use crate::browser::annotation_storage::Backup;

#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    /// Unique for the page's lifetime, to dismiss exactly this one.
    pub id: u64,
    pub kind: NoticeKind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum NoticeKind {
    /// Done, for information; goes away by itself.
    Info(String),
    /// Something did not happen; stays until dismissed. The message says why
    /// and what to do (e.g. which item and field of an import are wrong).
    Error { title: String, message: String },
    /// An annotation was deleted; offers Undo (also Ctrl+Z).
    Deleted { quote: String },
    /// An annotation was attached to these words; offers Undo (also Ctrl+Z).
    Reattached { quote: String },
    /// An import replaced some of the reader's notes with other versions, or
    /// (a library file) added articles; offers Undo until dismissed. Undo
    /// takes back the annotations here and deletes the `articles` it added.
    Imported { message: String, undo: Rc<lector_annotations::ImportUndo>, articles: Rc<Vec<String>> },
    /// Stored data could not be read; offers its copy as a download.
    Backup { message: String, backup: Rc<Backup> },
    /// The last save failed (quota, storage blocked); the change lives in
    /// this tab only. Offers an export.
    NotSaved { message: String },
    /// A newer Lector wrote the data: this tab does not save. Offers a reload.
    Blocked { message: String, backup: Rc<Backup> },
}

impl NoticeKind {
    /// Notices that stay until the reader dismisses them or the problem ends.
    pub fn is_persistent(&self) -> bool {
        !matches!(self, NoticeKind::Info(_) | NoticeKind::Deleted { .. } | NoticeKind::Reattached { .. })
    }

    /// The notices whose Undo takes back the last change (one at a time:
    /// Undo always takes back the newest).
    pub fn offers_undo(&self) -> bool {
        matches!(self, NoticeKind::Deleted { .. } | NoticeKind::Reattached { .. })
    }

    /// Notices holding the only copy of stored data Lector could not read
    /// (and the download that lets saving resume): never pushed out by newer
    /// messages, only dismissed by the reader or ended by the download.
    pub fn holds_backup(&self) -> bool {
        matches!(self, NoticeKind::Backup { .. } | NoticeKind::Blocked { .. })
    }

    /// Problems are announced at once to screen readers (`role="alert"`).
    pub fn is_problem(&self) -> bool {
        matches!(
            self,
            NoticeKind::Error { .. }
                | NoticeKind::Backup { .. }
                | NoticeKind::NotSaved { .. }
                | NoticeKind::Blocked { .. }
        )
    }
}

/// The notices shown, newest last.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Notices {
    pub list: Vec<Notice>,
    next_id: u64,
}

/// Few enough to read; older transient ones make room first, then older
/// persistent ones, never one that [holds a backup](NoticeKind::holds_backup).
pub const MAX_SHOWN: usize = 5;

impl Notices {
    pub fn push(&mut self, kind: NoticeKind) -> u64 {
        self.next_id += 1;
        let id = self.next_id;
        // One undo offer of each kind and one "not saved" warning at a time: the newest replaces the older.
        let same_kind = |n: &Notice| {
            (n.kind.offers_undo() && kind.offers_undo())
                || matches!((&n.kind, &kind), (NoticeKind::Imported { .. }, NoticeKind::Imported { .. }))
                || matches!((&n.kind, &kind), (NoticeKind::NotSaved { .. }, NoticeKind::NotSaved { .. }))
        };
        self.list.retain(|n| !same_kind(n));
        self.list.push(Notice { id, kind });
        while self.list.len() > MAX_SHOWN {
            let transient = self.list.iter().position(|n| !n.kind.is_persistent());
            let evictable = transient.or_else(|| self.list.iter().position(|n| !n.kind.holds_backup()));
            // Only backup notices left: keep them all, however many.
            let Some(i) = evictable else { break };
            self.list.remove(i);
        }
        id
    }

    pub fn dismiss(&mut self, id: u64) {
        self.list.retain(|n| n.id != id);
    }

    pub fn dismiss_where(&mut self, matches: impl Fn(&NoticeKind) -> bool) {
        self.list.retain(|n| !matches(&n.kind));
    }
}
