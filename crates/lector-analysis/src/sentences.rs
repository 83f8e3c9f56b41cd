//! Placeholder sentence splitter (one sentence per line); replaced by the news
//! splitter of the hedging issue.

use std::ops::Range;

use crate::tokenize::Token;

pub fn split(text: &str, _tokens: &[Token]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, _) in text.match_indices('\n').chain(std::iter::once((text.len(), ""))) {
        let line = &text[start..i];
        let trimmed = line.trim();
        if !trimmed.is_empty() {
            let lead = line.len() - line.trim_start().len();
            out.push(start + lead..start + lead + trimmed.len());
        }
        start = i + 1;
    }
    out
}
