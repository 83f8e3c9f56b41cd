//! Word-level differences between two counterparts: the words of each side
//! that are not part of the longest run of words both keep in order, as a
//! reader marks up a rewrite with a pen.

use lector_text::Span;

/// Longest counterpart, in words, that is diffed word by word; longer
/// passages (a merged paragraph) are left unmarked rather than made slow.
const MAX_WORDS: usize = 400;

/// The words of `a` and of `b` missing from the other (character spans
/// relative to each text), case and punctuation aside.
pub fn word_diff(a: &str, b: &str) -> (Vec<Span>, Vec<Span>) {
    let (words_a, words_b) = (words(a), words(b));
    if words_a.len() > MAX_WORDS || words_b.len() > MAX_WORDS {
        return (Vec::new(), Vec::new());
    }
    let (n, m) = (words_a.len(), words_b.len());
    // lengths[i][j]: longest common subsequence of a[i..] and b[j..].
    let mut lengths = vec![vec![0u16; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lengths[i][j] = if words_a[i].0 == words_b[j].0 {
                lengths[i + 1][j + 1] + 1
            } else {
                lengths[i + 1][j].max(lengths[i][j + 1])
            };
        }
    }
    let (mut kept_a, mut kept_b) = (vec![false; n], vec![false; m]);
    let (mut i, mut j) = (0, 0);
    while i < n && j < m {
        if words_a[i].0 == words_b[j].0 {
            kept_a[i] = true;
            kept_b[j] = true;
            i += 1;
            j += 1;
        } else if lengths[i + 1][j] >= lengths[i][j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    let changed = |words: &[(String, Span)], kept: &[bool]| {
        words.iter().zip(kept).filter(|(_, k)| !**k).map(|((_, span), _)| *span).collect()
    };
    (changed(&words_a, &kept_a), changed(&words_b, &kept_b))
}

/// Runs of letters and digits (apostrophes inside a word kept), lower-cased,
/// with their character spans.
fn words(text: &str) -> Vec<(String, Span)> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut start = 0;
    let chars: Vec<char> = text.chars().collect();
    for (at, &c) in chars.iter().enumerate() {
        let inner_apostrophe =
            matches!(c, '\'' | '’') && !current.is_empty() && chars.get(at + 1).is_some_and(|n| n.is_alphanumeric());
        if c.is_alphanumeric() || inner_apostrophe {
            if current.is_empty() {
                start = at;
            }
            current.extend(c.to_lowercase());
        } else if !current.is_empty() {
            out.push((std::mem::take(&mut current), Span::new(start, at)));
        }
    }
    if !current.is_empty() {
        out.push((current, Span::new(start, chars.len())));
    }
    out
}
