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

use crate::id::AnnotationId;
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

/// What one version from the other side does here.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Outcome {
    /// A live annotation not shown here is taken (new, or newer than a deletion here).
    Added,
    /// A newer version of a live annotation is taken.
    Updated,
    /// A newer deletion of a live annotation is taken.
    Deleted,
    /// The same live annotation is on both sides.
    Unchanged,
    /// The live version here is newer: kept.
    NewerHere,
    /// The deletion here is newer than the live version there: kept.
    StayedDeleted,
    /// Only tombstones are involved: nothing a reader sees changes.
    Tombstone { taken: bool, same: bool },
}

impl Outcome {
    /// The rule of the module docs, for one id.
    fn of(ours: Option<&Entry>, theirs: &Entry) -> Outcome {
        let live = |e: &Entry| matches!(e, Entry::Live(_));
        let Some(ours) = ours else {
            return if live(theirs) { Outcome::Added } else { Outcome::Tombstone { taken: true, same: false } };
        };
        if ours == theirs {
            return if live(theirs) { Outcome::Unchanged } else { Outcome::Tombstone { taken: false, same: true } };
        }
        let taken = newer(theirs, ours) == Ordering::Greater;
        match (live(ours), live(theirs), taken) {
            (true, true, true) => Outcome::Updated,
            (true, false, true) => Outcome::Deleted,
            (false, true, true) => Outcome::Added,
            (true, _, false) => Outcome::NewerHere,
            (false, true, false) => Outcome::StayedDeleted,
            (false, false, taken) => Outcome::Tombstone { taken, same: false },
        }
    }

    /// Whether the version from there replaces the one here.
    fn takes_theirs(self) -> bool {
        match self {
            Outcome::Added | Outcome::Updated | Outcome::Deleted => true,
            Outcome::Unchanged | Outcome::NewerHere | Outcome::StayedDeleted => false,
            Outcome::Tombstone { taken, .. } => taken,
        }
    }
}

impl AnnotationStore {
    /// Merges `other` into this store (see the module docs).
    pub fn merge(&mut self, other: AnnotationStore) -> MergeReport {
        let mut report = MergeReport::default();
        let ours_before = self.entries.len();
        let mut seen = 0;
        for (id, theirs) in other.entries {
            let ours = self.entries.get(&id);
            seen += usize::from(ours.is_some());
            let outcome = Outcome::of(ours, &theirs);
            match outcome {
                Outcome::Added => report.added += 1,
                Outcome::Updated => report.updated += 1,
                Outcome::Deleted => report.deleted += 1,
                Outcome::Unchanged => report.unchanged += 1,
                Outcome::NewerHere => report.newer_here += 1,
                Outcome::StayedDeleted => report.stayed_deleted += 1,
                Outcome::Tombstone { .. } => {}
            }
            // Something here the other side lacks: it should save in turn.
            let kept_ours = ours.is_some() && !outcome.takes_theirs();
            if kept_ours && !matches!(outcome, Outcome::Unchanged | Outcome::Tombstone { same: true, .. }) {
                report.other_is_behind = true;
            }
            if outcome.takes_theirs() {
                self.entries.insert(id, theirs);
            }
        }
        if seen < ours_before {
            report.other_is_behind = true;
        }
        let theirs_foreign: Vec<String> = other.foreign.keys().cloned().collect();
        self.merge_foreign(other.foreign);
        // One that was attached (or attached, then deleted) on either side is no longer foreign.
        let entries = &self.entries;
        self.foreign.retain(|id, _| !AnnotationId::parse(id).is_ok_and(|own| entries.contains_key(&own)));
        if self.foreign.keys().any(|id| !theirs_foreign.contains(id)) {
            report.other_is_behind = true;
        }
        report
    }

    /// How many annotations [`AnnotationStore::merge`] would add here from
    /// `other` (its report's `added`), without merging: an import that would
    /// take the store past its limit is refused before anything changes.
    pub fn added_by_merge(&self, other: &AnnotationStore) -> usize {
        other.entries.iter().filter(|(id, theirs)| Outcome::of(self.entries.get(*id), theirs) == Outcome::Added).count()
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
