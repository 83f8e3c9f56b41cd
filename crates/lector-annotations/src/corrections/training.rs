//! Corrections as training data: one JSON object per line (JSON Lines), what
//! a script retraining the analyzers reads (`SCHEMA.md`, "Corrections file").

use serde::Serialize;

use crate::ArticleId;

use super::correction::Correction;
use super::set::CorrectionSet;

/// The download's name ends so: `lector-corrections-2026-12-04.jsonl`.
pub const TRAINING_FILE_SUFFIX: &str = "jsonl";

#[derive(Serialize)]
struct Line<'a> {
    article: &'a str,
    /// `cue`, `entity` or `attribution`.
    layer: &'static str,
    action: &'static str,
    /// Characters of the rendered text, end exclusive, when the correction was made.
    start: usize,
    end: usize,
    quote: &'a str,
    prefix: &'a str,
    suffix: &'a str,
    /// The analyzer's label or source; null for what it missed.
    old: Option<&'a str>,
    /// The reader's label or source; null for a dismissal.
    new: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    named: Option<bool>,
    created: String,
}

fn line(c: &Correction) -> String {
    let quote = c.target.quote();
    let line = Line {
        article: c.article.as_str(),
        layer: c.fix.layer().code(),
        action: c.fix.code(),
        start: c.target.position().start,
        end: c.target.position().end,
        quote: quote.exact(),
        prefix: quote.prefix(),
        suffix: quote.suffix(),
        old: c.fix.old(),
        new: c.fix.new_label(),
        named: c.fix.named(),
        created: c.created.to_rfc3339(),
    };
    serde_json::to_string(&line).unwrap_or_default()
}

/// The corrections of `article` (all, if `None`), one line each, in text order per article.
pub fn to_training_lines(set: &CorrectionSet, article: Option<&ArticleId>) -> String {
    let mut chosen: Vec<&Correction> = set.iter().filter(|c| article.is_none_or(|a| &c.article == a)).collect();
    chosen.sort_by_key(|c| (c.article.clone(), c.target.position().start, c.target.position().end));
    let mut out = String::new();
    for c in chosen {
        out.push_str(&line(c));
        out.push('\n');
    }
    out
}
