//! Two versions of one article compared for "what changed since you
//! annotated": the same comparison and side-by-side view as two outlets'
//! stories (`compared.rs`), with the versions named by their number, and the
//! edits listed (`lector_versions::changes`).

use std::rc::Rc;

use lector_article::ArticleMeta;
use lector_versions::{changes, Changes};

use super::analysed::Analysed;
use super::compared::{compared_naming, Compared};
use crate::opened::OpenedArticle;
use crate::state::library::{Entry, Origin};

pub struct VersionsCompared {
    /// The older version first, as the original.
    pub compared: Rc<Compared>,
    pub changes: Changes,
    pub older_label: String,
    pub newer_label: String,
}

impl PartialEq for VersionsCompared {
    fn eq(&self, other: &Self) -> bool {
        self.compared == other.compared
    }
}

/// A version as the comparison names it: "Version 1", "Version 3 (newest)",
/// undated and without an outlet, so neither is taken for the other's source.
fn as_version(opened: OpenedArticle, number: usize, newest: usize) -> (Rc<Analysed>, String) {
    let label = if number == newest { format!("Version {number} (newest)") } else { format!("Version {number}") };
    let base = &opened.article.meta;
    let meta = ArticleMeta {
        id: format!("{}@{number}", base.id),
        title: label.clone(),
        outlet: None,
        date: None,
        ..base.clone()
    };
    let entry = Entry { meta, origin: Origin::Own, versions: newest };
    (Rc::new(Analysed::new(entry, Rc::new(opened))), label)
}

/// Version `older` compared with version `newer` of an article that has
/// `newest` versions.
pub fn versions_compared(
    older: (usize, OpenedArticle),
    newer: (usize, OpenedArticle),
    newest: usize,
) -> VersionsCompared {
    let (a, older_label) = as_version(older.1, older.0, newest);
    let (b, newer_label) = as_version(newer.1, newer.0, newest);
    // `from` names neither version, so both are called by their number.
    let compared = compared_naming(a, b, "");
    let changes = changes(compared.first.opened.text(), compared.second.opened.text(), &compared.comparison);
    VersionsCompared { compared: Rc::new(compared), changes, older_label, newer_label }
}
