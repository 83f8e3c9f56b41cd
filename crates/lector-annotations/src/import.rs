//! Importing a file: Lector JSON or W3C JSON-LD, validated completely before
//! anything changes, then merged.
//!
//! An import only adds and updates: deletions listed in a Lector file
//! (tombstones) are ignored, so a file can never delete a reader's notes.
//! Times more than a day in the future are refused, because "newer wins"
//! would let such an item override every later edit.

use std::fmt;

use crate::error::DecodeError;
use crate::json_input::{check_limits, parse_checked};
use crate::limits::MAX_FUTURE_MILLIS;
use crate::merge::MergeReport;
use crate::schema::{self, DecodeOptions, Decoded};
use crate::store::{AnnotationStore, Entry};
use crate::time::Timestamp;
use crate::w3c_import;

/// The format an imported file turned out to be in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportFormat {
    Lector,
    W3c,
}

/// A file read and validated, not merged yet: the UI can show
/// "12 annotations from a W3C file" and ask before merging.
#[derive(Debug)]
pub struct ImportFile {
    pub format: ImportFormat,
    annotations: AnnotationStore,
}

impl ImportFile {
    /// Number of annotations in the file.
    pub fn len(&self) -> usize {
        self.annotations.len()
    }

    pub fn is_empty(&self) -> bool {
        self.annotations.is_empty()
    }

    /// The file's annotations, as a store of their own (e.g. for a preview).
    pub fn annotations(&self) -> &AnnotationStore {
        &self.annotations
    }
}

/// What an import did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ImportReport {
    pub format: ImportFormat,
    pub merge: MergeReport,
}

impl fmt::Display for ImportReport {
    /// "Imported Lector annotations: 2 added, 1 updated, 14 unchanged".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let format = match self.format {
            ImportFormat::Lector => "Lector annotations",
            ImportFormat::W3c => "W3C Web Annotations",
        };
        write!(f, "Imported {format}: {}", self.merge)
    }
}

/// Reads and validates a file's text. `now` is the current time (times more
/// than a day after it are refused). On error nothing was changed and the
/// message says which annotation and which field are wrong.
pub fn read_import(raw: &str, now: Timestamp) -> Result<ImportFile, DecodeError> {
    let raw = check_limits(raw)?;
    let not_after = now.saturating_add_millis(MAX_FUTURE_MILLIS);
    let options = DecodeOptions { all_or_nothing: true, not_after: Some(not_after) };
    let lector = |decoded: Decoded| {
        let mut annotations = decoded.store;
        annotations.entries.retain(|_, entry| matches!(entry, Entry::Live(_)));
        ImportFile { format: ImportFormat::Lector, annotations }
    };
    if let Some(decoded) = schema::decode_typed(raw, &options) {
        return decoded.map(lector);
    }
    let document = parse_checked(raw)?;
    if schema::is_lector(&document) {
        return schema::decode(document, &options).map(lector);
    }
    if w3c_import::is_w3c(&document) {
        let annotations = w3c_import::decode(&document, not_after)?;
        return Ok(ImportFile { format: ImportFormat::W3c, annotations });
    }
    let found = match &document {
        serde_json::Value::Object(map) => {
            let keys: Vec<&str> = map.keys().take(8).map(String::as_str).collect();
            format!("an object with keys {}", keys.join(", "))
        }
        other => crate::fields::describe(other),
    };
    Err(DecodeError::Foreign { found })
}

impl AnnotationStore {
    /// Merges a validated file (same id: newer wins).
    pub fn merge_import(&mut self, file: ImportFile) -> ImportReport {
        ImportReport { format: file.format, merge: self.merge(file.annotations) }
    }

    /// [`read_import`] then [`AnnotationStore::merge_import`]: all or nothing.
    pub fn import(&mut self, raw: &str, now: Timestamp) -> Result<ImportReport, DecodeError> {
        Ok(self.merge_import(read_import(raw, now)?))
    }
}
