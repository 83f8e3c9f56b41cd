//! Export formats: Lector JSON, W3C JSON-LD, Markdown.

mod common;

use common::{add, article, at, id, span_of, ARTICLE};
use lector_annotations::{
    article_text_iri, default_article_iri, AnnotationStore, ArticleId, ArticleInfo, ExportContext, ExportFormat,
    ExportOptions, Scope, SCHEMA_VERSION,
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

/// Renders Markdown as a common library does (CommonMark with the usual extensions).
fn render(markdown: &str) -> String {
    use pulldown_cmark::{html, Options, Parser};
    let mut out = String::new();
    html::push_html(&mut out, Parser::new_ext(markdown, Options::all()));
    out
}

#[test]
fn markdown_memos_run_nothing_a_note_says() {
    // (note, text that must still show)
    let notes = [
        ("[click](javascript:alert(1))", "click"),
        ("[r]: javascript:alert(1)\n\nsee [r]", "see"),
        ("[data](data:text/html;base64,PHNjcmlwdD4=)", "data"),
        ("![pixel](https://tracker.example/p.gif)", "pixel"),
        ("<img src=x onerror=alert(1)>", "img"),
        ("<a href=\"javascript:alert(1)\">x</a>", "x"),
        ("# Forged heading", "Forged heading"),
        ("Forged\n===", "Forged"),
        ("**Tags:** forged", "forged"),
        ("*Tags: forged*", "forged"),
        ("> quote of my own\n- list\n1. item", "quote of my own"),
        ("<javascript:alert(1)>", "alert"),
    ];
    let mut store = AnnotationStore::new();
    for (n, (note, _)) in notes.iter().enumerate() {
        let quote = ["two people", "denied", "Zürich", "Tuesday", "minister", "weapons"][n % 6];
        let mut one = AnnotationStore::new();
        add(&mut one, n as u64 + 1, A, ARTICLE, quote, note, &["real"]);
        store.merge(one);
    }
    let hostile = |_: &ArticleId| ArticleInfo {
        iri: "javascript:alert(1)".into(),
        title: Some("# <script>alert(1)</script> [x](javascript:alert(1))".into()),
        outlet: Some("![o](https://tracker.example/o.gif)".into()),
        date: Some("**Tags:** forged".into()),
        app_url: Some("data:text/html,<script>alert(1)</script>".into()),
        language: None,
    };
    let markdown = store.export_with(ExportFormat::Markdown, Scope::All, &ExportContext::new(at(0), &hostile));
    let html = render(&markdown).to_lowercase();
    for forbidden in ["<img", "<script", "<iframe", "<a href=\"javascript", "<a href=\"data"] {
        assert!(!html.contains(forbidden), "{forbidden} in the rendered memo:\n{html}\n---\n{markdown}");
    }
    let links: Vec<&str> = html.split("href=\"").skip(1).map(|rest| rest.split('"').next().unwrap_or("")).collect();
    assert!(links.is_empty(), "no note or hostile metadata makes a link: {links:?}");
    assert_eq!(html.matches("<h1").count(), 1, "{html}");
    assert_eq!(html.matches("<h2").count(), 1, "one heading per article, no forged ones:\n{html}");
    assert_eq!(html.matches("<strong>tags:</strong>").count(), notes.len(), "only the real tags lines:\n{html}");
    assert!(!html.contains("tags:</em>") && !html.contains("tags: forged</em>"), "no emphasised forgery:\n{html}");
    for (_, shown) in notes {
        assert!(html.contains(&shown.to_lowercase()), "{shown:?} is gone:\n{html}");
    }
}

#[test]
fn markdown_memos_say_which_story() {
    let info = |_: &ArticleId| ArticleInfo {
        iri: "https://news.example.org/2026/sanctions".into(),
        title: Some("Officials weigh new sanctions".into()),
        outlet: Some("The Example Gazette".into()),
        date: Some("2026-11-20".into()),
        app_url: Some("https://reader.example.org/lector/#/article/a".into()),
        language: Some("en".into()),
    };
    let markdown =
        store().export_with(ExportFormat::Markdown, Scope::Article(&article(A)), &ExportContext::new(at(0), &info));
    let html = render(&markdown);
    for shown in [
        "<h2>Officials weigh new sanctions</h2>",
        "The Example Gazette · 2026-11-20 · <a href=\"https://news.example.org/2026/sanctions\">",
        "<a href=\"https://reader.example.org/lector/#/article/a\">",
        "<blockquote>\n<p>two people familiar with the matter</p>\n</blockquote>",
        "<strong>Note:</strong> Who are they?",
        "<strong>Tags:</strong> anonymous, two sources",
    ] {
        assert!(html.contains(shown), "{shown:?} missing:\n{html}");
    }
    // Without a web address, the article's IRI is still named, as inert text.
    let hashed = |_: &ArticleId| ArticleInfo::from_iri(article_text_iri(ARTICLE));
    let markdown = store().export_with(ExportFormat::Markdown, Scope::All, &ExportContext::new(at(0), &hashed));
    assert!(markdown.contains(&format!("` {} `", article_text_iri(ARTICLE))), "{markdown}");
}
