#!/usr/bin/env bash
# Prints how long `lector compare` takes natively, with tokenizing the same
# text timed in the same run as the baseline (the ratio is steadier than the
# time on a shared machine): comparing two ~1,000-word articles, and ranking
# a 500-article library (CoNLL-2003 training documents) for one article.
# Usage: scripts/bench-compare.sh [LECTOR_BINARY]
#        scripts/bench-compare.sh --wasm   (the same in WebAssembly, headless
#        Chromium: crates/lector-compare/tests/compare_bench.rs, wasm-release profile)
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ "${1:-}" == "--wasm" ]]; then
  source scripts/env.sh
  WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-300}" \
    cargo test -p lector-compare --target wasm32-unknown-unknown --profile wasm-release \
    --test compare_bench -- --include-ignored --nocapture 2>&1 \
    | sed -n '/^WebAssembly in headless Chromium/,/^end/p'
  exit "${PIPESTATUS[0]}"
fi
source scripts/lector_cli.sh "${1:-}"
"$lector" bench-compare ../shared/data/conll2003/train.txt
echo "== the samples: AP's report (000) against its rewrite (001), analyses included"
start=$(date +%s%N)
"$lector" compare data/000_*.md data/001_*.md > /dev/null
echo "one \`lector compare\` process: $(( ($(date +%s%N) - start) / 1000000 )) ms"
