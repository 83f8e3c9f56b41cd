//! The averaged structured perceptron (Collins, 2002) that learns the
//! entity model's weights.
//!
//! Why this learner: it needs no gradient machinery, trains on CoNLL-2003 in
//! seconds on one core, is deterministic given the order of examples, and
//! its averaged weights are as accurate as a CRF's on this task with the
//! same features. Each epoch decodes every sentence with the current
//! weights and, where the best sequence differs from the gold one, moves the
//! weights towards the gold features and away from the predicted ones.
//! Averaging all intermediate weights (computed lazily) keeps late updates
//! from dominating.

use crate::train::Options;
use lector_analysis::training::decode::{viterbi, Lattice};
use lector_analysis::training::forms::{Case, SentenceCase};
use lector_analysis::training::tags::{Tag, COUNT};

/// One training sentence, its features extracted once.
pub(super) struct Example {
    pub(super) rows: Vec<u32>,
    pub(super) offsets: Vec<u32>,
    pub(super) gold: Vec<Tag>,
    /// Per token: lower-case hash (0 without letters) and case.
    pub(super) keys: Vec<u64>,
    pub(super) cases: Vec<Case>,
    pub(super) sentence_case: SentenceCase,
    /// The original sentence's index (itself, or the sentence it copies).
    pub(super) original: usize,
    /// The corpus sentence it derives from, through restyling or recasing:
    /// it is labelled for the first pass by a model that never saw that one.
    pub(super) source: usize,
    /// Document-level rows, filled after the jackknifed first pass.
    pub(super) doc_rows: Vec<u32>,
    pub(super) doc_offsets: Vec<u32>,
}

impl Example {
    fn token(&self, i: usize) -> &[u32] {
        &self.rows[self.offsets[i] as usize..self.offsets[i + 1] as usize]
    }

    fn doc_token(&self, i: usize) -> &[u32] {
        match (self.doc_offsets.get(i), self.doc_offsets.get(i + 1)) {
            (Some(&a), Some(&b)) => &self.doc_rows[a as usize..b as usize],
            _ => &[],
        }
    }
}

/// Float weights (`COUNT` per row) and transitions: what decoding needs.
pub(super) struct Scorer<'w> {
    table: &'w [f32],
    transitions: &'w [[f32; COUNT]; COUNT],
    start: &'w [f32; COUNT],
}

impl Scorer<'_> {
    pub(super) fn decode(&self, example: &Example, with_document: bool, work: &mut DecodeWork) {
        work.emissions.clear();
        for i in 0..example.gold.len() {
            let mut acc = [0.0f32; COUNT];
            let doc: &[u32] = if with_document { example.doc_token(i) } else { &[] };
            for &row in example.token(i).iter().chain(doc) {
                let w = &self.table[row as usize * COUNT..row as usize * COUNT + COUNT];
                for (a, &w) in acc.iter_mut().zip(w) {
                    *a += w;
                }
            }
            work.emissions.push(acc);
        }
        viterbi(&work.emissions, self.transitions, self.start, &mut work.lattice, &mut work.tags);
    }
}

#[derive(Default)]
pub(super) struct DecodeWork {
    emissions: Vec<[f32; COUNT]>,
    lattice: Lattice<f32>,
    pub(super) tags: Vec<Tag>,
}

/// Weights being learned, with the running sums for averaging.
pub(super) struct Weights {
    table: Vec<f32>,
    table_sum: Vec<f32>,
    transitions: [[f32; COUNT]; COUNT],
    transitions_sum: [[f32; COUNT]; COUNT],
    start: [f32; COUNT],
    start_sum: [f32; COUNT],
    /// Updates so far (the averaging clock).
    clock: f32,
}

pub(super) struct Averaged {
    pub(super) table: Vec<f32>,
    pub(super) transitions: [[f32; COUNT]; COUNT],
    pub(super) start: [f32; COUNT],
}

impl Averaged {
    /// Adds another model's weights: the sum of several models trained in
    /// different orders votes like their ensemble, at the cost of one.
    pub(super) fn add(&mut self, other: &Averaged) {
        for (a, b) in self.table.iter_mut().zip(&other.table) {
            *a += b;
        }
        for (row, other_row) in self.transitions.iter_mut().zip(&other.transitions) {
            for (a, b) in row.iter_mut().zip(other_row) {
                *a += b;
            }
        }
        for (a, b) in self.start.iter_mut().zip(&other.start) {
            *a += b;
        }
    }

    pub(super) fn scorer(&self) -> Scorer<'_> {
        Scorer { table: &self.table, transitions: &self.transitions, start: &self.start }
    }
}

impl Weights {
    fn new(bits: u32) -> Weights {
        Weights {
            table: vec![0.0; (1 << bits) * COUNT],
            table_sum: vec![0.0; (1 << bits) * COUNT],
            transitions: [[0.0; COUNT]; COUNT],
            transitions_sum: [[0.0; COUNT]; COUNT],
            start: [0.0; COUNT],
            start_sum: [0.0; COUNT],
            clock: 1.0,
        }
    }

    fn scorer(&self) -> Scorer<'_> {
        Scorer { table: &self.table, transitions: &self.transitions, start: &self.start }
    }

    fn bump_feature(&mut self, row: u32, tag: Tag, delta: f32) {
        let i = row as usize * COUNT + tag.index();
        self.table[i] += delta;
        self.table_sum[i] += self.clock * delta;
    }

    fn update(&mut self, example: &Example, with_document: bool, predicted: &[Tag]) {
        let gold = &example.gold;
        for i in 0..gold.len() {
            if gold[i] != predicted[i] {
                let doc: &[u32] = if with_document { example.doc_token(i) } else { &[] };
                for &row in example.token(i).iter().chain(doc) {
                    self.bump_feature(row, gold[i], 1.0);
                    self.bump_feature(row, predicted[i], -1.0);
                }
            }
            let clock = self.clock;
            let bump = |w: &mut f32, s: &mut f32, d: f32| {
                *w += d;
                *s += clock * d;
            };
            if i == 0 {
                if gold[0] != predicted[0] {
                    bump(&mut self.start[gold[0].index()], &mut self.start_sum[gold[0].index()], 1.0);
                    bump(&mut self.start[predicted[0].index()], &mut self.start_sum[predicted[0].index()], -1.0);
                }
            } else if (gold[i - 1], gold[i]) != (predicted[i - 1], predicted[i]) {
                let (g0, g1) = (gold[i - 1].index(), gold[i].index());
                bump(&mut self.transitions[g0][g1], &mut self.transitions_sum[g0][g1], 1.0);
                let (p0, p1) = (predicted[i - 1].index(), predicted[i].index());
                bump(&mut self.transitions[p0][p1], &mut self.transitions_sum[p0][p1], -1.0);
            }
        }
    }

    /// The averaged weights: w - sum / clock.
    pub(super) fn averaged(&self) -> Averaged {
        let avg = |w: f32, s: f32| w - s / self.clock;
        let table = self.table.iter().zip(&self.table_sum).map(|(&w, &s)| avg(w, s)).collect();
        let mut transitions = [[0.0; COUNT]; COUNT];
        for (a, (w, s)) in transitions.iter_mut().zip(self.transitions.iter().zip(&self.transitions_sum)) {
            for (a, (&w, &s)) in a.iter_mut().zip(w.iter().zip(s)) {
                *a = avg(w, s);
            }
        }
        let mut start = [0.0; COUNT];
        for (a, (&w, &s)) in start.iter_mut().zip(self.start.iter().zip(&self.start_sum)) {
            *a = avg(w, s);
        }
        Averaged { table, transitions, start }
    }
}

/// Runs perceptron epochs over `schedule` (example index, with document
/// features or not), shuffled each epoch, calling `after_epoch` after each.
pub(super) fn learn(
    examples: &[Example],
    mut schedule: Vec<(usize, bool)>,
    options: &Options,
    mut after_epoch: impl FnMut(usize, usize, &Weights),
) -> Weights {
    let mut weights = Weights::new(options.bits);
    let mut shuffler = Shuffler(options.seed | 1);
    let mut work = DecodeWork::default();
    for epoch in 1..=options.epochs {
        shuffler.shuffle(&mut schedule);
        let mut mistakes = 0;
        for &(i, with_document) in &schedule {
            let example = &examples[i];
            if example.gold.is_empty() {
                continue;
            }
            weights.scorer().decode(example, with_document, &mut work);
            if work.tags != example.gold {
                mistakes += 1;
                weights.update(example, with_document, &work.tags);
            }
            weights.clock += 1.0;
        }
        after_epoch(epoch, mistakes, &weights);
    }
    weights
}

/// A small deterministic generator (xorshift64*) for shuffling.
struct Shuffler(u64);

impl Shuffler {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            items.swap(i, j);
        }
    }
}
