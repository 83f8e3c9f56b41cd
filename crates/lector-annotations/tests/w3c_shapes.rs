//! W3C annotations as other tools write them: each shape imports without
//! silent loss, and what Lector does not model is written back on export.

mod common;

use common::{at, ARTICLE};
use lector_annotations::{
    article_text_iri, read_import_with, Annotation, AnnotationId, AnnotationStore, ArticleId, ArticleInfo, ArticleText,
    DecodeError, ExportContext, ExportFormat, ImportError, NoteFormat, Scope,
};
use serde_json::{json, Value};

const SOURCE: &str = "https://news.example.org/2026/sanctions";
const ID: &str = "https://anno.example.org/anno/42";

/// An annotation as a DOM-based tool writes it: server id, quote-only target, one comment.
fn base() -> Value {
    json!({
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": ID,
        "type": "Annotation",
        "created": "2026-11-23T18:14:20Z",
        "body": [{"type": "TextualBody", "value": "Who are they?", "purpose": "commenting"}],
        "target": {"source": SOURCE, "selector": [{"type": "TextQuoteSelector", "exact": "two people familiar with the matter"}]}
    })
}

fn library(iri: &str) -> Option<ArticleId> {
    (iri == SOURCE).then(|| ArticleId::parse("sanctions").unwrap())
}

fn import(document: &Value) -> Result<AnnotationStore, ImportError> {
    let mut store = AnnotationStore::new();
    store.merge_import(read_import_with(&document.to_string(), at(10_000), &library)?)?;
    Ok(store)
}

fn the_one(store: &AnnotationStore) -> &Annotation {
    store.get(&AnnotationId::parse(ID).unwrap()).expect("the annotation was not imported")
}

fn describe(_: &ArticleId) -> ArticleInfo {
    ArticleInfo::from_iri(SOURCE)
}

/// The store's W3C export, as its one annotation.
fn exported(store: &AnnotationStore) -> Value {
    let text = store.export_with(ExportFormat::W3c, Scope::All, &ExportContext::new(at(20_000), &describe));
    let collection: Value = serde_json::from_str(&text).unwrap();
    collection["first"]["items"][0].clone()
}

#[test]
fn each_shape_imports_as_lector_reads_it() {
    type Change = fn(&mut Value);
    type Check = fn(&Annotation);
    let table: Vec<(&str, Change, Check)> = vec![
        (
            "quote-only target, http id",
            |_| {},
            |a| {
                assert_eq!(a.id().as_str(), ID);
                assert!(!a.target().has_position());
                assert_eq!(a.target().quote().exact(), "two people familiar with the matter");
                assert_eq!(a.body().note(), "Who are they?");
            },
        ),
        (
            "purpose as a list",
            |d| d["body"] = json!([{"type": "TextualBody", "value": "sourcing", "purpose": ["tagging"]}]),
            |a| {
                assert_eq!((a.body().tags(), a.body().note()), (&["sourcing".to_owned()][..], ""));
            },
        ),
        (
            "tagging motivation, bodies without purpose",
            |d| {
                d["motivation"] = json!("tagging");
                d["body"] = json!([{"type": "TextualBody", "value": "anonymous"}, {"value": "sourcing"}]);
            },
            |a| assert_eq!(a.body().tags(), ["anonymous", "sourcing"]),
        ),
        (
            "tagging motivation on the body",
            |d| d["body"] = json!({"type": "TextualBody", "value": "x", "motivation": "tagging"}),
            |a| {
                assert_eq!(a.body().tags(), ["x"]);
            },
        ),
        (
            "an HTML note keeps its format, shows as text",
            |d| {
                d["body"] = json!({"type": "TextualBody", "value": "<p>Who <b>are</b> they?</p><script>alert(1)</script>", "format": "text/html", "language": "en"});
            },
            |a| {
                assert_eq!(a.body().format(), NoteFormat::Html);
                assert_eq!(a.body().note(), "<p>Who <b>are</b> they?</p><script>alert(1)</script>");
                assert_eq!(a.body().note_text(), "Who are they?");
                assert_eq!(a.body().language(), Some("en"));
            },
        ),
        (
            "a position at the top is used",
            |d| {
                d["target"]["selector"] = json!([
                {"type": "TextPositionSelector", "start": 83, "end": 118},
                {"type": "TextQuoteSelector", "exact": "two people familiar with the matter"}]);
            },
            |a| assert!(a.target().has_position() && a.target().position().start == 83),
        ),
        (
            "a quote refining another selector",
            |d| {
                d["target"]["selector"] = json!({"type": "CssSelector", "value": "article p:nth-child(2)",
                "refinedBy": {"type": "TextQuoteSelector", "exact": "two people familiar with the matter"}});
            },
            |a| assert_eq!(a.target().quote().exact(), "two people familiar with the matter"),
        ),
        (
            "a position refining the quote counts inside it: anchored by the quote",
            |d| {
                d["target"]["selector"] = json!({"type": "TextQuoteSelector", "exact": "two people familiar with the matter",
                "refinedBy": {"type": "TextPositionSelector", "start": 0, "end": 3}});
            },
            |a| assert!(!a.target().has_position()),
        ),
        (
            "a source described as an object",
            |d| d["target"]["source"] = json!({"id": SOURCE, "type": "Text"}),
            |a| {
                assert_eq!(a.article().as_str(), "sanctions");
            },
        ),
        ("urn:uuid id", |d| d["id"] = json!("urn:uuid:6f1c2a3b-8d4e-4f5a-9b6c-7d8e9f0a1b2c"), |_| {}),
    ];
    for (shape, change, check) in table {
        let mut document = base();
        change(&mut document);
        let store = import(&document).unwrap_or_else(|e| panic!("{shape}: {e}"));
        let annotation = store.iter().next().unwrap_or_else(|| panic!("{shape}: nothing imported"));
        check(annotation);
        assert!(store.foreign().is_empty(), "{shape}");
    }
}

#[test]
fn what_lector_does_not_model_is_written_back() {
    let mut document = base();
    document["creator"] = json!({"id": "https://anno.example.org/users/ana", "type": "Person", "name": "Ana"});
    document["audience"] = json!({"type": "schema:EducationalAudience"});
    document["motivation"] = json!("questioning");
    document["body"][0]["creator"] = json!("https://anno.example.org/users/ana");
    document["target"]["selector"] = json!([
        {"type": "TextQuoteSelector", "exact": "two people familiar with the matter"},
        {"type": "RangeSelector", "startSelector": {"type": "XPathSelector", "value": "/p[2]"},
         "endSelector": {"type": "XPathSelector", "value": "/p[2]"}}]);
    document["target"]["state"] = json!({"type": "HttpRequestState", "value": "Accept: text/html"});
    let store = import(&document).unwrap();
    assert_eq!(
        the_one(&store).kept_fields(),
        ["audience", "creator", "motivation", "target.state", "target.selector[RangeSelector]", "body.creator"]
    );
    // Through storage (schema v2) and back out as W3C.
    let stored = lector_annotations::decode_stored(&lector_annotations::encode_for_storage(&store)).unwrap().store;
    let out = exported(&stored);
    for pointer in ["/creator", "/audience", "/target/state", "/body/0/creator"] {
        assert_eq!(out.pointer(pointer), document.pointer(pointer), "{pointer} in {out:#}");
    }
    assert_eq!(out["motivation"], "questioning");
    assert_eq!(out["id"], ID);
    assert_eq!(out["target"]["selector"][1], document["target"]["selector"][1]);
}

#[test]
fn what_cannot_be_kept_is_refused_by_name() {
    type Change = fn(&mut Value);
    let table: Vec<(Change, &str)> = vec![
        (
            |d| {
                d["body"] =
                    json!([{"type": "TextualBody", "value": "x", "purpose": "tagging", "id": "https://t.example/x"}])
            },
            "body[0].id",
        ),
        (|d| d["body"] = json!({"type": "TextualBody", "value": "x", "format": "application/pdf"}), "body.format"),
        (|d| d["body"] = json!({"type": "TextualBody", "value": "x", "language": "not a language"}), "body.language"),
        (
            |d| d["target"]["selector"] = json!({"type": "TextPositionSelector", "start": 0, "end": 3}),
            "target.selector",
        ),
        (|d| d["id"] = json!("javascript:alert(1)"), "id"),
    ];
    for (change, field) in table {
        let mut document = base();
        change(&mut document);
        match import(&document) {
            Err(ImportError::File(DecodeError::Invalid { problems, .. })) => {
                assert_eq!(problems[0].field, field, "{}", problems[0])
            }
            other => panic!("{field}: {other:?}"),
        }
    }
}

#[test]
fn annotations_for_articles_not_here_are_kept_and_attach_when_added() {
    let mut other_site = base();
    other_site["target"]["source"] = json!("https://elsewhere.example.net/story");
    let mut by_text = base();
    by_text["id"] = json!("urn:uuid:6f1c2a3b-8d4e-4f5a-9b6c-7d8e9f0a1b2c");
    by_text["target"]["source"] = json!(article_text_iri(ARTICLE));
    let file = json!([other_site, by_text]);
    let mut store = AnnotationStore::new();
    let report = store.merge_import(read_import_with(&file.to_string(), at(10_000), &library).unwrap()).unwrap();
    assert_eq!((report.merge.added, report.foreign), (0, 2));
    assert!(report.to_string().contains("2 annotations kept for articles you don't have"), "{report}");
    assert!(store.is_empty(), "not re-labelled as some article's");
    let kept: Vec<(&str, Option<&str>)> = store.foreign().iter().map(|f| (f.source(), f.quote())).collect();
    assert!(kept.contains(&("https://elsewhere.example.net/story", Some("two people familiar with the matter"))));

    // Kept through storage, and written back unchanged by a W3C export.
    let store = lector_annotations::decode_stored(&lector_annotations::encode_for_storage(&store)).unwrap().store;
    assert_eq!(store.foreign().len(), 2);
    let text = store.export_with(ExportFormat::W3c, Scope::All, &ExportContext::new(at(20_000), &describe));
    let items = serde_json::from_str::<Value>(&text).unwrap()["first"]["items"].clone();
    let mut without_context = other_site.clone();
    without_context.as_object_mut().unwrap().remove("@context");
    assert!(items.as_array().unwrap().contains(&without_context), "{items:#}");

    // The reader adds the story with the same text: that one attaches, the other waits.
    let mut store = store;
    let article = ArticleId::parse("added-later").unwrap();
    let attached =
        store.attach_foreign(&article, "https://news.example.org/other", &ArticleText::new(ARTICLE), at(30_000));
    assert_eq!(attached.attached, 1);
    assert_eq!(store.for_article(&article).len(), 1);
    assert_eq!(store.foreign().len(), 1);
    // The same story under its URL attaches the other.
    let attached =
        store.attach_foreign(&article, "https://elsewhere.example.net/story", &ArticleText::new("x"), at(30_000));
    assert_eq!((attached.attached, store.foreign().len(), store.len()), (1, 0, 2));
}

#[test]
fn annotations_for_articles_not_here_travel_in_lector_files_too() {
    let mut elsewhere = base();
    elsewhere["target"]["source"] = json!("https://elsewhere.example.net/story");
    let mut store = AnnotationStore::new();
    store.merge_import(read_import_with(&elsewhere.to_string(), at(10_000), &library).unwrap()).unwrap();
    let lector_file = store.export_with(ExportFormat::Lector, Scope::All, &ExportContext::new(at(20_000), &describe));

    // A colleague without the story keeps it as foreign, as it came.
    let theirs = read_import_with(&lector_file, at(30_000), &library).unwrap();
    assert_eq!((theirs.len(), theirs.annotations().foreign().len()), (0, 1));
    assert_eq!(theirs.annotations().foreign()[0].source(), "https://elsewhere.example.net/story");
    // A colleague whose library has the story gets it as that story's annotation.
    let has_it = |iri: &str| (iri == "https://elsewhere.example.net/story").then(|| ArticleId::parse("story").unwrap());
    let theirs = read_import_with(&lector_file, at(30_000), &has_it).unwrap();
    assert_eq!((theirs.len(), theirs.annotations().foreign().len()), (1, 0));
    assert_eq!(theirs.annotations().iter().next().unwrap().article().as_str(), "story");
}

#[test]
fn a_tab_that_attached_a_foreign_annotation_tells_the_others() {
    let mut elsewhere = base();
    elsewhere["target"]["source"] = json!("https://elsewhere.example.net/story");
    let mut tab_a = AnnotationStore::new();
    tab_a.merge_import(read_import_with(&elsewhere.to_string(), at(10_000), &library).unwrap()).unwrap();
    let mut tab_b = tab_a.clone();
    let story = ArticleId::parse("story").unwrap();
    let attached =
        tab_a.attach_foreign(&story, "https://elsewhere.example.net/story", &ArticleText::new("x"), at(20_000));
    assert_eq!(attached.attached, 1);
    tab_b.merge(tab_a.clone());
    assert_eq!((tab_b.len(), tab_b.foreign().len()), (1, 0), "attached once, not also kept as foreign");
    assert_eq!(tab_b, tab_a);
}

#[test]
fn an_html_note_stays_inert_in_a_memo() {
    let mut document = base();
    document["body"] = json!({"type": "TextualBody", "format": "text/html",
        "value": "<p>Who <a href=\"javascript:alert(1)\">are</a> they?</p><img src=\"https://tracker.example/p.gif\"><script>alert(1)</script><h1>Tags: forged</h1>"});
    let store = import(&document).unwrap();
    let memo = store.export_with(ExportFormat::Markdown, Scope::All, &ExportContext::new(at(20_000), &describe));
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, pulldown_cmark::Parser::new_ext(&memo, pulldown_cmark::Options::all()));
    for forbidden in ["<a href=\"javascript", "<img", "<script", "alert(1)</script>", "<h1>Tags"] {
        assert!(!html.contains(forbidden), "{forbidden} in:\n{html}");
    }
    assert!(html.contains("Who are they?"), "{html}");
    // The W3C export gives the HTML back as it came, marked as HTML.
    assert_eq!(exported(&store)["body"][0]["value"], document["body"]["value"]);
    assert_eq!(exported(&store)["body"][0]["format"], "text/html");
}

#[test]
fn a_quote_only_annotation_is_placed_by_its_quote() {
    let store = import(&base()).unwrap();
    let text = ArticleText::new(ARTICLE);
    let anchors = store.anchor_article(&ArticleId::parse("sanctions").unwrap(), &text);
    assert_eq!(anchors.placed.len(), 1, "orphaned: {:?}", anchors.orphaned);
    assert_eq!(text.slice(anchors.placed[0].span), "two people familiar with the matter");
    // Exported, it claims no position it never had.
    let selectors = exported(&store)["target"]["selector"].clone();
    assert!(selectors.as_array().unwrap().iter().all(|s| s["type"] != "TextPositionSelector"), "{selectors}");
}
