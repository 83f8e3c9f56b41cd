#!/usr/bin/env bash
# Prints the library search's figures at 1,000 articles (~5 MB) made from
# CoNLL-2003 training documents: index build time with and without analysis,
# from stored per-article indexes, a reload from the records the app keeps
# beside each article (against the analysis it replaces), the entity index,
# index memory (counted by the allocator, against the text), and query
# latency p50/p95 for single words, two words, phrases and as-you-type
# prefixes, each against a substring scan of every article timed in the same
# run. Figures only: nothing is
# checked here or in tests.
#
# Usage: scripts/bench-search.sh [CONLL_FILE] [ARTICLES]
#   (default: ../shared/data/conll2003/train.txt, 1000)
#        scripts/bench-search.sh --wasm
#   the same measurement in WebAssembly in headless Chromium
#   (crates/lector-search/tests/search_bench.rs, wasm-release profile); memory
#   there is the index's own estimate (no counting allocator).
#
# Native: release build, pinned to one core where taskset exists. The
# measurement (crates/lector-search/src/bench.rs) takes its clock as an
# argument, so the browser run times the same code with performance.now().
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}"
if [[ "${1:-}" == "--wasm" ]]; then
  bash scripts/setup.sh >/dev/null
  source scripts/env.sh
  # The runner gives a whole test binary 20 s by default; this one takes longer.
  WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-300}" \
    cargo test -p lector-search --features bench --target wasm32-unknown-unknown --profile wasm-release \
    --test search_bench -- --include-ignored --nocapture 2>&1 \
    | sed -n '/^WebAssembly in headless Chromium/,/^query all/p'
  exit "${PIPESTATUS[0]}"
fi
conll="${1:-../shared/data/conll2003/train.txt}"
count="${2:-1000}"
cargo build --quiet --release -p lector-search --features bench --example bench
pin=()
if command -v taskset >/dev/null; then pin=(taskset -c 0); fi
nice -n 10 "${pin[@]}" "$CARGO_TARGET_DIR/release/examples/bench" "$conll" "$count"
