#!/usr/bin/env bash
# Sets up what is missing, then runs every check and test Lector has:
#   0. the articles in data/ against their sources (scripts/check-data.py)
#   1. formatting and lints (cargo fmt --check, clippy -D warnings)
#   2. host tests of the plain-Rust crates and of the app's pure parts and
#      source rules (cargo test; the app's lib tests on the host), and the W3C
#      Web Annotation test suite on the annotation exports (scripts/w3c-conformance.sh)
#   3. component tests in headless Chromium (wasm-bindgen-test)
#   4. the release build under /lector/, then end-to-end tests in headless
#      Chromium (playwright-core driving /usr/bin/chromium) and, for the
#      representative flow, Firefox ESR (puppeteer-core over WebDriver BiDi)
# Fails when any level fails or runs no test at all.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
# CI machines' disks vary (one run ran out of space linking test binaries):
# each level says how much target/ holds and how much the disk has left.
disk() {
  printf 'disk: target/ %s, %s free\n' "$(du -sh target 2>/dev/null | cut -f1 || echo 0)" \
    "$(df -h --output=avail . | tail -1 | tr -d ' ')"
}
# With LECTOR_FREE_DISK=1 (set by .ci/run) a level's build products are removed
# once no later level uses them, so the disk holds about one level's at a time
# (peak 2.1 GB without, on 2026-12-05). Developers keep theirs for quick reruns.
free_disk() {
  if [ "${LECTOR_FREE_DISK:-0}" = 1 ]; then
    echo "freeing $*"
    rm -rf "$@"
  fi
}
log=$(mktemp -d)
trap 'rm -rf "$log"' EXIT

# Fails unless the log holds at least one passed test and no failures.
require_tests() {
  local name=$1 file=$2 passed
  passed=$(grep -Eo '^(test result: ok\. [0-9]+ passed|# pass [0-9]+)' "$file" \
    | grep -Eo '[0-9]+' | awk '{ n += $1 } END { print n + 0 }')
  if [ "$passed" -eq 0 ]; then
    echo "$name: no test ran" >&2
    exit 1
  fi
  echo "$name: $passed tests passed"
}

step "articles against their sources"
# The raw corpus lives outside the repository (../shared/corpus, beside the
# checkout, as on the developers' machines and in CI); without it there is
# nothing to compare with, which is said rather than silently passed.
if [ -d ../shared/corpus ]; then
  python3 scripts/check-data.py
else
  echo "skipped: ../shared/corpus is not beside this checkout"
fi

disk
step "format and lints"
cargo fmt --all -- --check
cargo clippy --workspace --all-targets -- -D warnings
cargo clippy -p lector-app --target wasm32-unknown-unknown --all-targets -- -D warnings

disk
step "host tests (plain-Rust crates, the app's pure parts, tidy rules)"
cargo test --workspace --exclude lector-app 2>&1 | tee "$log/host"
cargo test -p lector-app --lib 2>&1 | tee -a "$log/host"
require_tests "host tests" "$log/host"
# Skips with a message when ../shared/data/w3c-annotation-tests is absent.
bash scripts/w3c-conformance.sh
free_disk target/debug

disk
step "component tests (wasm-bindgen-test in headless Chromium)"
cargo test -p lector-app --target wasm32-unknown-unknown 2>&1 | tee "$log/wasm"
require_tests "component tests" "$log/wasm"
free_disk target/wasm32-unknown-unknown/debug

disk
step "release build under /lector/"
bash scripts/build.sh /lector/

disk
step "end-to-end tests (headless Chromium; Firefox ESR for tests/e2e/firefox.test.mjs)"
node --test --test-concurrency=1 tests/e2e/*.test.mjs 2>&1 | tee "$log/e2e"
require_tests "end-to-end tests" "$log/e2e"
grep -q '^# fail 0$' "$log/e2e" || { echo "end-to-end tests failed" >&2; exit 1; }

disk
step "all tests passed"
