//! Corrections as JSON: the value stored in localStorage, the `corrections`
//! list of a Lector JSON export, and reading both back.
//!
//! Stored under [`CORRECTIONS_KEY`] as
//! `{"schema":"lector-corrections","version":1,"corrections":[…]}`, one key
//! per version as annotations are; each item is a flat record
//! (`SCHEMA.md`, "Corrections"). Reading stored data keeps the items that
//! can be read (the caller backs up the raw value first); an import is all or
//! nothing.

use std::fmt;

use lector_text::Span;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::id::AnnotationId;
use crate::limits::{MAX_INPUT_BYTES, MAX_ITEMS};
use crate::selectors::Target;
use crate::time::Timestamp;
use crate::ArticleId;

use super::correction::{Correction, Fix};
use super::set::CorrectionSet;

pub const CORRECTIONS_VERSION: u64 = 1;
pub const CORRECTIONS_KEY: &str = "lector.corrections.v1";
const SCHEMA: &str = "lector-corrections";

/// One correction as written in files.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Record {
    pub id: String,
    pub article: String,
    pub created: String,
    pub fix: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub old: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub named: Option<bool>,
    pub exact: String,
    pub prefix: String,
    pub suffix: String,
    pub start: usize,
    pub end: usize,
}

impl Record {
    pub(crate) fn of(c: &Correction) -> Record {
        let quote = c.target.quote();
        Record {
            id: c.id.as_str().to_string(),
            article: c.article.as_str().to_string(),
            created: c.created.to_rfc3339(),
            fix: c.fix.code().to_string(),
            old: c.fix.old().map(str::to_string),
            new: c.fix.new_label().map(str::to_string),
            named: c.fix.named(),
            exact: quote.exact().to_string(),
            prefix: quote.prefix().to_string(),
            suffix: quote.suffix().to_string(),
            start: c.target.position().start,
            end: c.target.position().end,
        }
    }

    fn into_correction(self) -> Result<Correction, String> {
        let id = AnnotationId::parse(&self.id).map_err(|e| format!("\"id\": {e}"))?;
        let article = ArticleId::parse(&self.article).map_err(|e| format!("\"article\": {e}"))?;
        let created = Timestamp::parse_rfc3339(&self.created).map_err(|e| format!("\"created\": {e}"))?;
        let fix = Fix::from_parts(&self.fix, self.old, self.new, self.named).map_err(|e| e.to_string())?;
        let target = Target::from_parts(self.exact, self.prefix, self.suffix, Span::new(self.start, self.end))
            .map_err(|(field, e)| format!("\"{field}\": {e}"))?;
        Ok(Correction { id, article, target, fix, created })
    }
}

/// Why corrections could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CorrectionsError {
    NotJson(String),
    NotCorrections,
    TooLarge,
    NewerVersion(u64),
    /// Item `index` (from 1) is not a correction Lector can read.
    Item {
        index: usize,
        why: String,
    },
}

impl fmt::Display for CorrectionsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CorrectionsError::NotJson(detail) => write!(f, "the corrections are not valid JSON ({detail})"),
            CorrectionsError::NotCorrections => {
                write!(f, "this is not Lector's corrections data (expected \"schema\": \"{SCHEMA}\")")
            }
            CorrectionsError::TooLarge => {
                write!(f, "the corrections are larger than Lector reads ({MAX_INPUT_BYTES} bytes or {MAX_ITEMS} items)")
            }
            CorrectionsError::NewerVersion(found) => write!(
                f,
                "the corrections were saved by a newer Lector (version {found}; this one reads {CORRECTIONS_VERSION}); \
                 reload the page to get the newer Lector"
            ),
            CorrectionsError::Item { index, why } => write!(f, "correction {index} cannot be read: {why}"),
        }
    }
}

impl std::error::Error for CorrectionsError {}

/// The value stored under [`CORRECTIONS_KEY`].
pub fn encode_corrections(set: &CorrectionSet) -> String {
    let records: Vec<Record> = set.iter().map(Record::of).collect();
    serde_json::json!({ "schema": SCHEMA, "version": CORRECTIONS_VERSION, "corrections": records }).to_string()
}

/// Reads a stored value. With `all_or_nothing` false, items that cannot be
/// read are left out and described in the second element.
pub fn decode_corrections(raw: &str, all_or_nothing: bool) -> Result<(CorrectionSet, Vec<String>), CorrectionsError> {
    if raw.len() > MAX_INPUT_BYTES {
        return Err(CorrectionsError::TooLarge);
    }
    let value: Value = serde_json::from_str(raw).map_err(|e| CorrectionsError::NotJson(e.to_string()))?;
    if value.get("schema").and_then(Value::as_str) != Some(SCHEMA) {
        return Err(CorrectionsError::NotCorrections);
    }
    match value.get("version").and_then(Value::as_u64) {
        Some(v) if v > CORRECTIONS_VERSION => return Err(CorrectionsError::NewerVersion(v)),
        Some(_) => {}
        None => return Err(CorrectionsError::NotCorrections),
    }
    let items = value.get("corrections").cloned().unwrap_or(Value::Array(Vec::new()));
    read_items(items, all_or_nothing)
}

fn read_items(items: Value, all_or_nothing: bool) -> Result<(CorrectionSet, Vec<String>), CorrectionsError> {
    let Value::Array(items) = items else {
        return Err(CorrectionsError::Item { index: 0, why: "\"corrections\" must be a list".into() });
    };
    if items.len() > MAX_ITEMS {
        return Err(CorrectionsError::TooLarge);
    }
    let mut set = CorrectionSet::new();
    let mut skipped = Vec::new();
    for (i, item) in items.into_iter().enumerate() {
        let read = serde_json::from_value::<Record>(item).map_err(|e| e.to_string()).and_then(Record::into_correction);
        match read {
            Ok(correction) => {
                set.add(correction);
            }
            Err(why) if all_or_nothing => return Err(CorrectionsError::Item { index: i + 1, why }),
            Err(why) => skipped.push(format!("correction {}: {why}", i + 1)),
        }
    }
    Ok((set, skipped))
}

/// What [`load_corrections`] found.
#[derive(Debug)]
pub enum LoadedCorrections {
    Nothing,
    /// `raw` is kept when some items were left out (`skipped`): back it up first.
    Found {
        set: CorrectionSet,
        skipped: Vec<String>,
        raw: Option<String>,
    },
    /// Nothing could be read: back up `raw`, tell the reader `error`; save
    /// only if [`LoadedCorrections::may_overwrite`].
    Unreadable {
        raw: String,
        error: CorrectionsError,
    },
}

impl LoadedCorrections {
    /// False for data from a newer Lector, which this one must not save over.
    pub fn may_overwrite(&self) -> bool {
        !matches!(self, LoadedCorrections::Unreadable { error: CorrectionsError::NewerVersion(_), .. })
    }
}

/// Reads the corrections at startup with a function reading storage.
pub fn load_corrections(read: impl FnOnce(&str) -> Option<String>) -> LoadedCorrections {
    let Some(raw) = read(CORRECTIONS_KEY) else { return LoadedCorrections::Nothing };
    match decode_corrections(&raw, false) {
        Ok((set, skipped)) => {
            let raw = (!skipped.is_empty()).then_some(raw);
            LoadedCorrections::Found { set, skipped, raw }
        }
        Err(error) => LoadedCorrections::Unreadable { raw, error },
    }
}

/// A key for keeping unreadable corrections, unique at `now` (as annotations' backups).
pub fn corrections_backup_key(now: Timestamp, taken: impl Fn(&str) -> bool) -> String {
    let base = format!("lector.corrections.backup.{}", now.to_rfc3339());
    if !taken(&base) {
        return base;
    }
    (2..).map(|n| format!("{base}-{n}")).find(|key| !taken(key)).unwrap_or(base)
}

/// A Lector JSON export with `corrections` (those of `article`, or all)
/// added beside its annotations. The export is returned as it was if it is
/// not a JSON object or there are no corrections to add.
pub fn with_corrections(export: &str, set: &CorrectionSet, article: Option<&ArticleId>) -> String {
    let records: Vec<Record> = set.iter().filter(|c| article.is_none_or(|a| &c.article == a)).map(Record::of).collect();
    let Ok(Value::Object(_)) = serde_json::from_str::<Value>(export) else { return export.to_string() };
    if records.is_empty() {
        return export.to_string();
    }
    let body = export.trim_end();
    let Some(close) = body.rfind('}') else { return export.to_string() };
    let list = serde_json::to_string_pretty(&records).unwrap_or_else(|_| "[]".into());
    let list = list.replace('\n', "\n  ");
    format!("{},\n  \"corrections\": {list}\n}}\n", body[..close].trim_end())
}

/// The corrections of an imported Lector JSON export, all or nothing;
/// `Ok(None)` when it has none (W3C files, older exports). A standalone
/// stored value (`"schema": "lector-corrections"`) is read too.
pub fn read_corrections_in_export(raw: &str) -> Result<Option<CorrectionSet>, CorrectionsError> {
    if raw.len() > MAX_INPUT_BYTES {
        return Err(CorrectionsError::TooLarge);
    }
    let Ok(value) = serde_json::from_str::<Value>(raw) else { return Ok(None) };
    if value.get("schema").and_then(Value::as_str) == Some(SCHEMA) {
        return decode_corrections(raw, true).map(|(set, _)| Some(set));
    }
    match value {
        Value::Object(mut map) => match map.remove("corrections") {
            Some(items) => read_items(items, true).map(|(set, _)| Some(set)),
            None => Ok(None),
        },
        _ => Ok(None),
    }
}
