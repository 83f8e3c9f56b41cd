//! The reader's corrections of the analysis: a cue or a name that is wrong
//! (dismissed), a name of the wrong type (relabelled), a source named wrong
//! (set), a cue or an attribution the analyzers missed (marked on a
//! selection).
//!
//! Each is anchored like an annotation (quote with context and position, a
//! [`Target`](crate::Target)) and found again with the same [`crate::anchor`]
//! when the article is opened, so a correction follows its words through
//! edits. Kinds and labels are the analyzers' codes (`uncertainty`, `PER`):
//! this crate does not depend on the analyzers; the app turns placed
//! corrections into edits of the analysis (`lector_analysis::Edit`).
//!
//! Stored under [`CORRECTIONS_KEY`] with the guarantees of annotations
//! (versioned; a value that cannot be read is backed up, never overwritten;
//! data from a newer Lector is not saved over), included in "Export all"
//! (a `corrections` list beside `annotations` in Lector JSON; not in the W3C
//! export, whose model has no place for a correction of a machine's output),
//! and exported alone as JSON Lines for training ([`to_training_lines`]).

mod correction;
mod format;
mod set;
mod training;

pub use correction::{Correction, Fix, Layer};
pub use format::{
    corrections_backup_key, decode_corrections, encode_corrections, load_corrections, read_corrections_in_export,
    with_corrections, CorrectionsError, LoadedCorrections, CORRECTIONS_KEY, CORRECTIONS_VERSION,
};
pub use set::{CorrectionSet, PlacedCorrection};
pub use training::{to_training_lines, TRAINING_FILE_SUFFIX};

#[cfg(test)]
mod tests;
