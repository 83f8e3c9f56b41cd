//! Written by `lector train-compare --write`: do not edit by hand.

use crate::features::Features;
use crate::trees::Tree;

// Fitted by `lector train-compare` (25 iterations; no trees).
#[rustfmt::skip]
pub const WEIGHTS: Features = [
    -0.9859, // bias
    7.3563, // word dice
    -2.2099, // content dice
    -0.2435, // content containment (shorter side)
    2.4974, // content containment (longer side)
    0.9755, // bigram dice
    -4.8442, // trigram dice
    15.5663, // longest common subsequence / longer
    -8.3601, // longest common subsequence / shorter
    -4.1672, // length ratio
    -0.5038, // numbers differ
    0.0604, // numbers agree
    0.2582, // names only on one side (share)
    -1.4566, // content words of the shorter side not in the other (/10)
    -0.4070, // content words of the longer side not in the other (/10)
    -3.5820, // word forms dice (before stemming and synonyms)
    0.8519, // content prefix dice (first five letters)
    1.4804, // letter trigram containment (shorter side)
];
pub const THRESHOLD: f32 = 0.5144;
#[rustfmt::skip]
pub const TREES: &[Tree] = &[
];
