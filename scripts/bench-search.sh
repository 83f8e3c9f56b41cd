#!/usr/bin/env bash
# Prints the library search's figures at 1,000 articles (~5 MB) made from
# CoNLL-2003 training documents: index build time with and without analysis,
# from stored per-article indexes, the entity index, index memory (counted by
# the allocator, against the text), and query latency p50/p95 for single
# words, two words, phrases and as-you-type prefixes, each against a substring
# scan of every article timed in the same run. Figures only: nothing is
# checked here or in tests.
#
# Usage: scripts/bench-search.sh [CONLL_FILE] [ARTICLES]
#   (default: ../shared/data/conll2003/train.txt, 1000)
#
# Native, release build, pinned to one core where taskset exists. The
# measurement (crates/lector-search/src/bench.rs) takes its clock as an
# argument, so a browser run can time the same code with performance.now(),
# as tests/analyzer_bench.rs does for the analyzer.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}"
conll="${1:-../shared/data/conll2003/train.txt}"
count="${2:-1000}"
cargo build --quiet --release -p lector-search --example bench
pin=()
if command -v taskset >/dev/null; then pin=(taskset -c 0); fi
nice -n 10 "${pin[@]}" "$CARGO_TARGET_DIR/release/examples/bench" "$conll" "$count"
