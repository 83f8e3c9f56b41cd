//! Where an annotation's quote might be in the current text: every place
//! that resembles it, each with the evidence for it (how similar the words
//! are, how much of the stored context agrees on either side, whether it
//! starts and ends on the same word boundaries, how far it moved).
//!
//! Places are found three ways: the exact quote; the quote with up to one
//! edit in four characters (Myers' bit-parallel search, `fuzzy.rs`); and,
//! where the quote's own words were edited more than that (words inserted
//! into it), the stored prefix and suffix found on either side of a stretch
//! that resembles it ("bracketed"). [`crate::anchoring`] decides which place,
//! if any, is trusted; [`crate::reattach_candidates`] ranks them for a reader.

use lector_text::Span;

use crate::article_text::ArticleText;
use crate::fuzzy::{edit_distance, Matcher};
use crate::selectors::Target;

/// Most approximate matches examined per annotation (the closest to the old position first).
const MAX_CANDIDATES: usize = 200;
/// Bound on the work spent locating candidates' starts (characters × 64-character
/// blocks), so that a huge quote in an imported file cannot freeze the page.
const START_SEARCH_BUDGET: usize = 20_000_000;
/// Context characters used to bracket a quote (the nearest to it, of what was stored).
const BRACKET_CONTEXT_CHARS: usize = 32;
/// A context shorter than this brackets nothing reliably.
const MIN_BRACKET_CONTEXT_CHARS: usize = 8;
/// Characters beyond a quote's own reach searched for its context (a sentence or two inserted).
const WINDOW_SLACK_CHARS: usize = 400;
/// Places where each side's context is looked for, nearest the old position first.
const MAX_BRACKET_SIDES: usize = 6;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Found {
    /// The very words of the quote.
    Exact,
    /// Up to one edit in four characters.
    Approximate,
    /// Between the stored prefix and suffix, both found nearly intact.
    Bracketed,
}

#[derive(Clone, Debug)]
pub(crate) struct Candidate {
    pub span: Span,
    /// Edits between the quote and the text of `span`.
    pub errors: usize,
    pub found: Found,
    /// Similarity (0–1) of the stored prefix and suffix to the text around `span`; `None` when none was stored.
    pub before: Option<f64>,
    pub after: Option<f64>,
    /// Starts and ends where the quote did relative to words: not inside a word it was not inside.
    pub boundaries: bool,
    /// Characters between the old start and this one.
    pub distance: usize,
    quote_chars: usize,
    content: f64,
}

impl Candidate {
    /// 1 − edits / the longer of the quote and the place.
    pub fn similarity(&self) -> f64 {
        1.0 - self.errors as f64 / self.quote_chars.max(self.span.len()).max(1) as f64
    }

    /// Mean agreement of the stored context, or `None` when none was stored.
    pub fn context(&self) -> Option<f64> {
        match (self.before, self.after) {
            (Some(a), Some(b)) => Some((a + b) / 2.0),
            (one, other) => one.or(other),
        }
    }

    /// Quote and context agreement, out of 90 (position ignored).
    pub fn content(&self) -> f64 {
        self.content
    }
}

pub(crate) struct Quote<'a> {
    pub exact: Vec<char>,
    pub prefix: Vec<char>,
    pub suffix: Vec<char>,
    pub old: Span,
    pub text: &'a [char],
}

impl<'a> Quote<'a> {
    pub fn new(text: &'a ArticleText, target: &Target) -> Quote<'a> {
        let selector = target.quote();
        Quote {
            exact: selector.exact().chars().collect(),
            prefix: selector.prefix().chars().collect(),
            suffix: selector.suffix().chars().collect(),
            old: target.position(),
            text: text.chars(),
        }
    }

    pub fn len(&self) -> usize {
        self.exact.len()
    }

    /// Start of every exact occurrence (overlapping ones included).
    pub fn exact_starts(&self) -> Vec<usize> {
        let Some(&first) = self.exact.first() else { return Vec::new() };
        let m = self.exact.len();
        let last_start = self.text.len().saturating_sub(m - 1);
        (0..last_start).filter(|&i| self.text[i] == first && self.text[i..i + m] == self.exact[..]).collect()
    }

    /// The stored prefix and suffix are there, character for character.
    pub fn context_is_intact(&self, start: usize) -> bool {
        let end = start + self.exact.len();
        start >= self.prefix.len()
            && self.text[start - self.prefix.len()..start] == self.prefix[..]
            && self.text.get(end..end + self.suffix.len()) == Some(&self.suffix[..])
    }

    /// Similarity of the stored prefix (suffix) to the text before (after) `span`.
    pub fn context_sides(&self, span: Span) -> (Option<f64>, Option<f64>) {
        let before = &self.text[span.start.saturating_sub(self.prefix.len())..span.start];
        let after = &self.text[span.end..(span.end + self.suffix.len()).min(self.text.len())];
        let side = |stored: &[char], actual: &[char]| (!stored.is_empty()).then(|| similarity(stored, actual));
        (side(&self.prefix, before), side(&self.suffix, after))
    }

    /// Mean of [`Quote::context_sides`], `None` when no context was stored.
    pub fn context_support(&self, span: Span) -> Option<f64> {
        let sides: Vec<f64> = {
            let (before, after) = self.context_sides(span);
            [before, after].into_iter().flatten().collect()
        };
        (!sides.is_empty()).then(|| sides.iter().sum::<f64>() / sides.len() as f64)
    }

    /// Whether `span` begins and ends inside a word exactly where the quote
    /// did: "a" selected as a word must not land on the "a" of "at" after an
    /// edit shifted the text by a character.
    pub fn boundaries_agree(&self, span: Span) -> bool {
        let word = |c: Option<&char>| c.is_some_and(|c| c.is_alphanumeric());
        let was_joined_before = word(self.prefix.last()) && word(self.exact.first());
        let was_joined_after = word(self.exact.last()) && word(self.suffix.first());
        let joined_before = span.start > 0 && word(self.text.get(span.start - 1)) && word(self.text.get(span.start));
        let joined_after = span.end > 0 && word(self.text.get(span.end - 1)) && word(self.text.get(span.end));
        was_joined_before == joined_before && was_joined_after == joined_after
    }

    pub fn candidate(&self, span: Span, errors: usize, found: Found) -> Candidate {
        let (before, after) = self.context_sides(span);
        let mut candidate = Candidate {
            span,
            errors,
            found,
            before,
            after,
            boundaries: self.boundaries_agree(span),
            distance: span.start.abs_diff(self.old.start),
            quote_chars: self.exact.len(),
            content: 0.0,
        };
        let similarity = candidate.similarity();
        candidate.content = 50.0 * similarity + 40.0 * candidate.context().unwrap_or(similarity);
        candidate
    }

    /// Exact and approximate places (up to `budget` edits), nearest the old
    /// position first among equally good ones; overlapping finds of one place
    /// are left to the caller.
    pub fn search(&self, budget: usize) -> Vec<Candidate> {
        let m = self.exact.len();
        if m == 0 || m > self.text.len() + budget {
            return Vec::new();
        }
        let matcher = Matcher::new(&self.exact);
        let mut ends = matcher.ends(self.text, budget);
        ends.sort_by_key(|&(end, errors)| (errors, end.abs_diff(self.old.end)));
        let cost_per_candidate = (m + budget) * m.div_ceil(64);
        ends.truncate((START_SEARCH_BUDGET / cost_per_candidate).clamp(1, MAX_CANDIDATES));
        ends.into_iter()
            .map(|(end, errors)| matcher.occurrence_ending_at(self.text, end, errors))
            .map(|o| {
                if o.errors == 0 {
                    self.candidate(Span::new(o.start, o.end), 0, Found::Exact)
                } else {
                    let span = self.widen_to_words(Span::new(o.start, o.end), o.errors);
                    self.candidate(span, o.errors, Found::Approximate)
                }
            })
            .collect()
    }

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

    /// Share of the quote's words (runs of letters and digits) found whole,
    /// in order, in the text of `span`; a word of four letters or more with
    /// one letter changed counts (a typo fixed), a different word does not.
    pub fn words_kept(&self, span: Span) -> f64 {
        let quote_words = words(&self.exact);
        if quote_words.is_empty() {
            return 1.0;
        }
        let place_words = words(&self.text[span.start..span.end]);
        // Longest common subsequence of the two word lists.
        let mut row = vec![0usize; place_words.len() + 1];
        for q in &quote_words {
            let mut diagonal = 0;
            for (j, p) in place_words.iter().enumerate() {
                let above = row[j + 1];
                row[j + 1] = if same_word(q, p) { diagonal + 1 } else { row[j + 1].max(row[j]) };
                diagonal = above;
            }
        }
        row[place_words.len()] as f64 / quote_words.len() as f64
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
        edge: impl Fn(&crate::fuzzy::Occurrence) -> usize,
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
}

fn same_word(a: &[char], b: &[char]) -> bool {
    a == b || a.len().min(b.len()) >= 4 && a.len().abs_diff(b.len()) <= 1 && edit_distance(a, b) <= 1
}

fn words(chars: &[char]) -> Vec<&[char]> {
    chars.split(|c| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect()
}

fn paragraph_breaks(chars: &[char]) -> usize {
    chars.windows(2).filter(|pair| pair == &['\n', '\n']).count()
}

fn similarity(a: &[char], b: &[char]) -> f64 {
    let longest = a.len().max(b.len());
    if longest == 0 {
        return 1.0;
    }
    1.0 - edit_distance(a, b) as f64 / longest as f64
}
