//! The form an [`ArticleIndex`] is stored in beside its article: numbers as
//! small differences (the gap before each token, each term's positions as
//! steps), so that the JSON stays about twice the size of the text rather
//! than six times, and is checked whole when read back, so a damaged copy is
//! refused with a reason (and rebuilt from the text) instead of answering
//! queries wrongly.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::article_index::ArticleIndex;

/// Bumped when the layout changes; an older copy is refused and rebuilt.
pub const VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
pub struct StoredIndex {
    v: u32,
    title_tokens: u32,
    /// Characters before each token since the previous one ended.
    gaps: Vec<u32>,
    lens: Vec<u8>,
    /// The sorted terms, separated by spaces (a term never holds one).
    terms: String,
    /// How many positions each term has.
    counts: Vec<u32>,
    /// Each term's positions, as steps from the previous (the first from 0).
    steps: Vec<u32>,
    /// Passages as (start, end) pairs, flattened.
    passages: Vec<u32>,
}

/// Why a stored index cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredIndexError(pub &'static str);

impl fmt::Display for StoredIndexError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the article's stored search index is damaged ({}); index the article's text again", self.0)
    }
}

impl std::error::Error for StoredIndexError {}

impl From<ArticleIndex> for StoredIndex {
    fn from(index: ArticleIndex) -> StoredIndex {
        let mut gaps = Vec::with_capacity(index.len());
        let mut previous_end = 0;
        for (&start, &len) in index.starts.iter().zip(&index.lens) {
            gaps.push(start.saturating_sub(previous_end));
            previous_end = start + u32::from(len);
        }
        let mut steps = Vec::with_capacity(index.positions.len());
        let mut counts = Vec::with_capacity(index.term_count());
        let mut terms = String::with_capacity(index.terms.len() + index.term_count());
        for i in 0..index.term_count() {
            if i > 0 {
                terms.push(' ');
            }
            terms.push_str(index.term(i));
            let positions = index.positions_of(i);
            counts.push(positions.len() as u32);
            let mut previous = 0;
            for &p in positions {
                steps.push(p - previous);
                previous = p;
            }
        }
        StoredIndex {
            v: VERSION,
            title_tokens: index.title_tokens,
            gaps,
            lens: index.lens,
            terms,
            counts,
            steps,
            passages: index.passages.iter().flat_map(|&(s, e)| [s, e]).collect(),
        }
    }
}

impl TryFrom<StoredIndex> for ArticleIndex {
    type Error = StoredIndexError;

    fn try_from(stored: StoredIndex) -> Result<ArticleIndex, StoredIndexError> {
        let fail = |why| Err(StoredIndexError(why));
        if stored.v != VERSION {
            return fail("made by another version of Lector");
        }
        if stored.gaps.len() != stored.lens.len() {
            return fail("token lists differ in length");
        }
        let tokens = stored.gaps.len() as u32;
        if stored.title_tokens > tokens {
            return fail("headline longer than the article");
        }
        let mut starts = Vec::with_capacity(stored.gaps.len());
        let mut end: u32 = 0;
        for (&gap, &len) in stored.gaps.iter().zip(&stored.lens) {
            let start = end.checked_add(gap).ok_or(StoredIndexError("token offsets overflow"))?;
            starts.push(start);
            end = start + u32::from(len);
        }
        let term_list: Vec<&str> = if stored.terms.is_empty() { Vec::new() } else { stored.terms.split(' ').collect() };
        if term_list.len() != stored.counts.len() {
            return fail("terms and their counts differ in number");
        }
        if term_list.iter().any(|t| t.is_empty()) || term_list.windows(2).any(|w| w[0] >= w[1]) {
            return fail("terms out of order");
        }
        let mut index =
            ArticleIndex { title_tokens: stored.title_tokens, starts, lens: stored.lens, ..ArticleIndex::default() };
        let mut steps = stored.steps.iter();
        for (term, &count) in term_list.iter().zip(&stored.counts) {
            index.terms.push_str(term);
            index.term_ends.push(index.terms.len() as u32);
            let mut position: u32 = 0;
            for k in 0..count {
                let step = *steps.next().ok_or(StoredIndexError("fewer positions than counted"))?;
                if k > 0 && step == 0 {
                    return fail("a position repeated");
                }
                position = position
                    .checked_add(step)
                    .filter(|&p| p < tokens)
                    .ok_or(StoredIndexError("a position past the last token"))?;
                index.positions.push(position);
            }
            index.position_ends.push(index.positions.len() as u32);
        }
        if steps.next().is_some() {
            return fail("more positions than counted");
        }
        if !stored.passages.len().is_multiple_of(2) || stored.passages.chunks(2).any(|p| p[0] > p[1]) {
            return fail("a passage without an end");
        }
        index.passages = stored.passages.chunks(2).map(|p| (p[0], p[1])).collect();
        Ok(index)
    }
}
