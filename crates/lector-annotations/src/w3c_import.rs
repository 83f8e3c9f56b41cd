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
use crate::body::{Body, NoteFormat};
use crate::colour::Colour;
use crate::error::{DecodeError, Problem, Problems};
use crate::fields::{describe, Fault, Fields};
use crate::foreign::ForeignAnnotation;
use crate::id::{AnnotationId, ArticleId};
use crate::items;
use crate::limits::MAX_ITEMS;
use crate::selectors::Target;
use crate::store::{AnnotationStore, Entry};
use crate::time::Timestamp;
use crate::w3c_export::{ANNO_CONTEXT, STYLE_CLASS_PREFIX};
use crate::w3c_extra::W3cExtra;
use lector_text::Span;

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

fn has_type(value: &Value, wanted: &str) -> bool {
    match value.get("type") {
        Some(Value::String(t)) => t == wanted,
        Some(Value::Array(types)) => types.iter().any(|t| t.as_str() == Some(wanted)),
        _ => false,
    }
}

/// A string or list of strings (as JSON-LD allows for `purpose`, `motivation`…).
fn mentions(value: Option<&Value>, wanted: &str) -> bool {
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

/// A selector and where it is, with whether it refines another one.
struct Found<'a> {
    value: &'a Value,
    path: String,
    top_level: usize,
    nested: bool,
}

/// Every selector of the list, following `refinedBy` chains.
fn walk_selectors<'a>(list: &[(usize, &'a Value)], base: &str) -> Vec<Found<'a>> {
    let mut found = Vec::new();
    for &(index, selector) in list {
        let mut path = format!("{base}[{index}]");
        let mut current = Some(selector);
        let mut nested = false;
        let mut depth = 0;
        while let Some(value) = current {
            found.push(Found { value, path: path.clone(), top_level: index, nested });
            current = value.get("refinedBy").filter(|v| v.is_object());
            path.push_str(".refinedBy");
            nested = true;
            depth += 1;
            if depth > crate::limits::MAX_NESTING {
                break;
            }
        }
    }
    found
}

fn read_target(target: &Fields<'_>, extra: &mut W3cExtra) -> Result<(String, Target, Colour), Fault> {
    let source = match target.get("source") {
        Some(Value::Object(map)) => {
            let described = target.object("source")?;
            let iri = described.str("id")?.to_owned();
            // What Lector writes about an article is written again from the library; anything else is kept.
            if map.keys().any(|k| !SOURCE_KEYS_WRITTEN.contains(&k.as_str())) {
                extra.target.insert("source".into(), Value::Object(map.clone()));
            }
            iri
        }
        _ => target.str("source")?.to_owned(),
    };
    if source.trim().is_empty() {
        return Err(Fault::new(target.path("source"), "is empty; Lector needs the address of the annotated article"));
    }
    let list: Vec<(usize, &Value)> = match target.get("selector") {
        Some(Value::Array(list)) => list.iter().enumerate().collect(),
        Some(one) => vec![(0, one)],
        None => Vec::new(),
    };
    let base = target.path("selector");
    let all = walk_selectors(&list, &base);
    let quote_found =
        all.iter().filter(|s| has_type(s.value, "TextQuoteSelector")).min_by_key(|s| s.nested).ok_or_else(|| {
            Fault::new(
                base.clone(),
                "has no TextQuoteSelector (at the top or in a refinedBy chain); Lector needs the quoted words",
            )
        })?;
    // A position refining another selector counts inside what that one picks, not in the article.
    let position_found = all.iter().find(|s| !s.nested && has_type(s.value, "TextPositionSelector"));
    let quote = Fields::of(quote_found.value, &quote_found.path)?;
    let (exact, prefix, suffix) = (
        quote.str("exact")?.to_owned(),
        quote.str_or_empty("prefix")?.to_owned(),
        quote.str_or_empty("suffix")?.to_owned(),
    );
    let (parts, position) = match position_found {
        Some(found) => {
            let position = Fields::of(found.value, &found.path)?;
            let span = Span { start: position.index("start")?, end: position.index("end")? };
            (Target::from_parts(exact, prefix, suffix, span), Some(position))
        }
        None => (Target::from_quote(exact, prefix, suffix), None),
    };
    let target_value = parts.map_err(|(field, e)| {
        let path = match (field, &position) {
            ("quote.exact", _) => quote.path("exact"),
            ("quote.prefix", _) => quote.path("prefix"),
            ("quote.suffix", _) => quote.path("suffix"),
            ("position.start", Some(p)) => p.path("start"),
            (_, Some(p)) => p.path("end"),
            (_, None) => quote.path("exact"),
        };
        Fault::new(path, e.message())
    })?;
    // Selectors Lector does not read are kept in their order.
    for &(index, selector) in &list {
        let is_used_quote = !quote_found.nested && index == quote_found.top_level;
        let is_used_position = position_found.is_some_and(|p| p.top_level == index);
        if !is_used_quote && !is_used_position {
            extra.selectors.push(selector.clone());
        }
    }
    let mut colour = Colour::default();
    match target.get("styleClass") {
        Some(Value::String(class)) if class.starts_with(STYLE_CLASS_PREFIX) => {
            colour = Colour::from_name(&class[STYLE_CLASS_PREFIX.len()..])
                .map_err(|e| Fault::new(target.path("styleClass"), e.message()))?;
        }
        Some(other) => {
            extra.target.insert("styleClass".into(), other.clone());
        }
        None => {}
    }
    for (key, value) in target.map() {
        // `type` and `scope` are what Lector writes itself (SpecificResource, the app's address).
        if !matches!(key.as_str(), "source" | "selector" | "styleClass" | "type" | "scope") {
            extra.target.insert(key.clone(), value.clone());
        }
    }
    Ok((source, target_value, colour))
}

/// Keys of a `target.source` object that the export writes from [`crate::ArticleInfo`].
const SOURCE_KEYS_WRITTEN: &[&str] =
    &["id", "type", "format", "language", "schema:headline", "schema:publisher", "schema:datePublished"];

/// Keys of a tag body Lector rewrites from the annotation (time, creator, language).
const TAG_BODY_KEYS: &[&str] = &["type", "value", "purpose", "format", "language", "created", "modified", "creator"];

fn read_body(fields: &Fields<'_>, colour: Colour, tagging: bool, extra: &mut W3cExtra) -> Result<Body, Fault> {
    let mut notes: Vec<&str> = Vec::new();
    let mut tags: Vec<&str> = Vec::new();
    let mut format = None;
    let mut language = None;
    if fields.get("bodyValue").is_some() {
        notes.push(fields.str("bodyValue")?);
        format = Some(NoteFormat::Plain);
    }
    let bodies: Vec<(String, &Value)> = match fields.get("body") {
        Some(Value::Array(list)) => list.iter().enumerate().map(|(i, b)| (format!("body[{i}]"), b)).collect(),
        Some(one) => vec![("body".to_owned(), one)],
        None => Vec::new(),
    };
    for (path, value) in bodies {
        let body = Fields::of(value, &path)?;
        let kind = body.get("type");
        let textual = match kind {
            None => body.get("value").is_some(),
            Some(_) => has_type(value, "TextualBody") || has_type(value, "Text") && body.get("value").is_some(),
        };
        if !textual {
            let found = kind.map_or("no type".into(), describe);
            return Err(Fault::new(
                body.path("type"),
                format!("Lector keeps only text bodies (TextualBody), found {found}"),
            ));
        }
        let text = body.str("value")?;
        let purpose = body.get("purpose");
        let is_tag = mentions(purpose, "tagging")
            || mentions(body.get("motivation"), "tagging")
            || (tagging && purpose.is_none());
        if is_tag {
            if let Some(key) = body.map().keys().find(|k| !TAG_BODY_KEYS.contains(&k.as_str()) && *k != "motivation") {
                return Err(Fault::new(
                    body.path(key),
                    "is on a tag; Lector keeps a tag's words only (put it on the note, or remove it)",
                ));
            }
            tags.push(text);
            continue;
        }
        let this_format = match body.get("format") {
            None => NoteFormat::Plain,
            Some(_) => NoteFormat::from_mime_type(body.str("format")?)
                .map_err(|e| Fault::new(body.path("format"), e.message()))?,
        };
        match format {
            Some(first) if first != this_format => {
                return Err(Fault::new(
                    body.path("format"),
                    format!(
                        "is {}, but an earlier note body is {}; Lector keeps one note per annotation, in one format",
                        this_format.mime_type(),
                        first.mime_type()
                    ),
                ))
            }
            _ => format = Some(this_format),
        }
        if body.get("language").is_some() {
            language = Some((body.str("language")?, body.path("language")));
        }
        for (key, value) in body.map() {
            // The annotation's time and creator are what the export writes on its bodies.
            let same_as_annotation =
                matches!(key.as_str(), "created" | "modified" | "creator") && fields.map().get(key) == Some(value);
            if !matches!(key.as_str(), "type" | "value" | "format" | "language") && !same_as_annotation {
                extra.note.insert(key.clone(), value.clone());
            }
        }
        notes.push(text);
    }
    // A purpose of "commenting" is what Lector writes; keep any other.
    if extra.note.get("purpose").and_then(Value::as_str) == Some("commenting") {
        extra.note.remove("purpose");
    }
    let body = Body::highlight(colour)
        .with_note(notes.join("\n\n"))
        .map_err(|e| Fault::new("body", e.message()))?
        .with_tags(tags)
        .map_err(|e| Fault::new("body", e.message()))?
        .with_format(format.unwrap_or_default());
    match language {
        None => Ok(body),
        Some((tag, path)) => body.with_language(Some(tag)).map_err(|e| Fault::new(path, e.message())),
    }
}
