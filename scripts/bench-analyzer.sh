#!/usr/bin/env bash
# Prints the analyzer's throughput (MB/s) on news text, stage by stage, with
# tokenization measured in the same run as the baseline. Figures only: no
# thresholds are checked here or in tests.
#
# Usage: scripts/bench-analyzer.sh [FILE...]   (default: the articles in data/)
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}"

# Native: `lector bench` (crates/lector-analysis/src/throughput.rs), release
# build, pinned to one core where taskset exists.
native() {
  cargo build --quiet --release -p lector-cli
  local pin=()
  if command -v taskset >/dev/null; then pin=(taskset -c 0); fi
  echo "== native, one core"
  nice -n 10 "${pin[@]}" "$CARGO_TARGET_DIR/release/lector" bench "$@"
}

# WebAssembly in headless Chromium: the same throughput::measure with
# performance.now() as the clock (tests/analyzer_bench.rs, an ignored
# wasm-bindgen test), built with the profile the site ships (wasm-release).
# Corpus: the articles in data/ (FILE arguments apply to the native run only).
wasm() {
  echo
  echo "== WebAssembly in headless Chromium"
  bash scripts/setup.sh >/dev/null
  source scripts/env.sh
  cargo test -p lector-app --target wasm32-unknown-unknown --profile wasm-release \
    --test analyzer_bench -- --include-ignored --nocapture 2>&1 \
    | grep -E '^(corpus|tokenize|entities|analyze|hedge layer) ' || { echo "the browser bench failed" >&2; return 1; }
}

native "$@"
wasm "$@"
