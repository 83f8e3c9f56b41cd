//! Lector's analyzers: who a story is about (named entities) and how sure it
//! is (hedging and sourcing language), over plain text.
//!
//! Pure Rust: no web types, no I/O. The app runs it in WebAssembly on the
//! article's rendered text; `lector analyze` runs the same code natively.
//!
//! Internally every stage works in **byte** offsets of the text it was given
//! (that is what slicing needs); [`analyze`] converts the spans it returns to
//! character offsets ([`lector_text::Span`]), the unit every other crate uses.

//!
//! The public API is [`analyze`] and the types of its result, and
//! [`analyze_with`] for a model and word lists loaded at run time
//! ([`AnalyzerData`], what the app does) rather than the copy compiled in
//! (feature `embedded`, on by default); the stages
//! are private to the crate. The `training` feature adds [`training`]: the
//! internals the trainer (crate `lector-train`) builds on. The app never
//! enables it.

/// Declares modules public with the `training` feature and crate-private
/// without it.
macro_rules! training_visible {
    ($(mod $name:ident;)*) => {
        $(
            #[cfg(feature = "training")]
            pub mod $name;
            #[cfg(not(feature = "training"))]
            pub(crate) mod $name;
        )*
    };
}
pub(crate) use training_visible;

pub mod entities;
pub mod hedges;
pub mod ner;
pub mod profile;
#[cfg(feature = "embedded")]
pub mod throughput;

training_visible! {
    mod sentences;
    mod tokenize;
}

mod analysis;
mod corrected;
mod data;

#[cfg(feature = "training")]
pub mod training;

#[cfg(feature = "embedded")]
pub use analysis::analyze;
pub use analysis::{analyze_with, Analysis, Attribution, Cue, EntityMention, Sentence};
pub use corrected::Edit;
pub use data::{AnalyzerData, DataError};
pub use entities::Entity;
pub use hedges::CueKind;
pub use ner::EntityLabel;
pub use profile::{KindCount, SourceCount, SourcingProfile};
