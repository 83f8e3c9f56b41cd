//! Entity precision, recall and F1 (exact span and label, CoNLL style) of a
//! recognizer on gold sentences: the trainer's progress report.
//!
//! The figures to quote come from the maintainers' `score.py` on `lector
//! analyze` output (`scripts/eval-entities.sh`); this in-process score is for
//! choosing training settings, and differs only where the guideline
//! adjustment of [`crate::conll`] changes the gold.

use std::collections::HashSet;
use std::fmt;

use crate::conll::Document;
use lector_analysis::training::tokenize::tokenize;
use lector_analysis::training::Recognizer;
use lector_analysis::EntityLabel;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub true_positives: usize,
    pub false_positives: usize,
    pub false_negatives: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        ratio(self.true_positives, self.true_positives + self.false_positives)
    }

    pub fn recall(&self) -> f64 {
        ratio(self.true_positives, self.true_positives + self.false_negatives)
    }

    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Counts per label, in [`EntityLabel::ALL`] order, and overall.
#[derive(Clone, Debug, Default)]
pub struct Scores {
    pub per_label: [Counts; 4],
    pub all: Counts,
}

impl fmt::Display for Scores {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let line = |f: &mut fmt::Formatter<'_>, name: &str, c: &Counts| {
            writeln!(
                f,
                "  {name:<4} P {:6.2}  R {:6.2}  F1 {:6.2}",
                100.0 * c.precision(),
                100.0 * c.recall(),
                100.0 * c.f1()
            )
        };
        for (label, c) in EntityLabel::ALL.iter().zip(&self.per_label) {
            line(f, label.code(), c)?;
        }
        line(f, "ALL", &self.all)
    }
}

/// Runs `recognizer` over the gold sentences, joined into one text as the
/// maintainers' `conll_to_gold.py` joins them (a line per sentence, a blank
/// line between documents), and counts exact matches.
pub fn evaluate(recognizer: &Recognizer, docs: &[Document]) -> Scores {
    let mut text = String::new();
    let mut sentences = Vec::new();
    let mut gold = HashSet::new();
    for (d, doc) in docs.iter().enumerate() {
        if d > 0 {
            text.push('\n');
        }
        for sentence in doc {
            let base = text.len();
            text.push_str(&sentence.text);
            sentences.push(base..text.len());
            gold.extend(sentence.entities().into_iter().map(|(r, l)| (r.start + base..r.end + base, l)));
            text.push('\n');
        }
    }
    let tokens = tokenize(&text);
    let found: HashSet<_> =
        recognizer.recognize(&text, &tokens, &sentences).into_iter().map(|m| (m.bytes, m.label)).collect();
    let mut scores = Scores::default();
    for (i, label) in EntityLabel::ALL.iter().enumerate() {
        let hits = found.iter().filter(|(_, l)| l == label).filter(|x| gold.contains(x)).count();
        let c = &mut scores.per_label[i];
        c.true_positives = hits;
        c.false_positives = found.iter().filter(|(_, l)| l == label).count() - hits;
        c.false_negatives = gold.iter().filter(|(_, l)| l == label).count() - hits;
        scores.all.true_positives += c.true_positives;
        scores.all.false_positives += c.false_positives;
        scores.all.false_negatives += c.false_negatives;
    }
    scores
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn f1_is_the_harmonic_mean_of_precision_and_recall() {
        let c = Counts { true_positives: 6, false_positives: 2, false_negatives: 6 };
        assert!((c.precision() - 0.75).abs() < 1e-9);
        assert!((c.recall() - 0.5).abs() < 1e-9);
        assert!((c.f1() - 0.6).abs() < 1e-9);
        assert_eq!(Counts::default().f1(), 0.0);
    }
}
