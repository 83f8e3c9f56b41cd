//! Offsets into an article's rendered text.
//!
//! Every span that crosses a crate boundary in Lector (entity mentions, hedge
//! cues, sentences, annotation targets, highlight layers) counts **Unicode
//! scalar values** ("characters"), end exclusive: the unit of the W3C
//! `TextPositionSelector`, of `lector analyze` output and of the maintainers'
//! scorer. Not bytes (they depend on the encoding) and not UTF-16 units (they
//! are a JavaScript detail). Code that slices a Rust `&str` converts at its own
//! edge with [`CharIndex`].

mod char_index;
mod span;

pub use char_index::CharIndex;
pub use span::Span;
