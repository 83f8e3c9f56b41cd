//! The annotations reducer on the host: each action with the id, time or
//! save outcome it carries, and what the reader would see come of it.

use super::*;
use crate::browser::annotation_storage::{Backup, Startup};
use crate::state::annotations::ArticlesImported;

const TEXT: &str = "Officials said the talks, described as “frank”, would resume on Monday.\n\nA second paragraph.";

fn at(second: u64) -> Timestamp {
    Timestamp::from_millis(1_795_457_660_000 + second * 1000).expect("a valid time")
}

fn id(n: u32) -> AnnotationId {
    AnnotationId::parse(&format!("3f2b8c1e-9d4a-4c6b-8e21-{n:012x}")).expect("a valid id")
}

fn article() -> ArticleId {
    ArticleId::parse("talks_resume").expect("a valid article id")
}

fn text() -> Rc<ArticleText> {
    Rc::new(ArticleText::new(TEXT))
}

fn create(n: u32, second: u64) -> AnnotationAction {
    AnnotationAction::Create {
        id: id(n),
        article: article(),
        text: text(),
        span: Span::new(0, 9),
        body: Body::new("who?", ["sourcing"], Colour::Pink).expect("a valid body"),
        at: at(second),
    }
}

/// A state that may save, over an empty store.
fn saving() -> Rc<Annotations> {
    let startup = Startup { store: AnnotationStore::new(), may_save: true, problem: None };
    Rc::new(Annotations::from_startup(startup, at(0)))
}

fn reduce(state: &Rc<Annotations>, actions: impl IntoIterator<Item = AnnotationAction>) -> Rc<Annotations> {
    actions.into_iter().fold(state.clone(), |state, action| state.reduce(action))
}

fn kinds(state: &Annotations) -> Vec<&NoticeKind> {
    state.notices.list.iter().map(|n| &n.kind).collect()
}

#[test]
fn an_annotation_gets_the_id_and_time_its_action_carries() {
    let state = reduce(&saving(), [create(7, 3)]);
    let made = state.store().get(&id(7)).expect("created under the action's id");
    assert_eq!((made.created(), made.modified()), (at(3), at(3)));
    assert_eq!(state.last_created, Some(id(7)));
    assert_eq!(state.last_colour, Colour::Pink, "the next annotation is offered the same colour");
    // The same action gives the same state: nothing is made up inside.
    assert_eq!(reduce(&saving(), [create(7, 3)]).store(), state.store());
}

#[test]
fn an_action_leaves_the_state_it_was_given_as_it_was() {
    let before = reduce(&saving(), [create(1, 1)]);
    let after = reduce(&before, [create(2, 2), AnnotationAction::Delete { id: id(1), at: at(3) }]);
    assert_eq!(before.store().len(), 1);
    assert!(before.store().get(&id(1)).is_some());
    assert_eq!(after.store().len(), 1);
    assert!(after.store().get(&id(2)).is_some());
}

#[test]
fn the_store_is_replaced_only_by_actions_that_change_it() {
    let state = reduce(&saving(), [create(1, 1)]);
    let unchanged = [
        AnnotationAction::Notify(NoticeKind::Info("Exported.".into())),
        AnnotationAction::SetColour { id: id(1), colour: Colour::Pink, at: at(2) },
        AnnotationAction::Delete { id: id(9), at: at(2) },
        AnnotationAction::FromOtherTab("{not json".into()),
        AnnotationAction::Import { file_name: "notes.json".into(), content: Err("unreadable".into()), at: at(2) },
    ];
    for action in unchanged {
        let next = state.clone().reduce(action);
        assert!(next.shared_store() == state.shared_store(), "views keyed on the store do not re-render");
    }
    let next = state.clone().reduce(AnnotationAction::SetColour { id: id(1), colour: Colour::Blue, at: at(2) });
    assert!(next.shared_store() != state.shared_store());
    assert!(*next != *state, "views re-render");
}

#[test]
fn a_change_is_saved_once_and_a_save_of_an_older_store_does_not_count() {
    let state = reduce(&saving(), [create(1, 1)]);
    let first = state.to_save().expect("a change waits to be saved");
    let state = reduce(&state, [create(2, 2)]);
    let state = reduce(&state, [AnnotationAction::Saved { store: first, result: Ok(()) }]);
    let second = state.to_save().expect("the newer change still waits");
    assert_eq!(second.len(), 2);
    let state = reduce(&state, [AnnotationAction::Saved { store: second, result: Ok(()) }]);
    assert!(state.to_save().is_none());
    assert!(state.is_saving());
}

#[test]
fn a_refused_save_keeps_the_change_and_says_so_once_until_saving_works_again() {
    let state = reduce(&saving(), [create(1, 1)]);
    let refused = |state: &Rc<Annotations>| AnnotationAction::Saved {
        store: state.shared_store(),
        result: Err(StorageError::QuotaExceeded),
    };
    let state = reduce(&state, [refused(&state)]);
    let state = reduce(&state, [create(2, 2)]);
    let state = reduce(&state, [refused(&state)]);
    assert_eq!(state.store().len(), 2, "the changes stay in the tab");
    assert!(!state.is_saving());
    let warnings: Vec<_> = kinds(&state).into_iter().filter(|k| matches!(k, NoticeKind::NotSaved { .. })).collect();
    assert_eq!(warnings.len(), 1, "one warning, not one per change: {warnings:?}");
    assert!(
        matches!(warnings[0], NoticeKind::NotSaved { message } if message.contains("full") && message.contains("Export"))
    );

    let state = reduce(&state, [AnnotationAction::Saved { store: state.shared_store(), result: Ok(()) }]);
    assert!(state.is_saving());
    assert!(!kinds(&state).iter().any(|k| matches!(k, NoticeKind::NotSaved { .. })));
    assert!(kinds(&state).iter().any(|k| matches!(k, NoticeKind::Info(m) if m.starts_with("Saved"))));
}

#[test]
fn a_state_that_may_not_save_never_asks_to() {
    let state = Rc::new(Annotations::in_memory(AnnotationStore::new()));
    let state = reduce(&state, [create(1, 1)]);
    assert_eq!(state.store().len(), 1);
    assert!(state.to_save().is_none());
}

#[test]
fn a_delete_can_be_undone_and_says_what_it_deleted() {
    let state = reduce(&saving(), [create(1, 1), AnnotationAction::Delete { id: id(1), at: at(2) }]);
    assert!(state.store().get(&id(1)).is_none());
    assert!(state.can_undo());
    assert!(kinds(&state).contains(&&NoticeKind::Deleted { quote: "Officials".into() }));
    let state = reduce(&state, [AnnotationAction::Undo { at: at(3) }]);
    let back = state.store().get(&id(1)).expect("restored");
    assert_eq!(back.modified(), at(3), "the restoration is a change of its own, newer than the delete");
    assert!(!state.can_undo());
    assert!(!kinds(&state).iter().any(|k| matches!(k, NoticeKind::Deleted { .. })));
}

#[test]
fn a_reattach_says_where_and_undo_takes_back_the_newest_change_first() {
    let reattach =
        |second| AnnotationAction::Reattach { id: id(1), text: text(), span: Span::new(10, 14), at: at(second) };
    let state = reduce(&saving(), [create(1, 1), create(2, 2), reattach(3)]);
    let moved = state.store().get(&id(1)).expect("kept").target().clone();
    assert_eq!(moved.quote().exact(), "said");
    assert!(kinds(&state).contains(&&NoticeKind::Reattached { quote: "said".into() }));

    // Delete another, then Ctrl+Z twice: the delete first, then the re-attachment.
    let state = reduce(&state, [AnnotationAction::Delete { id: id(2), at: at(4) }]);
    let undo_offers = kinds(&state).into_iter().filter(|k| k.offers_undo()).count();
    assert_eq!(undo_offers, 1, "one Undo offered: the newest change's");
    let state = reduce(&state, [AnnotationAction::Undo { at: at(5) }]);
    assert!(state.store().get(&id(2)).is_some(), "the delete is undone first");
    assert_eq!(state.store().get(&id(1)).expect("kept").target(), &moved, "the re-attachment stays");
    let state = reduce(&state, [AnnotationAction::Undo { at: at(6) }]);
    let back = state.store().get(&id(1)).expect("kept");
    assert_eq!(back.target().quote().exact(), "Officials", "back on the words it had");
    assert_eq!(back.body().note(), "who?");
    assert_eq!(back.modified(), at(6), "the undo is a change of its own, so it wins a merge");
    assert!(state.to_save().is_some(), "the undo is saved");
    assert!(!state.can_undo());
    assert!(!kinds(&state).iter().any(|k| k.offers_undo()));
}

#[test]
fn an_edit_of_an_annotation_deleted_meanwhile_brings_it_back_with_the_edit() {
    let state = reduce(&saving(), [create(1, 1)]);
    let original = state.store().get(&id(1)).expect("created").clone();
    let body = Body::new("still relevant", ["kept"], Colour::Green).expect("a valid body");
    let state = reduce(
        &state,
        [AnnotationAction::Delete { id: id(1), at: at(2) }, AnnotationAction::Edit { original, body, at: at(3) }],
    );
    let kept = state.store().get(&id(1)).expect("brought back");
    assert_eq!(kept.body().note(), "still relevant");
    assert_eq!(state.last_colour, Colour::Green);
}

#[test]
fn what_fails_is_told_and_changes_nothing() {
    let state = reduce(&saving(), [create(1, 1)]);
    let refused = [
        (create(1, 2), "The annotation was not made"),
        (AnnotationAction::Delete { id: id(5), at: at(2) }, "Nothing was deleted"),
        (AnnotationAction::SetColour { id: id(5), colour: Colour::Blue, at: at(2) }, "The colour was not changed"),
        (
            AnnotationAction::Import { file_name: "notes.json".into(), content: Ok("{}".into()), at: at(2) },
            "notes.json was not imported",
        ),
        (
            AnnotationAction::Import { file_name: "big.json".into(), content: Err("too big".into()), at: at(2) },
            "big.json was not imported",
        ),
    ];
    for (action, expected) in refused {
        let next = state.clone().reduce(action);
        assert!(next.shared_store() == state.shared_store(), "{expected}: the store is unchanged");
        let told = kinds(&next).into_iter().any(|k| matches!(k, NoticeKind::Error { title, .. } if title == expected));
        assert!(told, "{expected}: {:?}", kinds(&next));
    }
}

#[test]
fn another_tab_s_save_is_merged_and_saved_back_only_when_that_tab_is_behind() {
    let mine = reduce(&saving(), [create(1, 1)]);
    let saved = AnnotationAction::Saved { store: mine.shared_store(), result: Ok(()) };
    let mine = reduce(&mine, [saved]);

    // Theirs has mine and one more: merged, nothing to save back.
    let theirs = reduce(&mine, [create(2, 2)]);
    let raw = lector_annotations::encode_for_storage(theirs.store());
    let merged = reduce(&mine, [AnnotationAction::FromOtherTab(raw)]);
    assert_eq!(merged.store(), theirs.store());
    assert!(merged.to_save().is_none(), "no echo between tabs");

    // Theirs lacks mine: the union is saved for them to merge.
    let raw = lector_annotations::encode_for_storage(&AnnotationStore::new());
    let merged = reduce(&mine, [AnnotationAction::FromOtherTab(raw)]);
    assert_eq!(merged.store().len(), 1);
    assert!(merged.to_save().is_some());
}

#[test]
fn saving_resumes_once_the_backup_is_kept() {
    let startup = Startup {
        store: AnnotationStore::new(),
        may_save: false,
        problem: Some(StartupProblem::Damaged {
            message: "damaged".into(),
            backup: Rc::new(Backup {
                key: Some("lector.annotations.backup.2026-11-23T18:14:20.123Z".into()),
                file_name: "lector-annotations-backup-2026-11-23T18-14-20.json".into(),
                raw: "{broken".into(),
            }),
        }),
    };
    let state = Rc::new(Annotations::from_startup(startup, at(0)));
    let state = reduce(&state, [create(1, 1)]);
    assert!(state.to_save().is_none(), "nothing is saved over data not yet copied");
    let state = reduce(&state, [AnnotationAction::BackupKept]);
    assert!(state.to_save().is_some());
    assert!(!kinds(&state).iter().any(|k| matches!(k, NoticeKind::Backup { .. })));
}

/// A W3C annotation on `source`, quote only, as DOM-based tools write them.
fn w3c_file(source: &str) -> String {
    serde_json::json!({
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": "urn:uuid:4f1c2b3a-5d6e-4f70-8a9b-0c1d2e3f4a5b",
        "type": "Annotation",
        "created": "2026-11-02T09:30:00Z",
        "body": { "type": "TextualBody", "value": "Check this.", "format": "text/plain" },
        "target": { "source": source, "selector": { "type": "TextQuoteSelector", "exact": "talks" } }
    })
    .to_string()
}

#[test]
fn an_import_places_annotations_by_the_story_s_iri_and_keeps_the_rest() {
    let bundled = crate::manifest::articles().first().expect("a bundled article");
    let known = crate::manifest::stable_iri(&bundled.id).expect("every bundled article has an IRI");
    let import = |source: &str| AnnotationAction::Import {
        file_name: "theirs.jsonld".into(),
        content: Ok(w3c_file(source)),
        at: at(2),
    };

    let placed = reduce(&saving(), [import(known)]);
    let in_article = ArticleId::parse(&bundled.id).expect("a valid article id");
    assert_eq!(placed.store().for_article(&in_article).len(), 1, "placed in the bundled article: {:?}", kinds(&placed));
    assert!(placed.store().foreign().is_empty());

    let kept = reduce(&saving(), [import("https://news.example.org/2026/unknown-story")]);
    assert_eq!(kept.store().len(), 0, "on no article of the library");
    assert_eq!(kept.store().foreign().len(), 1, "kept, not dropped");
    let told = kinds(&kept)
        .into_iter()
        .any(|k| matches!(k, NoticeKind::Info(text) if text.contains("kept for articles you don't have")));
    assert!(told, "{:?}", kinds(&kept));
}

#[test]
fn a_refused_import_says_what_is_wrong_in_plain_words_first_and_the_detail_after() {
    // (file content, plain first line starts with, detail mentions)
    let table = [
        ("{\"hello\": \"world\"}", "This file isn't a Lector export", "not Lector annotations"),
        (
            "{\"schema\": \"lector-annotations\", \"annotations\": [",
            "This file isn't a Lector export",
            "not valid JSON",
        ),
        (
            "{\"schema\": \"lector-annotations\", \"version\": 99, \"annotations\": []}",
            "This file comes from a newer Lector",
            "newer version",
        ),
    ];
    for (content, plain, detail) in table {
        let import =
            AnnotationAction::Import { file_name: "notes.json".into(), content: Ok(content.into()), at: at(2) };
        let next = reduce(&saving(), [import]);
        let message = kinds(&next)
            .into_iter()
            .find_map(|k| match k {
                NoticeKind::Error { message, .. } => Some(message.clone()),
                _ => None,
            })
            .unwrap_or_else(|| panic!("no error for {content}"));
        let (first, rest) = message.split_once('\n').unwrap_or((&message, ""));
        assert!(first.starts_with(plain), "{content}: {first}");
        assert!(rest.contains(detail), "{content}: detail {rest}");
    }
}
/// Keeps `source`'s annotation (made for a story the library lacks), then adds an article.
fn kept_then_added(source: &str, iri: &str, text: &str) -> (Rc<Annotations>, Rc<Annotations>) {
    let import =
        AnnotationAction::Import { file_name: "theirs.jsonld".into(), content: Ok(w3c_file(source)), at: at(2) };
    let kept = reduce(&saving(), [import]);
    let added = AnnotationAction::ArticleAdded {
        article: article(),
        iri: iri.into(),
        text: Rc::new(ArticleText::new(text)),
        at: at(3),
    };
    let after = reduce(&kept, [added]);
    (kept, after)
}

#[test]
fn an_added_article_takes_the_annotations_kept_for_it() {
    let story = "https://news.example.org/2026/talks-resume";
    let by_text = lector_annotations::article_text_iri(TEXT);
    // (source in the file, the added article's IRI, its text, attaches?)
    let table = [
        (story.to_string(), story, TEXT, true),
        (by_text.clone(), "https://other.example.net/copy-of-the-story", TEXT, true),
        (story.to_string(), "https://news.example.org/2026/another-story", TEXT, false),
        (by_text, story, "Another story about talks, with other words.", false),
    ];
    for (source, iri, text, attaches) in table {
        let (kept, after) = kept_then_added(&source, iri, text);
        assert_eq!(kept.store().foreign().len(), 1, "{source}: kept first");
        if attaches {
            assert_eq!(after.store().foreign().len(), 0, "{source} → {iri}: no longer waiting");
            let anchors = after.store().anchor_article(&article(), &ArticleText::new(text));
            let placed: Vec<String> =
                anchors.placed.iter().map(|p| text.chars().skip(p.span.start).take(p.span.len()).collect()).collect();
            assert_eq!(placed, ["talks"], "{source} → {iri}: anchored by its quote");
            assert!(after.to_save().is_some(), "the change is saved");
            let told = kinds(&after).into_iter().any(|k| matches!(k, NoticeKind::Info(t) if t.contains("now belongs")));
            assert!(told, "{:?}", kinds(&after));
        } else {
            assert!(after.shared_store() == kept.shared_store(), "{source} → {iri}: nothing changes");
            assert_eq!(kinds(&after), kinds(&kept), "{source} → {iri}: nothing is said");
        }
    }
}

#[test]
fn adding_an_article_with_nothing_waiting_changes_nothing() {
    let state = reduce(&saving(), [create(1, 1)]);
    let added = AnnotationAction::ArticleAdded {
        article: article(),
        iri: "https://news.example.org/2026/talks-resume".into(),
        text: text(),
        at: at(2),
    };
    let after = reduce(&state, [added]);
    assert!(after.shared_store() == state.shared_store());
    assert_eq!(kinds(&after), kinds(&state));
}

/// This state's annotations exported as a Lector file, with every note replaced by `note` at `second`.
fn colleague_file(state: &Annotations, note: &str, second: u64) -> String {
    let mut theirs = state.store().clone();
    let ids: Vec<AnnotationId> = theirs.iter().map(|a| a.id().clone()).collect();
    for id in &ids {
        theirs.set_note(id, note, at(second)).expect("a valid note");
    }
    let options = lector_annotations::ExportOptions {
        now: at(second),
        article_iri: &lector_annotations::default_article_iri,
        article_title: &|_| None,
    };
    theirs.export(lector_annotations::ExportFormat::Lector, lector_annotations::Scope::All, &options)
}

#[test]
fn an_import_that_replaces_notes_can_be_undone() {
    let mine = reduce(&saving(), [create(1, 1), create(2, 1)]);
    let file = colleague_file(&mine, "their version", 5);
    let imported =
        reduce(&mine, [AnnotationAction::Import { file_name: "theirs.json".into(), content: Ok(file), at: at(6) }]);
    assert_eq!(imported.store().get(&id(1)).expect("kept").body().note(), "their version");
    let offer = imported.notices.list.iter().find(|n| matches!(n.kind, NoticeKind::Imported { .. }));
    let offer = offer.expect("an import that replaced notes offers Undo").id;

    let undone = reduce(&imported, [AnnotationAction::UndoImport { notice: offer, at: at(7) }]);
    for n in [1, 2] {
        assert_eq!(undone.store().get(&id(n)).expect("kept").body().note(), "who?", "note {n} is back");
    }
    assert!(undone.to_save().is_some(), "the undo is saved");
    assert!(!kinds(&undone).iter().any(|k| matches!(k, NoticeKind::Imported { .. })), "offered once");
    // Pressing it again (a stale button) changes nothing.
    let again = reduce(&undone, [AnnotationAction::UndoImport { notice: offer, at: at(8) }]);
    assert!(again.shared_store() == undone.shared_store());

    // An import that only adds replaces nothing: no offer.
    let adds = reduce(
        &saving(),
        [AnnotationAction::Import {
            file_name: "theirs.json".into(),
            content: Ok(colleague_file(&mine, "x", 5)),
            at: at(6),
        }],
    );
    assert_eq!(adds.store().len(), 2);
    assert!(!kinds(&adds).iter().any(|k| matches!(k, NoticeKind::Imported { .. })), "{:?}", kinds(&adds));
}

#[test]
fn in_another_site_s_frame_the_reader_s_changes_are_refused_and_reading_goes_on() {
    let mine = reduce(&saving(), [create(1, 1)]);
    let framed = Rc::new((*mine).clone().framed_by_another_site());
    assert!(!framed.may_annotate());
    let told = |state: &Annotations| {
        kinds(state)
            .into_iter()
            .filter(|k| matches!(k, NoticeKind::Error { title, .. } if title.contains("off in this frame")))
            .count()
    };
    assert_eq!(told(&framed), 1, "said at once");
    let refused = [
        create(2, 2),
        AnnotationAction::Delete { id: id(1), at: at(2) },
        AnnotationAction::SetColour { id: id(1), colour: Colour::Blue, at: at(2) },
        AnnotationAction::Import {
            file_name: "theirs.jsonld".into(),
            content: Ok(w3c_file("https://x.example/a")),
            at: at(2),
        },
    ];
    for action in refused {
        let next = framed.clone().reduce(action);
        assert!(next.shared_store() == framed.shared_store(), "nothing changes");
        assert_eq!(told(&next), 1, "said once, not once per click");
    }
    // What is not the reader's doing still arrives: another tab's save.
    let theirs = reduce(&mine, [create(3, 3)]);
    let merged =
        reduce(&framed, [AnnotationAction::FromOtherTab(lector_annotations::encode_for_storage(theirs.store()))]);
    assert_eq!(merged.store().len(), 2);
    assert!(mine.may_annotate(), "a page in its own tab annotates");
}

#[test]
fn a_library_import_says_what_it_did_to_articles_and_annotations_with_one_undo_for_both() {
    let mine = reduce(&saving(), [create(1, 1)]);
    let file = colleague_file(&mine, "their version", 5);
    let import = |added: &[&str], already_here: usize, annotations: Option<String>| AnnotationAction::ImportLibrary {
        file_name: "lector-library-2026-12-05.json".into(),
        articles: ArticlesImported {
            added: added.iter().map(|s| s.to_string()).collect(),
            already_here,
            same_story: 0,
        },
        annotations,
        at: at(6),
    };
    /// Articles added, already here, annotations, an Undo offered, the message says.
    type Case<'a> = (&'a [&'a str], usize, Option<String>, bool, &'a str);
    let table: [Case; 4] = [
        (&["flood-aa11"], 0, None, true, "1 article added."),
        (&[], 2, Some(file.clone()), true, "0 articles added, 2 already here; annotations: 0 added, 1 updated"),
        (&[], 1, None, false, "0 articles added, 1 already here."),
        (
            &["a", "b"],
            0,
            Some(colleague_file(&mine, "who?", 1)),
            true,
            "2 articles added; annotations: 0 added, 0 updated, 1 unchanged.",
        ),
    ];
    for (added, already, annotations, offers_undo, says) in table {
        let state = reduce(&mine, [import(added, already, annotations)]);
        let notice = state.notices.list.last().expect("a notice");
        let message = match &notice.kind {
            NoticeKind::Imported { message, articles, .. } => {
                assert_eq!(articles.as_slice(), added, "Undo deletes the articles the import added");
                assert!(offers_undo, "{message}");
                message
            }
            NoticeKind::Info(message) => {
                assert!(!offers_undo, "{message}");
                message
            }
            other => panic!("unexpected notice {other:?}"),
        };
        assert!(message.contains(says), "{message:?} does not say {says:?}");
    }
}
