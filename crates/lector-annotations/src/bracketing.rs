//! Finding a quote whose own words were edited between its surroundings
//! that were not: the stored prefix and suffix, both found nearly intact,
//! bracket the place ("arms deals." → "arms half deals.", words cut, a
//! sentence inserted into it), however many edits the quote itself took.

use lector_text::Span;

use crate::candidates::{Candidate, Found, Quote};
use crate::fuzzy::{Matcher, Occurrence};

/// Context characters used to bracket a quote (the nearest to it, of what was stored).
const BRACKET_CONTEXT_CHARS: usize = 32;
/// A context shorter than this brackets nothing reliably.
const MIN_BRACKET_CONTEXT_CHARS: usize = 8;
/// Characters beyond a quote's own reach searched for its context (a sentence or two inserted).
const WINDOW_SLACK_CHARS: usize = 400;
/// Places where each side's context is looked for, nearest the old position first.
const MAX_BRACKET_SIDES: usize = 6;

impl Quote<'_> {
    /// Places between where the stored prefix ends and the stored suffix
    /// begins, both found with at most one edit in four characters, no more
    /// than twice the quote's length apart (plus a sentence): the quote's
    /// own words were edited but what surrounds it was not. `errors` is the
    /// edit distance from the quote.
    ///
    /// With `near`, the contexts are looked for only around those offsets
    /// (the old position, the best approximate places): re-anchoring a whole
    /// article stays linear in its length; `None` searches the whole text.
    pub fn bracketed(&self, near: Option<&[usize]>) -> Vec<Candidate> {
        let m = self.exact.len();
        let prefix = &self.prefix[self.prefix.len().saturating_sub(BRACKET_CONTEXT_CHARS)..];
        let suffix = &self.suffix[..self.suffix.len().min(BRACKET_CONTEXT_CHARS)];
        let windows = self.windows(near);
        // A context shorter than the stored length reached the text's edge
        // (a quote that began or ended the text): bracket with that edge.
        let starts = if prefix.len() < MIN_BRACKET_CONTEXT_CHARS {
            if self.text.starts_with(prefix) {
                vec![prefix.len()]
            } else {
                return Vec::new();
            }
        } else {
            self.side_places(prefix, self.old.start, &windows, |o| o.end)
        };
        let ends = if suffix.len() < MIN_BRACKET_CONTEXT_CHARS {
            if self.text.ends_with(suffix) {
                vec![self.text.len() - suffix.len()]
            } else {
                return Vec::new();
            }
        } else {
            self.side_places(suffix, self.old.end, &windows, |o| o.start)
        };
        let longest = 2 * m + 80;
        let matcher = Matcher::new(&self.exact);
        let mut out = Vec::new();
        for &a in &starts {
            let Some(&b) = ends.iter().filter(|&&b| b >= a && b - a <= longest).min() else { continue };
            let (mut start, mut end) = (a, b);
            while start < end && self.text[start].is_whitespace() {
                start += 1;
            }
            while end > start && self.text[end - 1].is_whitespace() {
                end -= 1;
            }
            // A paragraph moved next to the quote's context is not the quote.
            if start == end || paragraph_breaks(&self.text[start..end]) > paragraph_breaks(&self.exact) {
                continue;
            }
            let span = self.trim_bracket(Span::new(start, end), &matcher);
            if !out.iter().any(|c: &Candidate| c.span == span) {
                out.push(self.candidate(span, matcher.distance_to(&self.text[span.start..span.end]), Found::Bracketed));
            }
        }
        out
    }

    /// Words or a sentence inserted just after (before) the quote also lie
    /// between its prefix and suffix. End (start) the place instead at an
    /// earlier word end (later word start) with the quote's last (first)
    /// character, or at a sentence end (start), if that keeps as many of the
    /// quote's words and matches the quote with fewer edits; words inserted
    /// inside the quote stay in.
    fn trim_bracket(&self, span: Span, matcher: &Matcher) -> Span {
        let (Some(&first), Some(&last)) = (self.exact.first(), self.exact.last()) else { return span };
        let word = |c: &char| c.is_alphanumeric();
        let region = &self.text[span.start..span.end];
        let distances = matcher.distances_to_prefixes(region);
        let mut end = span.end;
        let mut best = (self.words_kept(span), distances.last().copied().unwrap_or(0));
        for (j, &d) in distances.iter().enumerate() {
            let at_word_end = !(word(&region[j]) && region.get(j + 1).is_some_and(word));
            let sentence_end =
                matches!(region[j], '.' | '!' | '?') && region.get(j + 1).is_none_or(|c| c.is_whitespace());
            if d < best.1 && (region[j] == last && at_word_end || sentence_end) {
                let kept = self.words_kept(Span::new(span.start, span.start + j + 1));
                if kept >= best.0 {
                    (best, end) = ((kept, d), span.start + j + 1);
                }
            }
        }
        let region = &self.text[span.start..end];
        let distances = matcher.distances_to_suffixes(region);
        let mut start = span.start;
        let mut best = (self.words_kept(Span::new(span.start, end)), distances.last().copied().unwrap_or(0));
        for (j, &d) in distances.iter().enumerate() {
            let from = region.len() - j - 1;
            let at_word_start = from == 0 || !(word(&region[from - 1]) && word(&region[from]));
            let sentence_start = from >= 2
                && region[from - 1].is_whitespace()
                && matches!(region[from - 2], '.' | '!' | '?')
                && !region[from].is_whitespace();
            if d < best.1 && (region[from] == first && at_word_start || sentence_start) {
                let kept = self.words_kept(Span::new(span.start + from, end));
                if kept >= best.0 {
                    (best, start) = ((kept, d), span.start + from);
                }
            }
        }
        Span::new(start, end)
    }

    /// Stretches of the text to look for a quote's context in: around each
    /// offset of `near`, as far as the quote, its contexts and a sentence
    /// inserted into it could reach; overlapping ones merged. The whole text
    /// when `near` is `None`.
    fn windows(&self, near: Option<&[usize]>) -> Vec<Span> {
        let Some(near) = near else { return vec![Span::new(0, self.text.len())] };
        let reach = 3 * self.exact.len() + 2 * BRACKET_CONTEXT_CHARS + WINDOW_SLACK_CHARS;
        let mut spans: Vec<Span> = near
            .iter()
            .map(|&at| Span::new(at.saturating_sub(reach).min(self.text.len()), (at + reach).min(self.text.len())))
            .collect();
        spans.sort();
        let mut merged: Vec<Span> = Vec::new();
        for span in spans {
            match merged.last_mut() {
                Some(last) if span.start <= last.end => last.end = last.end.max(span.end),
                _ => merged.push(span),
            }
        }
        merged
    }

    /// Where `context` is in the text (with at most one edit in four
    /// characters): the offset `edge` picks (its end for a prefix, its start
    /// for a suffix), best first and then nearest `near`.
    fn side_places(
        &self,
        context: &[char],
        near: usize,
        windows: &[Span],
        edge: impl Fn(&Occurrence) -> usize,
    ) -> Vec<usize> {
        let matcher = Matcher::new(context);
        let mut ends: Vec<(usize, usize)> = windows
            .iter()
            .flat_map(|w| {
                let found = matcher.ends(&self.text[w.start..w.end], context.len() / 4);
                found.into_iter().map(move |(end, errors)| (w.start + end, errors))
            })
            .collect();
        ends.sort_by_key(|&(end, errors)| (errors, end.abs_diff(near)));
        ends.truncate(MAX_BRACKET_SIDES);
        ends.into_iter().map(|(end, errors)| edge(&matcher.occurrence_ending_at(self.text, end, errors))).collect()
    }
}

fn paragraph_breaks(chars: &[char]) -> usize {
    chars.windows(2).filter(|pair| pair == &['\n', '\n']).count()
}
