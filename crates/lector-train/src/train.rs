//! Training the entity model: from CoNLL sentences to the shipped weights.
//!
//! Recognition runs in two passes ([`document`]), and both use one
//! weight table: every sentence is learned twice, once with local features
//! only (as the first pass sees it) and once with the document-level ones
//! added (as the second pass does). The document features of a training
//! sentence must come from first-pass labels as wrong as they will be on new
//! text, so they are computed by jackknifing: the training sentences are cut
//! into folds, and each fold is labelled by a local model trained on the
//! others. The learner is the averaged perceptron ([`crate::perceptron`]);
//! three of them, trained in different example orders, are summed into one
//! table, which votes like their ensemble at the cost of one model.
//!
//! The float weights are then quantized to 8 bits ([`Model::quantize`]):
//! steps of `scale` (the largest weight is 127 steps); weights under
//! `prune_steps` steps are dropped, which is the pruning.

use std::ops::Range;

use crate::augment::{recase, Variant};
use crate::conll::{Document, Sentence};
use crate::evaluate::{evaluate, Scores};
use crate::perceptron::{learn, Averaged, DecodeWork, Example};
use crate::restyle::{restyle, Styles};
use lector_analysis::training::document::{self, Evidence, Occurrence, WINDOW};
use lector_analysis::training::features::{Extractor, SentenceFeatures};
use lector_analysis::training::forms::Case;
use lector_analysis::training::gazetteer::Gazetteer;
use lector_analysis::training::hashing::{combine, finish};
use lector_analysis::training::model::Model;
use lector_analysis::training::tags::{Position, Tag};
use lector_analysis::training::Recognizer;

#[derive(Clone, Debug)]
pub struct Options {
    pub epochs: usize,
    /// log2 of the weight table's rows.
    pub bits: u32,
    /// Seeds the order of examples in each epoch.
    pub seed: u64,
    /// Add Title Case and all-caps copies of some sentences ([`crate::augment`])
    /// and restyled copies of some documents ([`crate::restyle`]).
    pub augment: bool,
    /// Folds for the jackknifed first pass.
    pub folds: usize,
    /// Sentences on each side that count as one document.
    pub window: usize,
    /// Models trained in different example orders and summed into one.
    pub ensemble: usize,
    /// The fraction of non-zero weights that must fit in the 8-bit range
    /// unclipped; the rest saturate.
    pub quantile: f64,
    /// Weights smaller than this many quantization steps are dropped.
    pub prune_steps: f32,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            epochs: 10,
            bits: 18,
            seed: 2003,
            augment: true,
            folds: 4,
            window: WINDOW,
            ensemble: 3,
            quantile: 1.0,
            prune_steps: 1.8,
        }
    }
}

/// Quantizes averaged float weights into a shippable model.
fn quantize(averaged: Averaged, options: &Options, gazetteer: &Gazetteer) -> Model {
    let Averaged { mut table, transitions, start } = averaged;
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
    Model::quantize(options.bits, &table, &transitions, &start, scale, options.window, gazetteer.fingerprint())
}

/// The training sentences, with restyled copies of about every other
/// document appended, and for each the index of the corpus sentence it
/// derives from (for a copy, the first sentence of its document).
fn corpus(train: &[Document], options: &Options) -> (Vec<Sentence>, Vec<usize>, usize) {
    let mut sentences: Vec<Sentence> = train.iter().flatten().cloned().collect();
    let mut sources: Vec<usize> = (0..sentences.len()).collect();
    let mut restyled = 0;
    if options.augment {
        let styles = Styles::shipped();
        let mut first = 0;
        for (index, doc) in train.iter().enumerate() {
            let seed = finish(combine(options.seed ^ 0x5245_5354, index as u64));
            if seed.is_multiple_of(2) {
                let copy = restyle(doc, seed, &styles);
                sources.extend(std::iter::repeat_n(first, copy.len()));
                sentences.extend(copy);
                restyled += 1;
            }
            first += doc.len();
        }
    }
    (sentences, sources, restyled)
}

/// Extracts every training sentence's features once, with Title Case and
/// all-caps copies of a fixed pseudo-random choice of sentences.
fn examples(
    sentences: &[Sentence],
    sources: &[usize],
    extractor: &Extractor,
    options: &Options,
) -> (Vec<Example>, usize, usize) {
    let mut features = SentenceFeatures::default();
    let mut examples = Vec::new();
    let (mut titles, mut caps) = (0, 0);
    let mut add = |s: &Sentence, original: usize, examples: &mut Vec<Example>| {
        extractor.extract(&s.text, &s.tokens, &mut features);
        let forms = features.forms();
        examples.push(Example {
            rows: features.rows.clone(),
            offsets: features.offsets.clone(),
            gold: s.tags.clone(),
            keys: forms.iter().map(|f| if f.case == Case::NoLetters { 0 } else { f.lower }).collect(),
            cases: forms.iter().map(|f| f.case).collect(),
            sentence_case: features.sentence_case(),
            original,
            source: sources[original],
            doc_rows: Vec::new(),
            doc_offsets: Vec::new(),
        });
    };
    for (index, sentence) in sentences.iter().enumerate() {
        add(sentence, index, &mut examples);
    }
    if options.augment {
        for (index, sentence) in sentences.iter().enumerate().filter(|(_, s)| s.tokens.len() >= 3) {
            // About one sentence in eight gets a Title Case copy, one in
            // twenty an all-caps copy.
            let variant = match finish(combine(options.seed, index as u64)) % 40 {
                0..=4 => Variant::Title,
                5..=6 => Variant::Caps,
                _ => continue,
            };
            if let Some(copy) = recase(sentence, variant) {
                match variant {
                    Variant::Title => titles += 1,
                    Variant::Caps => caps += 1,
                }
                add(&copy, index, &mut examples);
            }
        }
    }
    (examples, titles, caps)
}

/// Labels every example with a local model that never saw its original
/// sentence, then fills in the document-level rows from those labels.
fn jackknife(examples: &mut [Example], originals: usize, corpus: usize, extractor: &Extractor, options: &Options) {
    let folds = options.folds.max(2);
    let fold_of = |source: usize| source * folds / corpus.max(1);
    let mut first_pass: Vec<Vec<Tag>> = vec![Vec::new(); examples.len()];
    for fold in 0..folds {
        let schedule =
            (0..examples.len()).filter(|&i| fold_of(examples[i].source) != fold).map(|i| (i, false)).collect();
        let averaged = learn(examples, schedule, options, |_, _, _| {}).averaged();
        let mut work = DecodeWork::default();
        for (i, example) in examples.iter().enumerate().filter(|(_, e)| fold_of(e.source) == fold) {
            averaged.scorer().decode(example, false, &mut work);
            first_pass[i] = work.tags.clone();
        }
    }
    // Evidence over the original sentences in file order.
    let mut occurrences = Vec::new();
    let mut sentences: Vec<Range<usize>> = Vec::with_capacity(originals);
    for (example, tags) in examples[..originals].iter().zip(&first_pass) {
        let start = occurrences.len();
        for ((&key, &case), tag) in example.keys.iter().zip(&example.cases).zip(tags) {
            let capitalized = matches!(case, Case::Capitalized | Case::AllCaps);
            let in_longer = matches!(tag.parts(), Some((Position::Begin | Position::Inside | Position::Last, _)));
            occurrences.push(Occurrence { key, capitalized, label: tag.parts().map(|(_, l)| l), in_longer });
        }
        sentences.push(start..occurrences.len());
    }
    let mut evidence: Vec<Evidence> = Vec::new();
    document::gather(&sentences, &occurrences, options.window, &mut evidence);
    for (i, example) in examples.iter_mut().enumerate() {
        // A copy has the same tokens as its original: it takes the
        // original's evidence, with its own case and first-pass tags.
        let base = sentences[example.original].start;
        example.doc_offsets.push(0);
        for t in 0..example.gold.len() {
            let case = example.cases[t];
            extractor.document_rows(
                case,
                example.sentence_case,
                first_pass[i][t],
                &evidence[base + t],
                &mut example.doc_rows,
            );
            example.doc_offsets.push(example.doc_rows.len() as u32);
        }
    }
}

/// Trains a model on `train`, reporting progress (and scores on `dev`, if
/// given, after each epoch) through `report`.
pub fn train(train: &[Document], dev: Option<&[Document]>, options: &Options, report: &mut dyn FnMut(&str)) -> Model {
    let gazetteer = Gazetteer::shipped();
    let extractor = Extractor { gazetteer, bits: options.bits };
    let (sentences, sources, restyled) = corpus(train, options);
    let (mut examples, titles, caps) = examples(&sentences, &sources, &extractor, options);
    let originals = sentences.len();
    let corpus_sentences = train.iter().map(Vec::len).sum::<usize>();
    report(&format!(
        "{} training sentences ({} documents restyled, {} Title Case and {} all-caps copies), {} tokens, 2^{} weight rows",
        examples.len(),
        restyled,
        titles,
        caps,
        examples.iter().map(|e| e.gold.len()).sum::<usize>(),
        options.bits
    ));
    report(&format!("first pass: labelling {} folds with models trained on the others", options.folds.max(2)));
    jackknife(&mut examples, originals, corpus_sentences, &extractor, options);

    let schedule: Vec<(usize, bool)> = (0..examples.len()).flat_map(|i| [(i, false), (i, true)]).collect();
    let members = options.ensemble.max(1);
    let mut sum: Option<Averaged> = None;
    for member in 0..members {
        let member_options = Options { seed: options.seed.wrapping_add(member as u64 * 7919), ..options.clone() };
        let weights = learn(&examples, schedule.clone(), &member_options, |epoch, mistakes, weights| {
            let mut line = format!("model {}/{members}, epoch {epoch:2}: {mistakes} sentences wrong", member + 1);
            if let (Some(dev), 0) = (dev, member) {
                let recognizer = Recognizer::from_model(quantize(weights.averaged(), options, gazetteer));
                let scores: Scores = evaluate(&recognizer, dev);
                line.push_str(&format!(", dev F1 {:.2}", 100.0 * scores.all.f1()));
            }
            report(&line);
        });
        let averaged = weights.averaged();
        sum = Some(match sum {
            None => averaged,
            Some(mut total) => {
                total.add(&averaged);
                total
            }
        });
    }
    let Some(total) = sum else { unreachable!("at least one member is trained") };
    quantize(total, options, gazetteer)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conll;
    use lector_analysis::training::tokenize::tokenize;

    /// A tiny corpus: a few sentence patterns with different names.
    fn corpus() -> String {
        let mut file = String::new();
        let people = ["Peter Blackburn", "Maria Lopez", "John Kirby", "Anna Weber"];
        let places = ["Paris", "Brussels", "Tokyo", "Lima"];
        for (i, person) in people.iter().enumerate() {
            file.push_str("-DOCSTART- O\n\n");
            for place in places.iter().skip(i % 2) {
                let (first, last) = person.split_once(' ').unwrap_or((person, ""));
                file.push_str(&format!(
                    "{first} B-PER\n{last} I-PER\nvisited O\n{place} B-LOC\non O\nMonday O\n. O\n\n"
                ));
                file.push_str(&format!("Officials O\nin O\n{place} B-LOC\nsaid O\nit O\nrained O\n. O\n\n"));
            }
        }
        file
    }

    #[test]
    fn training_is_deterministic_and_learns_its_data() {
        let docs = conll::read(&corpus()).expect("valid corpus");
        let options = Options { epochs: 4, bits: 12, ..Options::default() };
        let first = train(&docs, None, &options, &mut |_| {});
        let second = train(&docs, None, &options, &mut |_| {});
        assert_eq!(first.to_bytes(), second.to_bytes(), "same data and options, same bytes");

        let recognizer = Recognizer::from_model(first);
        let text = "Maria Lopez visited Tokyo on Monday .";
        let found: Vec<(&str, &str)> = recognizer
            .recognize(text, &tokenize(text), &[])
            .into_iter()
            .map(|m| (&text[m.bytes], m.label.code()))
            .collect();
        assert_eq!(found, [("Maria Lopez", "PER"), ("Tokyo", "LOC")]);
    }
}
