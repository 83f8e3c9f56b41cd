//! The passage a result is shown with: the sentence that matches the most of
//! the query (rarer words weigh more), with each match highlighted, so the app
//! can show it under the title and scroll the article to it.

use lector_text::{CharIndex, Span};
use serde::{Deserialize, Serialize};

use crate::article_index::ArticleIndex;

/// Longest passage shown whole; a longer sentence is cut to a window of
/// words around its first match.
pub const MAX_PASSAGE_CHARS: usize = 280;
/// Words shown before the first match when a passage is cut.
const WORDS_BEFORE: u32 = 8;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Passage {
    /// The passage, in characters of the article's rendered text.
    pub span: Span,
    /// The matches inside it, in text order.
    pub highlights: Vec<Span>,
}

impl Passage {
    /// The passage's text, given the article's rendered text.
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        let index = CharIndex::new(text);
        &text[index.byte_of_char(self.span.start)..index.byte_of_char(self.span.end)]
    }

    /// The passage's text cut at its highlights, in order: (words,
    /// highlighted), for drawing the matches marked.
    pub fn pieces<'a>(&self, text: &'a str) -> Vec<(&'a str, bool)> {
        let index = CharIndex::new(text);
        let byte = |c: usize| index.byte_of_char(c.clamp(self.span.start, self.span.end));
        let mut out = Vec::new();
        let mut at = self.span.start;
        for mark in &self.highlights {
            let (start, end) = (mark.start.max(at), mark.end.max(at));
            if start > at {
                out.push((&text[byte(at)..byte(start)], false));
            }
            if end > start {
                out.push((&text[byte(start)..byte(end)], true));
            }
            at = end;
        }
        if self.span.end > at {
            out.push((&text[byte(at)..byte(self.span.end)], false));
        }
        out
    }
}

/// One match of one clause: `len` tokens from `position`.
#[derive(Clone, Copy, Debug)]
pub struct Occurrence {
    pub position: u32,
    pub len: u32,
    pub clause: usize,
    pub weight: f32,
}

/// Picks the best passage for `occurrences` (sorted by position).
pub fn best(article: &ArticleIndex, occurrences: &[Occurrence]) -> Option<Passage> {
    let first = occurrences.first()?;
    let span_of = |o: &Occurrence| {
        let start = article.span(o.position).start;
        let end = article.span(o.position + o.len - 1).end;
        Span::new(start, end)
    };
    // Candidate passages: the sentences holding a match, or a window per match.
    let mut best: Option<(f32, Span, usize)> = None;
    let mut i = 0;
    while i < occurrences.len() {
        let start_char = span_of(&occurrences[i]).start;
        let passage =
            containing_passage(article, start_char).unwrap_or_else(|| window(article, occurrences[i].position));
        let mut j = i;
        let mut clauses: Vec<usize> = Vec::new();
        let mut value = 0.0;
        while j < occurrences.len() && passage.contains(&span_of(&occurrences[j])) {
            let o = &occurrences[j];
            if !clauses.contains(&o.clause) {
                clauses.push(o.clause);
                value += o.weight;
            } else {
                value += o.weight * 0.1;
            }
            j += 1;
        }
        // The headline is already shown as the result's title.
        if occurrences[i].position < article.title_tokens {
            value *= 0.5;
        }
        if best.as_ref().is_none_or(|(v, _, _)| value > *v) {
            best = Some((value, passage, i));
        }
        i = j.max(i + 1);
    }
    let (_, mut span, from) = best.unwrap_or((0.0, span_of(first), 0));
    if span.len() > MAX_PASSAGE_CHARS {
        span = cut(article, span, occurrences[from].position);
    }
    let highlights = occurrences.iter().map(span_of).filter(|s| span.contains(s)).collect();
    Some(Passage { span, highlights })
}

fn containing_passage(article: &ArticleIndex, char: usize) -> Option<Span> {
    let i = article.passages.partition_point(|&(_, end)| end as usize <= char);
    let &(start, end) = article.passages.get(i)?;
    (start as usize <= char).then(|| Span::new(start as usize, end as usize))
}

/// A window of words starting a few words before `position`, within `limit`.
fn window(article: &ArticleIndex, position: u32) -> Span {
    let from = position.saturating_sub(WORDS_BEFORE);
    let start = article.span(from).start;
    let mut end = article.span(position).end;
    for p in position..article.len() as u32 {
        let s = article.span(p);
        if s.end - start > MAX_PASSAGE_CHARS {
            break;
        }
        end = s.end;
    }
    Span::new(start, end)
}

/// `span` cut to at most [`MAX_PASSAGE_CHARS`] around the match at `position`.
fn cut(article: &ArticleIndex, span: Span, position: u32) -> Span {
    let w = window(article, position);
    Span::new(w.start.max(span.start), w.end.min(span.end))
}
