//! What search keeps of one article: built once, when the article is first
//! seen, and serialisable so the app stores it beside the article and never
//! tokenises that article again.

use std::collections::HashMap;

use lector_text::Span;
use serde::{Deserialize, Serialize};

use crate::tokens::for_each_token;

/// One article's terms with their positions, the character span of every
/// token (for highlights) and the passages results are shown in.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ArticleIndex {
    /// Tokens at positions below this are the headline's.
    pub title_tokens: u32,
    /// Character span of each token, by position.
    pub spans: Vec<(u32, u32)>,
    /// Distinct terms in sorted order, each with its positions in order.
    pub terms: Vec<(String, Vec<u32>)>,
    /// Passages (the analysis's sentences), in characters, in text order; when
    /// empty, results show a window of words around the match.
    pub passages: Vec<(u32, u32)>,
}

impl ArticleIndex {
    /// Indexes an article's rendered text, whose first `title_chars`
    /// characters are the headline, with `sentences` as its passages.
    pub fn build(text: &str, title_chars: usize, sentences: &[Span]) -> ArticleIndex {
        let mut spans = Vec::new();
        let mut positions: HashMap<String, Vec<u32>> = HashMap::new();
        let mut title_tokens = 0;
        for_each_token(text, |term, span| {
            let position = spans.len() as u32;
            if span.end <= title_chars {
                title_tokens = position + 1;
            }
            spans.push((span.start as u32, span.end as u32));
            match positions.get_mut(term) {
                Some(list) => list.push(position),
                None => {
                    positions.insert(term.to_string(), vec![position]);
                }
            }
        });
        let mut terms: Vec<(String, Vec<u32>)> = positions.into_iter().collect();
        terms.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let passages = sentences.iter().map(|s| (s.start as u32, s.end as u32)).collect();
        ArticleIndex { title_tokens, spans, terms, passages }
    }

    /// Number of tokens: the document length BM25 normalises by.
    pub fn len(&self) -> usize {
        self.spans.len()
    }

    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    pub fn span(&self, position: u32) -> Span {
        let (start, end) = self.spans[position as usize];
        Span::new(start as usize, end as usize)
    }

    /// Positions of `term`, if the article has it.
    pub fn positions(&self, term: &str) -> Option<&[u32]> {
        self.terms.binary_search_by(|(t, _)| t.as_str().cmp(term)).ok().map(|i| self.terms[i].1.as_slice())
    }

    /// Every term starting with `prefix`, with its positions.
    pub fn with_prefix<'a>(&'a self, prefix: &'a str) -> impl Iterator<Item = &'a (String, Vec<u32>)> + 'a {
        let first = self.terms.partition_point(|(t, _)| t.as_str() < prefix);
        self.terms[first..].iter().take_while(move |(t, _)| t.starts_with(prefix))
    }

    /// Occurrences weighted by where they are: a headline word counts
    /// [`TITLE_WEIGHT`] times.
    pub fn weighted_count(&self, positions: &[u32]) -> f32 {
        let in_title = positions.partition_point(|&p| p < self.title_tokens);
        (positions.len() - in_title) as f32 + in_title as f32 * TITLE_WEIGHT
    }

    /// Bytes of heap this index holds (for the bench's memory figure).
    pub fn heap_bytes(&self) -> usize {
        self.spans.capacity() * 8
            + self.passages.capacity() * 8
            + self.terms.capacity() * std::mem::size_of::<(String, Vec<u32>)>()
            + self.terms.iter().map(|(t, p)| t.capacity() + p.capacity() * 4).sum::<usize>()
    }
}

/// How much more a headline occurrence counts than one in the body: the
/// headline says what the article is about.
pub const TITLE_WEIGHT: f32 = 3.0;
