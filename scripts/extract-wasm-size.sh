#!/usr/bin/env bash
# Prints what the article extractor (crates/lector-extract) adds to the
# WebAssembly bundle: a tiny cdylib calling it, built with the browser
# bundle's profile (wasm-release: opt-level z, LTO), raw and gzip -9, against
# a baseline cdylib holding what the app already ships and the extractor also
# uses (the Markdown article model, serde_json). Measured twice: with the
# `encodings` feature (every legacy encoding via encoding_rs, as the CLI
# builds it) and without (the browser decodes with TextDecoder).
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}"
dir="$CARGO_TARGET_DIR/wasm32-unknown-unknown/wasm-release/examples"
build() {
  cargo build --quiet -p lector-extract --example "$1" --target wasm32-unknown-unknown --profile wasm-release "${@:2}"
}
gz() { gzip -9c "$1" | wc -c; }
build wasm_baseline
cp "$dir/wasm_baseline.wasm" "$dir/probe-baseline.wasm"
build wasm_size
cp "$dir/wasm_size.wasm" "$dir/probe-encodings.wasm"
build wasm_size --no-default-features
cp "$dir/wasm_size.wasm" "$dir/probe-textdecoder.wasm"
base="$dir/probe-baseline.wasm"
printf '%-44s %9s %9s %s\n' cdylib raw gzip 'added (gzip)'
for probe in baseline encodings textdecoder; do
  file="$dir/probe-$probe.wasm"
  label=$probe
  [[ $probe == encodings ]] && label="extractor, encoding_rs decoding"
  [[ $probe == textdecoder ]] && label="extractor, browser decodes (extract_text)"
  [[ $probe == baseline ]] && label="baseline (article model + serde_json)"
  printf '%-44s %9d %9d %+.0f KiB\n' "$label" "$(stat -c%s "$file")" "$(gz "$file")" \
    "$(echo "($(gz "$file") - $(gz "$base")) / 1024" | bc -l)"
done
