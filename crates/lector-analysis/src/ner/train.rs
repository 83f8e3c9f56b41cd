//! Training: the averaged structured perceptron (Collins, 2002).
//!
//! Why this learner: it needs no gradient machinery, trains on CoNLL-2003 in
//! seconds on one core, is deterministic given the order of examples, and
//! its averaged weights are as accurate as a CRF's on this task with the
//! same features. Each epoch decodes every sentence with the current
//! weights and, where the best sequence differs from the gold one, moves the
//! weights towards the gold features and away from the predicted ones.
//! Averaging all intermediate weights (computed lazily) keeps late updates
//! from dominating.
//!
//! The float weights are then quantized to 8 bits ([`Model::quantize`]):
//! steps of `scale`, chosen so that all but the largest weights fit; weights
//! smaller than half a step disappear, which is the pruning.

use super::augment::{recase, Variant};
use super::conll::Document;
use super::decode::{viterbi, Lattice};
use super::evaluate::{evaluate, Scores};
use super::features::{Extractor, SentenceFeatures};
use super::gazetteer::Gazetteer;
use super::hashing::{combine, finish};
use super::model::Model;
use super::tags::{Tag, COUNT};
use super::Recognizer;

#[derive(Clone, Debug)]
pub struct Options {
    pub epochs: usize,
    /// log2 of the weight table's rows.
    pub bits: u32,
    /// Seeds the order of examples in each epoch.
    pub seed: u64,
    /// Add Title Case and all-caps copies of some sentences ([`super::augment`]).
    pub augment: bool,
    /// The fraction of non-zero weights that must fit in the 8-bit range
    /// unclipped; the rest saturate.
    pub quantile: f64,
    /// Weights smaller than this many quantization steps are dropped.
    pub prune_steps: f32,
}

impl Default for Options {
    fn default() -> Options {
        Options { epochs: 12, bits: 18, seed: 2003, augment: true, quantile: 0.9995, prune_steps: 0.5 }
    }
}

/// One training sentence, its features extracted once.
struct Example {
    rows: Vec<u32>,
    offsets: Vec<u32>,
    gold: Vec<Tag>,
}

impl Example {
    fn token(&self, i: usize) -> &[u32] {
        &self.rows[self.offsets[i] as usize..self.offsets[i + 1] as usize]
    }
}

/// Weights being learned, with the running sums for averaging.
struct Weights {
    table: Vec<f32>,
    table_sum: Vec<f32>,
    transitions: [[f32; COUNT]; COUNT],
    transitions_sum: [[f32; COUNT]; COUNT],
    start: [f32; COUNT],
    start_sum: [f32; COUNT],
    /// Updates so far (the averaging clock).
    clock: f32,
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

    fn emissions(&self, example: &Example, out: &mut Vec<[f32; COUNT]>) {
        out.clear();
        for i in 0..example.gold.len() {
            let mut acc = [0.0f32; COUNT];
            for &row in example.token(i) {
                let w = &self.table[row as usize * COUNT..row as usize * COUNT + COUNT];
                for (a, &w) in acc.iter_mut().zip(w) {
                    *a += w;
                }
            }
            out.push(acc);
        }
    }

    fn bump_feature(&mut self, row: u32, tag: Tag, delta: f32) {
        let i = row as usize * COUNT + tag.index();
        self.table[i] += delta;
        self.table_sum[i] += self.clock * delta;
    }

    fn update(&mut self, example: &Example, predicted: &[Tag]) {
        let gold = &example.gold;
        for i in 0..gold.len() {
            if gold[i] != predicted[i] {
                for k in example.offsets[i]..example.offsets[i + 1] {
                    let row = example.rows[k as usize];
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
    fn averaged(&self) -> (Vec<f32>, [[f32; COUNT]; COUNT], [f32; COUNT]) {
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
        (table, transitions, start)
    }
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

/// Quantizes averaged float weights into a shippable model.
fn quantize(bits: u32, weights: &Weights, options: &Options, gazetteer: &Gazetteer) -> Model {
    let (mut table, transitions, start) = weights.averaged();
    let mut magnitudes: Vec<f32> = table.iter().filter(|w| **w != 0.0).map(|w| w.abs()).collect();
    let scale = if magnitudes.is_empty() {
        1.0
    } else {
        let k = ((magnitudes.len() - 1) as f64 * options.quantile) as usize;
        let (_, kth, _) = magnitudes.select_nth_unstable_by(k, f32::total_cmp);
        (*kth / 127.0).max(f32::MIN_POSITIVE)
    };
    for w in &mut table {
        if w.abs() < options.prune_steps * scale {
            *w = 0.0;
        }
    }
    Model::quantize(bits, &table, &transitions, &start, scale, gazetteer.fingerprint())
}

/// Trains a model on `train`, reporting progress (and scores on `dev`, if
/// given, after each epoch) through `report`.
pub fn train(train: &[Document], dev: Option<&[Document]>, options: &Options, report: &mut dyn FnMut(&str)) -> Model {
    let gazetteer = Gazetteer::shipped();
    let extractor = Extractor { gazetteer, bits: options.bits };
    let mut features = SentenceFeatures::default();
    let mut examples = Vec::new();
    let (mut titles, mut caps) = (0, 0);
    for (index, sentence) in train.iter().flatten().enumerate() {
        let mut add = |s: &super::conll::Sentence| {
            extractor.extract(&s.text, &s.tokens, &mut features);
            examples.push(Example {
                rows: features.rows.clone(),
                offsets: features.offsets.clone(),
                gold: s.tags.clone(),
            });
        };
        add(sentence);
        if options.augment && sentence.tokens.len() >= 3 {
            // A fixed pseudo-random choice per sentence: about one in eight
            // gets a Title Case copy, one in twenty an all-caps copy.
            let pick = finish(combine(options.seed, index as u64)) % 40;
            let variant = match pick {
                0..=4 => Some(Variant::Title),
                5..=6 => Some(Variant::Caps),
                _ => None,
            };
            if let Some(copy) = variant.and_then(|v| recase(sentence, v)) {
                if variant == Some(Variant::Title) {
                    titles += 1;
                } else {
                    caps += 1;
                }
                add(&copy);
            }
        }
    }
    report(&format!(
        "{} training sentences ({} Title Case and {} all-caps copies), {} tokens, 2^{} weight rows",
        examples.len(),
        titles,
        caps,
        examples.iter().map(|e| e.gold.len()).sum::<usize>(),
        options.bits
    ));

    let mut weights = Weights::new(options.bits);
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut shuffler = Shuffler(options.seed | 1);
    let mut emissions = Vec::new();
    let mut lattice = Lattice::default();
    let mut predicted = Vec::new();
    for epoch in 1..=options.epochs {
        shuffler.shuffle(&mut order);
        let mut mistakes = 0;
        for &i in &order {
            let example = &examples[i];
            if example.gold.is_empty() {
                continue;
            }
            weights.emissions(example, &mut emissions);
            viterbi(&emissions, &weights.transitions, &weights.start, &mut lattice, &mut predicted);
            if predicted != example.gold {
                mistakes += 1;
                weights.update(example, &predicted);
            }
            weights.clock += 1.0;
        }
        let mut line = format!("epoch {epoch:2}: {mistakes} sentences wrong");
        if let Some(dev) = dev {
            let recognizer = Recognizer::from_model(quantize(options.bits, &weights, options, gazetteer));
            let scores: Scores = evaluate(&recognizer, dev);
            line.push_str(&format!(", dev F1 {:.2}", 100.0 * scores.all.f1()));
        }
        report(&line);
    }
    quantize(options.bits, &weights, options, gazetteer)
}
