//! Two versions of one article compared for "what changed since you
//! annotated": the same comparison and side-by-side view as two outlets'
//! stories (`compared.rs`), with the versions named by their number, and the
//! edits listed (`lector_versions::changes`).

use std::rc::Rc;

use lector_article::ArticleMeta;
use lector_versions::{changes, Changes};

use super::analysed::Analysed;
use super::compared::{compared_in_order, Compared};
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

/// A version as the comparison names it: "version 1", "version 3 (newest)",
/// with the metadata its file states (the byline shows it).
fn as_version(opened: OpenedArticle, number: usize, newest: usize) -> (Rc<Analysed>, String) {
    let label = if number == newest { format!("Version {number} (newest)") } else { format!("Version {number}") };
    let meta = ArticleMeta { id: format!("{}@{number}", opened.article.meta.id), ..opened.article.meta.clone() };
    let entry = Entry { meta, origin: Origin::Own, versions: newest };
    let mut analysed = Analysed::new(entry, Rc::new(opened));
    analysed.name = Some(label.to_lowercase());
    (Rc::new(analysed), label)
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
    // The older first, whatever dates the pages state; neither is "this
    // article": both are called by their number.
    let compared = compared_in_order(a, b, "");
    let changes = changes(compared.first.opened.text(), compared.second.opened.text(), &compared.comparison);
    VersionsCompared { compared: Rc::new(compared), changes, older_label, newer_label }
}
