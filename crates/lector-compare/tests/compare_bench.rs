//! The comparison bench in WebAssembly, in headless Chromium: the same
//! articles as `lector bench-compare` (CoNLL-2003 training documents from
//! `../shared/data/` beside the checkout, read at compile time), timed with
//! `performance.now()` beside tokenizing the same text in the same run.
//! Ignored in normal runs; `scripts/bench-compare.sh --wasm` runs it. Prints
//! figures, asserts nothing.
#![cfg(target_arch = "wasm32")]

use lector_compare::bench_corpus::{documents, join, pair, paragraphs};
use lector_compare::{compare, rank, Fingerprint, Side};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const CONLL: &str = include_str!("../../../../shared/data/conll2003/train.txt");
const LIBRARY: usize = 500;
const CANDIDATES: usize = 10;
const RUNS: usize = 9;

/// Fastest of `RUNS` calls, in milliseconds.
fn best(now: &dyn Fn() -> f64, mut f: impl FnMut()) -> f64 {
    (0..RUNS)
        .map(|_| {
            let start = now();
            f();
            now() - start
        })
        .fold(f64::INFINITY, f64::min)
}

#[wasm_bindgen_test]
#[ignore]
fn compare_in_the_browser() {
    let performance = web_sys::window().expect("a window").performance().expect("performance.now()");
    let now = move || performance.now();
    let documents = documents(CONLL);
    let (a, b) = pair(&documents, LIBRARY);
    let (a, b) = (a.as_str(), b.as_str());
    let (analysis_a, analysis_b) = (lector_analysis::analyze(a), lector_analysis::analyze(b));
    let side = |text, analysis| Side { text, analysis, outlet: None, date: None };
    let words = |t: &str| t.split_whitespace().count();
    let tokenize_pair = best(&now, || {
        std::hint::black_box(lector_analysis::tokenize::tokenize(a));
        std::hint::black_box(lector_analysis::tokenize::tokenize(b));
    });
    let compare_only = best(&now, || {
        std::hint::black_box(compare(&side(a, &analysis_a), &side(b, &analysis_b)));
    });
    let mut library: Vec<String> = documents[..LIBRARY].iter().map(|d| join(&paragraphs(d))).collect();
    library[LIBRARY / 2] = b.to_string();
    let tokenize_library = best(&now, || {
        for text in &library {
            std::hint::black_box(lector_analysis::tokenize::tokenize(text));
        }
    });
    let ranking = best(&now, || {
        let prints: Vec<Fingerprint> = library.iter().map(|t| Fingerprint::of_text(t)).collect();
        for &(k, _) in rank(&Fingerprint::of_text(a), &prints).iter().take(CANDIDATES) {
            let analysis = lector_analysis::analyze(&library[k]);
            let other = Side { text: &library[k], analysis: &analysis, outlet: None, date: None };
            std::hint::black_box(compare(&side(a, &analysis_a), &other));
        }
    });
    console_log!(
        "WebAssembly in headless Chromium\n\
         compare two articles ({} and {} words), analyses given: {compare_only:.2} ms ({:.1}x tokenizing both)\n\
         rank a {LIBRARY}-article library for one article (fingerprint all, rank, analyze and align the {CANDIDATES} closest): \
         {ranking:.1} ms ({:.1}x tokenizing the library)\n\
         end",
        words(a),
        words(b),
        compare_only / tokenize_pair,
        ranking / tokenize_library
    );
}
