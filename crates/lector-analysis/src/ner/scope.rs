//! The text as the passes after decoding see it: which sentence each token
//! is in, each sentence's case, each token's lower-case hash, and how far a
//! name given in full reaches.

use std::ops::Range;

use super::forms::SentenceCase;
use crate::tokenize::Token;

/// Which sentence (decoding run) each token is in, and how many sentences
/// either side count as "the same article": a text can hold many stories
/// (the CoNLL files do), so a full name reaches only so far.
pub struct Scope<'a> {
    pub runs: &'a [Range<usize>],
    /// The case of each run: headlines are written differently.
    pub cases: &'a [SentenceCase],
    /// Each token's lower-case hash ([`super::forms::Forms::lower`]).
    pub keys: &'a [u64],
    pub window: usize,
}

impl Scope<'_> {
    pub fn sentence_of(&self, token: usize) -> usize {
        self.runs.partition_point(|run| run.end <= token)
    }
}

/// Index of the first token starting at or after `byte`.
pub fn token_at(tokens: &[Token], byte: usize) -> usize {
    tokens.partition_point(|t| t.bytes.start < byte)
}
