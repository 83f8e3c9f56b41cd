//! The operations the UI dispatches on the store.

mod common;

use common::{add, article, at, id, span_of, store_with, ARTICLE};
use lector_annotations::{
    AnnotationStore, ArticleText, Body, Colour, OrphanReason, Placement, StoreError, TagUse, Timestamp,
};

const A: &str = "000_729a53cc0895712a";

#[test]
fn create_records_both_selectors_and_times() {
    let store = store_with(1, A, ARTICLE, "two people familiar with the matter", "who are they?", &["anonymous"]);
    let annotation = store.get(&id(1)).unwrap();
    assert_eq!(annotation.target().quote().exact(), "two people familiar with the matter");
    assert_eq!(annotation.target().position(), span_of(ARTICLE, "two people familiar with the matter", 0));
    assert!(annotation.target().quote().prefix().ends_with("sanctions, according to "));
    assert!(annotation.target().quote().suffix().starts_with(", who spoke"));
    assert_eq!((annotation.created(), annotation.modified()), (at(0), at(0)));
    assert_eq!(annotation.body().note(), "who are they?");
    assert_eq!(annotation.body().tags(), ["anonymous"]);
}

#[test]
fn an_id_is_used_once_even_after_deletion() {
    let mut store = store_with(1, A, ARTICLE, "denied", "", &[]);
    let again = || Body::highlight(Colour::Blue);
    let text = ArticleText::new(ARTICLE);
    let err = store.create(id(1), article(A), &text, span_of(ARTICLE, "weapons", 0), again(), at(5)).unwrap_err();
    assert_eq!(err, StoreError::AlreadyExists { id: id(1) });
    store.delete(&id(1), at(10)).unwrap();
    assert!(store.create(id(1), article(A), &text, span_of(ARTICLE, "weapons", 0), again(), at(20)).is_err());
}

#[test]
fn edits_stamp_the_time_and_report_whether_anything_changed() {
    let mut store = store_with(1, A, ARTICLE, "denied", "", &[]);
    assert_eq!(store.set_note(&id(1), "check the ministry's statement", at(100)), Ok(true));
    assert_eq!(store.get(&id(1)).unwrap().modified(), at(100));
    assert_eq!(store.set_note(&id(1), "check the ministry's statement", at(200)), Ok(false));
    assert_eq!(store.get(&id(1)).unwrap().modified(), at(100), "an edit that changes nothing is not a change");
    assert_eq!(store.set_tags(&id(1), ["denial", " Denial ", "ministry"], at(300)), Ok(true));
    assert_eq!(store.get(&id(1)).unwrap().body().tags(), ["denial", "ministry"]);
    assert_eq!(store.set_colour(&id(1), Colour::Purple, at(400)), Ok(true));
    assert_eq!(store.get(&id(1)).unwrap().body().colour(), Colour::Purple);
    assert_eq!(store.get(&id(1)).unwrap().created(), at(0));
}

#[test]
fn an_edit_made_with_a_clock_that_went_back_is_still_newer() {
    let mut store = store_with(1, A, ARTICLE, "denied", "", &[]);
    store.set_note(&id(1), "first", at(5_000)).unwrap();
    store.set_note(&id(1), "second", at(1_000)).unwrap();
    assert_eq!(store.get(&id(1)).unwrap().modified(), at(5_001));
}

#[test]
fn invalid_edits_change_nothing() {
    let mut store = store_with(1, A, ARTICLE, "denied", "kept", &["kept"]);
    let before = store.clone();
    assert!(matches!(store.set_note(&id(1), &"x".repeat(20_001), at(1)), Err(StoreError::Invalid(_))));
    assert!(matches!(store.set_tags(&id(1), ["bad\u{0}tag"], at(1)), Err(StoreError::Invalid(_))));
    assert_eq!(store.set_note(&id(2), "no such", at(1)), Err(StoreError::NotFound { id: id(2) }));
    assert_eq!(store, before);
}

#[test]
fn delete_then_undo_restores_the_annotation_as_a_newer_change() {
    let mut store = store_with(1, A, ARTICLE, "denied", "my note", &["tag"]);
    let deleted = store.delete(&id(1), at(100)).unwrap();
    assert!(store.get(&id(1)).is_none());
    assert_eq!(store.tombstones().map(|t| (t.id().clone(), t.deleted())).collect::<Vec<_>>(), [(id(1), at(100))]);
    assert_eq!(store.delete(&id(1), at(150)), Err(StoreError::NotFound { id: id(1) }));
    assert!(store.undo_delete(deleted, at(200)));
    let restored = store.get(&id(1)).unwrap();
    assert_eq!((restored.body().note(), restored.modified()), ("my note", at(200)));
    assert_eq!(store.tombstones().count(), 0);
}

#[test]
fn undo_keeps_a_version_edited_elsewhere_meanwhile() {
    let mut store = store_with(1, A, ARTICLE, "denied", "old", &[]);
    let deleted = store.delete(&id(1), at(100)).unwrap();
    let mut other_tab = store_with(1, A, ARTICLE, "denied", "old", &[]);
    other_tab.set_note(&id(1), "edited in the other tab", at(150)).unwrap();
    store.merge(other_tab);
    assert!(!store.undo_delete(deleted, at(200)));
    assert_eq!(store.get(&id(1)).unwrap().body().note(), "edited in the other tab");
}

#[test]
fn old_tombstones_can_be_purged() {
    let mut store = AnnotationStore::new();
    for n in 1..=3 {
        add(&mut store, n, A, ARTICLE, "denied", "", &[]);
        store.delete(&id(n), at(n * 1000)).unwrap();
    }
    assert_eq!(store.purge_tombstones(at(2500)), 2);
    assert_eq!(store.tombstones().count(), 1);
}

#[test]
fn an_article_s_annotations_come_in_text_order() {
    let mut store = AnnotationStore::new();
    add(&mut store, 3, A, ARTICLE, "next week", "", &[]);
    add(&mut store, 1, A, ARTICLE, "The ministry denied the report.", "", &[]);
    add(&mut store, 2, A, ARTICLE, "The ministry denied", "", &[]);
    add(&mut store, 4, "other", "Other article text.", "Other", "", &[]);
    let order: Vec<_> = store.for_article(&article(A)).iter().map(|a| a.id().clone()).collect();
    // Same start: the longer (enclosing) one first.
    assert_eq!(order, [id(1), id(2), id(3)]);
    assert_eq!(store.articles(), [(&article(A), 3), (&article("other"), 1)]);
}

#[test]
fn anchoring_an_article_separates_placed_and_orphaned() {
    let mut store = AnnotationStore::new();
    add(&mut store, 1, A, ARTICLE, "the minister said on Tuesday", "", &[]);
    add(&mut store, 2, A, ARTICLE, "Zürich and São Paulo", "", &[]);
    add(&mut store, 3, A, ARTICLE, "Correction: an earlier version misstated the date.", "", &[]);
    // The article is edited: a sentence moves to the top, the correction disappears.
    let moved = "Analysts in Zürich and São Paulo said the move was expected.";
    let edited = ARTICLE
        .replace("\n\nCorrection: an earlier version misstated the date.", "")
        .replace(&format!("{moved} "), "")
        .replace("Officials weigh new sanctions", &format!("{moved}\n\nOfficials weigh new sanctions"));
    let anchors = store.anchor_article(&article(A), &ArticleText::new(&edited));
    let placed: Vec<_> = anchors.placed.iter().map(|p| (p.annotation.id().clone(), p.span, p.how)).collect();
    assert_eq!(
        placed,
        [
            (id(2), span_of(&edited, "Zürich and São Paulo", 0), Placement::Moved),
            (id(1), span_of(&edited, "the minister said on Tuesday", 0), Placement::Moved),
        ]
    );
    assert_eq!(anchors.orphaned.len(), 1);
    assert_eq!(anchors.orphaned[0].annotation.id(), &id(3));
    assert_eq!(anchors.orphaned[0].reason, OrphanReason::NotFound);
    // The orphan is kept as it was.
    assert_eq!(
        store.get(&id(3)).unwrap().target().quote().exact(),
        "Correction: an earlier version misstated the date."
    );
}

#[test]
fn anchors_kept_by_a_view_outlive_the_store_they_came_from() {
    let mut store = store_with(1, A, ARTICLE, "two people familiar with the matter", "who?", &[]);
    add(&mut store, 2, A, ARTICLE, "Correction: an earlier version misstated the date.", "", &[]);
    let edited = ARTICLE.replace("\n\nCorrection: an earlier version misstated the date.", "");
    let text = ArticleText::new(&edited);
    let kept = store.anchor_article(&article(A), &text).into_owned();
    assert_eq!(kept.len(), 2);
    assert_eq!(kept.placed(&id(1)).map(|p| p.span), Some(span_of(&edited, "two people familiar with the matter", 0)));
    assert!(kept.placed(&id(2)).is_none() && kept.is_orphaned(&id(2)));
    assert!(!kept.is_orphaned(&id(1)));
    // The store moves on (the note is edited); what the view kept does not.
    store.set_note(&id(1), "two officials", at(100)).unwrap();
    assert_eq!(kept.placed(&id(1)).map(|p| p.annotation.body().note()), Some("who?"));
    let now = store.anchor_article(&article(A), &text).into_owned();
    assert_ne!(now, kept);
    assert_eq!(now.placed(&id(1)).map(|p| p.annotation.body().note()), Some("two officials"));
}

#[test]
fn an_orphan_can_be_reattached_to_a_new_selection() {
    let mut store = store_with(1, A, ARTICLE, "The ministry denied the report.", "source?", &["denial"]);
    let edited = "The ministry rejected the claims in a statement.";
    let text = ArticleText::new(edited);
    assert!(store.anchor_article(&article(A), &text).placed.is_empty());
    assert_eq!(store.reattach(&id(1), &text, span_of(edited, "rejected the claims", 0), at(50)), Ok(true));
    let anchors = store.anchor_article(&article(A), &text);
    assert_eq!(anchors.placed[0].span, span_of(edited, "rejected the claims", 0));
    assert_eq!(anchors.placed[0].how, Placement::Position);
    let annotation = store.get(&id(1)).unwrap();
    assert_eq!((annotation.body().note(), annotation.modified()), ("source?", at(50)));
}

#[test]
fn a_reattach_is_undone_by_restoring_the_target_it_replaced() {
    let mut store = store_with(1, A, ARTICLE, "The ministry denied the report.", "source?", &["denial"]);
    let before = store.get(&id(1)).unwrap().target().clone();
    let edited = "The ministry rejected the claims in a statement.";
    let text = ArticleText::new(edited);
    store.reattach(&id(1), &text, span_of(edited, "rejected the claims", 0), at(50)).unwrap();
    assert_eq!(store.restore_target(&id(1), before.clone(), at(60)), Ok(true));
    let annotation = store.get(&id(1)).unwrap();
    assert_eq!(annotation.target(), &before);
    assert_eq!((annotation.body().note(), annotation.modified()), ("source?", at(60)));
    assert!(store.anchor_article(&article(A), &text).is_orphaned(&id(1)), "an orphan again");
    assert_eq!(store.restore_target(&id(1), before, at(70)), Ok(false), "nothing to restore twice");
}

#[test]
fn tags_are_listed_for_completion_by_use() {
    let mut store = AnnotationStore::new();
    add(&mut store, 1, A, ARTICLE, "denied", "", &["anonymous", "Denial"]);
    add(&mut store, 2, A, ARTICLE, "weapons", "", &["Anonymous", "weapons"]);
    add(&mut store, 3, A, ARTICLE, "Tuesday", "", &["anonymous", "two sources"]);
    let tags = store.tags();
    let use_of = |tag: &str, count| TagUse { tag: tag.into(), count };
    assert_eq!(tags, [use_of("anonymous", 3), use_of("Denial", 1), use_of("two sources", 1), use_of("weapons", 1)]);
    assert_eq!(store.complete_tag("an", 5), ["anonymous"]);
    assert_eq!(store.complete_tag("SO", 5), ["two sources"]);
    assert_eq!(store.complete_tag("", 2), ["anonymous", "Denial"]);
}

#[test]
fn a_tag_in_any_script_is_one_tag_whatever_its_case() {
    let mut store = AnnotationStore::new();
    add(&mut store, 1, A, ARTICLE, "denied", "", &["Économie"]);
    add(&mut store, 2, A, ARTICLE, "weapons", "", &["économie"]);
    add(&mut store, 3, A, ARTICLE, "Tuesday", "", &["économie", "ÉCONOMIE"]);
    assert_eq!(store.tags(), [TagUse { tag: "économie".into(), count: 3 }]);
    assert_eq!(store.complete_tag("ÉCO", 5), ["économie"]);
    assert_eq!(store.get(&id(3)).unwrap().body().tags(), ["économie"], "one annotation holds a tag once");
}

#[test]
fn notes_with_markup_are_stored_as_text() {
    let note = "<script>alert(document.cookie)</script><img src=x onerror=alert(1)>";
    let store = store_with(1, A, ARTICLE, "denied", note, &["<b>"]);
    let annotation = store.get(&id(1)).unwrap();
    assert_eq!(annotation.body().note(), note);
    assert_eq!(annotation.body().tags(), ["<b>"]);
}

#[test]
fn js_time_and_selection_errors_are_refused() {
    let mut store = AnnotationStore::new();
    let text = ArticleText::new("short");
    let body = Body::highlight(Colour::Yellow);
    let now: Timestamp = at(0);
    let selection = lector_text::Span::new(2, 40);
    let err = store.create(id(1), article(A), &text, selection, body, now).unwrap_err();
    assert!(err.to_string().contains("outside the article's text (5 characters)"), "{err}");
    assert!(store.is_empty());
}
