//! Evidence from the rest of the document: how the other occurrences of a
//! word were labelled by a first pass of the model.
//!
//! News names a person in full once ("John Kirby") and by surname after
//! ("Kirby said"); a headline writes "Suspects" with a capital that the body
//! writes in lower case. Decoding sentence by sentence, a model cannot see
//! either. So recognition runs twice (Ratinov & Roth, 2009; Krishnan &
//! Manning, 2006): the first pass labels every sentence with local features
//! only; then each capitalised word gets features saying how its other
//! occurrences nearby were labelled, and whether it also occurs in lower
//! case; the second pass decodes with them.
//!
//! "Nearby" is a window of sentences on either side, not the whole text: a
//! text can hold many stories (the CoNLL files do), and the window behaves
//! the same on one article and on a long concatenation.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::ops::Range;

use super::hashing::PassThrough;

/// Word keys are already well-mixed hashes: no need to hash them again.
type Counts = HashMap<u64, Evidence, BuildHasherDefault<PassThrough>>;

use super::EntityLabel;

/// Sentences on each side whose words count as the same document.
#[cfg_attr(not(feature = "training"), allow(dead_code))] // lector-train uses it
pub const WINDOW: usize = 50;

/// What one token tells its neighbours.
#[derive(Clone, Copy, Debug)]
pub struct Occurrence {
    /// Hash of the lower-case form ([`super::forms::Forms::lower`]); 0 for
    /// tokens without letters, which take no part.
    pub key: u64,
    pub capitalized: bool,
    /// The first pass's label for the token, if inside an entity.
    pub label: Option<EntityLabel>,
    /// Whether that entity spans several tokens ("Kirby" in "John Kirby").
    pub in_longer: bool,
}

/// Counts over the other occurrences of a word within the window.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Evidence {
    /// Capitalised occurrences inside an entity of each label (ALL order).
    pub labelled: [u16; 4],
    /// Capitalised occurrences outside any entity.
    pub capitalized_outside: u16,
    /// Lower-case occurrences.
    pub lowercase: u16,
    /// Capitalised occurrences inside a longer entity, by label.
    pub in_longer: [u16; 4],
}

impl Evidence {
    fn add(&mut self, o: &Occurrence, sign: i32) {
        let slot = match (o.capitalized, o.label) {
            (false, _) => &mut self.lowercase,
            (true, None) => &mut self.capitalized_outside,
            (true, Some(label)) => &mut self.labelled[label_index(label)],
        };
        *slot = (i32::from(*slot) + sign).clamp(0, i32::from(u16::MAX)) as u16;
        if let (true, Some(label), true) = (o.capitalized, o.label, o.in_longer) {
            let slot = &mut self.in_longer[label_index(label)];
            *slot = (i32::from(*slot) + sign).clamp(0, i32::from(u16::MAX)) as u16;
        }
    }

    /// The most frequent reading of the other capitalised occurrences: a
    /// label index (0..4), 4 for "outside any entity", or `None` if there are
    /// none.
    pub fn majority(&self) -> Option<usize> {
        let counts = [self.labelled[0], self.labelled[1], self.labelled[2], self.labelled[3], self.capitalized_outside];
        let best = (0..5).fold(0, |b, i| if counts[i] > counts[b] { i } else { b });
        (counts[best] > 0).then_some(best)
    }
}

fn label_index(label: EntityLabel) -> usize {
    EntityLabel::ALL.iter().position(|&l| l == label).unwrap_or(0)
}

/// For every token, the evidence of the other occurrences of its word in
/// the sentences within `window` of its own. `sentences` are index ranges
/// into `occurrences`, in text order.
pub fn gather(sentences: &[Range<usize>], occurrences: &[Occurrence], window: usize, out: &mut Vec<Evidence>) {
    out.clear();
    out.resize(occurrences.len(), Evidence::default());
    let mut counts: Counts = HashMap::default();
    let apply = |counts: &mut Counts, s: usize, sign: i32| {
        for o in &occurrences[sentences[s].clone()] {
            if o.key != 0 {
                counts.entry(o.key).or_default().add(o, sign);
            }
        }
    };
    let n = sentences.len();
    // The window [lo, hi) currently counted.
    let (mut lo, mut hi) = (0, 0);
    for (s, sentence) in sentences.iter().enumerate() {
        let (want_lo, want_hi) = (s.saturating_sub(window), (s + window + 1).min(n));
        while hi < want_hi {
            apply(&mut counts, hi, 1);
            hi += 1;
        }
        while lo < want_lo {
            apply(&mut counts, lo, -1);
            lo += 1;
        }
        for t in sentence.clone() {
            let o = &occurrences[t];
            if o.key == 0 {
                continue;
            }
            let mut e = counts.get(&o.key).copied().unwrap_or_default();
            e.add(o, -1);
            out[t] = e;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn word(key: u64, capitalized: bool, label: Option<EntityLabel>) -> Occurrence {
        Occurrence { key, capitalized, label, in_longer: false }
    }

    #[test]
    fn counts_other_occurrences_but_not_the_token_itself() {
        let kirby = 7;
        let occurrences = [
            word(1, true, Some(EntityLabel::Per)),
            word(kirby, true, Some(EntityLabel::Per)),
            word(kirby, true, None),
            word(kirby, false, None),
        ];
        let mut out = Vec::new();
        gather(&[0..2, 2..3, 3..4], &occurrences, 5, &mut out);
        assert_eq!(out[1], Evidence { labelled: [0; 4], capitalized_outside: 1, lowercase: 1, in_longer: [0; 4] });
        assert_eq!(out[2].labelled, [1, 0, 0, 0]);
        assert_eq!(out[2].majority(), Some(0));
        assert_eq!(out[0], Evidence::default(), "no other occurrence of word 1");
    }

    #[test]
    fn ignores_occurrences_outside_the_window() {
        let occurrences = [word(9, true, Some(EntityLabel::Loc)), word(5, false, None), word(9, true, None)];
        let mut out = Vec::new();
        gather(&[0..1, 1..2, 2..3], &occurrences, 1, &mut out);
        assert_eq!(out[2], Evidence::default(), "sentence 0 is two sentences away");
        gather(&[0..1, 1..2, 2..3], &occurrences, 2, &mut out);
        assert_eq!(out[2].labelled[2], 1);
    }
}
