//! One item of Lector's JSON, read and validated.
//!
//! Items are read in one of two ways that meet in [`RawAnnotation`]: serde's
//! derived deserializer over the text (fast: used for every well-formed
//! document, such as each load from storage), or [`Fields`] over a parsed
//! `serde_json::Value` (slower, but names the exact field of a wrong type).
//! [`validate`] then applies the same rules to both, so the fast path cannot
//! accept what the careful one would refuse.

use std::borrow::Cow;

use lector_text::Span;
use serde::Deserialize;

use crate::annotation::Annotation;
use crate::body::{Body, NoteFormat};
use crate::colour::Colour;
use crate::fields::{Fault, Fields};
use crate::id::AnnotationId;
use crate::selectors::Target;
use crate::store::Tombstone;
use crate::time::Timestamp;
use crate::w3c_extra::W3cExtra;
use crate::ArticleId;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawAnnotation<'a> {
    #[serde(borrow)]
    pub id: Cow<'a, str>,
    #[serde(borrow)]
    pub article: Cow<'a, str>,
    #[serde(borrow)]
    pub created: Cow<'a, str>,
    #[serde(borrow)]
    pub modified: Cow<'a, str>,
    #[serde(borrow)]
    pub body: RawBody<'a>,
    #[serde(borrow)]
    pub target: RawTarget<'a>,
    /// Fields kept from another tool's W3C annotation (schema version 2).
    #[serde(default)]
    pub w3c: Option<serde_json::Value>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawBody<'a> {
    #[serde(borrow, default)]
    pub note: Option<Cow<'a, str>>,
    #[serde(default)]
    pub tags: Option<Vec<String>>,
    #[serde(borrow, default)]
    pub colour: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    pub format: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    pub language: Option<Cow<'a, str>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawTarget<'a> {
    #[serde(borrow)]
    pub quote: RawQuote<'a>,
    /// Absent for a quote-only target (schema version 2).
    #[serde(default)]
    pub position: Option<RawPosition>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawQuote<'a> {
    #[serde(borrow)]
    pub exact: Cow<'a, str>,
    #[serde(borrow, default)]
    pub prefix: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    pub suffix: Option<Cow<'a, str>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawPosition {
    pub start: usize,
    pub end: usize,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawTombstone<'a> {
    #[serde(borrow)]
    pub id: Cow<'a, str>,
    #[serde(borrow)]
    pub article: Cow<'a, str>,
    #[serde(borrow)]
    pub deleted: Cow<'a, str>,
}

impl<'a> RawAnnotation<'a> {
    /// Reads the item's fields, naming the first one that is missing or of the wrong type.
    /// `strict` (imports): a field Lector does not know is refused by name rather than dropped.
    pub(crate) fn from_fields(item: &Fields<'a>, strict: bool) -> Result<RawAnnotation<'a>, Fault> {
        let body = item.object("body")?;
        let target = item.object("target")?;
        let quote = target.object("quote")?;
        if strict {
            item.only(&["id", "article", "created", "modified", "body", "target", "w3c"])?;
            body.only(&["note", "tags", "colour", "format", "language"])?;
            target.only(&["quote", "position"])?;
            quote.only(&["exact", "prefix", "suffix"])?;
            if target.get("position").is_some() {
                target.object("position")?.only(&["start", "end"])?;
            }
        }
        let position = match target.get("position") {
            None => None,
            Some(_) => {
                let position = target.object("position")?;
                Some(RawPosition { start: position.index("start")?, end: position.index("end")? })
            }
        };
        let optional = |fields: &Fields<'a>, key: &str| -> Result<Option<Cow<'a, str>>, Fault> {
            Ok(match fields.get(key) {
                Some(_) => Some(Cow::Borrowed(fields.str(key)?)),
                None => None,
            })
        };
        Ok(RawAnnotation {
            id: Cow::Borrowed(item.str("id")?),
            article: Cow::Borrowed(item.str("article")?),
            created: Cow::Borrowed(item.str("created")?),
            modified: Cow::Borrowed(item.str("modified")?),
            body: RawBody {
                note: optional(&body, "note")?,
                tags: Some(body.strings("tags")?.into_iter().map(str::to_owned).collect()),
                colour: optional(&body, "colour")?,
                format: optional(&body, "format")?,
                language: optional(&body, "language")?,
            },
            target: RawTarget {
                quote: RawQuote {
                    exact: Cow::Borrowed(quote.str("exact")?),
                    prefix: optional(&quote, "prefix")?,
                    suffix: optional(&quote, "suffix")?,
                },
                position,
            },
            w3c: item.get("w3c").cloned(),
        })
    }
}

impl<'a> RawTombstone<'a> {
    pub(crate) fn from_fields(item: &Fields<'a>) -> Result<RawTombstone<'a>, Fault> {
        Ok(RawTombstone {
            id: Cow::Borrowed(item.str("id")?),
            article: Cow::Borrowed(item.str("article")?),
            deleted: Cow::Borrowed(item.str("deleted")?),
        })
    }
}

/// Checks every rule of the schema on one item. `not_after`: latest acceptable time (imports).
pub(crate) fn validate(raw: &RawAnnotation<'_>, not_after: Option<Timestamp>) -> Result<Annotation, Fault> {
    let id = AnnotationId::parse(&raw.id).map_err(|e| Fault::new("id", e.message()))?;
    let article = ArticleId::parse(&raw.article).map_err(|e| Fault::new("article", e.to_string()))?;
    let created = time("created", &raw.created, not_after)?;
    let modified = time("modified", &raw.modified, not_after)?;
    if modified < created {
        return Err(Fault::new("modified", format!("{modified} is before created ({created})")));
    }
    let colour = match &raw.body.colour {
        None => Colour::default(),
        Some(name) => Colour::from_name(name).map_err(|e| Fault::new("body.colour", e.message()))?,
    };
    let format = match &raw.body.format {
        None => NoteFormat::Markdown,
        Some(mime) => NoteFormat::from_mime_type(mime).map_err(|e| Fault::new("body.format", e.message()))?,
    };
    let body = Body::highlight(colour)
        .with_note(raw.body.note.as_deref().unwrap_or_default())
        .map_err(|e| Fault::new("body.note", e.message()))?
        .with_tags(raw.body.tags.as_deref().unwrap_or_default())
        .map_err(|e| Fault::new("body.tags", e.message()))?
        .with_format(format)
        .with_language(raw.body.language.as_deref())
        .map_err(|e| Fault::new("body.language", e.message()))?;
    let quote = &raw.target.quote;
    let (exact, prefix, suffix) = (
        quote.exact.to_string(),
        quote.prefix.as_deref().unwrap_or_default().to_owned(),
        quote.suffix.as_deref().unwrap_or_default().to_owned(),
    );
    let target = match &raw.target.position {
        Some(position) => Target::from_parts(exact, prefix, suffix, Span { start: position.start, end: position.end }),
        None => Target::from_quote(exact, prefix, suffix),
    }
    .map_err(|(field, e)| Fault::new(format!("target.{field}"), e.message()))?;
    let extra = match &raw.w3c {
        None => W3cExtra::default(),
        Some(value) => serde_json::from_value(value.clone()).map_err(|e| {
            Fault::new("w3c", format!("must hold the kept W3C fields (annotation, target, selectors, note): {e}"))
        })?,
    };
    Ok(Annotation::from_parts(id, article, created, modified, body, target).with_extra(extra))
}

pub(crate) fn validate_tombstone(raw: &RawTombstone<'_>) -> Result<Tombstone, Fault> {
    Ok(Tombstone {
        id: AnnotationId::parse(&raw.id).map_err(|e| Fault::new("id", e.message()))?,
        article: ArticleId::parse(&raw.article).map_err(|e| Fault::new("article", e.to_string()))?,
        deleted: time("deleted", &raw.deleted, None)?,
    })
}

/// A date-time field, refused if after `not_after`.
pub(crate) fn time(field: &str, text: &str, not_after: Option<Timestamp>) -> Result<Timestamp, Fault> {
    let time = Timestamp::parse_rfc3339(text).map_err(|e| Fault::new(field, e.message()))?;
    if let Some(limit) = not_after.filter(|&limit| time > limit) {
        return Err(Fault::new(
            field,
            format!(
                "{time} is in the future (it is now about {}); the clock of the computer that wrote the file is wrong",
                limit.saturating_sub_millis(crate::limits::MAX_FUTURE_MILLIS)
            ),
        ));
    }
    Ok(time)
}
