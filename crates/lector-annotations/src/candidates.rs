//! Where an annotation's quote might be in the current text: every place
//! that resembles it, each with the evidence for it (how similar the words
//! are, how much of the stored context agrees on either side, whether it
//! starts and ends on the same word boundaries, how far it moved).
//!
//! Places are found three ways: the exact quote; the quote with up to one
//! edit in four characters (Myers' bit-parallel search, `fuzzy.rs`); and,
//! where the quote's own words were edited more than that (words inserted
//! into it), the stored prefix and suffix found on either side of a stretch
//! that resembles it (`bracketing.rs`). [`crate::anchoring`] decides which place,
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

fn similarity(a: &[char], b: &[char]) -> f64 {
    let longest = a.len().max(b.len());
    if longest == 0 {
        return 1.0;
    }
    1.0 - edit_distance(a, b) as f64 / longest as f64
}
