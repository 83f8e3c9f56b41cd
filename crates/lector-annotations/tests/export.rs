//! Export formats: Lector JSON, W3C JSON-LD, Markdown.

mod common;

use common::{add, article, at, id, span_of, ARTICLE};
use lector_annotations::{
    default_article_iri, AnnotationStore, ArticleId, ExportFormat, ExportOptions, Scope, SCHEMA_VERSION,
};
use serde_json::Value;

const A: &str = "000_729a53cc0895712a";
const B: &str = "001_2c696f0302d61155";

fn store() -> AnnotationStore {
    let mut store = AnnotationStore::new();
    add(
        &mut store,
        1,
        A,
        ARTICLE,
        "two people familiar with the matter",
        "Who are they?",
        &["anonymous", "two sources"],
    );
    add(&mut store, 2, A, ARTICLE, "resume 🎉 next week", "", &[]);
    add(&mut store, 3, B, ARTICLE, "The ministry denied the report.", "<script>alert(1)</script> *check*", &["denial"]);
    add(&mut store, 4, B, ARTICLE, "denied", "deleted later", &[]);
    store.delete(&id(4), at(100)).unwrap();
    store
}

fn title(article: &ArticleId) -> Option<String> {
    (article.as_str() == A).then(|| "US believes Iran has transferred missiles".to_owned())
}

fn iri(article: &ArticleId) -> String {
    format!("https://example.github.io/lector/#/article/{article}")
}

fn options() -> ExportOptions<'static> {
    ExportOptions { now: at(10_000), article_iri: &iri, article_title: &title }
}

#[test]
fn w3c_export_has_the_annotation_collection_shape() {
    let doc: Value = serde_json::from_str(&store().export(ExportFormat::W3c, Scope::All, &options())).unwrap();
    assert_eq!(doc["@context"], "http://www.w3.org/ns/anno.jsonld");
    assert_eq!(doc["type"], "AnnotationCollection");
    assert!(doc["id"].is_string());
    assert_eq!(doc["total"], 3, "deleted annotations are not exported");
    assert_eq!(doc["first"]["type"], "AnnotationPage");
    let items = doc["first"]["items"].as_array().unwrap();
    assert_eq!(items.len(), 3);

    let noted = &items[0];
    assert_eq!(noted["type"], "Annotation");
    assert_eq!(noted["id"], format!("urn:uuid:{}", id(1)));
    assert_eq!(noted["motivation"], "commenting");
    assert_eq!(noted["created"], at(0).to_rfc3339());
    let bodies = noted["body"].as_array().unwrap();
    assert_eq!(bodies[0]["type"], "TextualBody");
    assert_eq!(
        (&bodies[0]["purpose"], &bodies[0]["value"], &bodies[0]["format"]),
        (&"commenting".into(), &"Who are they?".into(), &"text/markdown".into())
    );
    let tags: Vec<&Value> =
        bodies[1..].iter().inspect(|b| assert_eq!(b["purpose"], "tagging")).map(|b| &b["value"]).collect();
    assert_eq!(tags, [&Value::from("anonymous"), &Value::from("two sources")]);
    let target = &noted["target"];
    assert_eq!(target["source"]["id"], format!("https://example.github.io/lector/#/article/{A}"));
    let selectors = target["selector"].as_array().unwrap();
    assert_eq!(selectors[0]["type"], "TextQuoteSelector");
    assert_eq!(selectors[0]["exact"], "two people familiar with the matter");
    assert!(selectors[0]["prefix"].as_str().unwrap().ends_with("according to "));
    assert!(selectors[0]["suffix"].as_str().unwrap().starts_with(", who spoke"));
    assert_eq!(selectors[1]["type"], "TextPositionSelector");

    // Positions count code points, also after an emoji-rich quote.
    let highlight = &items[1];
    assert_eq!(highlight["motivation"], "highlighting");
    assert!(highlight.get("body").is_none());
    let span = span_of(ARTICLE, "resume 🎉 next week", 0);
    assert_eq!(highlight["target"]["selector"][1]["start"], span.start);
    assert_eq!(highlight["target"]["selector"][1]["end"], span.end);
    assert_eq!(span.end - span.start, 18);
}

#[test]
fn one_article_can_be_exported_alone() {
    let only_a = article(A);
    for format in ExportFormat::ALL {
        let text = store().export(format, Scope::Article(&only_a), &options());
        assert!(!text.contains("The ministry denied"), "{format:?} leaked another article");
        assert!(text.contains("two people familiar with the matter"), "{format:?}");
    }
}

#[test]
fn lector_export_holds_no_tombstones_and_reimports() {
    let original = store();
    let text = original.export(ExportFormat::Lector, Scope::All, &options());
    let doc: Value = serde_json::from_str(&text).unwrap();
    assert_eq!((&doc["schema"], &doc["version"]), (&Value::from("lector-annotations"), &Value::from(SCHEMA_VERSION)));
    assert!(doc.get("deleted").is_none());
    assert!(text.contains("\n  \"annotations\""), "pretty-printed for people");
    let mut fresh = AnnotationStore::new();
    fresh.import(&text, at(10_000)).unwrap();
    assert_eq!(fresh.iter().collect::<Vec<_>>(), original.iter().collect::<Vec<_>>());
}

#[test]
fn markdown_groups_quotes_notes_and_tags_by_article() {
    let markdown = store().export(ExportFormat::Markdown, Scope::All, &options());
    let expected_in_order = [
        "# Lector annotations",
        "3 annotations in 2 articles",
        "## US believes Iran has transferred missiles",
        "> two people familiar with the matter",
        "Who are they?",
        "**Tags:** anonymous, two sources",
        "> resume 🎉 next week",
        &format!("## {B}"),
        "> The ministry denied the report.",
        "&lt;script>alert(1)&lt;/script> *check*",
        "**Tags:** denial",
    ];
    let mut from = 0;
    for piece in expected_in_order {
        let found =
            markdown[from..].find(piece).unwrap_or_else(|| panic!("{piece:?} missing or out of order in:\n{markdown}"));
        from += found + piece.len();
    }
    assert!(!markdown.contains("<script>"), "a note's markup must not survive as live HTML");
    assert!(!markdown.contains("deleted later"));
}

#[test]
fn multi_paragraph_quotes_stay_one_blockquote() {
    let mut store = AnnotationStore::new();
    add(&mut store, 1, A, ARTICLE, "on Tuesday.\n\nAnalysts in Zürich", "", &[]);
    let markdown = store.export(
        ExportFormat::Markdown,
        Scope::All,
        &ExportOptions { now: at(0), article_iri: &default_article_iri, article_title: &|_| None },
    );
    assert!(markdown.contains("> on Tuesday.\n>\n> Analysts in Zürich\n"), "{markdown}");
}
