//! Finding an annotation's words again in an article whose text may have changed.
//!
//! A note that silently points at the wrong words is worse than a note shown
//! as lost, so the order is (after Hypothesis):
//!
//! 1. **Position**: the stored `TextPositionSelector`, if the text there is
//!    still the quote and its context still agrees (a short quote like "he"
//!    can land on another "he" after an insertion, its context does not).
//! 2. **Moved**: the exact quote elsewhere, with exactly the stored prefix and
//!    suffix around it (text was added or removed before it).
//! 3. **Fuzzy**: approximate matches of the quote (up to one edit in four
//!    characters), each scored by quote similarity, prefix and suffix
//!    similarity, and (least) closeness to the old position. The best is
//!    taken only if its context supports it, and only if no other place
//!    scores nearly as well, unless it is much nearer the old position than
//!    those (a repeated quote, with text inserted before it).
//! 4. Otherwise **orphaned**, with the reason and, where there is one, a
//!    suggestion the UI can offer to re-attach to. Anchoring never changes the
//!    stored annotation; re-attaching is the reader's decision
//!    ([`crate::AnnotationStore::reattach`]).
//!
//! Context similarity is 1 − edit distance / length over the 32 characters
//! each side; on news text, unrelated 32-character windows score 0.13 in the
//! median and under 0.3 in 99% of pairs, hence the 0.5 threshold.

use lector_text::Span;

use crate::article_text::ArticleText;
use crate::fuzzy::{edit_distance, Matcher};
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
    /// `similarity` is 1 − edits / quote length, at least 0.75.
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

/// Context agreement that counts as support (see the module docs).
const CONTEXT_SUPPORT: f64 = 0.5;
/// A quote this long found verbatim at its old position, or verbatim and
/// only once in the text, is trusted even if its surroundings were rewritten.
const DISTINCTIVE_QUOTE_CHARS: usize = 20;
/// Two places whose scores (out of 90, position ignored) differ by less than this are a tie.
const TIE_MARGIN: f64 = 3.0;
/// A tie is settled by position only if the nearest place is this many times nearer than the next.
const DECISIVE_DISTANCE_RATIO: usize = 4;
/// Most approximate matches examined per annotation (the closest to the old position first).
const MAX_CANDIDATES: usize = 200;
/// Bound on the work spent locating candidates' starts (characters × 64-character
/// blocks), so that a huge quote in an imported file cannot freeze the page.
const START_SEARCH_BUDGET: usize = 20_000_000;
const MAX_LISTED_PLACES: usize = 10;

struct Quote<'a> {
    exact: Vec<char>,
    prefix: Vec<char>,
    suffix: Vec<char>,
    old: Span,
    text: &'a [char],
}

struct Candidate {
    span: Span,
    errors: usize,
    /// Quote and context agreement, out of 90.
    content: f64,
    context: Option<f64>,
    closeness: f64,
}

/// Places one annotation's target in `text` (see the module docs).
pub fn anchor(text: &ArticleText, target: &Target) -> Anchoring {
    let selector = target.quote();
    let quote = Quote {
        exact: selector.exact().chars().collect(),
        prefix: selector.prefix().chars().collect(),
        suffix: selector.suffix().chars().collect(),
        old: target.position(),
        text: text.chars(),
    };
    let m = quote.exact.len();
    if text.holds_at(quote.old, &quote.exact) {
        let supported = quote.context_support(quote.old).is_none_or(|c| c >= CONTEXT_SUPPORT);
        if supported || m >= DISTINCTIVE_QUOTE_CHARS {
            return Anchoring::Placed { span: quote.old, how: Placement::Position };
        }
    }

    // Text added or removed elsewhere is the common edit: settle it by exact
    // search before the (costlier) approximate one.
    let exact_starts = exact_occurrences(quote.text, &quote.exact);
    let same_context: Vec<usize> =
        exact_starts.iter().copied().filter(|&start| quote.context_is_intact(start)).collect();
    if let [start] = same_context[..] {
        return Anchoring::Placed { span: Span::new(start, start + m), how: Placement::Moved };
    }
    if m > quote.text.len() + max_errors(m) {
        return Anchoring::Orphaned(OrphanReason::NotFound);
    }
    let matcher = Matcher::new(&quote.exact);
    let mut ends = matcher.ends(quote.text, max_errors(m));
    if ends.is_empty() {
        return Anchoring::Orphaned(OrphanReason::NotFound);
    }

    ends.sort_by_key(|&(end, errors)| (errors, end.abs_diff(quote.old.end)));
    let cost_per_candidate = (m + max_errors(m)) * m.div_ceil(64);
    ends.truncate((START_SEARCH_BUDGET / cost_per_candidate).clamp(1, MAX_CANDIDATES));
    let mut candidates: Vec<Candidate> = ends
        .into_iter()
        .map(|(end, errors)| matcher.occurrence_ending_at(quote.text, end, errors))
        .map(|o| quote.score(Span::new(o.start, o.end), o.errors))
        .collect();
    candidates.sort_by(|a, b| (b.content + b.closeness).total_cmp(&(a.content + a.closeness)));
    // The same place is often found with several nearby ends; keep its best.
    let mut places: Vec<Candidate> = Vec::new();
    for candidate in candidates {
        if !places.iter().any(|kept| kept.span.overlaps(&candidate.span)) {
            places.push(candidate);
        }
    }
    let best = &places[0];
    let tied: Vec<&Candidate> = places.iter().filter(|c| best.content - c.content < TIE_MARGIN).collect();
    let acceptable = |c: &Candidate| {
        let supported = match c.context {
            Some(context) => context >= CONTEXT_SUPPORT,
            None => c.similarity(m) >= 0.9,
        };
        supported || c.errors == 0 && exact_starts.len() == 1 && m >= DISTINCTIVE_QUOTE_CHARS
    };
    let chosen = if tied.len() == 1 { Some(best) } else { nearest_if_decisive(&tied, quote.old) };
    match chosen {
        Some(c) if acceptable(c) => {
            let how = match c.errors {
                0 if c.span == quote.old => Placement::Position,
                0 => Placement::Moved,
                _ => {
                    let span = quote.widen_to_words(c.span, c.errors);
                    return Anchoring::Placed { span, how: Placement::Fuzzy { similarity: c.similarity(m) } };
                }
            };
            Anchoring::Placed { span: c.span, how }
        }
        None if acceptable(best) => {
            let spans = tied.iter().map(|c| c.span).take(MAX_LISTED_PLACES).collect();
            Anchoring::Orphaned(OrphanReason::Ambiguous { places: sorted(spans) })
        }
        _ if best.errors == 0 && exact_starts.len() > 1 => {
            let spans = exact_starts.iter().map(|&s| Span::new(s, s + m)).take(MAX_LISTED_PLACES).collect();
            Anchoring::Orphaned(OrphanReason::Ambiguous { places: spans })
        }
        _ => Anchoring::Orphaned(OrphanReason::Weak { suggestion: best.span, similarity: best.similarity(m) }),
    }
}

/// Among places that fit equally well, the one nearest the old position,
/// if it is [`DECISIVE_DISTANCE_RATIO`] times nearer than any other (text
/// was inserted or removed before a quote that also occurs far away);
/// otherwise none: the reader has to choose.
fn nearest_if_decisive<'c>(tied: &[&'c Candidate], old: Span) -> Option<&'c Candidate> {
    let mut by_distance: Vec<(usize, &Candidate)> =
        tied.iter().map(|c| (c.span.start.abs_diff(old.start), *c)).collect();
    by_distance.sort_by_key(|&(distance, _)| distance);
    match by_distance[..] {
        [(nearest, candidate), (second, _), ..] if nearest.saturating_mul(DECISIVE_DISTANCE_RATIO) <= second => {
            Some(candidate)
        }
        _ => None,
    }
}

/// The edit budget: a quarter of the quote, so a match keeps at least three
/// characters in four (Hypothesis allows half, and then relies on scoring).
fn max_errors(quote_chars: usize) -> usize {
    quote_chars / 4
}

/// Start of every exact occurrence of `quote` in `text` (overlapping ones included).
fn exact_occurrences(text: &[char], quote: &[char]) -> Vec<usize> {
    let Some(&first) = quote.first() else { return Vec::new() };
    let last_start = text.len().saturating_sub(quote.len() - 1);
    (0..last_start).filter(|&i| text[i] == first && text[i..i + quote.len()] == *quote).collect()
}

fn sorted(mut spans: Vec<Span>) -> Vec<Span> {
    spans.sort();
    spans
}

impl Quote<'_> {
    /// Mean similarity of the stored prefix and suffix to the text around
    /// `span`; `None` when none was stored (the quote was the whole text).
    fn context_support(&self, span: Span) -> Option<f64> {
        let before = &self.text[span.start.saturating_sub(self.prefix.len())..span.start];
        let after = &self.text[span.end..(span.end + self.suffix.len()).min(self.text.len())];
        let sides: Vec<f64> = [(&self.prefix, before), (&self.suffix, after)]
            .into_iter()
            .filter(|(stored, _)| !stored.is_empty())
            .map(|(stored, actual)| similarity(stored, actual))
            .collect();
        (!sides.is_empty()).then(|| sides.iter().sum::<f64>() / sides.len() as f64)
    }

    fn context_is_intact(&self, start: usize) -> bool {
        let end = start + self.exact.len();
        start >= self.prefix.len()
            && self.text[start - self.prefix.len()..start] == self.prefix[..]
            && self.text.get(end..end + self.suffix.len()) == Some(&self.suffix[..])
    }

    /// The fewest-edits match of "two people" in "three people" is "ree
    /// people": when the quote began (ended) at a word boundary, widen a
    /// fuzzy match that begins (ends) inside a word to the word's edge, by no
    /// more characters than it has errors.
    fn widen_to_words(&self, span: Span, errors: usize) -> Span {
        let word = |c: &char| c.is_alphanumeric();
        let starts_word = self.exact.first().is_some_and(word) && !self.prefix.last().is_some_and(word);
        let ends_word = self.exact.last().is_some_and(word) && !self.suffix.first().is_some_and(word);
        let (mut start, mut end) = (span.start, span.end);
        if starts_word {
            let run = self.text[..start].iter().rev().take_while(|c| word(c)).count();
            if run <= errors {
                start -= run;
            }
        }
        if ends_word {
            let run = self.text[end..].iter().take_while(|c| word(c)).count();
            if run <= errors {
                end += run;
            }
        }
        Span::new(start, end)
    }

    fn score(&self, span: Span, errors: usize) -> Candidate {
        let quote_similarity = 1.0 - errors as f64 / self.exact.len() as f64;
        let context = self.context_support(span);
        let content = 50.0 * quote_similarity + 40.0 * context.unwrap_or(quote_similarity);
        let distance = span.start.abs_diff(self.old.start) as f64;
        let closeness = 2.0 * (1.0 - distance / self.text.len().max(1) as f64);
        Candidate { span, errors, content, context, closeness }
    }
}

impl Candidate {
    /// Quote similarity: 1 − edits / quote length.
    fn similarity(&self, quote_chars: usize) -> f32 {
        1.0 - self.errors as f32 / quote_chars as f32
    }
}

fn similarity(a: &[char], b: &[char]) -> f64 {
    let longest = a.len().max(b.len());
    if longest == 0 {
        return 1.0;
    }
    1.0 - edit_distance(a, b) as f64 / longest as f64
}
