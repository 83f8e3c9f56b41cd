//! Finding an annotation's words again in an article whose text may have changed.
//!
//! A note that silently points at the wrong words is worse than a note shown
//! as lost, so the order is (after Hypothesis), each step taken only on
//! evidence measured to be safe (`examples/reanchor_bench`):
//!
//! 1. **Position**: the stored `TextPositionSelector`, if the text there is
//!    still the quote, starts and ends on the same word boundaries (an "a"
//!    must not land on the "a" of "at" after an edit shifted the text), and
//!    its context still agrees, unless another copy has its context intact.
//! 2. **Moved**: the exact quote elsewhere, with exactly the stored prefix and
//!    suffix around it (text was added or removed before it).
//! 3. **Fuzzy**: places found exactly or with up to one edit in four
//!    characters, scored by quote similarity, prefix and suffix similarity
//!    and (least) closeness to the old position (`candidates.rs`). The best
//!    is taken if no other place scores nearly as well (unless it is much
//!    nearer the old position: a repeated quote, text inserted before it)
//!    and the evidence is strong: its context agrees (≥ 0.5), or it is
//!    verbatim and the only copy and either 20 characters long or one side of
//!    its context holds (≥ 0.6), or it is 24 characters or more, 85%
//!    similar and the only approximate match.
//!    If the quote's own words were edited, what lies between its prefix and
//!    suffix, both found nearly intact (at most twice the quote's length
//!    apart, no paragraph break the quote did not have), is preferred: it
//!    follows words inserted into a quote beyond the edit budget ("arms
//!    deals." → "arms half deals."), provided two thirds of the quote's
//!    characters and of its words (whole, in order) are still there.
//! 4. Otherwise **orphaned**, with the reason and, where there is one, a
//!    suggestion; [`crate::reattach_candidates`] ranks places for the reader.
//!    Anchoring never changes the stored annotation; re-attaching is the
//!    reader's decision ([`crate::AnnotationStore::reattach`]).
//!
//! Context similarity is 1 − edit distance / length over the 32 characters
//! each side; on news text, unrelated 32-character windows score 0.13 in the
//! median and under 0.3 in 99% of pairs, hence the 0.5 threshold.

use lector_text::Span;

use crate::article_text::ArticleText;
use crate::candidates::{Candidate, Found, Quote};
use crate::selectors::Target;

/// Where an annotation is now, and how sure that is.
#[derive(Clone, Debug, PartialEq)]
pub enum Anchoring {
    Placed { span: Span, how: Placement },
    Orphaned(OrphanReason),
}

/// How a placed annotation was found; the UI may mark anything but `Position`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Placement {
    /// At its stored position, unchanged.
    Position,
    /// The same words, at another position (text before them changed).
    Moved,
    /// Similar words where it was: the quoted text itself was edited.
    /// `similarity` is 1 − edits / the longer of the quote and the place: at
    /// least 0.75, except where words were inserted into the quote between
    /// its intact prefix and suffix.
    Fuzzy { similarity: f32 },
}

/// Why an annotation could not be placed. The annotation is kept as it is.
#[derive(Clone, Debug, PartialEq)]
pub enum OrphanReason {
    /// Nothing in the text resembles the quote any more.
    NotFound,
    /// The quote fits several places equally well (e.g. a repeated sentence
    /// whose surroundings changed); `places` lists them (at most 10) so the
    /// reader can pick one.
    Ambiguous { places: Vec<Span> },
    /// The most similar text has too little around it that agrees with the
    /// stored context to be trusted; offered as a suggestion only.
    Weak { suggestion: Span, similarity: f32 },
}

impl Anchoring {
    pub fn span(&self) -> Option<Span> {
        match self {
            Anchoring::Placed { span, .. } => Some(*span),
            Anchoring::Orphaned(_) => None,
        }
    }

    pub fn is_orphaned(&self) -> bool {
        matches!(self, Anchoring::Orphaned(_))
    }
}

impl OrphanReason {
    /// Why the annotation is not drawn, in a sentence for the reader.
    pub fn explanation(&self) -> String {
        match self {
            OrphanReason::NotFound => "The quoted words are no longer in the article.".to_string(),
            OrphanReason::Ambiguous { places } => {
                format!("The quoted words now appear in {} places and nothing tells which one was meant.", places.len())
            }
            OrphanReason::Weak { similarity, .. } => format!(
                "Similar words remain ({}% alike), but too little around them matches to be sure.",
                (similarity * 100.0).round()
            ),
        }
    }
}

/// Context agreement that counts as support (see the module docs).
const CONTEXT_SUPPORT: f64 = 0.5;
/// A quote this long found verbatim at its old position, or verbatim and
/// only once in the text, is trusted even if its surroundings were rewritten.
const DISTINCTIVE_QUOTE_CHARS: usize = 20;
/// A quote this long, found approximately in one place only and this
/// similar, is trusted even if its surroundings were rewritten.
const LONG_QUOTE_CHARS: usize = 24;
const LONG_QUOTE_SIMILARITY: f64 = 0.85;
/// A short quote found verbatim only once is trusted if one side of its context agrees this well.
const ONE_SIDE_SUPPORT: f64 = 0.6;
/// Two places whose scores (out of 90, position ignored) differ by less than this are a tie.
const TIE_MARGIN: f64 = 3.0;
/// A tie is settled by position only if the nearest place is this many times nearer than the next.
const DECISIVE_DISTANCE_RATIO: usize = 4;
const MAX_LISTED_PLACES: usize = 10;
/// The quote's context is looked for around its old position and its best few approximate places.
const BRACKET_NEAR_PLACES: usize = 3;

/// Places one annotation's target in `text` (see the module docs).
pub fn anchor(text: &ArticleText, target: &Target) -> Anchoring {
    let quote = Quote::new(text, target);
    let m = quote.len();
    let at_position = text.holds_at(quote.old, &quote.exact) && quote.boundaries_agree(quote.old);
    // The common case, settled without searching: nothing changed around it.
    if at_position && quote.context_is_intact(quote.old.start) {
        return Anchoring::Placed { span: quote.old, how: Placement::Position };
    }
    let exact_starts = quote.exact_starts();
    let intact: Vec<usize> = exact_starts.iter().copied().filter(|&start| quote.context_is_intact(start)).collect();
    if at_position {
        let supported = quote.context_support(quote.old).is_none_or(|c| c >= CONTEXT_SUPPORT);
        if intact.contains(&quote.old.start) || intact.is_empty() && (supported || m >= DISTINCTIVE_QUOTE_CHARS) {
            return Anchoring::Placed { span: quote.old, how: Placement::Position };
        }
    }
    // Text added or removed elsewhere is the common edit: settle it by exact
    // search before the (costlier) approximate one.
    if let [start] = intact[..] {
        return Anchoring::Placed { span: Span::new(start, start + m), how: Placement::Moved };
    }

    let places = distinct_places(quote.search(max_errors(m)), text.len());
    let trusted = |c: &Candidate| {
        c.boundaries
            && match c.context() {
                Some(context) if context >= CONTEXT_SUPPORT => true,
                None => c.similarity() >= 0.9,
                _ => {
                    c.errors == 0 && exact_starts.len() == 1 && (m >= DISTINCTIVE_QUOTE_CHARS || one_side_holds(c))
                        || m >= LONG_QUOTE_CHARS && c.similarity() >= LONG_QUOTE_SIMILARITY && places.len() == 1
                }
            }
    };
    let chosen = places.first().and_then(|best| {
        let tied: Vec<&Candidate> = places.iter().filter(|c| best.content() - c.content() < TIE_MARGIN).collect();
        if tied.len() == 1 {
            Some(best)
        } else {
            nearest_if_decisive(&tied)
        }
    });
    let trusted_choice = chosen.filter(|c| trusted(c));
    if let Some(c) = trusted_choice.filter(|c| c.errors == 0) {
        return placed(c, quote.old);
    }
    // The quote's own words were edited (maybe more than the search allows:
    // words inserted into it) but its surroundings were not: what is between
    // its prefix and suffix is the strongest evidence there is.
    let near: Vec<usize> =
        std::iter::once(quote.old.start).chain(places.iter().take(BRACKET_NEAR_PLACES).map(|c| c.span.start)).collect();
    // Near where it was or where it seems to be first; the whole text only if that finds nothing.
    let resembling = |found: Vec<Candidate>| -> Vec<Candidate> {
        distinct_places(found, text.len()).into_iter().filter(|c| resembles(&quote, c)).collect()
    };
    let mut bracketed = resembling(quote.bracketed(Some(&near)));
    if bracketed.is_empty() {
        bracketed = resembling(quote.bracketed(None));
    }
    let bracketed_refs: Vec<&Candidate> = bracketed.iter().collect();
    if let Some(c) = match bracketed_refs[..] {
        [only] => Some(only),
        [_, _, ..] => nearest_if_decisive(&bracketed_refs),
        [] => None,
    } {
        return placed(c, quote.old);
    }
    if let Some(c) = trusted_choice {
        return placed(c, quote.old);
    }

    let Some(best) = places.first() else {
        return Anchoring::Orphaned(OrphanReason::NotFound);
    };
    let tied: Vec<&Candidate> = places.iter().filter(|c| best.content() - c.content() < TIE_MARGIN).collect();
    if chosen.is_none() && trusted(best) {
        let spans = tied.iter().map(|c| c.span).take(MAX_LISTED_PLACES).collect();
        return Anchoring::Orphaned(OrphanReason::Ambiguous { places: sorted(spans) });
    }
    if best.errors == 0 && exact_starts.len() > 1 {
        let spans = exact_starts.iter().map(|&s| Span::new(s, s + m)).take(MAX_LISTED_PLACES).collect();
        return Anchoring::Orphaned(OrphanReason::Ambiguous { places: spans });
    }
    Anchoring::Orphaned(OrphanReason::Weak { suggestion: best.span, similarity: best.similarity() as f32 })
}

/// One side of the stored context is still (nearly) there.
fn one_side_holds(c: &Candidate) -> bool {
    c.before.into_iter().chain(c.after).any(|side| side >= ONE_SIDE_SUPPORT)
}

fn placed(c: &Candidate, old: Span) -> Anchoring {
    let how = match (c.found, c.errors) {
        (Found::Exact, _) | (_, 0) if c.span == old => Placement::Position,
        (Found::Exact, _) | (_, 0) => Placement::Moved,
        _ => Placement::Fuzzy { similarity: c.similarity() as f32 },
    };
    Anchoring::Placed { span: c.span, how }
}

/// A bracketed place stands for the quote if, apart from the words inserted
/// into it, at least two thirds of the quote's characters are still there,
/// and two thirds of its words, whole and in order ("west" is not in
/// "Phoenix investigation", though its letters are).
fn resembles(quote: &Quote, c: &Candidate) -> bool {
    let m = quote.len();
    let inserted = c.span.len().saturating_sub(m);
    c.boundaries && c.errors.saturating_sub(inserted) * 3 <= m && quote.words_kept(c.span) * 3.0 >= 2.0
}

/// The same place is often found with several nearby ends; keep its best,
/// best first (quote and context agreement, then closeness to the old place).
fn distinct_places(mut candidates: Vec<Candidate>, text_chars: usize) -> Vec<Candidate> {
    let rank = |c: &Candidate| c.content() + 2.0 * (1.0 - c.distance as f64 / text_chars.max(1) as f64);
    candidates.sort_by(|a, b| rank(b).total_cmp(&rank(a)));
    let mut places: Vec<Candidate> = Vec::new();
    for candidate in candidates {
        if !places.iter().any(|kept| kept.span.overlaps(&candidate.span)) {
            places.push(candidate);
        }
    }
    places
}

/// Among places that fit equally well, the one nearest the old position,
/// if it is [`DECISIVE_DISTANCE_RATIO`] times nearer than any other (text
/// was inserted or removed before a quote that also occurs far away);
/// otherwise none: the reader has to choose.
fn nearest_if_decisive<'c>(tied: &[&'c Candidate]) -> Option<&'c Candidate> {
    let mut by_distance: Vec<&Candidate> = tied.to_vec();
    by_distance.sort_by_key(|c| c.distance);
    match by_distance[..] {
        [nearest, second, ..] if nearest.distance.saturating_mul(DECISIVE_DISTANCE_RATIO) <= second.distance => {
            Some(nearest)
        }
        _ => None,
    }
}

/// The edit budget: a quarter of the quote, so a match keeps at least three
/// characters in four (Hypothesis allows half, and then relies on scoring).
pub(crate) fn max_errors(quote_chars: usize) -> usize {
    quote_chars / 4
}

fn sorted(mut spans: Vec<Span>) -> Vec<Span> {
    spans.sort();
    spans
}
