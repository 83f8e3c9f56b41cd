//! Export as a W3C Web Annotation `AnnotationCollection` (JSON-LD), the
//! format Recogito, Hypothesis' API and annotation servers speak.
//!
//! Mapping (Web Annotation Data Model, W3C Recommendation 2017):
//! - `id`: `urn:uuid:<id>` (or the `http(s)` id a file gave it);
//!   `created`, `modified`: xsd:dateTime (UTC); `creator`: the reader (or
//!   whoever made an imported annotation); `generator`: Lector.
//! - note → a `TextualBody` with `purpose: commenting`, its `format`
//!   (`text/markdown` unless it came as HTML or plain text) and `language`;
//!   each tag → a `TextualBody` with `purpose: tagging`. Bodies carry the
//!   annotation's `created`, `modified` and `creator`.
//! - `motivation`: `commenting` with a note, else `tagging` with tags, else `highlighting`.
//! - `target`: a `SpecificResource` whose `source` is the article's stable
//!   IRI ([`crate::ArticleInfo::iri`]) described with its title, outlet and
//!   date, whose `scope` is the article's address in the app, and whose
//!   selectors are a `TextQuoteSelector` and a `TextPositionSelector`
//!   (positions in code points, as the model requires).
//! - colour → `target.styleClass: lector-<colour>` with a `CssStylesheet`
//!   defining it, so other tools can show it and Lector can read it back.
//! - whatever an imported annotation had that Lector does not model is
//!   written back where it was.
//!
//! The collection holds its one page inline, with the page's `id`,
//! `partOf`, and the collection's `last` and `total`, so it validates
//! against the W3C test suite (`tests/w3c/conformance.mjs`).

use serde_json::{json, Map, Value};

use crate::annotation::Annotation;
use crate::colour::Colour;
use crate::export::ExportContext;
use crate::foreign::ForeignAnnotation;
use crate::provenance::{Agent, ArticleInfo};
use crate::w3c_extra::W3cExtra;

pub(crate) const ANNO_CONTEXT: &str = "http://www.w3.org/ns/anno.jsonld";
pub(crate) const STYLE_CLASS_PREFIX: &str = "lector-";

pub(crate) fn to_w3c(
    annotations: &[&Annotation],
    foreign: &[&ForeignAnnotation],
    context: &ExportContext<'_>,
) -> String {
    let mut items: Vec<Value> = annotations.iter().map(|a| annotation(a, context)).collect();
    items.extend(foreign.iter().map(|f| f.raw_without_context()));
    let id = format!("urn:x-lector:export:{}", context.now);
    let page_id = format!("{id}#page-1");
    let collection = json!({
        "@context": ANNO_CONTEXT,
        "id": id,
        "type": "AnnotationCollection",
        "label": "Lector annotations",
        "generator": agent(&context.generator),
        "generated": context.now.to_rfc3339(),
        "total": items.len(),
        "first": {
            "id": page_id,
            "type": "AnnotationPage",
            "partOf": id,
            "startIndex": 0,
            "items": items,
        },
        "last": page_id,
    });
    serde_json::to_string_pretty(&collection).unwrap_or_default()
}

/// One annotation with its own `@context`.
pub(crate) fn standalone(a: &Annotation, context: &ExportContext<'_>) -> String {
    let mut document = Map::new();
    document.insert("@context".into(), ANNO_CONTEXT.into());
    if let Value::Object(fields) = annotation(a, context) {
        document.extend(fields);
    }
    serde_json::to_string_pretty(&document).unwrap_or_default()
}

fn annotation(a: &Annotation, context: &ExportContext<'_>) -> Value {
    let no_extra = W3cExtra::default();
    let extra = a.extra().unwrap_or(&no_extra);
    let body = a.body();
    let times = |value: &mut Value| {
        value["created"] = a.created().to_rfc3339().into();
        value["modified"] = a.modified().to_rfc3339().into();
    };
    let creator = extra.annotation.get("creator").cloned().or_else(|| context.creator.as_ref().map(agent));
    let language = body.language().map(str::to_owned).or_else(|| context.note_language.clone());
    let mut bodies = Vec::new();
    if !body.note().is_empty() {
        let mut note = json!({
            "type": "TextualBody",
            "value": body.note(),
            "format": body.format().mime_type(),
            "purpose": "commenting",
        });
        if let Some(language) = &language {
            note["language"] = language.as_str().into();
        }
        times(&mut note);
        if let Some(creator) = &creator {
            note["creator"] = creator.clone();
        }
        if let Value::Object(fields) = &mut note {
            fields.extend(extra.note.clone());
        }
        bodies.push(note);
    }
    for tag in body.tags() {
        let mut tag = json!({"type": "TextualBody", "value": tag, "format": "text/plain", "purpose": "tagging"});
        if let Some(language) = &language {
            tag["language"] = language.as_str().into();
        }
        times(&mut tag);
        if let Some(creator) = &creator {
            tag["creator"] = creator.clone();
        }
        bodies.push(tag);
    }
    let motivation = if !body.note().is_empty() {
        "commenting"
    } else if !body.tags().is_empty() {
        "tagging"
    } else {
        "highlighting"
    };
    let info = (context.article)(a.article());
    let quote = a.target().quote();
    let mut selectors = vec![json!({
        "type": "TextQuoteSelector", "exact": quote.exact(), "prefix": quote.prefix(), "suffix": quote.suffix(),
    })];
    if a.target().has_position() {
        let position = a.target().position();
        selectors.push(json!({"type": "TextPositionSelector", "start": position.start, "end": position.end}));
    }
    selectors.extend(extra.selectors.iter().cloned());
    let class = style_class(body.colour());
    let mut target = json!({
        "type": "SpecificResource",
        "source": source(&info),
        "selector": selectors,
        "styleClass": class,
    });
    if let Some(app_url) = &info.app_url {
        target["scope"] = app_url.as_str().into();
    }
    if let Value::Object(fields) = &mut target {
        fields.extend(extra.target.clone());
    }
    let mut item = json!({
        "id": a.id().to_urn(),
        "type": "Annotation",
        "motivation": motivation,
        "created": a.created().to_rfc3339(),
        "modified": a.modified().to_rfc3339(),
        "generator": agent(&context.generator),
        "target": target,
        "stylesheet": {
            "type": "CssStylesheet",
            "value": format!(".{class} {{ background-color: {}; }}", body.colour().hex()),
        },
    });
    if let Some(creator) = creator {
        item["creator"] = creator;
    }
    if !bodies.is_empty() {
        item["body"] = Value::Array(bodies);
    }
    if let Value::Object(fields) = &mut item {
        fields.extend(extra.annotation.clone());
    }
    item
}

/// The article: its stable IRI, described by what the app knows of it.
fn source(info: &ArticleInfo) -> Value {
    let mut source = json!({"id": info.iri, "type": "Text", "format": "text/html"});
    let described = [
        ("language", &info.language),
        ("schema:headline", &info.title),
        ("schema:publisher", &info.outlet),
        ("schema:datePublished", &info.date),
    ];
    for (key, value) in described {
        if let Some(value) = value {
            source[key] = value.trim().into();
        }
    }
    source
}

pub(crate) fn agent(agent: &Agent) -> Value {
    let mut value = json!({
        "id": agent.id,
        "type": agent.kind.name(),
        "name": agent.name,
        "nickname": agent.nickname,
    });
    if let Some(homepage) = &agent.homepage {
        value["homepage"] = homepage.as_str().into();
    }
    value
}

pub(crate) fn style_class(colour: Colour) -> String {
    format!("{STYLE_CLASS_PREFIX}{}", colour.name())
}
