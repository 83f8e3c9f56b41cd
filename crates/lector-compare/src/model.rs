//! The similarity model: a linear score over [`crate::features::NAMES`] plus
//! small trees (`trees.rs`), read as log-odds, and the decision threshold.
//! The shipped one (`fitted.rs`) is written by `lector train-compare
//! --write` from 80% of the MSRP training split (every fifth pair held out).

use std::borrow::Cow;

use crate::features::{features, opposed, Features};
use crate::profile::Profile;
use crate::trees::{self, Tree};

#[path = "fitted.rs"]
mod fitted;

/// How two sentences relate under a model.
#[derive(Clone, Debug, PartialEq)]
pub struct Model {
    pub weights: Features,
    pub trees: Cow<'static, [Tree]>,
    pub threshold: f32,
}

impl Model {
    pub const SHIPPED: Model =
        Model { weights: fitted::WEIGHTS, trees: Cow::Borrowed(fitted::TREES), threshold: fitted::THRESHOLD };

    /// Probability-like score that `a` and `b` state the same thing; 0 when
    /// they say opposite things or share too little to be worth scoring.
    pub fn similarity(&self, a: &Profile, b: &Profile) -> f32 {
        if !worth_scoring(a, b) || opposed(a, b) {
            return 0.0;
        }
        let x = features(a, b);
        sigmoid(linear(&self.weights, &x) + trees::sum(&self.trees, &x))
    }

    pub fn same_claim(&self, similarity: f32) -> bool {
        similarity >= self.threshold
    }
}

pub fn logistic(weights: &Features, x: &Features) -> f32 {
    sigmoid(linear(weights, x))
}

/// The linear part of the log-odds.
pub fn linear(weights: &Features, x: &Features) -> f32 {
    weights.iter().zip(x).map(|(w, v)| w * v).sum()
}

pub fn sigmoid(z: f32) -> f32 {
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
