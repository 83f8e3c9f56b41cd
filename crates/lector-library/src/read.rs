//! Reading a library file: all of it is validated before the app changes
//! anything, so an import is all or nothing.

use std::collections::BTreeMap;

use lector_annotations::corrections::read_corrections_in_export;
use lector_annotations::{read_import, ImportFormat, Timestamp};
use serde_json::{Map, Value};

use crate::error::LibraryFileError;
use crate::file::{LibraryArticle, LibraryFile, FORMAT_NAME, FORMAT_VERSION};

/// Largest library file, in bytes: a few thousand saved articles.
pub const MAX_LIBRARY_BYTES: usize = 64 * 1024 * 1024;
/// Most articles in one file.
pub const MAX_ARTICLES: usize = 10_000;

const ROOT_FIELDS: [&str; 5] = ["schema", "version", "exported", "articles", "annotations"];
const ARTICLE_FIELDS: [&str; 10] =
    ["id", "title", "outlet", "author", "date", "address", "iri", "added", "from", "text"];

/// Whether a file's text claims to be a library file (any version), so a
/// file picked or dropped anywhere can be sent to the right import.
pub fn is_library_file(raw: &str) -> bool {
    raw.contains(FORMAT_NAME)
        && serde_json::from_str::<Value>(raw.trim_start_matches('\u{feff}'))
            .is_ok_and(|v| v.get("schema").and_then(Value::as_str) == Some(FORMAT_NAME))
}

/// Reads and validates a library file. `now` bounds the times of its
/// annotations (as an annotation import does). On error nothing should be
/// changed, and the message names the article and the field.
pub fn read_library(raw: &str, now: Timestamp) -> Result<LibraryFile, LibraryFileError> {
    if raw.len() > MAX_LIBRARY_BYTES {
        return Err(LibraryFileError::TooLarge { bytes: raw.len(), limit: MAX_LIBRARY_BYTES });
    }
    let raw = raw.strip_prefix('\u{feff}').unwrap_or(raw);
    let document: Value = serde_json::from_str(raw).map_err(|e| {
        let message = e.to_string();
        let detail = message.rsplit_once(" at line ").map_or(message.as_str(), |(d, _)| d).to_string();
        LibraryFileError::NotJson { line: e.line(), column: e.column(), detail }
    })?;
    let Value::Object(root) = document else {
        return Err(LibraryFileError::NotLibrary { found: describe(&document).into() });
    };
    check_schema(&root)?;
    only(&root, &ROOT_FIELDS, |field, message| LibraryFileError::Invalid { field, message })?;
    let articles = match root.get("articles") {
        Some(Value::Array(items)) => items,
        Some(other) => return Err(invalid("articles", format!("expected a list, found {}", describe(other)))),
        None => return Err(invalid("articles", "missing: a library file lists its articles (maybe none: [])")),
    };
    if articles.len() > MAX_ARTICLES {
        return Err(LibraryFileError::TooManyArticles { count: articles.len(), limit: MAX_ARTICLES });
    }
    let mut read = Vec::with_capacity(articles.len());
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for (index, item) in articles.iter().enumerate() {
        let n = index + 1;
        let article = read_article(item).map_err(|message| LibraryFileError::Article {
            item: n,
            id: item.get("id").and_then(Value::as_str).map(str::to_owned),
            message,
        })?;
        if let Some(first) = seen.insert(article.id.as_str().to_owned(), n) {
            return Err(LibraryFileError::Article {
                item: n,
                id: Some(article.id.as_str().to_owned()),
                message: format!("the same id as article {first}: each article appears once"),
            });
        }
        read.push(article);
    }
    let annotations = read_annotations(root.get("annotations"), now)?;
    Ok(LibraryFile { articles: read, annotations })
}

fn check_schema(root: &Map<String, Value>) -> Result<(), LibraryFileError> {
    match root.get("schema").and_then(Value::as_str) {
        Some(FORMAT_NAME) => {}
        Some(lector_annotations::SCHEMA_NAME) => return Err(LibraryFileError::AnnotationsOnly),
        None if root.contains_key("@context") || root.get("type").is_some() => {
            return Err(LibraryFileError::AnnotationsOnly)
        }
        _ => {
            let keys: Vec<&str> = root.keys().take(8).map(String::as_str).collect();
            return Err(LibraryFileError::NotLibrary { found: format!("an object with keys {}", keys.join(", ")) });
        }
    }
    match root.get("version").and_then(Value::as_u64) {
        Some(version) if version > FORMAT_VERSION => Err(LibraryFileError::Newer { version }),
        Some(0) | None => Err(invalid("version", format!("expected a whole number from 1 to {FORMAT_VERSION}"))),
        Some(_) => Ok(()),
    }
}

/// One article: its text must read as an article file, and the metadata
/// beside it (for people reading the file) must agree with that text.
fn read_article(item: &Value) -> Result<LibraryArticle, String> {
    let Value::Object(fields) = item else {
        return Err(format!("expected an object, found {}", describe(item)));
    };
    only(fields, &ARTICLE_FIELDS, |field, message| format!("field `{field}`: {message}"))?;
    let id = required_str(fields, "id")?;
    let text = required_str(fields, "text")?;
    let added = required_str(fields, "added")?;
    let added = Timestamp::parse_rfc3339(added).map_err(|e| format!("field `added`: {e}"))?;
    let from = optional_str(fields, "from")?.map(str::to_owned);
    let article = LibraryArticle::new(id, text.to_owned(), added, from).map_err(|e| format!("field `text`: {e}"))?;
    let meta = &article.meta;
    let date = meta.date.map(|d| d.to_string());
    let stated = [
        ("title", Some(meta.title.as_str())),
        ("outlet", meta.outlet.as_deref()),
        ("author", meta.author.as_deref()),
        ("date", date.as_deref()),
        ("address", meta.source.as_deref()),
        ("iri", Some(article.iri.as_str())),
    ];
    for (field, in_text) in stated {
        let beside = optional_str(fields, field)?;
        if beside.is_some() && beside != in_text {
            let said = |value: Option<&str>| value.map_or("nothing".to_string(), |v| format!("\u{201c}{v}\u{201d}"));
            return Err(format!(
                "field `{field}` says {} but the article's text says {}: correct one of them, or leave `{field}` out",
                said(beside),
                said(in_text)
            ));
        }
    }
    Ok(article)
}

/// The annotations part is a Lector JSON export, validated whole as an
/// annotation import would be (with its corrections).
fn read_annotations(value: Option<&Value>, now: Timestamp) -> Result<Option<String>, LibraryFileError> {
    let Some(value) = value.filter(|v| !v.is_null()) else { return Ok(None) };
    if !value.is_object() {
        return Err(invalid("annotations", format!("expected a Lector annotations export, found {}", describe(value))));
    }
    let text = value.to_string();
    let file = read_import(&text, now).map_err(LibraryFileError::Annotations)?;
    if file.format != ImportFormat::Lector {
        return Err(invalid(
            "annotations",
            "expected a Lector annotations export (\"schema\": \"lector-annotations\")",
        ));
    }
    read_corrections_in_export(&text).map_err(|e| LibraryFileError::Corrections(e.to_string()))?;
    Ok(Some(text))
}

fn invalid(field: &str, message: impl Into<String>) -> LibraryFileError {
    LibraryFileError::Invalid { field: field.into(), message: message.into() }
}

/// Refuses a field this Lector does not know: it would be lost on the next export.
fn only<E>(fields: &Map<String, Value>, known: &[&str], error: impl Fn(String, String) -> E) -> Result<(), E> {
    match fields.keys().find(|key| !known.contains(&key.as_str())) {
        Some(key) => Err(error(key.clone(), format!("not a field of library files (known: {})", known.join(", ")))),
        None => Ok(()),
    }
}

fn required_str<'a>(fields: &'a Map<String, Value>, field: &str) -> Result<&'a str, String> {
    optional_str(fields, field)?.ok_or_else(|| format!("field `{field}`: missing"))
}

/// `null` counts as absent.
fn optional_str<'a>(fields: &'a Map<String, Value>, field: &str) -> Result<Option<&'a str>, String> {
    match fields.get(field) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(other) => Err(format!("field `{field}`: expected text, found {}", describe(other))),
    }
}

fn describe(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "true or false",
        Value::Number(_) => "a number",
        Value::String(_) => "text",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}
