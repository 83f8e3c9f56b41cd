//! Lector's own JSON format, used both in localStorage and for export
//! (documented for readers in `SCHEMA.md`).
//!
//! A document names its schema and version so that data from another app,
//! or from a newer Lector, is recognised instead of misread. Older versions
//! are upgraded by `migrations.rs` before they are read.

use serde::Serialize;
use serde_json::Value;

use crate::annotation::Annotation;
use crate::body::Body;
use crate::colour::Colour;
use crate::error::{DecodeError, Problem, Problems};
use crate::fields::{describe, Fault, Fields};
use crate::id::{AnnotationId, ArticleId};
use crate::limits::MAX_ITEMS;
use crate::migrations;
use crate::selectors::Target;
use crate::store::{AnnotationStore, Entry, Tombstone};
use crate::time::Timestamp;
use lector_text::Span;

/// The `schema` field of every Lector annotations document.
pub const SCHEMA_NAME: &str = "lector-annotations";
/// The version this Lector writes, and the newest it reads.
pub const SCHEMA_VERSION: u64 = 1;

#[derive(Serialize)]
struct Document<'a> {
    schema: &'static str,
    version: u64,
    annotations: Vec<&'a Annotation>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    deleted: Vec<&'a Tombstone>,
}

/// Writes a document. Annotations are written in the order given.
pub(crate) fn encode<'a>(
    annotations: impl IntoIterator<Item = &'a Annotation>,
    tombstones: impl IntoIterator<Item = &'a Tombstone>,
    pretty: bool,
) -> String {
    let document = Document {
        schema: SCHEMA_NAME,
        version: SCHEMA_VERSION,
        annotations: annotations.into_iter().collect(),
        deleted: tombstones.into_iter().collect(),
    };
    let written = if pretty { serde_json::to_string_pretty(&document) } else { serde_json::to_string(&document) };
    // Our own types only hold strings, numbers and lists: serialising them cannot fail.
    written.unwrap_or_default()
}

/// How forgiving to be.
pub(crate) struct DecodeOptions {
    /// Imports: one bad item refuses the whole file. Storage: bad items are
    /// skipped and reported, the good ones load (the raw value is backed up).
    pub all_or_nothing: bool,
    /// Imports: refuse times after this (see [`crate::limits::MAX_FUTURE_MILLIS`]).
    pub not_after: Option<Timestamp>,
}

pub(crate) struct Decoded {
    pub store: AnnotationStore,
    pub skipped: Problems,
    pub migrated_from: Option<u64>,
}

/// True if `document` claims to be one of ours, whatever its version.
pub(crate) fn is_lector(document: &Value) -> bool {
    document.get("schema").is_some()
}

pub(crate) fn decode(document: Value, options: &DecodeOptions) -> Result<Decoded, DecodeError> {
    let schema = document.get("schema");
    if schema.and_then(Value::as_str) != Some(SCHEMA_NAME) {
        let found = match schema {
            Some(value) => format!("\"schema\": {}", describe(value)),
            None => describe(&document),
        };
        return Err(DecodeError::Foreign { found });
    }
    let version = match document.get("version").and_then(Value::as_u64) {
        Some(version) if version >= 1 => version,
        _ => {
            let found = document.get("version").map_or("nothing".into(), describe);
            return Err(document_problem("version", format!("must be the schema version (1 or more), found {found}")));
        }
    };
    if version > SCHEMA_VERSION {
        return Err(DecodeError::NewerVersion { found: version, supported: SCHEMA_VERSION });
    }
    let document = migrations::upgrade(document, version)?;
    let root = Fields::of(&document, "").map_err(fault_problem)?;
    let items = root.array("annotations").map_err(fault_problem)?;
    let tombstones = match root.get("deleted") {
        Some(_) => root.array("deleted").map_err(fault_problem)?,
        None => &[],
    };
    if items.len() + tombstones.len() > MAX_ITEMS {
        return Err(DecodeError::TooManyItems { count: items.len() + tombstones.len(), limit: MAX_ITEMS });
    }

    let mut store = AnnotationStore::new();
    let mut problems = Problems::default();
    // Item number (from 1) of each id, to name both items of a duplicate.
    let mut first_seen = std::collections::HashMap::new();
    for (index, item) in items.iter().enumerate() {
        let number = index + 1;
        let item_id = item.get("id").and_then(Value::as_str).map(crate::id::quoted);
        match read_annotation(item, options.not_after) {
            Ok(annotation) => {
                if let Some(first) = first_seen.insert(annotation.id().clone(), number) {
                    problems.push(Problem {
                        item: Some(number),
                        item_id,
                        field: "id".into(),
                        message: format!("is the same as annotation {first}'s; ids must be unique"),
                    });
                    continue;
                }
                store.entries.insert(annotation.id().clone(), Entry::Live(annotation));
            }
            Err(fault) => {
                problems.push(Problem { item: Some(number), item_id, field: fault.field, message: fault.message })
            }
        }
    }
    for (index, item) in tombstones.iter().enumerate() {
        match read_tombstone(item) {
            Ok(tombstone) if store.entries.contains_key(&tombstone.id) => problems.push(Problem {
                item: None,
                item_id: None,
                field: format!("deleted[{index}].id"),
                message: format!("{} is also listed as a live annotation", tombstone.id),
            }),
            Ok(tombstone) => {
                store.entries.insert(tombstone.id.clone(), Entry::Deleted(tombstone));
            }
            Err(fault) => problems.push(Problem {
                item: None,
                item_id: None,
                field: format!("deleted[{index}].{}", fault.field),
                message: fault.message,
            }),
        }
    }
    if options.all_or_nothing && !problems.is_empty() {
        return Err(problems.into_error());
    }
    Ok(Decoded { store, skipped: problems, migrated_from: (version < SCHEMA_VERSION).then_some(version) })
}

fn read_annotation(item: &Value, not_after: Option<Timestamp>) -> Result<Annotation, Fault> {
    let fields = Fields::of(item, "")?;
    let id = AnnotationId::parse(fields.str("id")?).map_err(|e| Fault::new("id", e.message()))?;
    let article = ArticleId::parse(fields.str("article")?).map_err(|e| Fault::new("article", e.message()))?;
    let created = read_time(&fields, "created", not_after)?;
    let modified = read_time(&fields, "modified", not_after)?;
    if modified < created {
        return Err(Fault::new("modified", format!("{modified} is before created ({created})")));
    }
    let body = read_body(&fields.object("body")?)?;
    let target = fields.object("target")?;
    let quote = target.object("quote")?;
    let position = target.object("position")?;
    let span = Span { start: position.index("start")?, end: position.index("end")? };
    let target = Target::from_parts(
        quote.str("exact")?.to_owned(),
        quote.str_or_empty("prefix")?.to_owned(),
        quote.str_or_empty("suffix")?.to_owned(),
        span,
    )
    .map_err(|(field, e)| Fault::new(format!("target.{field}"), e.message()))?;
    Ok(Annotation::from_parts(id, article, created, modified, body, target))
}

fn read_body(body: &Fields<'_>) -> Result<Body, Fault> {
    let colour = match body.get("colour") {
        None => Colour::default(),
        Some(_) => Colour::from_name(body.str("colour")?).map_err(|e| Fault::new(body.path("colour"), e.message()))?,
    };
    Body::highlight(colour)
        .with_note(body.str_or_empty("note")?)
        .map_err(|e| Fault::new(body.path("note"), e.message()))?
        .with_tags(body.strings("tags")?)
        .map_err(|e| Fault::new(body.path("tags"), e.message()))
}

fn read_tombstone(item: &Value) -> Result<Tombstone, Fault> {
    let fields = Fields::of(item, "")?;
    Ok(Tombstone {
        id: AnnotationId::parse(fields.str("id")?).map_err(|e| Fault::new("id", e.message()))?,
        article: ArticleId::parse(fields.str("article")?).map_err(|e| Fault::new("article", e.message()))?,
        deleted: read_time(&fields, "deleted", None)?,
    })
}

pub(crate) fn read_time(fields: &Fields<'_>, key: &str, not_after: Option<Timestamp>) -> Result<Timestamp, Fault> {
    let time = Timestamp::parse_rfc3339(fields.str(key)?).map_err(|e| Fault::new(fields.path(key), e.message()))?;
    if let Some(limit) = not_after.filter(|&limit| time > limit) {
        return Err(Fault::new(
            fields.path(key),
            format!(
                "{time} is in the future (it is now about {}); the clock of the computer that wrote the file is wrong",
                limit.saturating_sub_millis(crate::limits::MAX_FUTURE_MILLIS)
            ),
        ));
    }
    Ok(time)
}

fn document_problem(field: &str, message: String) -> DecodeError {
    DecodeError::Invalid {
        problems: vec![Problem { item: None, item_id: None, field: field.into(), message }],
        total: 1,
    }
}

fn fault_problem(fault: Fault) -> DecodeError {
    document_problem(&fault.field, fault.message)
}
