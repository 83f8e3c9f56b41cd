//! Lector's own JSON format, used both in localStorage and for export
//! (documented for readers in `SCHEMA.md`).
//!
//! A document names its schema and version so that data from another app,
//! or from a newer Lector, is recognised instead of misread. Older versions
//! are upgraded by `migrations.rs` before they are read.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::annotation::Annotation;
use crate::error::{DecodeError, Problem, Problems};
use crate::fields::{describe, Fault, Fields};
use crate::foreign::ForeignAnnotation;
use crate::items::{validate, validate_tombstone, RawAnnotation, RawTombstone};
use crate::json_input::{check_limits, parse_checked};
use crate::limits::MAX_ITEMS;
use crate::migrations;
use crate::store::{AnnotationStore, Entry, Tombstone};
use crate::time::Timestamp;

/// The `schema` field of every Lector annotations document.
pub const SCHEMA_NAME: &str = "lector-annotations";
/// The version this Lector writes, and the newest it reads.
pub const SCHEMA_VERSION: u64 = 2;

#[derive(Serialize)]
struct Document<'a> {
    schema: &'static str,
    version: u64,
    annotations: Vec<&'a Annotation>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    deleted: Vec<&'a Tombstone>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    foreign: Vec<&'a Value>,
}

/// Writes a document. Annotations are written in the order given.
pub(crate) fn encode<'a>(
    annotations: impl IntoIterator<Item = &'a Annotation>,
    tombstones: impl IntoIterator<Item = &'a Tombstone>,
    foreign: &[&'a ForeignAnnotation],
    pretty: bool,
) -> String {
    let document = Document {
        schema: SCHEMA_NAME,
        version: SCHEMA_VERSION,
        annotations: annotations.into_iter().collect(),
        deleted: tombstones.into_iter().collect(),
        foreign: foreign.iter().map(|f| &f.raw).collect(),
    };
    let written = if pretty { serde_json::to_string_pretty(&document) } else { serde_json::to_string(&document) };
    // Our own types only hold strings, numbers and lists: serialising them cannot fail.
    written.unwrap_or_default()
}

/// How forgiving to be.
pub(crate) struct DecodeOptions {
    /// Imports: one bad item refuses the whole file, and the file is limited
    /// to [`MAX_ITEMS`]. Storage: bad items are skipped and reported, the
    /// good ones load (the raw value is backed up).
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

/// Reads a document's text: typed and fast when it is a well-formed
/// current-version document, else through a `Value` for precise errors and
/// migrations.
pub(crate) fn decode_text(raw: &str, options: &DecodeOptions) -> Result<Decoded, DecodeError> {
    let raw = check_limits(raw)?;
    if let Some(decoded) = decode_typed(raw, options) {
        return decoded;
    }
    decode(parse_checked(raw)?, options)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDocument<'a> {
    #[serde(borrow)]
    schema: Cow<'a, str>,
    version: u64,
    #[serde(borrow)]
    annotations: Vec<RawAnnotation<'a>>,
    #[serde(borrow, default)]
    deleted: Vec<RawTombstone<'a>>,
    #[serde(default)]
    foreign: Vec<Value>,
}

/// `None` when the text is not a current-version Lector document whose
/// fields all have the right types; the caller then takes the slow path.
pub(crate) fn decode_typed(raw: &str, options: &DecodeOptions) -> Option<Result<Decoded, DecodeError>> {
    let document: RawDocument = serde_json::from_str(raw).ok()?;
    if document.schema != SCHEMA_NAME || document.version != SCHEMA_VERSION {
        return None;
    }
    let items = document.annotations.into_iter().map(Ok).collect();
    let tombstones = document.deleted.into_iter().map(Ok).collect();
    Some(collect(items, tombstones, &document.foreign, SCHEMA_VERSION, options))
}

/// Reads a parsed document of any version (migrating older ones).
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
    if options.all_or_nothing {
        root.only(&["schema", "version", "annotations", "deleted", "foreign", "corrections"]).map_err(fault_problem)?;
    }
    let items = root.array("annotations").map_err(fault_problem)?;
    let tombstones = match root.get("deleted") {
        Some(_) => root.array("deleted").map_err(fault_problem)?,
        None => &[],
    };
    let items = items
        .iter()
        .map(|item| {
            Fields::of(item, "")
                .and_then(|f| RawAnnotation::from_fields(&f, options.all_or_nothing))
                .map_err(|fault| (fault, item_id(item)))
        })
        .collect();
    let tombstones = tombstones
        .iter()
        .map(|item| Fields::of(item, "").and_then(|f| RawTombstone::from_fields(&f)).map_err(|fault| (fault, None)))
        .collect();
    let foreign = match root.get("foreign") {
        Some(_) => root.array("foreign").map_err(fault_problem)?,
        None => &[],
    };
    collect(items, tombstones, foreign, version, options)
}

fn item_id(item: &Value) -> Option<String> {
    item.get("id").and_then(Value::as_str).map(crate::id::quoted)
}

type Read<T> = Result<T, (Fault, Option<String>)>;

/// Validates every item, then builds the store or reports the problems.
fn collect(
    items: Vec<Read<RawAnnotation<'_>>>,
    tombstones: Vec<Read<RawTombstone<'_>>>,
    foreign: &[Value],
    version: u64,
    options: &DecodeOptions,
) -> Result<Decoded, DecodeError> {
    // Only files are limited: what is in storage was written by Lector and must always load.
    if options.all_or_nothing && items.len() > MAX_ITEMS {
        return Err(DecodeError::TooManyItems { count: items.len(), limit: MAX_ITEMS });
    }
    let mut store = AnnotationStore::new();
    let mut problems = Problems::default();
    // Item number (from 1) of each id, to name both items of a duplicate.
    let mut first_seen = std::collections::HashMap::new();
    for (index, item) in items.into_iter().enumerate() {
        let number = index + 1;
        let read = item.and_then(|raw| {
            validate(&raw, options.not_after).map_err(|fault| (fault, Some(crate::id::quoted(&raw.id))))
        });
        match read {
            Ok(annotation) => {
                if let Some(first) = first_seen.insert(annotation.id().clone(), number) {
                    problems.push(Problem {
                        item: Some(number),
                        item_id: Some(crate::id::quoted(annotation.id().as_str())),
                        field: "id".into(),
                        message: format!("is the same as annotation {first}'s; ids must be unique"),
                    });
                    continue;
                }
                store.entries.insert(annotation.id().clone(), Entry::Live(annotation));
            }
            Err((fault, item_id)) => {
                problems.push(Problem { item: Some(number), item_id, field: fault.field, message: fault.message })
            }
        }
    }
    for (index, item) in tombstones.into_iter().enumerate() {
        match item.and_then(|raw| validate_tombstone(&raw).map_err(|fault| (fault, None))) {
            Ok(tombstone) if store.entries.contains_key(&tombstone.id) => problems.push(Problem {
                item: None,
                item_id: None,
                field: format!("deleted[{index}].id"),
                message: format!("{} is also listed as a live annotation", tombstone.id),
            }),
            Ok(tombstone) => {
                store.entries.insert(tombstone.id.clone(), Entry::Deleted(tombstone));
            }
            Err((fault, _)) => problems.push(Problem {
                item: None,
                item_id: None,
                field: format!("deleted[{index}].{}", fault.field),
                message: fault.message,
            }),
        }
    }
    for (index, raw) in foreign.iter().enumerate() {
        match crate::w3c_import::read_foreign(raw, options.not_after) {
            Ok(kept) => {
                store.foreign.insert(kept.id.clone(), kept);
            }
            Err(fault) => problems.push(Problem {
                item: None,
                item_id: raw.get("id").and_then(Value::as_str).map(crate::id::quoted),
                field: if fault.field.is_empty() {
                    format!("foreign[{index}]")
                } else {
                    format!("foreign[{index}].{}", fault.field)
                },
                message: fault.message,
            }),
        }
    }
    if options.all_or_nothing && !problems.is_empty() {
        return Err(problems.into_error());
    }
    Ok(Decoded { store, skipped: problems, migrated_from: (version < SCHEMA_VERSION).then_some(version) })
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
