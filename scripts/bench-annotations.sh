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
log=$(mktemp)
trap 'rm -f "$log"' EXIT
# Lines the bench prints start with one of these words: the figures, and a
# refused save or an unmeasured load ("save: the browser refused…") which
# must be seen next to them.
figures='^(store|save|load|longest|re-render)[: ]'
if ! nice -n 10 cargo test -p lector-app --target wasm32-unknown-unknown --profile wasm-release \
  --test annotation_bench -- --include-ignored --nocapture >"$log" 2>&1; then
  grep -E "$figures" "$log" || true
  echo "the browser bench failed; the end of its output:" >&2
  tail -n 40 "$log" >&2
  exit 1
fi
grep -E "$figures" "$log" || { echo "the browser bench printed no figures; its output:" >&2; tail -n 40 "$log" >&2; exit 1; }
