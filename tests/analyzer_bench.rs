//! The analyzer's throughput in WebAssembly, in headless Chromium: the same
//! `lector_analysis::throughput` measurement as `lector bench` runs natively,
//! with `performance.now()` as the clock. Ignored in normal test runs; run by
//! `scripts/bench-analyzer.sh` (which passes `--include-ignored`). Prints
//! figures, asserts nothing about time.
#![cfg(target_arch = "wasm32")]

use lector_analysis::throughput::{self, Stage};
use lector_article::Article;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// The bundled articles, by their rendered text (what the reader analyzes).
fn corpus() -> Vec<String> {
    let sources = [
        ("000_729a53cc0895712a", include_str!("../data/000_729a53cc0895712a.md")),
        ("001_2c696f0302d61155", include_str!("../data/001_2c696f0302d61155.md")),
        ("002_452b42996ff86049", include_str!("../data/002_452b42996ff86049.md")),
        ("003_7168fac909374ef1", include_str!("../data/003_7168fac909374ef1.md")),
        ("004_2cd4446a17d5b787", include_str!("../data/004_2cd4446a17d5b787.md")),
    ];
    sources
        .iter()
        .map(|(id, source)| Article::parse(id, source).expect("bundled articles parse").document.text)
        .collect()
}

#[wasm_bindgen_test]
#[ignore]
fn analyzer_throughput_in_the_browser() {
    let articles = corpus();
    let one_pass: usize = articles.iter().map(String::len).sum();
    let megabytes = 2.0;
    let copies = ((megabytes * 1e6) / one_pass as f64).ceil() as usize;
    let texts: Vec<String> = (0..copies).flat_map(|_| articles.iter().cloned()).collect();
    let performance = web_sys::window().expect("a window").performance().expect("performance.now()");
    let now = move || performance.now() / 1000.0;
    console_log!(
        "corpus: {} articles, {:.1} KB, repeated {copies} times; 5 runs per stage; WebAssembly in headless Chromium",
        articles.len(),
        one_pass as f64 / 1e3
    );
    let measurements: Vec<_> = Stage::ALL.iter().map(|&stage| throughput::measure(stage, &texts, 5, &now)).collect();
    console_log!("{}", throughput::report(&measurements));
    console_log!("{}", throughput::measure_hedge_layer(&texts, 5, &now).report());
}
