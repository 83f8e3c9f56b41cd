//! The bodies of a W3C annotation as other tools write them: tags (by
//! `purpose`, string or list, or a `tagging` motivation) and the note, with
//! its format and language; the note body's other keys are kept.

use serde_json::Value;

use crate::body::{Body, NoteFormat};
use crate::colour::Colour;
use crate::fields::{describe, Fault, Fields};
use crate::w3c_extra::W3cExtra;
use crate::w3c_import::{has_type, mentions};

/// Keys of a tag body Lector rewrites from the annotation (time, creator, language).
const TAG_BODY_KEYS: &[&str] = &["type", "value", "purpose", "format", "language", "created", "modified", "creator"];

pub(crate) fn read_body(
    fields: &Fields<'_>,
    colour: Colour,
    tagging: bool,
    extra: &mut W3cExtra,
) -> Result<Body, Fault> {
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
