//! Versions of a story in the app (issue 12): what the views show of
//! `lector-compare`'s results, as plain functions tested on the host. The
//! comparing itself is the crate's; the analysed library it runs over is
//! `state/analysed.rs`.

pub mod analysed;
pub mod claims;
pub mod compared;
pub mod related;
pub mod versions;
pub mod word_diff;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
