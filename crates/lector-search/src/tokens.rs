//! Words of a text as search terms, each with its place in the rendered text.
//!
//! A word is a run of letters and digits, held together by an apostrophe or a
//! period between two of them ("don’t", "U.S.", "3.5"), so that a query typed
//! either way finds it. A possessive "’s" is not part of the term: "Ukraine’s"
//! is found by "Ukraine". Hyphens separate words ("Jong-un" is "jong" "un"),
//! and the query side splits the same way, so phrases still match.

use lector_text::Span;

use crate::normalize::{is_apostrophe, is_combining, push_folded};

/// One word: its folded term and where it stands, in characters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    pub term: String,
    pub span: Span,
}

/// Splits `text` into tokens, in order.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    for_each_token(text, |term, span| tokens.push(Token { term: term.to_string(), span }));
    tokens
}

/// Calls `f` with each folded term and its character span, without
/// allocating per token (indexing a library is mostly this loop).
pub fn for_each_token(text: &str, mut f: impl FnMut(&str, Span)) {
    let chars: Vec<char> = text.chars().collect();
    let is_word = |c: char| c.is_alphanumeric() || is_combining(c);
    let mut term = String::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_alphanumeric() {
            i += 1;
            continue;
        }
        let start = i;
        // Where the term would end without a trailing possessive.
        let mut last_joiner: Option<usize> = None;
        while i < chars.len() {
            if is_word(chars[i]) {
                i += 1;
            } else if (is_apostrophe(chars[i]) || chars[i] == '.')
                && i + 1 < chars.len()
                && chars[i + 1].is_alphanumeric()
                && i > start
            {
                last_joiner = Some(i);
                i += 1;
            } else {
                break;
            }
        }
        let mut end = i;
        if let Some(j) = last_joiner {
            let possessive = is_apostrophe(chars[j]) && end == j + 2 && matches!(chars[j + 1], 's' | 'S');
            if possessive {
                end = j;
            }
        }
        term.clear();
        for &c in &chars[start..end] {
            if c != '.' {
                push_folded(c, &mut term);
            }
        }
        if !term.is_empty() {
            f(&term, Span::new(start, end));
        }
    }
}
