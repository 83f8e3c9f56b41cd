//! The annotation storage module on the browser's real localStorage
//! (wasm-bindgen-test in headless Chromium): what is written reads back
//! exactly, unreadable data is copied before anything else happens, a full
//! quota loses nothing, and another tab's save is merged without echo.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use lector_annotations::{
    encode_for_storage, AnnotationId, AnnotationStore, ArticleId, ArticleText, Body, Colour, Timestamp, SCHEMA_VERSION,
    STORAGE_KEY,
};
use lector_app::browser::annotation_storage::{load_at_startup, save, StartupProblem};
use lector_app::browser::local_storage::{self, StorageError};
use lector_app::state::annotations::{AnnotationAction, Annotations};
use lector_app::state::annotations_provider::persist;
use lector_app::state::notices::NoticeKind;
use lector_text::Span;
use wasm_bindgen_test::*;
use yew::Reducible;

wasm_bindgen_test_configure!(run_in_browser);

const TEXT: &str =
    "Café owners 👩‍⚕️ said, on condition of anonymity, that Zoë’s report was “accurate”.\n\nA second paragraph.";

/// Reduces `action` as the app does: the reducer, then the provider's save.
fn reduce(state: Rc<Annotations>, action: AnnotationAction) -> Rc<Annotations> {
    let state = state.reduce(action);
    match persist(&state) {
        Some(saved) => state.reduce(saved),
        None => state,
    }
}

fn storage() -> web_sys::Storage {
    gloo::utils::window().local_storage().unwrap().unwrap()
}

fn now() -> Timestamp {
    Timestamp::from_millis(1_795_457_660_123).unwrap()
}

fn id(n: u32) -> AnnotationId {
    AnnotationId::parse(&format!("3f2b8c1e-9d4a-4c6b-8e21-{n:012x}")).unwrap()
}

fn article() -> ArticleId {
    ArticleId::parse("000_729a53cc0895712a").unwrap()
}

/// A store with notes that exercise escaping: emoji, accents, quotes, markup, newlines.
fn sample_store() -> AnnotationStore {
    let text = ArticleText::new(TEXT);
    let mut store = AnnotationStore::new();
    let chars: Vec<char> = TEXT.chars().collect();
    let find = |needle: &str| {
        let needle: Vec<char> = needle.chars().collect();
        let start = chars.windows(needle.len()).position(|w| w == needle.as_slice()).unwrap();
        Span::new(start, start + needle.len())
    };
    let notes = [
        (
            "Café owners 👩‍⚕️",
            "who? \"all\" of them?\n\n<script>alert(1)</script>",
            vec!["anonymous", "Élysée"],
            Colour::Pink,
        ),
        ("on condition of anonymity", "", vec![], Colour::Yellow),
        ("Zoë’s report", "**check** the *report* 🎉", vec!["to check"], Colour::Purple),
        ("A second paragraph", "line\r\nbreaks\ttabs \u{2028} and \\ backslashes", vec!["x"], Colour::Blue),
    ];
    for (i, (quote, note, tags, colour)) in notes.into_iter().enumerate() {
        let body = Body::new(note, tags, colour).unwrap();
        store.create(id(i as u32 + 1), article(), &text, find(quote), body, now()).unwrap();
    }
    store
}

fn backups() -> Vec<String> {
    let mut keys: Vec<String> =
        local_storage::keys().unwrap().into_iter().filter(|k| k.starts_with("lector.annotations.backup.")).collect();
    keys.sort();
    keys
}

#[wasm_bindgen_test]
fn a_saved_store_reads_back_exactly() {
    storage().clear().unwrap();
    let store = sample_store();
    save(&store).unwrap();
    let raw = storage().get_item(STORAGE_KEY).unwrap().unwrap();
    assert_eq!(raw, encode_for_storage(&store), "the stored value is the encoded store, byte for byte");
    let startup = load_at_startup(now());
    assert!(startup.problem.is_none());
    assert!(startup.may_save);
    assert_eq!(startup.store, store);
    assert_eq!(startup.store.len(), 4);
    assert!(backups().is_empty(), "a readable store is not backed up");
}

#[wasm_bindgen_test]
fn unreadable_data_is_copied_to_a_backup_and_left_in_place() {
    for raw in
        ["{\"schema\":\"lector-annotations\",\"version\":1,\"annotations\":[{\"id\":", "not json at all", "[1,2,3]"]
    {
        storage().clear().unwrap();
        storage().set_item(STORAGE_KEY, raw).unwrap();
        let startup = load_at_startup(now());
        assert!(startup.store.is_empty());
        assert!(startup.may_save, "with a copy kept, Lector may save again");
        let Some(StartupProblem::Damaged { message, backup }) = startup.problem else {
            panic!("no problem reported for {raw:?}")
        };
        assert!(message.contains("could not be read"), "{message}");
        let keys = backups();
        assert_eq!(keys.len(), 1, "{keys:?}");
        assert_eq!(backup.key.as_deref(), Some(keys[0].as_str()));
        assert!(message.contains(&keys[0]), "the message names where the copy is: {message}");
        assert_eq!(storage().get_item(&keys[0]).unwrap().as_deref(), Some(raw), "the copy is exact");
        assert_eq!(backup.raw, raw, "the download offers the same text");
        assert_eq!(storage().get_item(STORAGE_KEY).unwrap().as_deref(), Some(raw), "loading overwrote nothing");
    }
}

#[wasm_bindgen_test]
fn a_second_backup_never_overwrites_the_first() {
    storage().clear().unwrap();
    storage().set_item(STORAGE_KEY, "garbage one").unwrap();
    load_at_startup(now());
    storage().set_item(STORAGE_KEY, "garbage two").unwrap();
    load_at_startup(now());
    let values: Vec<String> = backups().iter().map(|k| storage().get_item(k).unwrap().unwrap()).collect();
    assert_eq!(values.len(), 2);
    assert!(values.contains(&"garbage one".to_string()) && values.contains(&"garbage two".to_string()));
}

#[wasm_bindgen_test]
fn one_damaged_annotation_does_not_hide_the_others() {
    storage().clear().unwrap();
    let good = encode_for_storage(&sample_store());
    // Break the second annotation's id; the other three must still load.
    let raw = good.replacen(&id(2).to_string(), "not-a-uuid", 1);
    assert_ne!(raw, good);
    storage().set_item(STORAGE_KEY, &raw).unwrap();
    let startup = load_at_startup(now());
    assert_eq!(startup.store.len(), 3);
    let Some(StartupProblem::Damaged { message, .. }) = startup.problem else { panic!("the damage is not reported") };
    assert!(message.contains("1 saved annotation could not be read"), "{message}");
    assert!(message.contains("not-a-uuid"), "the message shows the problem: {message}");
    assert_eq!(backups().len(), 1);
}

#[wasm_bindgen_test]
fn data_from_a_newer_lector_is_never_overwritten() {
    storage().clear().unwrap();
    let current = format!("\"version\":{SCHEMA_VERSION}");
    let raw = encode_for_storage(&sample_store()).replacen(&current, "\"version\":99", 1);
    assert!(raw.contains("\"version\":99"), "the stored value names its version");
    storage().set_item(STORAGE_KEY, &raw).unwrap();
    let startup = load_at_startup(now());
    assert!(!startup.may_save);
    assert!(matches!(startup.problem, Some(StartupProblem::Newer { .. })));
    // The app's state refuses to save, whatever the reader does.
    let state = Rc::new(Annotations::load());
    let state = reduce(
        state,
        AnnotationAction::Create {
            id: id(60),
            at: now(),
            article: article(),
            text: Rc::new(ArticleText::new(TEXT)),
            span: Span::new(0, 4),
            body: Body::highlight(Colour::Green),
        },
    );
    assert_eq!(state.store().len(), 1, "the change is kept in memory");
    assert_eq!(storage().get_item(STORAGE_KEY).unwrap().as_deref(), Some(raw.as_str()));
}

/// Fills localStorage until the browser refuses even one more character.
fn fill_storage() -> usize {
    let storage = storage();
    let mut n = 0;
    for chunk in [1 << 20, 1 << 16, 1 << 12, 1 << 8, 1 << 4, 1] {
        let value = "x".repeat(chunk);
        while storage.set_item(&format!("filler.{n}"), &value).is_ok() {
            n += 1;
        }
    }
    n
}

fn empty_fillers() {
    let keys: Vec<String> = local_storage::keys().unwrap().into_iter().filter(|k| k.starts_with("filler.")).collect();
    for key in keys {
        storage().remove_item(&key).unwrap();
    }
}

#[wasm_bindgen_test]
fn a_full_quota_keeps_the_change_in_memory_and_what_was_stored_intact() {
    storage().clear().unwrap();
    let store = sample_store();
    save(&store).unwrap();
    let stored_before = storage().get_item(STORAGE_KEY).unwrap().unwrap();
    let state = Rc::new(Annotations::load());
    assert!(state.is_saving());
    assert!(fill_storage() > 0);

    let mut grown = store.clone();
    let body = Body::new("one more", ["quota"], Colour::Green).unwrap();
    grown.create(id(50), article(), &ArticleText::new(TEXT), Span::new(0, 4), body, now()).unwrap();
    assert_eq!(save(&grown), Err(StorageError::QuotaExceeded), "the module tells a full quota apart");
    let state = reduce(
        state,
        AnnotationAction::Create {
            id: id(60),
            at: now(),
            article: article(),
            text: Rc::new(ArticleText::new(TEXT)),
            span: Span::new(0, 4),
            body: Body::new("kept in memory", ["quota"], Colour::Green).unwrap(),
        },
    );
    assert_eq!(state.store().len(), 5, "the new annotation is in the tab");
    assert!(!state.is_saving());
    let warning = state.notices.list.iter().find_map(|n| match &n.kind {
        NoticeKind::NotSaved { message } => Some(message.clone()),
        _ => None,
    });
    let warning = warning.expect("the reader is told");
    assert!(warning.contains("full") && warning.contains("Export"), "{warning}");
    assert_eq!(storage().get_item(STORAGE_KEY).unwrap().unwrap(), stored_before, "nothing stored was lost");

    // Room again: the next change saves everything, the new annotation included.
    empty_fillers();
    let created = state.store().iter().find(|a| a.body().note() == "kept in memory").unwrap().clone();
    let state =
        reduce(state, AnnotationAction::SetColour { id: created.id().clone(), colour: Colour::Blue, at: now() });
    assert!(state.is_saving());
    assert!(!state.notices.list.iter().any(|n| matches!(n.kind, NoticeKind::NotSaved { .. })));
    assert_eq!(load_at_startup(now()).store, *state.store());
}

#[wasm_bindgen_test]
fn another_tab_s_save_is_merged_and_answered_only_when_that_tab_is_behind() {
    storage().clear().unwrap();
    let ours = sample_store();
    save(&ours).unwrap();
    let state = Rc::new(Annotations::load());

    // The other tab has the same store plus one annotation: merged here, no save back.
    let mut theirs = ours.clone();
    let body = Body::new("from the other tab", ["tabs"], Colour::Green).unwrap();
    theirs.create(id(99), article(), &ArticleText::new(TEXT), Span::new(0, 4), body, now()).unwrap();
    let their_raw = encode_for_storage(&theirs);
    storage().set_item(STORAGE_KEY, &their_raw).unwrap();
    let before = state.clone();
    let state = reduce(state, AnnotationAction::FromOtherTab(their_raw.clone()));
    assert_eq!(*state.store(), theirs);
    assert!(*state != *before, "the views re-render");
    assert_eq!(storage().get_item(STORAGE_KEY).unwrap().unwrap(), their_raw, "no echo: nothing was written back");

    // The other tab is behind (it lacks an annotation this tab has): this tab saves the union.
    let mut lacking = AnnotationStore::new();
    for annotation in ours.iter().skip(1) {
        lacking.add(annotation.clone()).unwrap();
    }
    let lacking_raw = encode_for_storage(&lacking);
    storage().set_item(STORAGE_KEY, &lacking_raw).unwrap();
    let state = reduce(state, AnnotationAction::FromOtherTab(lacking_raw));
    assert_eq!(state.store().len(), 5, "nothing is lost in the merge");
    assert_eq!(load_at_startup(now()).store, *state.store(), "the union was saved for the other tab to merge");

    // A value this Lector cannot read does not disturb the tab.
    let state = reduce(state, AnnotationAction::FromOtherTab("{garbage".into()));
    assert_eq!(state.store().len(), 5);
}
