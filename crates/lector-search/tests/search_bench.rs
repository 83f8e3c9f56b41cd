//! The search bench in WebAssembly, in headless Chromium: the same
//! `lector_search::bench` measurement as `scripts/bench-search.sh` runs
//! natively, with `performance.now()` as the clock, on the same 1,000
//! articles made from CoNLL-2003 training documents (`../shared/data/` beside
//! the checkout, read at compile time). Ignored in normal runs;
//! `scripts/bench-search.sh --wasm` passes `--include-ignored`. Prints
//! figures, asserts nothing.
#![cfg(target_arch = "wasm32")]

use lector_search::bench::Run;
use lector_search::bench_corpus::articles;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const CONLL: &str = include_str!("../../../../shared/data/conll2003/train.txt");

/// Lets the page run its other tasks (the test driver polls it) between steps.
async fn breathe() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback(&resolve);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

#[wasm_bindgen_test]
#[ignore]
async fn search_in_the_browser() {
    let library = articles(CONLL, 1000, 5000);
    let performance = web_sys::window().expect("a window").performance().expect("performance.now()");
    let now = move || performance.now();
    let mut run = Run::new(&library, 50);
    loop {
        breathe().await;
        if !run.step(&now) {
            break;
        }
    }
    console_log!("WebAssembly in headless Chromium\n{}", run.report.render());
}
