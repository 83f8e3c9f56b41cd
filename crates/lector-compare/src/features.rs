//! The features of a pair of sentences: how much of their wording, content,
//! word order, numbers and names agree. Each is a number in 0..=1 (or a 0/1
//! flag) so that the learned weights (`model.rs`) stay readable.

use crate::profile::Profile;

/// Names of the features, in the order of [`features`]' output; printed by
/// the trainer next to the weights.
pub const NAMES: [&str; COUNT] = [
    "bias",
    "word dice",
    "content dice",
    "content containment (shorter side)",
    "content containment (longer side)",
    "bigram dice",
    "trigram dice",
    "longest common subsequence / longer",
    "longest common subsequence / shorter",
    "length ratio",
    "numbers differ",
    "numbers agree",
    "names only on one side (share)",
    "content words of the shorter side not in the other (/10)",
    "content words of the longer side not in the other (/10)",
    "word forms dice (before stemming and synonyms)",
    "content prefix dice (first five letters)",
    "letter trigram containment (shorter side)",
];

pub const COUNT: usize = 18;

pub type Features = [f32; COUNT];

pub fn features(a: &Profile, b: &Profile) -> Features {
    let content_common = common(&a.content, &b.content);
    let (short, long) = min_max(a.content.len(), b.content.len());
    let numbers_common = common(&a.numbers, &b.numbers);
    let numbers_total = a.numbers.len() + b.numbers.len();
    let names_common = common(&a.names, &b.names);
    let names_total = a.names.len() + b.names.len();
    let (short_len, long_len) = min_max(a.sequence.len(), b.sequence.len());
    let lcs = lcs(&a.sequence, &b.sequence);
    [
        1.0,
        dice(common(&a.words, &b.words), a.words.len(), b.words.len()),
        dice(content_common, a.content.len(), b.content.len()),
        ratio(content_common, short),
        ratio(content_common, long),
        dice(common(&a.bigrams, &b.bigrams), a.bigrams.len(), b.bigrams.len()),
        dice(common(&a.trigrams, &b.trigrams), a.trigrams.len(), b.trigrams.len()),
        ratio(lcs, long_len),
        ratio(lcs, short_len),
        ratio(short_len, long_len),
        flag(numbers_total > 2 * numbers_common),
        flag(numbers_total > 0 && numbers_total == 2 * numbers_common),
        ratio(names_total - 2 * names_common, names_total.max(1)),
        ((short - content_common) as f32 / 10.0).min(3.0),
        ((long - content_common) as f32 / 10.0).min(3.0),
        dice(common(&a.surface, &b.surface), a.surface.len(), b.surface.len()),
        dice(common(&a.prefixes, &b.prefixes), a.prefixes.len(), b.prefixes.len()),
        ratio(common_bits(&a.grams, &b.grams), count_bits(&a.grams).min(count_bits(&b.grams))),
    ]
}

/// Whether one sentence says the opposite of the other: one is negated and
/// the other not ("denied" / "confirmed", "did not" / "did"), or a word meets
/// its opposite ("rose" / "fell"). Such pairs are never the same claim,
/// however many words they share.
pub fn opposed(a: &Profile, b: &Profile) -> bool {
    (a.negations % 2) != (b.negations % 2)
        || a.poles.iter().any(|&(pair, pole)| {
            b.poles.contains(&(pair, !pole)) && !b.poles.contains(&(pair, pole)) && !a.poles.contains(&(pair, !pole))
        })
}

/// Size of the intersection of two sorted, deduplicated lists.
pub fn common(a: &[u32], b: &[u32]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

fn common_bits(a: &[u64], b: &[u64]) -> usize {
    a.iter().zip(b).map(|(x, y)| (x & y).count_ones() as usize).sum()
}

fn count_bits(a: &[u64]) -> usize {
    a.iter().map(|x| x.count_ones() as usize).sum()
}

/// Length of the longest common subsequence of two word sequences: how much
/// of the wording survives in order, which is what "copied" means.
pub fn lcs(a: &[u32], b: &[u32]) -> usize {
    // A "sentence" of thousands of words (text without punctuation) would make
    // this quadratic; its head decides well enough.
    let (a, b) = (&a[..a.len().min(MAX_LCS)], &b[..b.len().min(MAX_LCS)]);
    if a.is_empty() || b.is_empty() {
        return 0;
    }
    let mut row = vec![0u32; b.len() + 1];
    for &x in a {
        let mut diagonal = 0u32;
        for (j, &y) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = if x == y { diagonal + 1 } else { above.max(row[j]) };
            diagonal = above;
        }
    }
    row[b.len()] as usize
}

const MAX_LCS: usize = 400;

fn dice(common: usize, a: usize, b: usize) -> f32 {
    if a + b == 0 {
        0.0
    } else {
        2.0 * common as f32 / (a + b) as f32
    }
}

fn ratio(part: usize, whole: usize) -> f32 {
    if whole == 0 {
        0.0
    } else {
        part as f32 / whole as f32
    }
}

fn min_max(a: usize, b: usize) -> (usize, usize) {
    (a.min(b), a.max(b))
}

fn flag(b: bool) -> f32 {
    if b {
        1.0
    } else {
        0.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Index of "letter trigram containment (shorter side)".
    const LETTERS: usize = COUNT - 1;

    #[test]
    fn spelling_variants_share_letters_unrelated_words_do_not() {
        assert_eq!(NAMES[LETTERS], "letter trigram containment (shorter side)");
        for (a, b, low, high) in [
            ("pretax earnings climbed", "pre-tax earnings climbed", 0.8, 1.0),
            ("the Iranian envoy resigned", "Iran's envoy resigned", 0.6, 1.0),
            ("stocks fell sharply", "a mild winter was forecast", 0.0, 0.25),
        ] {
            let x = features(&Profile::of_text(a), &Profile::of_text(b));
            assert!((low..=high).contains(&x[LETTERS]), "{a} / {b}: {}", x[LETTERS]);
        }
    }
}
