//! Versions of one story compared: which sentences of one article state the
//! same thing as sentences of another (copied or reworded), which are only
//! in one, how hedging, sourcing and quotes shifted between counterparts, and
//! a verdict on the pair (how much each reuses, who credits whom).
//!
//! Pure Rust, no I/O: the app and `lector compare` pass in the texts, their
//! analyses (`lector_analysis::analyze`) and the articles' outlets and dates.
//!
//! How it decides "same claim": a logistic model over eighteen lexical
//! features of a sentence pair (`features.rs`: word, content-word, bigram and
//! letter-trigram overlap, word order kept, length ratio, numbers and names
//! agreeing), with weights fitted on the MSR Paraphrase Corpus (`model.rs`,
//! `train.rs`, `fitted.rs`); a pair whose polarity differs ("denied" /
//! "confirmed") is never the same claim. Sentences are paired best-first (`align.rs`), one or two on each
//! side. Ranking a library uses per-article fingerprints (`fingerprint.rs`)
//! so that only the closest candidates are aligned.

mod align;
pub mod bench_corpus;
pub mod boost;
mod compare;
mod credit;
pub mod features;
mod fingerprint;
mod lexicon;
pub mod model;
mod names;
mod profile;
mod quotes;
mod shifts;
mod stem;
pub mod train;
pub mod trees;
mod verdict;

pub use align::{align, Link, Relation, Sentences};
pub use compare::{compare, compare_with, Comparison, Pair, Side};
pub use credit::{Credit, CreditPlace};
pub use fingerprint::{rank, Fingerprint};
pub use model::Model;
pub use profile::Profile;
pub use shifts::{Shift, ShiftKind};
pub use verdict::{Credits, Reuse, Verdict, Which};

#[cfg(test)]
mod tests;
