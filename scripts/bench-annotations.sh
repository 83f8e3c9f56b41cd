#!/usr/bin/env bash
# Prints the reader-annotation figures measured in headless Chromium, each
# next to a baseline measured in the same run:
#   - save and load of a store of 10,000 annotations on the real localStorage,
#     against JSON.stringify / JSON.parse of the same data;
#   - re-rendering the longest bundled article after adding one annotation,
#     against a full render of its body.
# Built with the profile the site ships (wasm-release). Figures only: nothing
# is checked against a threshold, here or in tests.
# (The storage format's native figures: cargo run --release -p lector-annotations --example bench)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh >/dev/null
source scripts/env.sh
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}"
nice -n 10 cargo test -p lector-app --target wasm32-unknown-unknown --profile wasm-release \
  --test annotation_bench -- --include-ignored --nocapture 2>&1 \
  | grep -E '^(store:|save |load |longest |re-render )' || { echo "the browser bench failed" >&2; exit 1; }
