//! An article's rendered text, indexed by character.
//!
//! Selectors count Unicode scalar values (see `lector_text`), so both creating
//! a target and anchoring one index the text by character. Building the index
//! once per article and passing it to every annotation keeps anchoring
//! hundreds of annotations linear in their number.

use lector_text::Span;

#[derive(Clone, Debug)]
pub struct ArticleText {
    chars: Vec<char>,
}

impl ArticleText {
    /// `rendered` is the article's rendered text as defined by `lector-article`
    /// (title, then blocks separated by blank lines), the same string the
    /// highlight renderer's spans index.
    pub fn new(rendered: &str) -> Self {
        ArticleText { chars: rendered.chars().collect() }
    }

    /// Length in characters.
    pub fn len(&self) -> usize {
        self.chars.len()
    }

    pub fn is_empty(&self) -> bool {
        self.chars.is_empty()
    }

    pub fn chars(&self) -> &[char] {
        &self.chars
    }

    /// The characters of `span`, clamped to the text.
    pub fn slice(&self, span: Span) -> String {
        let end = span.end.min(self.chars.len());
        self.chars[span.start.min(end)..end].iter().collect()
    }

    /// True when the text holds exactly `quote` at `span`.
    pub(crate) fn holds_at(&self, span: Span, quote: &[char]) -> bool {
        span.end <= self.chars.len() && span.start <= span.end && self.chars[span.start..span.end] == *quote
    }
}
