//! Places a reader may re-attach an orphaned annotation to, best first.
//!
//! Anchoring refuses to guess (a note silently on the wrong words is worse
//! than an orphan); once the reader is deciding, a wider net is useful:
//! approximate matches with up to one edit in two characters, the stretch
//! between the stored prefix and suffix whatever it holds, and every verbatim
//! copy. Each place gets a score from 0 to 1 so the UI can offer the first
//! one or two to attach with one click or key. Nothing is changed here:
//! attaching is [`crate::AnnotationStore::reattach`].

use lector_text::Span;

use crate::article_text::ArticleText;
use crate::candidates::{Candidate, Quote};
use crate::selectors::Target;

/// One place to offer, with the evidence for it.
#[derive(Clone, Debug, PartialEq)]
pub struct ReattachCandidate {
    /// Characters of the current text.
    pub span: Span,
    /// 0–1, higher is likelier; comparable between the places of one annotation.
    pub score: f32,
    /// 0–1: how much of the quote the place holds (its characters, or its whole words when words were inserted).
    pub similarity: f32,
    /// 0–1: agreement of the stored context on either side; `None` when none was stored.
    pub context: Option<f32>,
}

/// Weights of the score: the quote's own words count most, then its
/// surroundings; a place inside a word it was not inside, or far away,
/// loses a little.
const QUOTE_WEIGHT: f64 = 0.45;
const CONTEXT_WEIGHT: f64 = 0.35;
const BOUNDARY_WEIGHT: f64 = 0.1;
const CLOSENESS_WEIGHT: f64 = 0.1;

/// At most `limit` places for `target` in `text`, best first, none overlapping.
pub fn reattach_candidates(text: &ArticleText, target: &Target, limit: usize) -> Vec<ReattachCandidate> {
    let quote = Quote::new(text, target);
    let mut found = quote.search(quote.len() / 2);
    found.extend(quote.bracketed(None));
    let mut scored: Vec<(f64, f64, Candidate)> = found
        .into_iter()
        .map(|c| {
            let similarity = c.similarity().max(quote.words_kept(c.span));
            let context = c.context().unwrap_or(similarity);
            let closeness = 1.0 - c.distance as f64 / text.len().max(1) as f64;
            let score = QUOTE_WEIGHT * similarity
                + CONTEXT_WEIGHT * context
                + BOUNDARY_WEIGHT * f64::from(u8::from(c.boundaries))
                + CLOSENESS_WEIGHT * closeness;
            (score, similarity, c)
        })
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.2.distance.cmp(&b.2.distance)));
    let mut out: Vec<ReattachCandidate> = Vec::new();
    for (score, similarity, c) in scored {
        if out.len() == limit {
            break;
        }
        if out.iter().any(|kept| kept.span.overlaps(&c.span)) {
            continue;
        }
        out.push(ReattachCandidate {
            span: c.span,
            score: score as f32,
            similarity: similarity as f32,
            context: c.context().map(|x| x as f32),
        });
    }
    out
}
