//! What search keeps of one article: built once, when the article is first
//! seen, and serialisable so the app stores it beside the article and never
//! tokenises that article again.
//!
//! Flat arrays rather than a map of terms: a library of 1,000 articles holds
//! a million tokens, and one allocation per term per article would cost more
//! memory than the text itself.

use lector_text::Span;
use serde::{Deserialize, Serialize};

use crate::fx_hash::FxHashMap;
use crate::stored_index::StoredIndex;
use crate::tokens::for_each_token;

/// How much more a headline occurrence counts than one in the body: the
/// headline says what the article is about.
pub const TITLE_WEIGHT: f32 = 3.0;

/// One article's terms with their positions, the character span of every
/// token (for highlights) and the passages results are shown in.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(into = "StoredIndex", try_from = "StoredIndex")]
pub struct ArticleIndex {
    /// Tokens at positions below this are the headline's.
    pub title_tokens: u32,
    /// Where each token starts, in characters, by position.
    pub starts: Vec<u32>,
    /// Each token's length in characters (at most 255: longer is not a word).
    pub lens: Vec<u8>,
    /// The distinct terms in sorted order, concatenated.
    pub terms: String,
    /// Where each term ends in `terms`.
    pub term_ends: Vec<u32>,
    /// Every term's positions in order, term after term.
    pub positions: Vec<u32>,
    /// Where each term's positions end in `positions`.
    pub position_ends: Vec<u32>,
    /// Passages (the analysis's sentences), in characters, in text order; when
    /// empty, results show a window of words around the match.
    pub passages: Vec<(u32, u32)>,
}

impl ArticleIndex {
    /// Indexes an article's rendered text, whose first `title_chars`
    /// characters are the headline, with `sentences` as its passages.
    pub fn build(text: &str, title_chars: usize, sentences: &[Span]) -> ArticleIndex {
        let mut index = ArticleIndex::default();
        // Every token's term in one buffer, by position: (start, end).
        let mut buffer = String::new();
        let mut tokens: Vec<(u32, u32)> = Vec::new();
        for_each_token(text, |term, span| {
            let position = index.starts.len() as u32;
            if span.end <= title_chars {
                index.title_tokens = position + 1;
            }
            index.starts.push(span.start as u32);
            index.lens.push(span.len().min(255) as u8);
            let start = buffer.len() as u32;
            buffer.push_str(term);
            tokens.push((start, buffer.len() as u32));
        });
        // Number the distinct terms, lay them out sorted, then drop each
        // token's position into its term's slot: positions stay in order and
        // no term needs an allocation of its own.
        let mut ids: FxHashMap<&str, u32> = FxHashMap::default();
        ids.reserve(tokens.len() / 2);
        let mut names: Vec<&str> = Vec::new();
        let token_ids: Vec<u32> = tokens
            .iter()
            .map(|&(start, end)| {
                let term = &buffer[start as usize..end as usize];
                *ids.entry(term).or_insert_with(|| {
                    names.push(term);
                    names.len() as u32 - 1
                })
            })
            .collect();
        let mut counts = vec![0u32; names.len()];
        for &id in &token_ids {
            counts[id as usize] += 1;
        }
        let mut order: Vec<u32> = (0..names.len() as u32).collect();
        order.sort_unstable_by_key(|&id| names[id as usize]);
        // Where each term's positions start, by term id.
        let mut next = vec![0u32; names.len()];
        index.terms.reserve_exact(names.iter().map(|n| n.len()).sum());
        index.term_ends.reserve_exact(names.len());
        index.position_ends.reserve_exact(names.len());
        let mut end = 0;
        for &id in &order {
            index.terms.push_str(names[id as usize]);
            index.term_ends.push(index.terms.len() as u32);
            next[id as usize] = end;
            end += counts[id as usize];
            index.position_ends.push(end);
        }
        index.positions = vec![0; tokens.len()];
        for (position, &id) in token_ids.iter().enumerate() {
            index.positions[next[id as usize] as usize] = position as u32;
            next[id as usize] += 1;
        }
        index.starts.shrink_to_fit();
        index.lens.shrink_to_fit();
        index.passages = sentences.iter().map(|s| (s.start as u32, s.end as u32)).collect();
        index
    }

    /// Number of tokens: the document length BM25 normalises by.
    pub fn len(&self) -> usize {
        self.starts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.starts.is_empty()
    }

    pub fn term_count(&self) -> usize {
        self.term_ends.len()
    }

    /// The `i`th distinct term (terms are sorted).
    pub fn term(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.term_ends[i - 1] as usize };
        self.terms.get(start..self.term_ends[i] as usize).unwrap_or("")
    }

    /// The positions of the `i`th term.
    pub fn positions_of(&self, i: usize) -> &[u32] {
        let start = if i == 0 { 0 } else { self.position_ends[i - 1] as usize };
        self.positions.get(start..self.position_ends[i] as usize).unwrap_or(&[])
    }

    pub fn span(&self, position: u32) -> Span {
        let start = self.starts[position as usize] as usize;
        Span::new(start, start + usize::from(self.lens[position as usize]))
    }

    /// Positions of `term`, if the article has it.
    pub fn positions(&self, term: &str) -> Option<&[u32]> {
        let i = self.first_at_or_after(term);
        (i < self.term_count() && self.term(i) == term).then(|| self.positions_of(i))
    }

    /// Every term starting with `prefix`, with its positions.
    pub fn with_prefix<'a>(&'a self, prefix: &'a str) -> impl Iterator<Item = (&'a str, &'a [u32])> + 'a {
        (self.first_at_or_after(prefix)..self.term_count())
            .map(|i| (self.term(i), self.positions_of(i)))
            .take_while(move |(t, _)| t.starts_with(prefix))
    }

    fn first_at_or_after(&self, term: &str) -> usize {
        let (mut lo, mut hi) = (0, self.term_count());
        while lo < hi {
            let mid = (lo + hi) / 2;
            if self.term(mid) < term {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        lo
    }

    /// Occurrences weighted by where they are: a headline word counts
    /// [`TITLE_WEIGHT`] times.
    pub fn weighted_count(&self, positions: &[u32]) -> f32 {
        let in_title = positions.partition_point(|&p| p < self.title_tokens);
        (positions.len() - in_title) as f32 + in_title as f32 * TITLE_WEIGHT
    }

    /// Bytes of heap this index holds (for the bench's memory figure).
    pub fn heap_bytes(&self) -> usize {
        self.starts.capacity() * 4
            + self.lens.capacity()
            + self.terms.capacity()
            + self.term_ends.capacity() * 4
            + self.positions.capacity() * 4
            + self.position_ends.capacity() * 4
            + self.passages.capacity() * 8
    }
}
