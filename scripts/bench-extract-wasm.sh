#!/usr/bin/env bash
# Prints the article extractor's time in WebAssembly (V8, as in Chromium) on
# a ~2 MB page built in memory from the readability test pages' bodies, with
# the browser bundle's size profile (wasm-release: opt-level z) and with
# opt-level 3 (the release profile), and each module's gzip size: the
# trade-off for the app's importer module. Native time: scripts/eval-extract.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}"
pages=../shared/data/readability-test-pages
[[ -d $pages ]] || { echo "$pages not found"; exit 1; }
for profile in wasm-release release; do
  cargo build --quiet -p lector-extract --example wasm_size --target wasm32-unknown-unknown --profile "$profile"
  module="$CARGO_TARGET_DIR/wasm32-unknown-unknown/$profile/examples/wasm_size.wasm"
  printf '%s profile, module %d KiB gzip: ' "$profile" "$(( $(gzip -9c "$module" | wc -c) / 1024 ))"
  node scripts/bench_extract_wasm.mjs "$module" "$pages"/*/source.html
done
