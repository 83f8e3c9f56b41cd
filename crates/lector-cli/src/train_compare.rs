//! `lector train-compare MSRP`: fits the sentence-similarity weights of
//! `lector-compare` on the pairs not held out, and prints them as the Rust
//! constants `crates/lector-compare/src/model.rs` holds.

use lector_compare::features::{features, opposed, NAMES};
use lector_compare::train::fit;
use lector_compare::{Model, Profile};

use crate::msrp::{held_out, read, score};

const USAGE: &str = "\
usage: lector train-compare MSRP_TRAIN.txt [--iterations N]

Fits the similarity model of `lector compare` (logistic regression over the
features in lector-compare's features.rs) on the MSR Paraphrase training
split minus every fifth pair, which is held out and scored. Prints the
weights and threshold to paste into crates/lector-compare/src/model.rs.
Deterministic.";

pub fn run(args: &[String]) -> Result<(), String> {
    let mut path = None;
    let mut iterations = 25;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--iterations" => {
                iterations = args
                    .next()
                    .and_then(|v| v.parse().ok())
                    .ok_or_else(|| format!("--iterations needs a number\n\n{USAGE}"))?
            }
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(());
            }
            other if path.is_none() && !other.starts_with("--") => path = Some(other.to_string()),
            other => return Err(format!("unexpected argument '{other}'\n\n{USAGE}")),
        }
    }
    let examples = read(&path.ok_or_else(|| USAGE.to_string())?)?;
    let mut train = Vec::new();
    let mut held = Vec::new();
    for (k, e) in examples.iter().enumerate() {
        let (a, b) = (Profile::of_text(&e.a), Profile::of_text(&e.b));
        // The model never scores these (too little shared, opposed
        // polarity): they are "different" by rule, so they do not train it.
        let gated = !lector_compare::model::worth_scoring(&a, &b) || opposed(&a, &b);
        let item = (features(&a, &b), e.same, gated, a, b);
        if held_out(k) {
            held.push(item);
        } else {
            train.push(item);
        }
    }
    let gated: Vec<bool> = train.iter().filter(|t| t.2).map(|t| t.1).collect();
    println!(
        "{} training pairs are \"different\" by rule (too little shared, or opposed), {} of them marked same",
        gated.len(),
        gated.iter().filter(|&&s| s).count()
    );
    // Five-fold cross-validation inside the training part: a steadier figure
    // than the held-out fifth alone for choosing features.
    let mut predictions = Vec::new();
    for fold in 0..5 {
        let (fit_part, test_part): (Vec<_>, Vec<_>) = train.iter().enumerate().partition(|(k, _)| k % 5 != fold);
        let f = fit(&fit_part.iter().filter(|(_, t)| !t.2).map(|(_, t)| (t.0, t.1)).collect::<Vec<_>>(), iterations);
        let m = Model { weights: f.weights, threshold: f.threshold };
        predictions.extend(test_part.iter().map(|(_, t)| (m.same_claim(m.similarity(&t.3, &t.4)), t.1)));
    }
    let (accuracy, f1, n) = score(predictions.into_iter());
    println!("5-fold cross-validation on the training part: {n} pairs, accuracy {accuracy:.1}, F1 {f1:.1}");
    let fitted = fit(&train.iter().filter(|t| !t.2).map(|t| (t.0, t.1)).collect::<Vec<_>>(), iterations);
    let model = Model { weights: fitted.weights, threshold: fitted.threshold };
    for (name, part) in [("trained on", &train), ("held out", &held)] {
        let (accuracy, f1, n) = score(part.iter().map(|t| (model.same_claim(model.similarity(&t.3, &t.4)), t.1)));
        println!("{name}: {n} pairs, accuracy {accuracy:.1}, F1 {f1:.1}");
    }
    println!("\n// Fitted by `lector train-compare` ({iterations} iterations).");
    println!("pub const WEIGHTS: Features = [");
    for (w, name) in model.weights.iter().zip(NAMES) {
        println!("    {w:.4}, // {name}");
    }
    println!("];\npub const THRESHOLD: f32 = {:.4};", model.threshold);
    Ok(())
}
