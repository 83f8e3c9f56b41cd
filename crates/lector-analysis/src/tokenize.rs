//! Placeholder tokenizer (whitespace and punctuation); replaced by the news
//! tokenizer of the entity issue.

use std::ops::Range;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    /// Byte range in the text.
    pub bytes: Range<usize>,
}

pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut start = None;
    for (i, ch) in text.char_indices() {
        if ch.is_alphanumeric() {
            start.get_or_insert(i);
        } else {
            if let Some(s) = start.take() {
                tokens.push(Token { bytes: s..i });
            }
            if !ch.is_whitespace() {
                tokens.push(Token { bytes: i..i + ch.len_utf8() });
            }
        }
    }
    if let Some(s) = start {
        tokens.push(Token { bytes: s..text.len() });
    }
    tokens
}
