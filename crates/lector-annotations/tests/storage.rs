//! The stored format: exact round trips, versions, and damaged data.

mod common;

use common::{add, article, at, id, ARTICLE};
use lector_annotations::{
    decode_stored, encode_for_storage, load, AnnotationStore, ArticleText, Body, Colour, DecodeError, Loaded,
    SCHEMA_VERSION, STORAGE_KEY,
};

const A: &str = "000_729a53cc0895712a";
const V1_FIXTURE: &str = include_str!("fixtures/schema-v1.json");

/// A store exercising every field: emoji and accents, markup in notes, all colours, edits, a deletion.
fn varied_store() -> AnnotationStore {
    let mut store = AnnotationStore::new();
    add(&mut store, 1, A, ARTICLE, "two people familiar with the matter", "who are they?\n\n- ask", &["anonymous"]);
    add(&mut store, 2, A, ARTICLE, "resume 🎉 next week", "<script>alert(1)</script> \"quoted\" \\ back", &[]);
    add(&mut store, 3, "b", ARTICLE, "Zürich and São Paulo", "", &["Städte", "two sources"]);
    add(&mut store, 4, "b", ARTICLE, "denied", "to be deleted", &[]);
    for (n, colour) in [(1, Colour::Blue), (2, Colour::Pink), (3, Colour::Purple)] {
        store.set_colour(&id(n), colour, at(1_000 + n)).unwrap();
    }
    store.delete(&id(4), at(2_000)).unwrap();
    store
}

#[test]
fn what_is_written_reads_back_exactly() {
    let store = varied_store();
    let written = encode_for_storage(&store);
    let read = decode_stored(&written).unwrap();
    assert!(read.skipped.is_empty() && read.migrated_from.is_none());
    assert_eq!(read.store, store);
    assert_eq!(encode_for_storage(&read.store), written, "writing again gives the same bytes");
}

#[test]
fn a_large_store_round_trips() {
    let text: String = (0..2_000).map(|i| format!("Sentence {i} – naïve café № {i} 🎉. ")).collect();
    let article_text = ArticleText::new(&text);
    let mut store = AnnotationStore::new();
    for n in 0..1_000u64 {
        let start = (n as usize * 37) % (article_text.len() - 60);
        let body = Body::new(format!("note {n} ✓"), [format!("tag{}", n % 7)], Colour::ALL[n as usize % 5]).unwrap();
        let span = lector_text::Span::new(start, start + 5 + n as usize % 50);
        store.create(id(n + 1), article(&format!("article-{}", n % 9)), &article_text, span, body, at(n)).unwrap();
    }
    let read = decode_stored(&encode_for_storage(&store)).unwrap();
    assert_eq!(read.store, store);
}

#[test]
fn the_version_1_fixture_still_loads() {
    // Hand-written from SCHEMA.md; must load in every later version (through migrations).
    let read = decode_stored(V1_FIXTURE).unwrap();
    assert!(read.skipped.is_empty(), "{:?}", read.skipped);
    let store = read.store;
    assert_eq!(store.len(), 2);
    assert_eq!(store.tombstones().count(), 1);
    let first =
        store.get(&lector_annotations::AnnotationId::parse("6f1c2a3b-8d4e-4f5a-9b6c-7d8e9f0a1b2c").unwrap()).unwrap();
    assert_eq!(first.article().as_str(), A);
    assert_eq!(first.created().to_rfc3339(), "2026-11-23T18:14:20.123Z");
    assert_eq!(first.modified().to_rfc3339(), "2026-11-24T09:02:11.500Z");
    assert_eq!(first.body().note(), "Who are the **two people**? Ask the desk.");
    assert_eq!(first.body().tags(), ["anonymous", "sourcing"]);
    assert_eq!(first.body().colour(), Colour::Pink);
    assert_eq!(first.target().quote().exact(), "according to two people familiar with the matter");
    assert_eq!(first.target().position(), lector_text::Span::new(266, 314));
}

#[test]
fn a_version_1_store_is_migrated_from_its_own_key_and_left_there() {
    let loaded = load(|key| (key == "lector.annotations.v1").then(|| V1_FIXTURE.to_owned()));
    let Loaded::Found { key, stored, raw } = loaded else { panic!("the v1 store was not found: {loaded:?}") };
    assert_eq!((key.as_str(), stored.migrated_from, raw), ("lector.annotations.v1", Some(1), None));
    assert_eq!(stored.store, decode_stored(V1_FIXTURE).unwrap().store);
    // Saved under the new key, it reads back as the same store, now in the current version.
    assert_eq!(STORAGE_KEY, format!("lector.annotations.v{SCHEMA_VERSION}"));
    let saved = encode_for_storage(&stored.store);
    let again = decode_stored(&saved).unwrap();
    assert_eq!((again.migrated_from, again.store), (None, stored.store));
}

#[test]
fn a_newer_version_is_refused_and_must_not_be_overwritten() {
    let newer = V1_FIXTURE.replace("\"version\": 1", "\"version\": 7");
    let err = decode_stored(&newer).unwrap_err();
    assert_eq!(err, DecodeError::NewerVersion { found: 7, supported: SCHEMA_VERSION });
    assert!(err.to_string().contains("newer version of Lector") && err.to_string().contains("reload"), "{err}");
    let loaded = load(|key| (key == STORAGE_KEY).then(|| newer.clone()));
    assert!(matches!(&loaded, Loaded::Unreadable { raw, .. } if *raw == newer));
    assert!(!loaded.may_overwrite());
}

#[test]
fn foreign_or_broken_values_are_kept_for_backup() {
    let table: &[(&str, &str)] = &[
        ("{\"theme\": \"dark\"}", "not Lector annotations"),
        ("[1, 2, 3]", "not Lector annotations"),
        ("\"hello\"", "not Lector annotations"),
        ("{\"schema\": \"other-app\", \"version\": 1}", "\"schema\": \"other-app\""),
        ("{\"schema\": \"lector-annotations\", \"annotations\": []}", "field `version`"),
        (
            "{\"schema\": \"lector-annotations\", \"version\": 1, \"annotations\": {}}",
            "field `annotations`: must be a list",
        ),
        ("{\"schema\": \"lector-annotations\", \"version\": 1, \"annot", "not valid JSON"),
        ("", "not valid JSON"),
    ];
    for &(raw, says) in table {
        let loaded = load(|key| (key == STORAGE_KEY).then(|| raw.to_owned()));
        match loaded {
            Loaded::Unreadable { key, raw: kept, error } => {
                assert_eq!((key.as_str(), kept.as_str()), (STORAGE_KEY, raw));
                assert!(error.to_string().contains(says), "{raw:?}: {error}");
            }
            other => panic!("{raw:?} gave {other:?}"),
        }
    }
}

#[test]
fn damaged_items_are_skipped_and_the_rest_loads() {
    let damaged = V1_FIXTURE.replacen("\"id\": \"0b9a8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d\"", "\"id\": \"0b9a8c7d\"", 1);
    let loaded = load(|key| (key == STORAGE_KEY).then(|| damaged.clone()));
    let Loaded::Found { stored, raw, .. } = loaded else { panic!("{loaded:?}") };
    assert_eq!(stored.store.len(), 1, "the good annotation is still there");
    assert_eq!(stored.skipped_total, 1);
    assert_eq!(stored.skipped[0].item, Some(2));
    assert_eq!(stored.skipped[0].field, "id");
    assert_eq!(raw.as_deref(), Some(damaged.as_str()), "the raw value is handed back for the backup");
}

#[test]
fn a_clean_load_needs_no_backup() {
    let written = encode_for_storage(&varied_store());
    let Loaded::Found { key, raw, stored } = load(|key| (key == STORAGE_KEY).then(|| written.clone())) else {
        panic!()
    };
    assert_eq!((key.as_str(), raw, stored.store), (STORAGE_KEY, None, varied_store()));
}
