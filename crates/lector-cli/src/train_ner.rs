//! `lector train-ner`: trains the entity model from CoNLL-format files and
//! writes the weights file that the build embeds.

use lector_analysis::training::Recognizer;
use lector_train::{conll, evaluate, train};

const USAGE: &str = "\
usage: lector train-ner TRAIN.conll [--dev DEV.conll] [--out FILE] [--epochs N] [--bits B] [--no-augment]
                        [--window SENTENCES] [--ensemble N] [--folds K] [--seed S] [--quantile Q] [--prune-steps P]

Trains the named-entity model on TRAIN (CoNLL format: token first, NER tag
last, IOB1 or IOB2, labels PER/ORG/LOC/MISC) and writes the weights to FILE
(default crates/lector-analysis/model/ner.bin). With --dev, prints entity
scores on DEV after every epoch. Training is deterministic.";

pub fn run(args: &[String]) -> Result<(), String> {
    let mut train_path = None;
    let mut dev_path = None;
    let mut out = String::from("crates/lector-analysis/model/ner.bin");
    let mut options = train::Options::default();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let mut value = |name: &str| args.next().cloned().ok_or_else(|| format!("{name} needs a value\n\n{USAGE}"));
        match arg.as_str() {
            "--dev" => dev_path = Some(value("--dev")?),
            "--out" => out = value("--out")?,
            "--epochs" => options.epochs = number(&value("--epochs")?, "--epochs")?,
            "--bits" => options.bits = number(&value("--bits")?, "--bits")?,
            "--no-augment" => options.augment = false,
            "--window" => options.window = number(&value("--window")?, "--window")?,
            "--ensemble" => options.ensemble = number(&value("--ensemble")?, "--ensemble")?,
            "--folds" => options.folds = number(&value("--folds")?, "--folds")?,
            "--seed" => options.seed = number(&value("--seed")?, "--seed")?,
            "--quantile" => options.quantile = number(&value("--quantile")?, "--quantile")?,
            "--prune-steps" => options.prune_steps = number(&value("--prune-steps")?, "--prune-steps")?,
            "-h" | "--help" => return Err(USAGE.to_string()),
            path if train_path.is_none() && !path.starts_with("--") => train_path = Some(path.to_string()),
            other => return Err(format!("unexpected argument '{other}'\n\n{USAGE}")),
        }
    }
    let train_path = train_path.ok_or_else(|| USAGE.to_string())?;
    if !(12..=24).contains(&options.bits) {
        return Err("--bits must be between 12 and 24".into());
    }
    let train_docs = read_conll(&train_path)?;
    let dev_docs = dev_path.as_deref().map(read_conll).transpose()?;
    let started = std::time::Instant::now();
    let model = train::train(&train_docs, dev_docs.as_deref(), &options, &mut |line| eprintln!("{line}"));
    let bytes = model.to_bytes();
    std::fs::write(&out, &bytes).map_err(|e| format!("cannot write {out}: {e}"))?;
    eprintln!(
        "wrote {out}: {} bytes, {} of {} rows live, quantization step {:.4}, trained in {:.1} s",
        bytes.len(),
        model.live_rows(),
        model.rows(),
        model.scale,
        started.elapsed().as_secs_f64()
    );
    if let Some(dev) = &dev_docs {
        let recognizer =
            Recognizer::from_bytes(&bytes).map_err(|e| format!("the model just written does not load: {e}"))?;
        eprintln!("dev scores of the written model:\n{}", evaluate::evaluate(&recognizer, dev));
    }
    Ok(())
}

fn number<T: std::str::FromStr>(text: &str, name: &str) -> Result<T, String> {
    text.parse().map_err(|_| format!("{name} expects a number, got '{text}'"))
}

fn read_conll(path: &str) -> Result<Vec<conll::Document>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    let docs = conll::read(&text).map_err(|e| format!("{path}: {e}"))?;
    if docs.is_empty() {
        return Err(format!("{path}: no sentences found"));
    }
    Ok(docs)
}
