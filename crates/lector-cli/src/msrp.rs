//! The MSR Paraphrase Corpus as `train-compare` and `eval-compare` read it,
//! the held-out split, scores, and the TF-IDF cosine baseline. Its text is
//! read from the file given; nothing of it is kept.

use std::collections::HashMap;

pub struct Example {
    pub same: bool,
    pub a: String,
    pub b: String,
}

/// Every fifth pair is held out of training, so the figures on it are honest.
pub fn held_out(index: usize) -> bool {
    index % 5 == 4
}

pub fn read(path: &str) -> Result<Vec<Example>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    let mut examples = Vec::new();
    for (n, line) in text.trim_start_matches('\u{feff}').lines().enumerate().skip(1) {
        let fields: Vec<&str> = line.split('\t').collect();
        let [quality, _, _, a, b] = fields.as_slice() else {
            return Err(format!(
                "{path}:{}: expected 5 tab-separated fields (Quality, #1 ID, #2 ID, #1 String, #2 String)",
                n + 1
            ));
        };
        let same = match *quality {
            "1" => true,
            "0" => false,
            other => return Err(format!("{path}:{}: quality '{other}' is neither 0 nor 1", n + 1)),
        };
        examples.push(Example { same, a: a.to_string(), b: b.to_string() });
    }
    if examples.is_empty() {
        return Err(format!("{path} holds no sentence pairs"));
    }
    Ok(examples)
}

/// Accuracy and F1 of "same" (both in percent) of predictions against gold.
pub fn score(pairs: impl Iterator<Item = (bool, bool)>) -> (f64, f64, usize) {
    let (mut tp, mut fp, mut fn_, mut right, mut n) = (0, 0, 0, 0, 0);
    for (predicted, gold) in pairs {
        n += 1;
        right += usize::from(predicted == gold);
        match (predicted, gold) {
            (true, true) => tp += 1,
            (true, false) => fp += 1,
            (false, true) => fn_ += 1,
            _ => {}
        }
    }
    let f1 = if tp == 0 { 0.0 } else { 200.0 * tp as f64 / (2 * tp + fp + fn_) as f64 };
    (100.0 * right as f64 / n.max(1) as f64, f1, n)
}

/// TF-IDF cosine of two sentences, with document frequencies counted over
/// the sentences of the training part (each sentence a document).
pub struct TfIdf {
    df: HashMap<String, usize>,
    documents: usize,
}

impl TfIdf {
    pub fn new<'a>(sentences: impl Iterator<Item = &'a str>) -> TfIdf {
        let mut df = HashMap::new();
        let mut documents = 0;
        for sentence in sentences {
            documents += 1;
            let mut words = tokens(sentence);
            words.sort();
            words.dedup();
            for w in words {
                *df.entry(w).or_insert(0) += 1;
            }
        }
        TfIdf { df, documents }
    }

    pub fn cosine(&self, a: &str, b: &str) -> f64 {
        let (va, vb) = (self.vector(a), self.vector(b));
        let dot: f64 = va.iter().filter_map(|(w, x)| vb.get(w).map(|y| x * y)).sum();
        let norm = |v: &HashMap<String, f64>| v.values().map(|x| x * x).sum::<f64>().sqrt();
        let denominator = norm(&va) * norm(&vb);
        if denominator == 0.0 {
            0.0
        } else {
            dot / denominator
        }
    }

    fn vector(&self, sentence: &str) -> HashMap<String, f64> {
        let mut v = HashMap::new();
        for w in tokens(sentence) {
            *v.entry(w).or_insert(0.0) += 1.0;
        }
        for (w, tf) in v.iter_mut() {
            let df = self.df.get(w).copied().unwrap_or(0) as f64;
            *tf *= ((1.0 + self.documents as f64) / (1.0 + df)).ln() + 1.0;
        }
        v
    }
}

fn tokens(sentence: &str) -> Vec<String> {
    sentence.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

/// The threshold that maximises accuracy on scored pairs.
pub fn best_threshold(scored: &[(f64, bool)]) -> f64 {
    let mut sorted = scored.to_vec();
    sorted.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut correct = sorted.iter().filter(|s| s.1).count();
    let (mut best, mut best_correct) = (f64::MIN, correct);
    for (k, &(score, same)) in sorted.iter().enumerate() {
        if same {
            correct -= 1;
        } else {
            correct += 1;
        }
        let next = sorted.get(k + 1).map_or(f64::MAX, |s| s.0);
        if correct > best_correct && next > score {
            best_correct = correct;
            best = if next == f64::MAX { score + 1e-9 } else { (score + next) / 2.0 };
        }
    }
    best
}
