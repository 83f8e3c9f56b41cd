//! Lector's analyzers: who a story is about (named entities) and how sure it
//! is (hedging and sourcing language), over plain text.
//!
//! Pure Rust: no web types, no I/O. The app runs it in WebAssembly on the
//! article's rendered text; `lector analyze` runs the same code natively.
//!
//! Internally every stage works in **byte** offsets of the text it was given
//! (that is what slicing needs); [`analyze`] converts the spans it returns to
//! character offsets ([`lector_text::Span`]), the unit every other crate uses.

pub mod entities;
pub mod hedges;
pub mod ner;
pub mod profile;
pub mod sentences;
pub mod throughput;
pub mod tokenize;

mod analysis;

pub use analysis::{analyze, Analysis, Attribution, Cue, EntityMention, Sentence};
