//! Host tests of the library file: written and read back, refused with a
//! message naming what is wrong, and planned against what is here.

use lector_annotations::{
    read_import, AnnotationId, AnnotationStore, ArticleId, ArticleText, Body, CalendarDate, Colour, ExportFormat,
    ExportOptions, Scope, Timestamp,
};
use lector_article::Article;
use lector_text::Span;
use serde_json::{json, Value};

use crate::*;

const NOW: u64 = 1_796_000_000_000;

fn at(millis: u64) -> Timestamp {
    Timestamp::from_millis(NOW - 1_000_000 + millis).unwrap()
}

fn now() -> Timestamp {
    Timestamp::from_millis(NOW).unwrap()
}

const FLOOD: &str = "---\ntitle: River floods the old town\noutlet: Daily Example\ndate: 2026-11-30\n\
                     source: https://news.example.org/flood\n---\n\nThe river rose two metres overnight, officials said.\n";
const COUNCIL: &str =
    "---\ntitle: Council delays the vote\n---\n\nThe vote was put off until spring, according to a person \
                       familiar with the plans.\n";

fn article(id: &str, text: &str) -> LibraryArticle {
    LibraryArticle::new(id, text.to_owned(), at(5), Some("page.html".into())).unwrap()
}

/// One annotation on "officials said" of the flood article, as a Lector export.
fn annotations_of(article_id: &str) -> String {
    let parsed = Article::parse(article_id, FLOOD).unwrap();
    let text = ArticleText::new(&parsed.document.text);
    let start = parsed.document.text.find("officials said").unwrap();
    let start = parsed.document.text[..start].chars().count();
    let mut store = AnnotationStore::new();
    let id = AnnotationId::parse("00000000-0000-4000-8000-000000000001").unwrap();
    let body = Body::new("Which officials?", ["sourcing"], Colour::Blue).unwrap();
    let article = ArticleId::parse(article_id).unwrap();
    store.create(id, article, &text, Span::new(start, start + 14), body, at(10)).unwrap();
    let options =
        ExportOptions { now: at(20), article_iri: &lector_annotations::default_article_iri, article_title: &|_| None };
    store.export(ExportFormat::Lector, Scope::All, &options)
}

fn library() -> LibraryFile {
    LibraryFile {
        articles: vec![article("river-floods-aa11", FLOOD), article("council-bb22", COUNCIL)],
        annotations: Some(annotations_of("river-floods-aa11")),
    }
}

fn written() -> Value {
    serde_json::from_str(&library().encode(now())).unwrap()
}

#[test]
fn a_library_reads_back_as_it_was_written() {
    let file = library();
    let read = read_library(&file.encode(now()), now()).unwrap();
    assert_eq!(read.articles, file.articles);
    let (theirs, ours) = (
        read_import(&read.annotations.unwrap(), now()).unwrap(),
        read_import(&file.annotations.unwrap(), now()).unwrap(),
    );
    assert_eq!(theirs.annotations(), ours.annotations());
    assert_eq!(file_name(CalendarDate::new(2026, 12, 5).unwrap()), "lector-library-2026-12-05.json");
}

#[test]
fn the_file_says_each_article_s_metadata_and_address_beside_its_text() {
    let flood = &written()["articles"][0];
    assert_eq!(flood["title"], "River floods the old town");
    assert_eq!(flood["outlet"], "Daily Example");
    assert_eq!(flood["date"], "2026-11-30");
    assert_eq!(flood["address"], "https://news.example.org/flood");
    assert_eq!(flood["iri"], "https://news.example.org/flood", "a page's address names the story");
    assert_eq!(flood["text"], FLOOD, "the text is kept as stored");
    assert_eq!(flood["from"], "page.html");
    let council = &written()["articles"][1];
    assert!(council["iri"].as_str().unwrap().starts_with("urn:x-lector:text:sha256:"), "no address: the text's IRI");
    assert!(council.get("outlet").is_none() && council.get("date").is_none(), "nothing stated, nothing written");
}

/// Edits `written()` with `change` and returns the error reading it gives.
fn refused(change: impl Fn(&mut Value)) -> LibraryFileError {
    let mut value = written();
    change(&mut value);
    read_library(&value.to_string(), now()).unwrap_err()
}

#[test]
fn a_malformed_file_is_refused_whole_with_what_is_wrong() {
    type Change = fn(&mut Value);
    let table: [(&str, Change, &str); 14] = [
        ("an annotations export", |v| *v = json!({"schema": "lector-annotations", "version": 2, "annotations": []}),
            "annotations only"),
        ("a W3C collection", |v| *v = json!({"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection"}),
            "annotations only"),
        ("a list", |v| *v = json!([1, 2]), "found a list"),
        ("another app's object", |v| *v = json!({"name": "x"}), "keys name"),
        ("a newer version", |v| v["version"] = json!(2), "version 2; this Lector reads versions up to 1"),
        ("no version", |v| v["version"] = Value::Null, "field `version`"),
        ("no articles", |v| { v.as_object_mut().unwrap().remove("articles"); }, "field `articles`: missing"),
        ("an unknown field", |v| v["extra"] = json!(1), "field `extra`: not a field"),
        ("an article without text", |v| { v["articles"][1].as_object_mut().unwrap().remove("text"); },
            "article 2 (id council-bb22): field `text`: missing"),
        ("an id that is no id", |v| v["articles"][0]["id"] = json!("a b/c"), "article 1 (id a b/c): field `text`"),
        ("a title the text does not say", |v| v["articles"][0]["title"] = json!("Other"),
            "field `title` says \u{201c}Other\u{201d} but the article's text says \u{201c}River floods the old town\u{201d}"),
        ("a duplicated article", |v| { let first = v["articles"][0].clone(); v["articles"][1] = first; },
            "article 2 (id river-floods-aa11): the same id as article 1"),
        ("a bad date of adding", |v| v["articles"][0]["added"] = json!("yesterday"), "article 1 (id river-floods-aa11): field `added`"),
        ("an annotation without its quote", |v| { v["annotations"]["annotations"][0]["target"].as_object_mut().unwrap().remove("quote"); },
            "in `annotations`: 1 problem found, nothing was changed:\n  - annotation 1 (id \"00000000-0000-4000-8000-000000000001\"): field `target.quote`: is missing"),
    ];
    for (case, change, expected) in table {
        let error = refused(change);
        let message = error.to_string();
        assert!(message.contains(expected), "{case}: {message:?} does not say {expected:?}");
        assert!(!error.plain().is_empty(), "{case}");
    }
}

#[test]
fn text_that_is_not_json_or_too_large_is_refused_before_parsing() {
    let not_json = read_library("{\"schema\": \"lector-library\",", now()).unwrap_err();
    assert!(matches!(not_json, LibraryFileError::NotJson { line: 1, .. }), "{not_json:?}");
    let huge = format!("{{\"schema\": \"lector-library\", \"pad\": \"{}\"}}", "x".repeat(MAX_LIBRARY_BYTES));
    assert!(matches!(read_library(&huge, now()), Err(LibraryFileError::TooLarge { .. })));
    assert!(
        read_library(&format!("\u{feff}{}", library().encode(now())), now()).is_ok(),
        "a byte order mark is not content"
    );
}

#[test]
fn only_library_files_are_recognised_as_such() {
    let table = [
        (library().encode(now()), true),
        (json!({"schema": "lector-library", "version": 9}).to_string(), true),
        (annotations_of("river-floods-aa11"), false),
        ("{\"note\": \"lector-library\"}".to_string(), false),
        ("not json at all, lector-library".to_string(), false),
    ];
    for (raw, expected) in table {
        assert_eq!(is_library_file(&raw), expected, "{raw:.60}");
    }
}

#[test]
fn an_import_adds_only_what_is_not_here() {
    let flood_iri = "https://news.example.org/flood".to_string();
    let here = |list: &[(&str, &str)]| -> Vec<HereArticle> {
        list.iter().map(|(id, iri)| HereArticle { id: id.to_string(), iri: iri.to_string() }).collect()
    };
    let council_iri = library().articles[1].iri.clone();
    /// What is here, ids added, ids here already, moved to a copy here.
    type Case<'a> = (Vec<HereArticle>, Vec<&'a str>, Vec<&'a str>, Vec<(&'a str, &'a str)>);
    let table: [Case; 4] = [
        (vec![], vec!["river-floods-aa11", "council-bb22"], vec![], vec![]),
        (here(&[("council-bb22", &council_iri)]), vec!["river-floods-aa11"], vec!["council-bb22"], vec![]),
        (
            here(&[("river-floods-cc33", &flood_iri)]),
            vec!["council-bb22"],
            vec![],
            vec![("river-floods-aa11", "river-floods-cc33")],
        ),
        (here(&[("other", "https://elsewhere.example/x")]), vec!["river-floods-aa11", "council-bb22"], vec![], vec![]),
    ];
    for (here, added, already, moved) in table {
        let plan = plan_import(library(), &here);
        let ids: Vec<&str> = plan.add.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, added, "{here:?}");
        assert_eq!(plan.already_here, already, "{here:?}");
        let moved: Vec<(String, String)> = moved.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect();
        assert_eq!(plan.same_story, moved, "{here:?}");
    }
}

#[test]
fn annotations_of_a_story_kept_here_under_another_id_follow_it() {
    let here = [HereArticle { id: "river-floods-cc33".into(), iri: "https://news.example.org/flood".into() }];
    let plan = plan_import(library(), &here);
    let file = read_import(&plan.annotations.unwrap(), now()).unwrap();
    let articles: Vec<&str> = file.annotations().iter().map(|a| a.article().as_str()).collect();
    assert_eq!(articles, ["river-floods-cc33"]);
}

/// Versions (oldest first: stated address, rendered text) and the name expected.
type NamingCase<'a> = (&'a [(Option<&'a str>, &'a str)], Option<&'a str>);

#[test]
fn a_kept_article_is_named_by_the_newest_stated_address_else_its_first_text() {
    let first = lector_annotations::article_text_iri("First text.");
    let cases: &[NamingCase] = &[
        (&[], None),
        (&[(None, "First text.")], Some(first.as_str())),
        // Adding a version without an address keeps the name.
        (&[(None, "First text."), (None, "Edited text.")], Some(first.as_str())),
        // A saved file's name is not an address.
        (&[(Some("page.html"), "First text."), (None, "Edited text.")], Some(first.as_str())),
        (&[(Some("https://a.example/1"), "First text."), (None, "Edited text.")], Some("https://a.example/1")),
        (
            &[(Some("https://a.example/1"), "First text."), (Some("http://a.example/1?v=2"), "Edited text.")],
            Some("http://a.example/1?v=2"),
        ),
    ];
    for (versions, expected) in cases {
        assert_eq!(versions_stable_iri(versions).as_deref(), *expected, "{versions:?}");
    }
}
