//! Fitting the trees of `trees.rs`: gradient boosting on the logistic loss,
//! starting from the linear model's log-odds, each tree fitting what the
//! score so far gets wrong (Newton leaf values, shrunk). Deterministic: every
//! split is searched exhaustively, nothing is sampled.

use crate::features::{Features, COUNT};
use crate::trees::Tree;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Boosting {
    pub rounds: usize,
    /// 1 (stumps) or 2.
    pub depth: usize,
    /// Share of each tree's Newton step taken: small steps generalise better.
    pub shrinkage: f64,
    /// Least curvature (about: pairs the model is unsure of) a leaf must hold.
    pub min_leaf: f64,
    /// Ridge on leaf values.
    pub lambda: f64,
}

impl Default for Boosting {
    fn default() -> Self {
        Boosting { rounds: 200, depth: 2, shrinkage: 0.05, min_leaf: 5.0, lambda: 1.0 }
    }
}

/// Trees that, added to `base` (each example's log-odds before them), fit
/// `examples` better.
pub fn boost(examples: &[(Features, bool)], base: &[f32], options: &Boosting) -> Vec<Tree> {
    let n = examples.len();
    let mut margin: Vec<f64> = base.iter().map(|&m| f64::from(m)).collect();
    // Each feature's example order, sorted once.
    let order: Vec<Vec<usize>> = (0..COUNT)
        .map(|k| {
            let mut idx: Vec<usize> = (0..n).collect();
            idx.sort_by(|&i, &j| examples[i].0[k].total_cmp(&examples[j].0[k]));
            idx
        })
        .collect();
    let mut trees = Vec::with_capacity(options.rounds);
    let mut gradient = vec![0f64; n];
    let mut hessian = vec![0f64; n];
    let mut node = vec![0u8; n];
    for _ in 0..options.rounds {
        for (i, (_, y)) in examples.iter().enumerate() {
            let p = 1.0 / (1.0 + (-margin[i]).exp());
            gradient[i] = p - if *y { 1.0 } else { 0.0 };
            hessian[i] = (p * (1.0 - p)).max(1e-6);
        }
        let never = (0u8, f32::INFINITY);
        let mut splits = [never; 3];
        node.iter_mut().for_each(|v| *v = 0);
        splits[0] = best_split(examples, &order, &gradient, &hessian, &node, 0, options).unwrap_or(never);
        for (i, (x, _)) in examples.iter().enumerate() {
            node[i] = 1 + u8::from(x[usize::from(splits[0].0)] >= splits[0].1);
        }
        if options.depth >= 2 {
            for child in 1..3u8 {
                splits[usize::from(child)] =
                    best_split(examples, &order, &gradient, &hessian, &node, child, options).unwrap_or(never);
            }
        }
        let mut tree = Tree { splits, leaves: [0.0; 4] };
        let (mut g, mut h) = ([0f64; 4], [0f64; 4]);
        let leaf_of = |tree: &Tree, x: &Features| {
            let right = |(f, t): (u8, f32)| usize::from(x[usize::from(f)] >= t);
            let first = right(tree.splits[0]);
            2 * first + right(tree.splits[1 + first])
        };
        for (i, (x, _)) in examples.iter().enumerate() {
            let leaf = leaf_of(&tree, x);
            g[leaf] += gradient[i];
            h[leaf] += hessian[i];
        }
        for leaf in 0..4 {
            tree.leaves[leaf] = (-options.shrinkage * g[leaf] / (h[leaf] + options.lambda)) as f32;
        }
        for (i, (x, _)) in examples.iter().enumerate() {
            margin[i] += f64::from(tree.value(x));
        }
        trees.push(tree);
    }
    trees
}

/// The split of the examples in `node` that most lowers the loss's
/// second-order estimate; `None` when no split helps.
fn best_split(
    examples: &[(Features, bool)],
    order: &[Vec<usize>],
    gradient: &[f64],
    hessian: &[f64],
    node: &[u8],
    which: u8,
    options: &Boosting,
) -> Option<(u8, f32)> {
    let members = || (0..examples.len()).filter(|&i| node[i] == which);
    let g_all: f64 = members().map(|i| gradient[i]).sum();
    let h_all: f64 = members().map(|i| hessian[i]).sum();
    let score = |g: f64, h: f64| g * g / (h + options.lambda);
    let parent = score(g_all, h_all);
    let mut best: Option<(f64, u8, f32)> = None;
    // Feature 0 is the constant bias: nothing to split.
    for (k, sorted) in order.iter().enumerate().skip(1) {
        let (mut g_left, mut h_left) = (0.0, 0.0);
        let mut previous: Option<f32> = None;
        for &i in sorted.iter().filter(|&&i| node[i] == which) {
            let value = examples[i].0[k];
            if let Some(before) = previous {
                if value > before && h_left >= options.min_leaf && h_all - h_left >= options.min_leaf {
                    let gain = score(g_left, h_left) + score(g_all - g_left, h_all - h_left) - parent;
                    if gain > best.map_or(1e-9, |b| b.0) {
                        best = Some((gain, k as u8, before + (value - before) / 2.0));
                    }
                }
            }
            g_left += gradient[i];
            h_left += hessian[i];
            previous = Some(value);
        }
    }
    best.map(|(_, k, t)| (k, t))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trees_learn_a_band_a_line_cannot() {
        // Same only in the middle of a feature's range.
        let examples: Vec<(Features, bool)> = (0..100)
            .map(|k| {
                let mut x = [0f32; COUNT];
                x[0] = 1.0;
                x[1] = k as f32 / 100.0;
                (x, (0.3..0.7).contains(&x[1]))
            })
            .collect();
        let options = Boosting { rounds: 50, shrinkage: 0.3, min_leaf: 1.0, ..Boosting::default() };
        let trees = boost(&examples, &vec![0.0; examples.len()], &options);
        let right = examples.iter().filter(|(x, y)| (crate::trees::sum(&trees, x) > 0.0) == *y).count();
        assert_eq!(right, examples.len());
    }
}
