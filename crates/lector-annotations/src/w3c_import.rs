//! Reading W3C Web Annotations (JSON-LD): Lector's own W3C export, and
//! other tools' files as far as they fit Lector's model.
//!
//! Accepted: an `AnnotationCollection` with its first page inline, an
//! `AnnotationPage`, a single `Annotation`, or a list of them. Each
//! annotation needs a `urn:uuid:` id (Lector merges by UUID), a target whose
//! `source` ends in an article id, and both a `TextQuoteSelector` and a
//! `TextPositionSelector` counting code points. Anything Lector cannot keep
//! (image bodies, several targets…) is refused with the item and field
//! named, never dropped silently.

use serde_json::Value;

use crate::annotation::Annotation;
use crate::body::Body;
use crate::colour::Colour;
use crate::error::{DecodeError, Problem, Problems};
use crate::fields::{describe, Fault, Fields};
use crate::id::{AnnotationId, ArticleId};
use crate::items;
use crate::limits::MAX_ITEMS;
use crate::selectors::Target;
use crate::store::{AnnotationStore, Entry};
use crate::time::Timestamp;
use crate::w3c_export::{ANNO_CONTEXT, STYLE_CLASS_PREFIX};

fn read_time(fields: &Fields<'_>, key: &str, not_after: Option<Timestamp>) -> Result<Timestamp, Fault> {
    items::time(&fields.path(key), fields.str(key)?, not_after)
}
use lector_text::Span;

/// True if `document` declares the Web Annotation JSON-LD context.
pub(crate) fn is_w3c(document: &Value) -> bool {
    let mentions = |context: &Value| match context {
        Value::String(s) => s == ANNO_CONTEXT,
        Value::Array(items) => items.iter().any(|c| c.as_str() == Some(ANNO_CONTEXT)),
        _ => false,
    };
    match document {
        Value::Array(items) => items.first().and_then(|i| i.get("@context")).is_some_and(mentions),
        other => other.get("@context").is_some_and(mentions),
    }
}

/// Reads every annotation of the document, or reports every problem.
pub(crate) fn decode(document: &Value, not_after: Timestamp) -> Result<AnnotationStore, DecodeError> {
    let items = annotation_list(document)?;
    if items.len() > MAX_ITEMS {
        return Err(DecodeError::TooManyItems { count: items.len(), limit: MAX_ITEMS });
    }
    let mut store = AnnotationStore::new();
    let mut problems = Problems::default();
    let mut first_seen = std::collections::HashMap::new();
    for (index, item) in items.iter().enumerate() {
        let number = index + 1;
        let item_id = item.get("id").and_then(Value::as_str).map(crate::id::quoted);
        match read_annotation(item, not_after) {
            Ok(annotation) => {
                if let Some(first) = first_seen.insert(annotation.id().clone(), number) {
                    let message = format!("is the same as annotation {first}'s; ids must be unique");
                    problems.push(Problem { item: Some(number), item_id, field: "id".into(), message });
                } else {
                    store.entries.insert(annotation.id().clone(), Entry::Live(annotation));
                }
            }
            Err(fault) => {
                problems.push(Problem { item: Some(number), item_id, field: fault.field, message: fault.message })
            }
        }
    }
    if problems.is_empty() {
        Ok(store)
    } else {
        Err(problems.into_error())
    }
}

fn has_type(value: &Value, wanted: &str) -> bool {
    match value.get("type") {
        Some(Value::String(t)) => t == wanted,
        Some(Value::Array(types)) => types.iter().any(|t| t.as_str() == Some(wanted)),
        _ => false,
    }
}

fn annotation_list(document: &Value) -> Result<&[Value], DecodeError> {
    let refuse = |field: &str, message: String| DecodeError::Invalid {
        problems: vec![Problem { item: None, item_id: None, field: field.into(), message }],
        total: 1,
    };
    if let Value::Array(items) = document {
        return Ok(items);
    }
    if has_type(document, "Annotation") {
        return Ok(std::slice::from_ref(document));
    }
    let page = if has_type(document, "AnnotationCollection") {
        match document.get("first") {
            Some(page @ Value::Object(_)) => page,
            Some(Value::String(iri)) => {
                return Err(refuse(
                    "first",
                    format!(
                        "the collection's annotations are not in the file but at {}; download that page and import it",
                        crate::id::quoted(iri)
                    ),
                ))
            }
            _ => return Ok(&[]),
        }
    } else if has_type(document, "AnnotationPage") {
        document
    } else {
        let found = document.get("type").map_or("no type".into(), describe);
        return Err(refuse(
            "type",
            format!("must be AnnotationCollection, AnnotationPage or Annotation, found {found}"),
        ));
    };
    match page.get("items") {
        Some(Value::Array(items)) => Ok(items),
        None => Ok(&[]),
        Some(other) => Err(refuse("first.items", format!("must be a list […], found {}", describe(other)))),
    }
}

fn read_annotation(item: &Value, not_after: Timestamp) -> Result<Annotation, Fault> {
    let fields = Fields::of(item, "")?;
    if !has_type(item, "Annotation") {
        let found = fields.get("type").map_or("nothing".into(), describe);
        return Err(Fault::new("type", format!("must be \"Annotation\", found {found}")));
    }
    let id = AnnotationId::parse(fields.str("id")?).map_err(|e| {
        Fault::new("id", format!("{}; Lector identifies annotations by UUID (urn:uuid:…)", e.message()))
    })?;
    let (created, modified) = match (fields.get("created"), fields.get("modified")) {
        (None, None) => {
            return Err(Fault::new("created", "is missing (and so is modified); Lector needs one to merge by time"))
        }
        (Some(_), None) => {
            let t = read_time(&fields, "created", Some(not_after))?;
            (t, t)
        }
        (None, Some(_)) => {
            let t = read_time(&fields, "modified", Some(not_after))?;
            (t, t)
        }
        (Some(_), Some(_)) => {
            (read_time(&fields, "created", Some(not_after))?, read_time(&fields, "modified", Some(not_after))?)
        }
    };
    if modified < created {
        return Err(Fault::new("modified", format!("{modified} is before created ({created})")));
    }
    let target = single(&fields, "target")?;
    let (article, target, colour) = read_target(&target)?;
    let body = read_body(&fields, colour)?;
    Ok(Annotation::from_parts(id, article, created, modified, body, target))
}

/// `key` as one object: an object, or a list holding exactly one.
fn single<'a>(fields: &Fields<'a>, key: &str) -> Result<Fields<'a>, Fault> {
    match fields.get(key) {
        Some(Value::Array(items)) if items.len() == 1 => Fields::of(&items[0], &format!("{}[0]", fields.path(key))),
        Some(Value::Array(items)) => Err(Fault::new(
            fields.path(key),
            format!("has {} entries; a Lector annotation has exactly one target", items.len()),
        )),
        Some(Value::String(_)) => Err(Fault::new(
            fields.path(key),
            "is a bare IRI; Lector needs a TextQuoteSelector and a TextPositionSelector to know which words are meant",
        )),
        _ => fields.object(key),
    }
}

fn read_target(target: &Fields<'_>) -> Result<(ArticleId, Target, Colour), Fault> {
    let source = target.str("source")?;
    // The id is the IRI's last segment: after the last '/', '#', ':', '?', '=' or '&'.
    let last_segment = source.rsplit(['/', '#', ':', '?', '=', '&']).next().unwrap_or(source);
    let article = ArticleId::parse(last_segment).map_err(|e| {
        Fault::new(
            target.path("source"),
            format!("{} does not end in a Lector article id ({})", crate::id::quoted(source), e.message()),
        )
    })?;
    let selectors: Vec<(usize, &Value)> = match target.get("selector") {
        Some(Value::Array(list)) => list.iter().enumerate().collect(),
        Some(one) => vec![(0, one)],
        None => Vec::new(),
    };
    let find = |wanted: &str| selectors.iter().find(|(_, s)| has_type(s, wanted)).map(|&(i, s)| (i, s));
    let missing = |what: &str| {
        Fault::new(
            target.path("selector"),
            format!("has no {what}; Lector needs both a TextQuoteSelector and a TextPositionSelector"),
        )
    };
    let (qi, quote) = find("TextQuoteSelector").ok_or_else(|| missing("TextQuoteSelector"))?;
    let (pi, position) = find("TextPositionSelector").ok_or_else(|| missing("TextPositionSelector"))?;
    let quote = Fields::of(quote, &format!("{}[{qi}]", target.path("selector")))?;
    let position = Fields::of(position, &format!("{}[{pi}]", target.path("selector")))?;
    let span = Span { start: position.index("start")?, end: position.index("end")? };
    let parts = Target::from_parts(
        quote.str("exact")?.to_owned(),
        quote.str_or_empty("prefix")?.to_owned(),
        quote.str_or_empty("suffix")?.to_owned(),
        span,
    );
    let target_value = parts.map_err(|(field, e)| {
        let path = match field {
            "quote.exact" => quote.path("exact"),
            "quote.prefix" => quote.path("prefix"),
            "quote.suffix" => quote.path("suffix"),
            "position.start" => position.path("start"),
            "position.end" => position.path("end"),
            _ => position.path("end"),
        };
        Fault::new(path, e.message())
    })?;
    let colour = target
        .get("styleClass")
        .and_then(Value::as_str)
        .and_then(|class| class.strip_prefix(STYLE_CLASS_PREFIX))
        .and_then(|name| Colour::from_name(name).ok())
        .unwrap_or_default();
    Ok((article, target_value, colour))
}

fn read_body(fields: &Fields<'_>, colour: Colour) -> Result<Body, Fault> {
    let mut notes: Vec<&str> = Vec::new();
    let mut tags: Vec<&str> = Vec::new();
    if fields.get("bodyValue").is_some() {
        notes.push(fields.str("bodyValue")?);
    }
    let bodies: Vec<(String, &Value)> = match fields.get("body") {
        Some(Value::Array(list)) => list.iter().enumerate().map(|(i, b)| (format!("body[{i}]"), b)).collect(),
        Some(one) => vec![("body".to_owned(), one)],
        None => Vec::new(),
    };
    for (path, value) in bodies {
        let body = Fields::of(value, &path)?;
        let kind = body.get("type").and_then(Value::as_str);
        if !(kind == Some("TextualBody") || kind.is_none() && body.get("value").is_some()) {
            let found = body.get("type").map_or("no type".into(), describe);
            return Err(Fault::new(
                body.path("type"),
                format!("Lector keeps only text bodies (TextualBody), found {found}"),
            ));
        }
        let text = body.str("value")?;
        match body.get("purpose").and_then(Value::as_str) {
            Some("tagging") => tags.push(text),
            _ => notes.push(text),
        }
    }
    Body::highlight(colour)
        .with_note(notes.join("\n\n"))
        .map_err(|e| Fault::new("body", e.message()))?
        .with_tags(tags)
        .map_err(|e| Fault::new("body", e.message()))
}
