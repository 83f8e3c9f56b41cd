//! `lector train-compare MSRP`: fits the sentence-similarity model of
//! `lector-compare` (linear weights, then boosted trees) on the pairs not
//! held out, prints how it scores on held-out folds, and writes it as the
//! Rust constants `crates/lector-compare/src/fitted.rs` holds.

use std::borrow::Cow;

use lector_analysis::Analysis;
use lector_compare::boost::{boost, Boosting};
use lector_compare::features::{features, opposed, Features, COUNT, NAMES};
use lector_compare::model::{linear, sigmoid, worth_scoring};
use lector_compare::train::{best_threshold, fit};
use lector_compare::trees::{self, Tree};
use lector_compare::{compare_with, Model, Profile, Side};

use crate::msrp::{held_out, read, score};

const USAGE: &str = "\
usage: lector train-compare MSRP_TRAIN.txt [--iterations N] [--rounds N] [--depth 1|2]
                            [--shrinkage X] [--min-leaf X] [--drop I,J,...] [--write PATH]

Fits the similarity model of `lector compare` on the MSR Paraphrase training
split: logistic regression over the features in lector-compare's features.rs
(Newton, --iterations, default 25), then --rounds boosted trees (default 0:
linear only) of --depth (default 2) on top, then the threshold. Every fifth
pair is held out of the shipped fit (the fifth fold). Prints, for each of
the five folds fitted on the other four, accuracy and F1 of `compare` on the
fold, and their mean. --drop leaves features out (indices in features.rs).
--write PATH writes the model fitted without the fifth fold as Rust source
(crates/lector-compare/src/fitted.rs). Deterministic.";

struct Item {
    features: Features,
    same: bool,
    /// Never scored by the model (too little shared, or opposed).
    gated: bool,
}

struct Options {
    iterations: usize,
    boosting: Boosting,
    drop: Vec<usize>,
    write: Option<String>,
}

pub fn run(args: &[String]) -> Result<(), String> {
    let mut path = None;
    let mut options = Options {
        iterations: 25,
        boosting: Boosting { rounds: 0, ..Boosting::default() },
        drop: Vec::new(),
        write: None,
    };
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let mut value = |name: &str| args.next().ok_or_else(|| format!("{name} needs a value\n\n{USAGE}"));
        let number = |v: &String, name: &str| v.parse::<f64>().map_err(|_| format!("{name}: '{v}' is not a number"));
        match arg.as_str() {
            "--iterations" => options.iterations = number(value(arg)?, arg)? as usize,
            "--rounds" => options.boosting.rounds = number(value(arg)?, arg)? as usize,
            "--depth" => options.boosting.depth = number(value(arg)?, arg)? as usize,
            "--shrinkage" => options.boosting.shrinkage = number(value(arg)?, arg)?,
            "--min-leaf" => options.boosting.min_leaf = number(value(arg)?, arg)?,
            "--drop" => {
                options.drop = value(arg)?
                    .split(',')
                    .map(|i| i.parse().ok().filter(|&i: &usize| (1..COUNT).contains(&i)))
                    .collect::<Option<_>>()
                    .ok_or_else(|| format!("--drop takes feature indices 1..{COUNT}, comma-separated"))?
            }
            "--write" => options.write = Some(value(arg)?.clone()),
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(());
            }
            other if path.is_none() && !other.starts_with("--") => path = Some(other.to_string()),
            other => return Err(format!("unexpected argument '{other}'\n\n{USAGE}")),
        }
    }
    let examples = read(&path.ok_or_else(|| USAGE.to_string())?)?;
    let analyses: Vec<(Analysis, Analysis)> =
        examples.iter().map(|e| (lector_analysis::analyze(&e.a), lector_analysis::analyze(&e.b))).collect();
    let items: Vec<Item> = examples
        .iter()
        .map(|e| {
            let (a, b) = (Profile::of_text(&e.a), Profile::of_text(&e.b));
            let mut features = features(&a, &b);
            for &k in &options.drop {
                features[k] = 0.0;
            }
            Item { features, same: e.same, gated: !worth_scoring(&a, &b) || opposed(&a, &b) }
        })
        .collect();

    // Each fold held out in turn, scored as the maintainers score the test
    // split: through `compare`, "same" when it pairs anything.
    let mut sums = (0.0, 0.0);
    let mut shipped = None;
    for fold in 0..5 {
        let in_fold = |k: usize| k % 5 == fold;
        let fitting: Vec<&Item> = items.iter().enumerate().filter(|(k, _)| !in_fold(*k)).map(|(_, i)| i).collect();
        let model = fit_model(&fitting, &options);
        let predictions =
            examples.iter().zip(&analyses).enumerate().filter(|(k, _)| in_fold(*k)).map(|(_, (e, an))| {
                let a = Side { text: &e.a, analysis: &an.0, outlet: None, date: None };
                let b = Side { text: &e.b, analysis: &an.1, outlet: None, date: None };
                (!compare_with(&a, &b, &model).pairs.is_empty(), e.same)
            });
        let (accuracy, f1, n) = score(predictions);
        let label = if (0..examples.len()).any(|k| in_fold(k) && held_out(k)) { " (the held-out fifth)" } else { "" };
        let direct = score(
            items
                .iter()
                .enumerate()
                .filter(|(k, _)| in_fold(*k))
                .map(|(_, t)| (!t.gated && model.same_claim(model_score(&model, &t.features)), t.same)),
        );
        println!(
            "fold {fold}{label}: {n} pairs, accuracy {accuracy:.1}, F1 {f1:.1} (the model alone: {:.1} / {:.1})",
            direct.0, direct.1
        );
        sums = (sums.0 + accuracy, sums.1 + f1);
        if label.is_empty() {
            continue;
        }
        let (accuracy, f1, n) =
            score(fitting.iter().map(|t| (!t.gated && model.same_claim(model_score(&model, &t.features)), t.same)));
        println!("  the same model on its own fitting part: {n} pairs, accuracy {accuracy:.1}, F1 {f1:.1}");
        shipped = Some(model);
    }
    println!("mean over the five held-out folds: accuracy {:.2}, F1 {:.2}", sums.0 / 5.0, sums.1 / 5.0);
    let model = shipped.ok_or("no fold holds the held-out fifth")?;
    let source = rust_source(&model, &options);
    println!("model: {} weights, {} trees, ~{} bytes of constants", COUNT, model.trees.len(), size(&model));
    match &options.write {
        Some(path) => std::fs::write(path, source).map_err(|e| format!("cannot write {path}: {e}"))?,
        None => println!("\n{source}"),
    }
    Ok(())
}

fn fit_model(fitting: &[&Item], options: &Options) -> Model {
    let examples: Vec<(Features, bool)> = fitting.iter().filter(|t| !t.gated).map(|t| (t.features, t.same)).collect();
    let linear_fit = fit(&examples, options.iterations);
    let base: Vec<f32> = examples.iter().map(|(x, _)| linear(&linear_fit.weights, x)).collect();
    let trees = boost(&examples, &base, &options.boosting);
    let scored = examples.iter().zip(&base).map(|((x, y), b)| (sigmoid(b + trees::sum(&trees, x)), *y));
    let threshold = best_threshold(scored);
    Model { weights: linear_fit.weights, trees: Cow::Owned(trees), threshold }
}

fn model_score(model: &Model, x: &Features) -> f32 {
    sigmoid(linear(&model.weights, x) + trees::sum(&model.trees, x))
}

/// Bytes the model's numbers take in the binary.
fn size(model: &Model) -> usize {
    4 * COUNT + 4 + model.trees.len() * std::mem::size_of::<Tree>()
}

fn rust_source(model: &Model, options: &Options) -> String {
    let mut out = String::from(
        "//! Written by `lector train-compare --write`: do not edit by hand.\n\n\
         use crate::features::Features;\nuse crate::trees::Tree;\n\n",
    );
    let b = &options.boosting;
    out += &format!(
        "// Fitted by `lector train-compare` ({} iterations; {}{}).\n",
        options.iterations,
        if b.rounds == 0 {
            "no trees".to_string()
        } else {
            format!("{} trees of depth {}, shrinkage {}, min leaf {}", b.rounds, b.depth, b.shrinkage, b.min_leaf)
        },
        if options.drop.is_empty() { String::new() } else { format!(", features {:?} left out", options.drop) }
    );
    out += "#[rustfmt::skip]\npub const WEIGHTS: Features = [\n";
    for (w, name) in model.weights.iter().zip(NAMES) {
        out += &format!("    {w:.4}, // {name}\n");
    }
    out += &format!("];\npub const THRESHOLD: f32 = {:.4};\n", model.threshold);
    out += "#[rustfmt::skip]\npub const TREES: &[Tree] = &[\n";
    for t in model.trees.iter() {
        let split =
            |(f, x): (u8, f32)| if x.is_finite() { format!("({f}, {x:?})") } else { "(0, f32::INFINITY)".into() };
        out += &format!(
            "    Tree {{ splits: [{}, {}, {}], leaves: [{:.4}, {:.4}, {:.4}, {:.4}] }},\n",
            split(t.splits[0]),
            split(t.splits[1]),
            split(t.splits[2]),
            t.leaves[0],
            t.leaves[1],
            t.leaves[2],
            t.leaves[3]
        );
    }
    out += "];\n";
    out
}
