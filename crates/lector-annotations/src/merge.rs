//! Merging two stores: another tab's copy, or an imported file.
//!
//! Per id, the newer version wins, deletions included (see `store.rs` on
//! tombstones); nothing that is only on one side is dropped. The rule is the
//! same from both sides and breaks ties the same way, so two tabs that merge
//! each other's copies end up with identical stores, whatever the order.
//!
//! Ties (same millisecond, different content) are rare but must be decided
//! identically everywhere: a live annotation beats a tombstone (losing a
//! deletion is better than losing a note), otherwise the version whose JSON
//! sorts last wins.

use std::cmp::Ordering;
use std::fmt;

use crate::store::{AnnotationStore, Entry};

/// What a merge changed here, from the reader's point of view.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MergeReport {
    /// Annotations that were not shown here and now are (new, or restored after a deletion).
    pub added: usize,
    /// Annotations here replaced by a newer version.
    pub updated: usize,
    /// Annotations here removed because they were deleted there, later than the last change here.
    pub deleted: usize,
    /// Annotations identical on both sides.
    pub unchanged: usize,
    /// Annotations changed here more recently than there: kept as they are here.
    pub newer_here: usize,
    /// Annotations there that were deleted here later: they stay deleted.
    pub stayed_deleted: usize,
    /// Whether this store now holds anything the other lacks, so that a tab
    /// which merged another tab's save should save in turn (and not otherwise,
    /// which would make two tabs echo each other forever).
    pub other_is_behind: bool,
}

impl MergeReport {
    /// Whether the merge changed what this store holds (the UI re-renders and saves).
    pub fn changed_here(&self) -> bool {
        self.added + self.updated + self.deleted > 0
    }
}

impl fmt::Display for MergeReport {
    /// "2 added, 1 updated, 14 unchanged (3 were older than the copy here)".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kept = self.unchanged + self.newer_here + self.stayed_deleted;
        write!(f, "{} added, {} updated, {kept} unchanged", self.added, self.updated)?;
        let mut notes = Vec::new();
        if self.newer_here > 0 {
            notes.push(format!("{} older than the copy here", self.newer_here));
        }
        if self.stayed_deleted > 0 {
            notes.push(format!("{} deleted here later, not restored", self.stayed_deleted));
        }
        if !notes.is_empty() {
            write!(f, " ({})", notes.join("; "))?;
        }
        if self.deleted > 0 {
            write!(f, ", {} deleted", self.deleted)?;
        }
        Ok(())
    }
}

impl AnnotationStore {
    /// Merges `other` into this store (see the module docs).
    pub fn merge(&mut self, other: AnnotationStore) -> MergeReport {
        let mut report = MergeReport::default();
        let ours_before = self.entries.len();
        let mut seen = 0;
        for (id, theirs) in other.entries {
            let Some(ours) = self.entries.get_mut(&id) else {
                if matches!(theirs, Entry::Live(_)) {
                    report.added += 1;
                }
                self.entries.insert(id, theirs);
                continue;
            };
            seen += 1;
            if *ours == theirs {
                if matches!(theirs, Entry::Live(_)) {
                    report.unchanged += 1;
                }
                continue;
            }
            if newer(&theirs, ours) == Ordering::Greater {
                match (&*ours, &theirs) {
                    (Entry::Live(_), Entry::Live(_)) => report.updated += 1,
                    (Entry::Live(_), Entry::Deleted(_)) => report.deleted += 1,
                    (Entry::Deleted(_), Entry::Live(_)) => report.added += 1,
                    (Entry::Deleted(_), Entry::Deleted(_)) => {}
                }
                *ours = theirs;
            } else {
                report.other_is_behind = true;
                match (&*ours, &theirs) {
                    (Entry::Live(_), _) => report.newer_here += 1,
                    (Entry::Deleted(_), Entry::Live(_)) => report.stayed_deleted += 1,
                    (Entry::Deleted(_), Entry::Deleted(_)) => {}
                }
            }
        }
        if seen < ours_before {
            report.other_is_behind = true;
        }
        report
    }
}

impl AnnotationStore {
    /// How many annotations [`AnnotationStore::merge`] would add here from
    /// `other` (its report's `added`), without merging: an import that would
    /// take the store past its limit is refused before anything changes.
    pub fn added_by_merge(&self, other: &AnnotationStore) -> usize {
        other
            .entries
            .iter()
            .filter(|(id, theirs)| match (self.entries.get(*id), theirs) {
                (_, Entry::Deleted(_)) => false,
                (None, Entry::Live(_)) => true,
                (Some(Entry::Live(_)), Entry::Live(_)) => false,
                (Some(ours @ Entry::Deleted(_)), Entry::Live(_)) => newer(theirs, ours) == Ordering::Greater,
            })
            .count()
    }
}

/// Which of two versions of one annotation wins.
fn newer(a: &Entry, b: &Entry) -> Ordering {
    a.modified().cmp(&b.modified()).then_with(|| match (a, b) {
        (Entry::Live(_), Entry::Deleted(_)) => Ordering::Greater,
        (Entry::Deleted(_), Entry::Live(_)) => Ordering::Less,
        (Entry::Live(x), Entry::Live(y)) => canonical(x).cmp(&canonical(y)),
        (Entry::Deleted(x), Entry::Deleted(y)) => x.article.cmp(&y.article),
    })
}

fn canonical(value: &impl serde::Serialize) -> String {
    serde_json::to_string(value).unwrap_or_default()
}
