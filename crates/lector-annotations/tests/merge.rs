//! Merging another tab's store or an import: newer wins, nothing is lost.

mod common;

use common::{add, at, id, ARTICLE};
use lector_annotations::{AnnotationStore, MergeReport};

const A: &str = "000_729a53cc0895712a";

/// One side's version of annotation 1.
#[derive(Clone, Copy, Debug)]
enum Version {
    Absent,
    /// Live, last edited at this time (ms after the base), with this note.
    Live(u64, &'static str),
    /// Deleted at this time.
    Deleted(u64),
}

fn side(version: Version) -> AnnotationStore {
    let mut store = AnnotationStore::new();
    match version {
        Version::Absent => {}
        Version::Live(time, note) => {
            add(&mut store, 1, A, ARTICLE, "denied", "", &[]);
            store.set_note(&id(1), note, at(time)).unwrap();
        }
        Version::Deleted(time) => {
            add(&mut store, 1, A, ARTICLE, "denied", "", &[]);
            store.delete(&id(1), at(time)).unwrap();
        }
    }
    store
}

fn report(
    added: usize,
    updated: usize,
    deleted: usize,
    unchanged: usize,
    newer_here: usize,
    stayed_deleted: usize,
) -> MergeReport {
    MergeReport { added, updated, deleted, unchanged, newer_here, stayed_deleted, other_is_behind: false }
}

#[test]
fn newer_wins_per_id() {
    use Version::*;
    // (ours, theirs, note shown after the merge or None if deleted/absent, report without other_is_behind)
    let table: &[(Version, Version, Option<&str>, MergeReport)] = &[
        (Absent, Live(10, "theirs"), Some("theirs"), report(1, 0, 0, 0, 0, 0)),
        (Live(10, "ours"), Absent, Some("ours"), report(0, 0, 0, 0, 0, 0)),
        (Live(10, "same"), Live(10, "same"), Some("same"), report(0, 0, 0, 1, 0, 0)),
        (Live(10, "ours"), Live(20, "theirs"), Some("theirs"), report(0, 1, 0, 0, 0, 0)),
        (Live(20, "ours"), Live(10, "theirs"), Some("ours"), report(0, 0, 0, 0, 1, 0)),
        // A delete newer than our copy removes it here...
        (Live(10, "ours"), Deleted(20), None, report(0, 0, 1, 0, 0, 0)),
        // ...an edit newer than their delete keeps it (the reader went on working on it).
        (Live(30, "ours"), Deleted(20), Some("ours"), report(0, 0, 0, 0, 1, 0)),
        // A deletion here is not undone by an older copy there (no resurrection)...
        (Deleted(20), Live(10, "theirs"), None, report(0, 0, 0, 0, 0, 1)),
        // ...but a later edit there brings it back, so no edit is lost.
        (Deleted(20), Live(30, "theirs"), Some("theirs"), report(1, 0, 0, 0, 0, 0)),
        (Deleted(20), Deleted(25), None, report(0, 0, 0, 0, 0, 0)),
        (Absent, Deleted(20), None, report(0, 0, 0, 0, 0, 0)),
    ];
    for &(ours, theirs, want_note, want_report) in table {
        let mut store = side(ours);
        // What an import checks against the limit before merging is what the merge then adds.
        assert_eq!(store.added_by_merge(&side(theirs)), want_report.added, "{ours:?} ← {theirs:?}: added_by_merge");
        let got = store.merge(side(theirs));
        let note = store.get(&id(1)).map(|a| a.body().note().to_owned());
        assert_eq!(note.as_deref(), want_note, "{ours:?} ← {theirs:?}");
        assert_eq!(MergeReport { other_is_behind: false, ..got }, want_report, "{ours:?} ← {theirs:?}");
    }
}

#[test]
fn a_delete_stays_known_after_merging() {
    // Tab 1 deletes; tab 2 still holds the annotation unchanged.
    let mut tab1 = side(Version::Live(10, "note"));
    let tab2 = tab1.clone();
    tab1.delete(&id(1), at(50)).unwrap();
    // Tab 2 saves (its older copy) and tab 1 merges it: still deleted.
    let report = tab1.merge(tab2.clone());
    assert!(tab1.get(&id(1)).is_none());
    assert!(report.other_is_behind, "tab 1 must save so tab 2 learns of the deletion");
    // Tab 2 merges tab 1's save: deleted there too.
    let mut tab2 = tab2;
    tab2.merge(tab1.clone());
    assert!(tab2.get(&id(1)).is_none());
    assert_eq!(tab2, tab1);
}

#[test]
fn two_tabs_converge_and_stop_echoing() {
    let mut tab1 = AnnotationStore::new();
    let mut tab2 = AnnotationStore::new();
    add(&mut tab1, 1, A, ARTICLE, "denied", "one", &[]);
    add(&mut tab2, 2, A, ARTICLE, "weapons", "two", &[]);
    add(&mut tab1, 3, A, ARTICLE, "Tuesday", "three", &[]);
    add(&mut tab2, 3, A, ARTICLE, "Tuesday", "three", &[]);
    tab2.set_note(&id(3), "three, edited in tab 2", at(40)).unwrap();
    tab1.set_tags(&id(3), ["edited in tab 1 later"], at(60)).unwrap();

    // Tab 1 saved; tab 2 receives it.
    let r2 = tab2.merge(tab1.clone());
    assert!(r2.other_is_behind, "tab 2 holds annotation 2, which tab 1 lacks");
    // Tab 2 saved; tab 1 receives it.
    let r1 = tab1.merge(tab2.clone());
    assert!(!r1.other_is_behind, "tab 1 now holds nothing tab 2 lacks: no further save");
    assert_eq!(tab1, tab2);
    assert_eq!(tab1.len(), 3);
    // Whole-annotation granularity: the later change (tab 1's tags) wins, with tab 1's note.
    assert_eq!(tab1.get(&id(3)).unwrap().body().tags(), ["edited in tab 1 later"]);
}

#[test]
fn merging_is_order_independent_even_on_ties() {
    // Same id, same modified time, different notes: both sides must pick the same one.
    let a = side(Version::Live(10, "alpha"));
    let b = side(Version::Live(10, "beta"));
    let (mut ab, mut ba) = (a.clone(), b.clone());
    ab.merge(b);
    ba.merge(a);
    assert_eq!(ab, ba);
    // A live copy beats a deletion made in the same millisecond: losing a note is worse.
    let (mut live, deleted) = (side(Version::Live(20, "kept")), side(Version::Deleted(20)));
    let mut deleted_side = deleted.clone();
    live.merge(deleted);
    deleted_side.merge(side(Version::Live(20, "kept")));
    assert_eq!(live.get(&id(1)).unwrap().body().note(), "kept");
    assert_eq!(live, deleted_side);
}

#[test]
fn report_reads_like_a_sentence() {
    let text = MergeReport { added: 2, updated: 1, unchanged: 14, newer_here: 3, ..MergeReport::default() }.to_string();
    assert_eq!(text, "2 added, 1 updated, 17 unchanged (3 older than the copy here)");
}
