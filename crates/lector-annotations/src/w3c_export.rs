//! Export as a W3C Web Annotation `AnnotationCollection` (JSON-LD), the
//! format Recogito, Hypothesis' API and annotation servers speak.
//!
//! Mapping (Web Annotation Data Model, W3C Recommendation 2017):
//! - `id`: `urn:uuid:<id>`; `created`, `modified`: xsd:dateTime (UTC).
//! - note → a `TextualBody` with `purpose: commenting`, `format: text/markdown`;
//!   each tag → a `TextualBody` with `purpose: tagging`.
//! - `motivation`: `commenting` with a note, else `tagging` with tags, else `highlighting`.
//! - `target.source`: the article's IRI ([`crate::ExportOptions::article_iri`]);
//!   `target.selector`: `TextQuoteSelector` and `TextPositionSelector`
//!   (positions in code points, as the model requires).
//! - colour → `target.styleClass: lector-<colour>` with a `CssStylesheet`
//!   defining it, so other tools can show it and Lector can read it back.

use serde_json::{json, Value};

use crate::annotation::Annotation;
use crate::colour::Colour;
use crate::export::ExportOptions;

pub(crate) const ANNO_CONTEXT: &str = "http://www.w3.org/ns/anno.jsonld";
pub(crate) const STYLE_CLASS_PREFIX: &str = "lector-";

pub(crate) fn to_w3c(annotations: &[&Annotation], options: &ExportOptions<'_>) -> String {
    let items: Vec<Value> = annotations.iter().map(|a| annotation(a, options)).collect();
    let collection = json!({
        "@context": ANNO_CONTEXT,
        "id": format!("urn:x-lector:export:{}", options.now),
        "type": "AnnotationCollection",
        "label": "Lector annotations",
        "generator": {"type": "Software", "name": "Lector"},
        "generated": options.now.to_rfc3339(),
        "total": items.len(),
        "first": {
            "type": "AnnotationPage",
            "startIndex": 0,
            "items": items,
        },
    });
    serde_json::to_string_pretty(&collection).unwrap_or_default()
}

fn annotation(a: &Annotation, options: &ExportOptions<'_>) -> Value {
    let body = a.body();
    let mut bodies = Vec::new();
    if !body.note().is_empty() {
        bodies.push(json!({
            "type": "TextualBody",
            "value": body.note(),
            "format": "text/markdown",
            "purpose": "commenting",
        }));
    }
    for tag in body.tags() {
        bodies.push(json!({"type": "TextualBody", "value": tag, "purpose": "tagging"}));
    }
    let motivation = if !body.note().is_empty() {
        "commenting"
    } else if !body.tags().is_empty() {
        "tagging"
    } else {
        "highlighting"
    };
    let quote = a.target().quote();
    let position = a.target().position();
    let class = style_class(body.colour());
    let mut item = json!({
        "id": a.id().to_urn(),
        "type": "Annotation",
        "motivation": motivation,
        "created": a.created().to_rfc3339(),
        "modified": a.modified().to_rfc3339(),
        "target": {
            "source": (options.article_iri)(a.article()),
            "selector": [
                {"type": "TextQuoteSelector", "exact": quote.exact(), "prefix": quote.prefix(), "suffix": quote.suffix()},
                {"type": "TextPositionSelector", "start": position.start, "end": position.end},
            ],
            "styleClass": class,
        },
        "stylesheet": {
            "type": "CssStylesheet",
            "value": format!(".{class} {{ background-color: {}; }}", body.colour().hex()),
        },
    });
    if !bodies.is_empty() {
        item["body"] = Value::Array(bodies);
    }
    item
}

pub(crate) fn style_class(colour: Colour) -> String {
    format!("{STYLE_CLASS_PREFIX}{}", colour.name())
}
