//! Fitting the similarity weights: logistic regression by full-batch gradient
//! descent, deterministic (no shuffling, zero start), then the decision
//! threshold that maximises accuracy on the same data. A dozen weights, so
//! the fit takes a second and the result is pasted into `model.rs`.

use crate::features::{Features, COUNT};
use crate::model::logistic;

#[derive(Clone, Debug, PartialEq)]
pub struct Fit {
    pub weights: Features,
    pub threshold: f32,
}

/// `examples`: features and whether the pair states the same thing.
/// Newton's method (iteratively reweighted least squares) with a small ridge
/// penalty: with a dozen weights it converges exactly in a few steps.
pub fn fit(examples: &[(Features, bool)], iterations: usize) -> Fit {
    let mut weights = [0f64; COUNT];
    let ridge = 1e-5 * examples.len() as f64;
    for _ in 0..iterations {
        let mut gradient = [0f64; COUNT];
        let mut hessian = [[0f64; COUNT]; COUNT];
        for (x, y) in examples {
            let z: f64 = weights.iter().zip(x).map(|(w, v)| w * f64::from(*v)).sum();
            let p = 1.0 / (1.0 + (-z).exp());
            let error = p - if *y { 1.0 } else { 0.0 };
            let curvature = (p * (1.0 - p)).max(1e-6);
            for k in 0..COUNT {
                gradient[k] += error * f64::from(x[k]);
                for l in 0..COUNT {
                    hessian[k][l] += curvature * f64::from(x[k]) * f64::from(x[l]);
                }
            }
        }
        for k in 1..COUNT {
            gradient[k] += ridge * weights[k];
            hessian[k][k] += ridge;
        }
        hessian[0][0] += 1e-9;
        let Some(step) = solve(hessian, gradient) else { break };
        for k in 0..COUNT {
            weights[k] -= step[k];
        }
    }
    let weights = weights.map(|w| w as f32);
    let threshold = best_threshold(examples.iter().map(|(x, y)| (logistic(&weights, x), *y)));
    Fit { weights, threshold }
}

/// Solves `m · x = v` by Gaussian elimination with partial pivoting; `None`
/// when `m` is singular.
fn solve(mut m: [[f64; COUNT]; COUNT], mut v: [f64; COUNT]) -> Option<[f64; COUNT]> {
    for col in 0..COUNT {
        let pivot = (col..COUNT).max_by(|&a, &b| m[a][col].abs().total_cmp(&m[b][col].abs()))?;
        if m[pivot][col].abs() < 1e-12 {
            return None;
        }
        m.swap(col, pivot);
        v.swap(col, pivot);
        for row in col + 1..COUNT {
            let factor = m[row][col] / m[col][col];
            let pivot_row = m[col];
            for (cell, above) in m[row][col..].iter_mut().zip(&pivot_row[col..]) {
                *cell -= factor * above;
            }
            v[row] -= factor * v[col];
        }
    }
    let mut x = [0f64; COUNT];
    for row in (0..COUNT).rev() {
        let rest: f64 = (row + 1..COUNT).map(|k| m[row][k] * x[k]).sum();
        x[row] = (v[row] - rest) / m[row][row];
    }
    Some(x)
}

/// The cut between "same" and "different" that maximises the mean of
/// accuracy and F1 of "same": accuracy alone would trade recall away, and a
/// reader misses a reworded claim more than she minds a loose pair.
pub fn best_threshold(scored: impl Iterator<Item = (f32, bool)>) -> f32 {
    let mut scored: Vec<(f32, bool)> = scored.collect();
    scored.sort_by(|a, b| a.0.total_cmp(&b.0));
    let n = scored.len() as f32;
    // Threshold below everything: all "same".
    let positives = scored.iter().filter(|s| s.1).count() as f32;
    let (mut tp, mut fp) = (positives, n - positives);
    let objective = |tp: f32, fp: f32| {
        let tn = (n - positives) - fp;
        let accuracy = (tp + tn) / n;
        let f1 = if tp == 0.0 { 0.0 } else { 2.0 * tp / (2.0 * tp + fp + (positives - tp)) };
        accuracy + f1
    };
    let (mut best, mut best_value) = (0.0, objective(tp, fp));
    for (k, &(score, same)) in scored.iter().enumerate() {
        // Moving the threshold just above `score` turns this pair into "different".
        if same {
            tp -= 1.0;
        } else {
            fp -= 1.0;
        }
        let next = scored.get(k + 1).map_or(1.0, |s| s.0);
        let value = objective(tp, fp);
        if value > best_value && next > score {
            best_value = value;
            best = (score + next) / 2.0;
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_threshold_separates_separable_scores() {
        let scored = [(0.1, false), (0.3, false), (0.6, true), (0.9, true)];
        let t = best_threshold(scored.into_iter());
        assert!(t > 0.3 && t < 0.6, "{t}");
    }

    #[test]
    fn the_fit_learns_which_feature_predicts() {
        let mut examples = Vec::new();
        for k in 0..40 {
            let mut x = [0f32; COUNT];
            x[0] = 1.0;
            x[2] = (k % 10) as f32 / 10.0;
            examples.push((x, k % 10 >= 5));
        }
        let fit = fit(&examples, 20);
        assert!(fit.weights[2] > 1.0, "{:?}", fit.weights);
        let right = examples.iter().filter(|(x, y)| (logistic(&fit.weights, x) >= fit.threshold) == *y).count();
        assert_eq!(right, examples.len());
    }
}
