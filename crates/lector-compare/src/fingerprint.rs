//! Cheap per-article fingerprints for ranking a library: which articles share
//! enough with this one to be worth aligning sentence by sentence.

use crate::features::common;
use crate::profile::{words_without_grams, Word};

/// An article's content words and pairs of consecutive content words (stop
/// words skipped), as sorted hash sets.
#[derive(Clone, Debug, Default)]
pub struct Fingerprint {
    content: Vec<u32>,
    pairs: Vec<u32>,
}

impl Fingerprint {
    pub fn of_text(text: &str) -> Fingerprint {
        let content: Vec<Word> = words_without_grams(text).into_iter().filter(|w| w.content).collect();
        let mut pairs: Vec<u32> = content.windows(2).map(|p| p[0].id.rotate_left(11) ^ p[1].id).collect();
        let mut ids: Vec<u32> = content.iter().map(|w| w.id).collect();
        for set in [&mut ids, &mut pairs] {
            set.sort_unstable();
            set.dedup();
        }
        Fingerprint { content: ids, pairs }
    }

    /// How much two articles share, 0..=1: the mean of the Jaccard overlap of
    /// their content words and of their content-word pairs (which rewording
    /// breaks less often than longer shingles).
    pub fn similarity(&self, other: &Fingerprint) -> f32 {
        (jaccard(&self.content, &other.content) + jaccard(&self.pairs, &other.pairs)) / 2.0
    }
}

fn jaccard(a: &[u32], b: &[u32]) -> f32 {
    let shared = common(a, b);
    let union = a.len() + b.len() - shared;
    if union == 0 {
        0.0
    } else {
        shared as f32 / union as f32
    }
}

/// Library indices with their similarity to `query`, most similar first.
pub fn rank(query: &Fingerprint, library: &[Fingerprint]) -> Vec<(usize, f32)> {
    let mut ranked: Vec<(usize, f32)> = library.iter().map(|f| query.similarity(f)).enumerate().collect();
    ranked.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
    ranked
}
