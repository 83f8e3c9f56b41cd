//! The target of a W3C annotation as other tools write it: a source (an IRI,
//! or an object with an `id`), a `TextQuoteSelector` at the top or in a
//! `refinedBy` chain, and perhaps a `TextPositionSelector`; whatever else it
//! holds is kept for the export to write back.

use lector_text::Span;
use serde_json::Value;

use crate::colour::Colour;
use crate::fields::{Fault, Fields};
use crate::selectors::Target;
use crate::w3c_export::STYLE_CLASS_PREFIX;
use crate::w3c_extra::W3cExtra;
use crate::w3c_import::has_type;

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

pub(crate) fn read_target(target: &Fields<'_>, extra: &mut W3cExtra) -> Result<(String, Target, Colour), Fault> {
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
