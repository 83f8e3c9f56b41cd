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
use crate::body::Body;
use crate::colour::Colour;
use crate::fields::{Fault, Fields};
use crate::id::{AnnotationId, ArticleId};
use crate::selectors::Target;
use crate::store::Tombstone;
use crate::time::Timestamp;

#[derive(Deserialize)]
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
}

#[derive(Deserialize)]
pub(crate) struct RawBody<'a> {
    #[serde(borrow, default)]
    pub note: Option<Cow<'a, str>>,
    #[serde(default)]
    pub tags: Option<Vec<String>>,
    #[serde(borrow, default)]
    pub colour: Option<Cow<'a, str>>,
}

#[derive(Deserialize)]
pub(crate) struct RawTarget<'a> {
    #[serde(borrow)]
    pub quote: RawQuote<'a>,
    pub position: RawPosition,
}

#[derive(Deserialize)]
pub(crate) struct RawQuote<'a> {
    #[serde(borrow)]
    pub exact: Cow<'a, str>,
    #[serde(borrow, default)]
    pub prefix: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    pub suffix: Option<Cow<'a, str>>,
}

#[derive(Deserialize)]
pub(crate) struct RawPosition {
    pub start: usize,
    pub end: usize,
}

#[derive(Deserialize)]
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
    pub(crate) fn from_fields(item: &Fields<'a>) -> Result<RawAnnotation<'a>, Fault> {
        let body = item.object("body")?;
        let target = item.object("target")?;
        let quote = target.object("quote")?;
        let position = target.object("position")?;
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
            },
            target: RawTarget {
                quote: RawQuote {
                    exact: Cow::Borrowed(quote.str("exact")?),
                    prefix: optional(&quote, "prefix")?,
                    suffix: optional(&quote, "suffix")?,
                },
                position: RawPosition { start: position.index("start")?, end: position.index("end")? },
            },
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
    let article = ArticleId::parse(&raw.article).map_err(|e| Fault::new("article", e.message()))?;
    let created = time("created", &raw.created, not_after)?;
    let modified = time("modified", &raw.modified, not_after)?;
    if modified < created {
        return Err(Fault::new("modified", format!("{modified} is before created ({created})")));
    }
    let colour = match &raw.body.colour {
        None => Colour::default(),
        Some(name) => Colour::from_name(name).map_err(|e| Fault::new("body.colour", e.message()))?,
    };
    let body = Body::highlight(colour)
        .with_note(raw.body.note.as_deref().unwrap_or_default())
        .map_err(|e| Fault::new("body.note", e.message()))?
        .with_tags(raw.body.tags.as_deref().unwrap_or_default())
        .map_err(|e| Fault::new("body.tags", e.message()))?;
    let (quote, position) = (&raw.target.quote, &raw.target.position);
    let target = Target::from_parts(
        quote.exact.to_string(),
        quote.prefix.as_deref().unwrap_or_default().to_owned(),
        quote.suffix.as_deref().unwrap_or_default().to_owned(),
        Span { start: position.start, end: position.end },
    )
    .map_err(|(field, e)| Fault::new(format!("target.{field}"), e.message()))?;
    Ok(Annotation::from_parts(id, article, created, modified, body, target))
}

pub(crate) fn validate_tombstone(raw: &RawTombstone<'_>) -> Result<Tombstone, Fault> {
    Ok(Tombstone {
        id: AnnotationId::parse(&raw.id).map_err(|e| Fault::new("id", e.message()))?,
        article: ArticleId::parse(&raw.article).map_err(|e| Fault::new("article", e.message()))?,
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
