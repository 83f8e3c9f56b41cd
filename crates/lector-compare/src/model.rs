//! The shipped similarity model: weights over [`crate::features::NAMES`],
//! fitted by `lector train-compare` on 80% of the MSRP training split (every
//! fifth pair held out), and the decision threshold fitted with them.

use crate::features::{features, opposed, Features};
use crate::profile::Profile;

// Fitted by `lector train-compare` (25 iterations).
pub const WEIGHTS: Features = [
    -0.6636, // bias
    7.9128,  // word dice
    -2.5257, // content dice
    0.0978,  // content containment (shorter side)
    2.3046,  // content containment (longer side)
    1.0451,  // bigram dice
    -4.8657, // trigram dice
    15.3362, // longest common subsequence / longer
    -8.1137, // longest common subsequence / shorter
    -4.2448, // length ratio
    -0.4944, // numbers differ
    0.0398,  // numbers agree
    0.2584,  // names only on one side (share)
    -1.5105, // content words of the shorter side not in the other (/10)
    -0.3452, // content words of the longer side not in the other (/10)
    -3.3894, // word forms dice (before stemming and synonyms)
    1.4506,  // content prefix dice (first five letters)
];
pub const THRESHOLD: f32 = 0.4887;

/// How two sentences relate under a model.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Model {
    pub weights: Features,
    pub threshold: f32,
}

impl Model {
    pub const SHIPPED: Model = Model { weights: WEIGHTS, threshold: THRESHOLD };

    /// Probability-like score that `a` and `b` state the same thing; 0 when
    /// they say opposite things or share too little to be worth scoring.
    pub fn similarity(&self, a: &Profile, b: &Profile) -> f32 {
        if !worth_scoring(a, b) || opposed(a, b) {
            return 0.0;
        }
        logistic(&self.weights, &features(a, b))
    }

    pub fn same_claim(&self, similarity: f32) -> bool {
        similarity >= self.threshold
    }
}

pub fn logistic(weights: &Features, x: &Features) -> f32 {
    let z: f32 = weights.iter().zip(x).map(|(w, v)| w * v).sum();
    1.0 / (1.0 + (-z).exp())
}

/// Content words two sentences must share, and share of the shorter one's,
/// before the model scores them. Below these no pair in the MSRP training
/// split is a paraphrase often enough to matter, and skipping them (most
/// sentence pairs of two articles share a word or two) keeps comparing
/// articles fast.
const MIN_SHARED: usize = 2;
const MIN_SHARED_SHARE: f32 = 0.2;

pub fn worth_scoring(a: &Profile, b: &Profile) -> bool {
    let shared = crate::features::common(&a.content, &b.content);
    let shorter = a.content.len().min(b.content.len()).max(1);
    shared >= MIN_SHARED.min(shorter) && shared as f32 / shorter as f32 >= MIN_SHARED_SHARE
}
