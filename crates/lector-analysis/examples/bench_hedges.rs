//! What the hedge layer costs: `cargo run --release -p lector-analysis
//! --example bench_hedges -- FILE...` prints the time per 1,000 words of the
//! whole analysis and of the hedge layer (cue finding and the sourcing
//! profile) on the same texts in the same run, and their ratio. A figure, not
//! a test: this machine is shared and noisy, so each number is the best of
//! several rounds.

use std::time::{Duration, Instant};

use lector_analysis::profile::SourcingProfile;
use lector_analysis::{analyze, hedges, ner, sentences, tokenize};

fn main() {
    let paths: Vec<String> = std::env::args().skip(1).collect();
    if paths.is_empty() {
        eprintln!("usage: bench_hedges FILE...");
        std::process::exit(2);
    }
    let mut texts = Vec::new();
    for path in &paths {
        match std::fs::read_to_string(path) {
            Ok(text) => texts.push(text),
            Err(e) => {
                eprintln!("bench_hedges: cannot read {path}: {e}");
                std::process::exit(1);
            }
        }
    }
    let prepared: Vec<_> = texts
        .iter()
        .map(|text| {
            let tokens = tokenize::tokenize(text);
            let sentences = sentences::split(text);
            let mentions = ner::Recognizer::shipped().recognize(text, &tokens, &sentences);
            (text.as_str(), tokens, sentences, mentions)
        })
        .collect();
    let words: usize = prepared.iter().map(|(_, tokens, ..)| tokens.iter().filter(|t| t.is_word()).count()).sum();

    let whole = best_of(|| {
        for text in &texts {
            std::hint::black_box(analyze(text));
        }
    });
    let hedge_layer = best_of(|| {
        for (text, tokens, sentences, mentions) in &prepared {
            let cues = hedges::find_cues(text, tokens, sentences, mentions);
            let profile = SourcingProfile::new(
                words,
                sentences.iter().map(|_| false),
                cues.iter().map(|c| (c.kind, c.source.as_deref())),
            );
            std::hint::black_box((cues, profile));
        }
    });
    let per_k = |d: Duration| d.as_secs_f64() * 1e6 / words as f64 * 1000.0;
    println!(
        "native: {} texts, {words} words; analysis {:.0} us per 1,000 words, hedge layer {:.0} us per 1,000 words ({:.1}% of the analysis)",
        texts.len(),
        per_k(whole),
        per_k(hedge_layer),
        100.0 * hedge_layer.as_secs_f64() / whole.as_secs_f64()
    );
}

/// The fastest of several rounds, each long enough to time reliably.
fn best_of(mut run: impl FnMut()) -> Duration {
    run(); // warm up: the lexicon and model load once
    let mut iterations = 1;
    loop {
        let start = Instant::now();
        for _ in 0..iterations {
            run();
        }
        if start.elapsed() > Duration::from_millis(50) {
            break;
        }
        iterations *= 2;
    }
    (0..7)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..iterations {
                run();
            }
            start.elapsed() / iterations
        })
        .min()
        .unwrap_or_default()
}
