//! The recognizer's internals that training needs: feature extraction, the
//! decoder, the tag set, the gazetteers and the weights format. Only the
//! trainer (`lector-train`, through the `training` feature) sees them; what
//! a model is trained with is exactly what [`crate::analyze`] runs.

pub use crate::ner::recognizer::{runs, Mention, Recognizer};
pub use crate::ner::{decode, document, features, forms, gazetteer, hashing, model, tags};
pub use crate::{sentences, tokenize};
