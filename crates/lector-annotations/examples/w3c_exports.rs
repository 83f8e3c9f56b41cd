//! Writes real W3C exports for the conformance run (`tests/w3c/conformance.mjs`):
//! one standalone annotation of each kind Lector makes (highlight, note,
//! tags, note and tags, another colour, a quote-only one imported from
//! another tool and an HTML note kept from one) and one collection holding
//! them all.
//!
//!     cargo run -p lector-annotations --example w3c_exports -- <folder>
//!
//! The article, reader and times are invented; everything else is what
//! `AnnotationStore::export_with` and `export_w3c_annotation` write.

use std::path::PathBuf;

use lector_annotations::{
    read_import_with, Agent, AgentKind, AnnotationId, AnnotationStore, ArticleId, ArticleInfo, ArticleText, Body,
    Colour, ExportContext, ExportFormat, Scope, Timestamp,
};
use lector_text::Span;

const TEXT: &str = "Harbour plan delayed again\n\n\
The council postponed the harbour plan on Monday, according to two officials who asked not to be named. \
A spokesperson said the decision was “purely procedural” 🚢 and that a vote could follow in spring.";

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let folder = PathBuf::from(std::env::args().nth(1).ok_or("usage: w3c_exports <folder>")?);
    std::fs::create_dir_all(&folder)?;
    let text = ArticleText::new(TEXT);
    let article = ArticleId::parse("harbour-plan")?;
    let now = Timestamp::parse_rfc3339("2026-11-25T08:00:00Z")?;
    let span = |needle: &str| {
        let byte = TEXT.find(needle).unwrap_or(0);
        let start = TEXT[..byte].chars().count();
        Span::new(start, start + needle.chars().count())
    };
    let kinds: [(&str, &str, &str, &[&str], Colour); 5] = [
        ("highlight", "postponed the harbour plan", "", &[], Colour::Yellow),
        ("note", "two officials who asked not to be named", "Which officials? **Ask** the desk.", &[], Colour::Yellow),
        ("tags", "“purely procedural” 🚢", "", &["spin", "quote"], Colour::Yellow),
        ("note-tags", "a vote could follow in spring", "Hedged: *could*.", &["hedging"], Colour::Yellow),
        ("colour", "Harbour plan delayed again", "", &[], Colour::Purple),
    ];
    let mut store = AnnotationStore::new();
    let mut ids = Vec::new();
    for (n, (kind, quote, note, tags, colour)) in kinds.iter().enumerate() {
        let id = AnnotationId::parse(&format!("5e1f0c3a-2b4d-4c6e-8f00-{:012x}", n + 1))?;
        let at = Timestamp::from_millis(now.millis() - 86_400_000 + n as u64 * 60_000)?;
        store.create(id.clone(), article.clone(), &text, span(quote), Body::new(*note, *tags, *colour)?, at)?;
        ids.push((kind.to_string(), id));
    }
    // Shapes other tools write: a quote-only target with an HTML note and a creator of its own.
    let other_tool = serde_json::json!({
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": "https://anno.example.org/anno/42",
        "type": "Annotation",
        "motivation": "commenting",
        "created": "2026-11-24T10:00:00Z",
        "creator": {"id": "https://anno.example.org/users/ana", "type": "Person", "name": "Ana", "nickname": "ana"},
        "body": {"type": "TextualBody", "value": "<p>Source <em>unnamed</em></p>", "format": "text/html", "language": "en"},
        "target": {"source": "https://news.example.org/2026/harbour-plan",
                   "selector": {"type": "TextQuoteSelector", "exact": "asked not to be named"}}
    });
    let resolve = |iri: &str| (iri == "https://news.example.org/2026/harbour-plan").then(|| article.clone());
    let imported = read_import_with(&other_tool.to_string(), now, &resolve)?;
    store.merge_import(imported)?;
    ids.push(("imported-html-quote-only".into(), AnnotationId::parse("https://anno.example.org/anno/42")?));

    let describe = |_: &ArticleId| ArticleInfo {
        iri: "https://news.example.org/2026/harbour-plan".into(),
        title: Some("Harbour plan delayed again".into()),
        outlet: Some("The Example Gazette".into()),
        date: Some("2026-11-23".into()),
        app_url: Some("https://reader.example.org/lector/#/article/harbour-plan".into()),
        language: Some("en".into()),
    };
    let mut context = ExportContext::new(now, &describe);
    context.creator = Some(Agent {
        id: "urn:uuid:0b7d7f62-6a3e-4d1a-9c55-3e2f1a0b9c8d".into(),
        kind: AgentKind::Person,
        name: "A reader".into(),
        nickname: "reader".into(),
        homepage: None,
    });
    context.generator = Agent::lector(Some("https://reader.example.org/lector/"));
    context.note_language = Some("en".into());

    for (kind, id) in &ids {
        let document = store.export_w3c_annotation(id, &context).ok_or("an annotation went missing")?;
        std::fs::write(folder.join(format!("annotation-{kind}.jsonld")), document)?;
    }
    std::fs::write(folder.join("collection.jsonld"), store.export_with(ExportFormat::W3c, Scope::All, &context))?;
    println!("wrote {} annotations and 1 collection to {}", ids.len(), folder.display());
    Ok(())
}
