#!/usr/bin/env bash
# Checks Lector's W3C exports against the W3C Web Annotation test suite
# (../shared/data/w3c-annotation-tests, the files of web-platform-tests'
# annotation-model/): writes one annotation of each kind and a collection
# (crates/lector-annotations/examples/w3c_exports.rs), then applies every
# assertion of annotations/*.test and collections/**/*.test with ajv
# (tests/w3c/conformance.mjs), printing MUST / SHOULD / MAY pass counts.
# Fails if a MUST or an applicable SHOULD fails. Without the suite beside
# the checkout there is nothing to check against, which is said.
set -euo pipefail
cd "$(dirname "$0")/.."
suite=../shared/data/w3c-annotation-tests
if [ ! -d "$suite" ]; then
  echo "skipped: $suite is not beside this checkout"
  exit 0
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cargo run -q -p lector-annotations --example w3c_exports -- "$out"
node tests/w3c/conformance.mjs "$suite" "$out"
