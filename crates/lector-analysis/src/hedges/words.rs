//! Tokens as the cue finder sees them: each with its lexicon id, its classes
//! as bits, and the few facts of shape the rules look at. Built once per text
//! with one allocation; everything after compares numbers.

use std::ops::Range;

use super::lexicon::{Lexicon, WordId, UNKNOWN};
use crate::tokenize::{fold, Token, TokenKind};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Shape {
    /// A word starting with a lower-case letter.
    Lower,
    /// A word starting with a capital.
    Capital,
    Number,
    /// Punctuation inside a phrase: periods, hyphens and apostrophes within
    /// or after a word, slashes.
    Minor,
    /// Punctuation that ends a phrase: commas, quotes (a straight or curly
    /// single quote when it opens one), brackets, dashes ("—", "--", a
    /// spaced "-"), colons.
    Break,
}

#[derive(Clone, Debug)]
pub(crate) struct Word {
    pub bytes: Range<usize>,
    pub id: WordId,
    pub classes: u64,
    pub shape: Shape,
}

impl Word {
    pub fn in_class(&self, class: u8) -> bool {
        self.classes & (1 << class) != 0
    }

    pub fn is_word(&self) -> bool {
        matches!(self.shape, Shape::Lower | Shape::Capital)
    }
}

/// Longest word looked up in the lexicon; longer tokens cannot be cue words.
const MAX_WORD: usize = 32;

pub(crate) fn words(text: &str, tokens: &[Token], lexicon: &Lexicon) -> Vec<Word> {
    let mut out = Vec::with_capacity(tokens.len());
    let mut buffer = [0u8; MAX_WORD];
    for token in tokens {
        let surface = &text[token.bytes.clone()];
        let Some(first) = surface.chars().next() else { continue };
        let shape = match token.kind {
            TokenKind::Number => Shape::Number,
            TokenKind::Word if first.is_uppercase() => Shape::Capital,
            TokenKind::Word => Shape::Lower,
            // An apostrophe or hyphen with a space before it is no part of a
            // word: it opens a quotation ('clear') or stands for a dash
            // ("not - or not yet - clear"), as does a run of hyphens ("--").
            TokenKind::Punct if matches!(first, '\'' | '\u{2019}' | '-') && !token.glued => Shape::Break,
            TokenKind::Punct if first == '-' && surface.len() > 1 => Shape::Break,
            TokenKind::Punct if matches!(first, '.' | '-' | '\'' | '\u{2019}' | '/' | '&') => Shape::Minor,
            TokenKind::Punct => Shape::Break,
        };
        let id = if token.kind == TokenKind::Word { lookup(surface, lexicon, &mut buffer) } else { UNKNOWN };
        out.push(Word { bytes: token.bytes.clone(), id, classes: lexicon.classes_of(id), shape });
    }
    out
}

/// The lexicon id of a word, folded into a stack buffer ("Believes" and
/// "believes", "n’t" and "n't" alike) so that lookups allocate nothing.
fn lookup(surface: &str, lexicon: &Lexicon, buffer: &mut [u8; MAX_WORD]) -> WordId {
    let mut len = 0;
    for c in surface.chars().map(fold) {
        let width = c.len_utf8();
        if len + width > MAX_WORD {
            return UNKNOWN;
        }
        c.encode_utf8(&mut buffer[len..len + width]);
        len += width;
    }
    match std::str::from_utf8(&buffer[..len]) {
        Ok(folded) => lexicon.id(folded),
        Err(_) => UNKNOWN,
    }
}

/// The word indices of each sentence: words are in text order, so each
/// sentence is a contiguous run found by binary search.
pub(crate) fn sentence_words(words: &[Word], sentence: &Range<usize>) -> Range<usize> {
    let start = words.partition_point(|w| w.bytes.start < sentence.start);
    let end = words.partition_point(|w| w.bytes.start < sentence.end);
    start..end
}
