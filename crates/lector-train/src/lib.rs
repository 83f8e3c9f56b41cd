//! Training and evaluation of the entity recognizer: kept apart from
//! `lector-analysis` so that the runtime (what the app ships and the size
//! budget counts) holds only what recognition needs.
//!
//! Deterministic and pure like the analyzers: `lector train-ner` reads the
//! CoNLL files and writes the weights; this crate only turns text into a
//! [`Model`](lector_analysis::training::model::Model).

pub mod augment;
pub mod conll;
pub mod evaluate;
pub mod perceptron;
pub mod restyle;
pub mod train;
