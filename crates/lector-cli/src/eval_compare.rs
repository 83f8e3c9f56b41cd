//! `lector eval-compare MSRP`: how often `lector compare` pairs two sentences
//! exactly when they are paraphrases, as the maintainers score it ("same
//! claim" when `pairs` is non-empty), next to two baselines in the same run.

use lector_compare::{compare, Side};

use crate::msrp::{best_threshold, held_out, read, score, Example, TfIdf};

const USAGE: &str = "\
usage: lector eval-compare MSRP_TRAIN.txt

Runs `lector compare` on every sentence pair of the MSR Paraphrase training
split (each sentence analyzed as an article of its own) and prints accuracy
and F1 of \"same claim\" (a non-empty `pairs`) on the fifth held out of
training (every fifth pair) and on the whole split, beside two baselines
measured in the same run: answering \"same\" always, and TF-IDF cosine with the
threshold that maximises accuracy on the pairs not held out.";

pub fn run(args: &[String]) -> Result<(), String> {
    let path = match args {
        [flag] if flag == "-h" || flag == "--help" => {
            println!("{USAGE}");
            return Ok(());
        }
        [path] => path,
        _ => return Err(USAGE.to_string()),
    };
    let examples = read(path)?;
    let predicted: Vec<bool> = examples.iter().map(same_claim).collect();

    let training = || examples.iter().enumerate().filter(|(k, _)| !held_out(*k)).map(|(_, e)| e);
    let tfidf = TfIdf::new(training().flat_map(|e| [e.a.as_str(), e.b.as_str()]));
    let cosines: Vec<f64> = examples.iter().map(|e| tfidf.cosine(&e.a, &e.b)).collect();
    let tuned: Vec<(f64, bool)> = cosines
        .iter()
        .zip(&examples)
        .enumerate()
        .filter(|(k, _)| !held_out(*k))
        .map(|(_, (c, e))| (*c, e.same))
        .collect();
    let cut = best_threshold(&tuned);

    println!("{:<28} {:>22} {:>22}", "MSRP train split", "held-out fifth", "whole split");
    let always: Vec<bool> = vec![true; examples.len()];
    let tfidf_says: Vec<bool> = cosines.iter().map(|c| *c >= cut).collect();
    let rows = [("lector compare", &predicted), ("always \"same\"", &always), ("TF-IDF cosine", &tfidf_says)];
    for (name, says) in rows {
        let predict = |k: usize| says[k];
        let held = score(examples.iter().enumerate().filter(|(k, _)| held_out(*k)).map(|(k, e)| (predict(k), e.same)));
        let all = score(examples.iter().enumerate().map(|(k, e)| (predict(k), e.same)));
        println!(
            "{name:<28} {:>22} {:>22}",
            format!("acc {:.1}  F1 {:.1}", held.0, held.1),
            format!("acc {:.1}  F1 {:.1}", all.0, all.1)
        );
    }
    let n_held = (0..examples.len()).filter(|k| held_out(*k)).count();
    println!("({n_held} held-out pairs of {}; TF-IDF threshold {cut:.3})", examples.len());
    Ok(())
}

/// What the maintainers' scorer reads: does `lector compare` pair anything?
fn same_claim(example: &Example) -> bool {
    let (analysis_a, analysis_b) = (lector_analysis::analyze(&example.a), lector_analysis::analyze(&example.b));
    let a = Side { text: &example.a, analysis: &analysis_a, outlet: None, date: None };
    let b = Side { text: &example.b, analysis: &analysis_b, outlet: None, date: None };
    !compare(&a, &b).pairs.is_empty()
}
