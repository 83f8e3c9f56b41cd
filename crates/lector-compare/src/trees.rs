//! Small regression trees added to the linear score (`model.rs`): each reads
//! at most two features and adds a fitted amount to the pair's log-odds, so
//! the model can say "a high overlap counts for less when the sentences
//! differ much in length" without a feature for every such interaction.
//! Fitted by gradient boosting (`boost.rs`); a few hundred of them are a few
//! KB and a few hundred comparisons per sentence pair.

use crate::features::Features;

/// A tree of depth two in a fixed layout: `splits[0]` is the root, `splits[1]`
/// and `splits[2]` its left and right children; `leaves[2 * root + child]`.
/// A split that never fires (threshold `f32::INFINITY`, on any feature) makes
/// a stump.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tree {
    /// (feature index, threshold): a pair goes right when its feature is at
    /// least the threshold.
    pub splits: [(u8, f32); 3],
    pub leaves: [f32; 4],
}

impl Tree {
    pub fn value(&self, x: &Features) -> f32 {
        let right = |(feature, threshold): (u8, f32)| usize::from(x[usize::from(feature)] >= threshold);
        let first = right(self.splits[0]);
        let second = right(self.splits[1 + first]);
        self.leaves[2 * first + second]
    }
}

/// The sum the trees add to a pair's log-odds.
pub fn sum(trees: &[Tree], x: &Features) -> f32 {
    trees.iter().map(|t| t.value(x)).sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::COUNT;

    #[test]
    fn a_pair_takes_the_leaf_its_features_lead_to() {
        let tree = Tree { splits: [(1, 0.5), (2, 0.3), (0, f32::INFINITY)], leaves: [1.0, 2.0, 3.0, 4.0] };
        let at = |f1: f32, f2: f32| {
            let mut x = [0f32; COUNT];
            x[1] = f1;
            x[2] = f2;
            tree.value(&x)
        };
        for (f1, f2, expected) in [(0.1, 0.1, 1.0), (0.1, 0.9, 2.0), (0.9, 0.1, 3.0), (0.9, 0.9, 3.0)] {
            assert_eq!(at(f1, f2), expected, "features {f1}, {f2}");
        }
    }
}
