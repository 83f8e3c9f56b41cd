//! Reading W3C Web Annotations (JSON-LD): Lector's own W3C export, and
//! other tools' files as they write them.
//!
//! Accepted: an `AnnotationCollection` with its first page inline, an
//! `AnnotationPage`, a single `Annotation`, or a list of them. Each
//! annotation needs an id (a UUID, `urn:uuid:…`, or an `http(s)` IRI), one
//! target whose `source` is an IRI (or an object with an `id`) and a
//! `TextQuoteSelector` (at the top or in a `refinedBy` chain). A
//! top-level `TextPositionSelector` counting code points gives the
//! position; without one the annotation is anchored by its quote.
//!
//! Bodies: `TextualBody` (or untyped with a `value`) and `bodyValue`. A body
//! whose `purpose` (string or list) says `tagging`, or any body of an
//! annotation whose motivation is `tagging` and that names no purpose, is a
//! tag; others make the note, keeping their `format` (`text/html` stays
//! HTML) and `language`.
//!
//! Whatever else an annotation says (`creator`, `audience`, a
//! `RangeSelector`, a body's `creator`…) is kept and written back by the
//! export, except `generator` and `generated`, which describe the program
//! that wrote the file (Lector, when it exports). What cannot be kept
//! (image bodies, several targets, a tag body with fields of its own) is
//! refused with the item and field named, never dropped silently.
//!
//! Annotations whose source names no article in the library are kept as
//! foreign (see `foreign.rs`).

use std::collections::BTreeMap;

use serde_json::Value;

use crate::annotation::Annotation;
use crate::body::Body;
use crate::error::{DecodeError, Problem, Problems};
use crate::fields::{describe, Fault, Fields};
use crate::foreign::ForeignAnnotation;
use crate::id::AnnotationId;
use crate::items;
use crate::limits::MAX_ITEMS;
use crate::selectors::Target;
use crate::store::{AnnotationStore, Entry};
use crate::time::Timestamp;
use crate::w3c_body::read_body;
use crate::w3c_export::{ANNO_CONTEXT, STYLE_CLASS_PREFIX};
use crate::w3c_extra::W3cExtra;
use crate::w3c_target::read_target;
use crate::ArticleId;

/// Finds the library's article for a `target.source` IRI.
pub(crate) type Resolve<'a> = &'a dyn Fn(&str) -> Option<ArticleId>;

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

/// The article of a source written by Lector itself: `urn:x-lector:article:<id>`
/// (older exports) or the app's address `…#/article/<id>`.
pub(crate) fn lector_article_of(source: &str) -> Option<ArticleId> {
    let id = source
        .strip_prefix("urn:x-lector:article:")
        .or_else(|| source.split_once("#/article/").map(|(_, rest)| rest))?;
    let id = id.split(['?', '#', '/']).next().unwrap_or(id);
    ArticleId::parse(id).ok()
}

/// Reads every annotation of the document, or reports every problem.
/// Annotations that `resolve` (then Lector's own addresses) place in no
/// article go to the store's foreign list.
pub(crate) fn decode(
    document: &Value,
    not_after: Timestamp,
    resolve: Resolve<'_>,
) -> Result<AnnotationStore, DecodeError> {
    let items = annotation_list(document)?;
    if items.len() > MAX_ITEMS {
        return Err(DecodeError::TooManyItems { count: items.len(), limit: MAX_ITEMS });
    }
    let mut store = AnnotationStore::new();
    let mut foreign = BTreeMap::new();
    let mut problems = Problems::default();
    let mut first_seen = std::collections::HashMap::new();
    for (index, item) in items.iter().enumerate() {
        let number = index + 1;
        let item_id = item.get("id").and_then(Value::as_str).map(crate::id::quoted);
        let read = read_parts(item, Some(not_after));
        let parts = match read {
            Ok(parts) => parts,
            Err(fault) => {
                problems.push(Problem { item: Some(number), item_id, field: fault.field, message: fault.message });
                continue;
            }
        };
        if let Some(first) = first_seen.insert(parts.id.clone(), number) {
            let message = format!("is the same as annotation {first}'s; ids must be unique");
            problems.push(Problem { item: Some(number), item_id, field: "id".into(), message });
            continue;
        }
        match resolve(&parts.source).or_else(|| lector_article_of(&parts.source)) {
            Some(article) => {
                let annotation = parts.into_annotation(article);
                store.entries.insert(annotation.id().clone(), Entry::Live(annotation));
            }
            None => {
                let kept = ForeignAnnotation {
                    id: parts.id.to_urn(),
                    source: parts.source,
                    quote: Some(parts.target.quote().exact().to_owned()),
                    modified: Some(parts.modified),
                    raw: item.clone(),
                };
                foreign.insert(kept.id.clone(), kept);
            }
        }
    }
    if problems.is_empty() {
        store.foreign = foreign;
        Ok(store)
    } else {
        Err(problems.into_error())
    }
}

/// Reads one kept foreign annotation as an annotation of `article`.
pub(crate) fn read_for_article(raw: &Value, article: &ArticleId, not_after: Timestamp) -> Result<Annotation, Fault> {
    Ok(read_parts(raw, Some(not_after))?.into_annotation(article.clone()))
}

/// Reads a foreign annotation kept in Lector's JSON, checking it as an import would.
pub(crate) fn read_foreign(raw: &Value, not_after: Option<Timestamp>) -> Result<ForeignAnnotation, Fault> {
    let parts = read_parts(raw, not_after)?;
    Ok(ForeignAnnotation {
        id: parts.id.to_urn(),
        source: parts.source,
        quote: Some(parts.target.quote().exact().to_owned()),
        modified: Some(parts.modified),
        raw: raw.clone(),
    })
}

pub(crate) fn has_type(value: &Value, wanted: &str) -> bool {
    match value.get("type") {
        Some(Value::String(t)) => t == wanted,
        Some(Value::Array(types)) => types.iter().any(|t| t.as_str() == Some(wanted)),
        _ => false,
    }
}

/// A string or list of strings (as JSON-LD allows for `purpose`, `motivation`…).
pub(crate) fn mentions(value: Option<&Value>, wanted: &str) -> bool {
    match value {
        Some(Value::String(s)) => s == wanted,
        Some(Value::Array(items)) => items.iter().any(|v| v.as_str() == Some(wanted)),
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

/// An annotation read, before it is placed in an article.
struct Parts {
    id: AnnotationId,
    created: Timestamp,
    modified: Timestamp,
    body: Body,
    target: Target,
    extra: W3cExtra,
    source: String,
}

impl Parts {
    fn into_annotation(self, article: ArticleId) -> Annotation {
        Annotation::from_parts(self.id, article, self.created, self.modified, self.body, self.target)
            .with_extra(self.extra)
    }
}

/// Keys of an annotation that Lector reads into its own model (or, for
/// `generator`/`generated`, rewrites: they describe the file's writer).
const MODELLED: &[&str] = &[
    "@context",
    "id",
    "type",
    "motivation",
    "created",
    "modified",
    "body",
    "bodyValue",
    "target",
    "generator",
    "generated",
];

fn read_time(fields: &Fields<'_>, key: &str, not_after: Option<Timestamp>) -> Result<Timestamp, Fault> {
    items::time(&fields.path(key), fields.str(key)?, not_after)
}

fn read_parts(item: &Value, not_after: Option<Timestamp>) -> Result<Parts, Fault> {
    let fields = Fields::of(item, "")?;
    if !has_type(item, "Annotation") {
        let found = fields.get("type").map_or("nothing".into(), describe);
        return Err(Fault::new("type", format!("must be \"Annotation\", found {found}")));
    }
    let id = AnnotationId::parse(fields.str("id")?).map_err(|e| {
        Fault::new("id", format!("{}; Lector identifies annotations by UUID (urn:uuid:…) or http(s) IRI", e.message()))
    })?;
    let (created, modified) = match (fields.get("created"), fields.get("modified")) {
        (None, None) => {
            return Err(Fault::new("created", "is missing (and so is modified); Lector needs one to merge by time"))
        }
        (Some(_), None) => {
            let t = read_time(&fields, "created", not_after)?;
            (t, t)
        }
        (None, Some(_)) => {
            let t = read_time(&fields, "modified", not_after)?;
            (t, t)
        }
        (Some(_), Some(_)) => (read_time(&fields, "created", not_after)?, read_time(&fields, "modified", not_after)?),
    };
    if modified < created {
        return Err(Fault::new("modified", format!("{modified} is before created ({created})")));
    }
    let mut extra = W3cExtra::default();
    let target = single(&fields, "target")?;
    let (source, target, colour) = read_target(&target, &mut extra)?;
    // Bodies without a purpose are tags when tagging is the annotation's only aim.
    let motivation = fields.get("motivation");
    let tagging = mentions(motivation, "tagging") && !mentions(motivation, "commenting");
    let body = read_body(&fields, colour, tagging, &mut extra)?;
    for (key, value) in item.as_object().into_iter().flatten() {
        let ours = MODELLED.contains(&key.as_str()) || key == "stylesheet" && is_lector_stylesheet(value);
        if !ours {
            extra.annotation.insert(key.clone(), value.clone());
        }
    }
    // A motivation Lector would not write (e.g. "questioning") is kept.
    if let Some(motivation) = fields.get("motivation") {
        let ours = if !body.note().is_empty() {
            "commenting"
        } else if !body.tags().is_empty() {
            "tagging"
        } else {
            "highlighting"
        };
        if motivation.as_str() != Some(ours) {
            extra.annotation.insert("motivation".into(), motivation.clone());
        }
    }
    Ok(Parts { id, created, modified, body, target, extra, source })
}

fn is_lector_stylesheet(value: &Value) -> bool {
    value.get("value").and_then(Value::as_str).is_some_and(|css| css.starts_with(&format!(".{STYLE_CLASS_PREFIX}")))
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
            "is a bare IRI; Lector needs a TextQuoteSelector to know which words are meant",
        )),
        _ => fields.object(key),
    }
}
