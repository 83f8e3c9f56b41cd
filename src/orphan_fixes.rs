//! What the sidebar offers for each orphaned annotation: the places
//! [`reattach_candidates`] ranks best first, each shown inside its sentence
//! so the reader can judge it, and attached with one click or key (1, 2, 3).
//!
//! Scores stay out of sight: they compare the places of one annotation and
//! would read as a confidence they are not; the order says it all. Computed
//! once per store and text (`OpenedReader` memoises it), never in a render.

use lector_annotations::{reattach_candidates, AnnotationId, ArticleText, Orphan};
use lector_text::Span;

/// How many places are offered: one key each, `1`–`3`.
pub const OFFERED: usize = 3;
/// At most this many characters of the sentence are shown on either side of the words.
const CONTEXT_CHARS: usize = 60;

/// One orphan and where it could go.
#[derive(Clone, Debug, PartialEq)]
pub struct OrphanFix {
    pub id: AnnotationId,
    /// Best first, at most [`OFFERED`]; empty when nothing in the text resembles the quote.
    pub places: Vec<OfferedPlace>,
}

/// A place in the current text, with the sentence around it.
#[derive(Clone, Debug, PartialEq)]
pub struct OfferedPlace {
    /// Characters of the current rendered text: what attaching selects.
    pub span: Span,
    /// The sentence before the words (cut at a word, with "…", when long).
    pub before: String,
    pub words: String,
    /// The sentence after the words (cut likewise).
    pub after: String,
}

impl OfferedPlace {
    /// The button's accessible name: what it does, then the text it shows.
    pub fn label(&self) -> String {
        format!("Attach to \u{201c}{}\u{201d} in: {}{}{}", self.words, self.before, self.words, self.after)
    }
}

/// The fixes for `orphans` (in their order) in `text`, whose `sentences`
/// (character spans, in order; empty while the analysis is on its way, then
/// each place is shown within its paragraph) give the context.
pub fn orphan_fixes<A: std::borrow::Borrow<lector_annotations::Annotation>>(
    text: &ArticleText,
    orphans: &[Orphan<A>],
    sentences: &[Span],
) -> Vec<OrphanFix> {
    orphans
        .iter()
        .map(|orphan| {
            let annotation = orphan.annotation.borrow();
            let places = reattach_candidates(text, annotation.target(), OFFERED)
                .into_iter()
                .map(|candidate| offered_place(text, candidate.span, sentences))
                .collect();
            OrphanFix { id: annotation.id().clone(), places }
        })
        .collect()
}

/// The fix for orphan `id`, if it is one.
pub fn fix_for<'a>(fixes: &'a [OrphanFix], id: &AnnotationId) -> Option<&'a OrphanFix> {
    fixes.iter().find(|fix| &fix.id == id)
}

fn offered_place(text: &ArticleText, span: Span, sentences: &[Span]) -> OfferedPlace {
    let around = sentence_around(text, span, sentences);
    let chars = text.chars();
    let line = |from: usize, to: usize| -> String {
        chars[from..to].iter().map(|&c| if c == '\n' { ' ' } else { c }).collect()
    };
    OfferedPlace {
        span,
        before: keep_end(&line(around.start, span.start)),
        words: line(span.start, span.end),
        after: keep_start(&line(span.end, around.end)),
    }
}

/// The sentences `span` touches, or without sentences its paragraph (the
/// text between the line breaks around it).
fn sentence_around(text: &ArticleText, span: Span, sentences: &[Span]) -> Span {
    let mut touched = sentences.iter().filter(|s| s.start < span.end.max(span.start + 1) && span.start < s.end);
    let chars = text.chars();
    let (start, end) = match touched.next() {
        // Sentences are in text order: the first touched starts first, the last ends last.
        Some(first) => (first.start, touched.next_back().unwrap_or(first).end),
        None => (
            chars[..span.start].iter().rposition(|&c| c == '\n').map_or(0, |i| i + 1),
            chars[span.end..].iter().position(|&c| c == '\n').map_or(chars.len(), |i| span.end + i),
        ),
    };
    Span::new(start.min(span.start), end.max(span.end))
}

/// The last [`CONTEXT_CHARS`] of `before`, from a word's start, with "…" when cut.
fn keep_end(before: &str) -> String {
    let count = before.chars().count();
    if count <= CONTEXT_CHARS {
        return before.to_string();
    }
    let tail: String = before.chars().skip(count - CONTEXT_CHARS).collect();
    let from_word = tail.find(' ').map_or(tail.as_str(), |i| &tail[i + 1..]);
    format!("\u{2026}{from_word}")
}

/// The first [`CONTEXT_CHARS`] of `after`, to a word's end, with "…" when cut.
fn keep_start(after: &str) -> String {
    if after.chars().count() <= CONTEXT_CHARS {
        return after.to_string();
    }
    let head: String = after.chars().take(CONTEXT_CHARS).collect();
    let to_word = head.rfind(' ').map_or(head.as_str(), |i| &head[..i]);
    format!("{to_word}\u{2026}")
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
