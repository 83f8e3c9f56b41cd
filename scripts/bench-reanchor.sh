#!/usr/bin/env bash
# Prints how well annotations follow an article through random editorial
# edits (1%, 5%, 15% of words; texts tuned on and not), and the time to
# re-anchor 1,000 annotations on a long article next to an exact-search
# baseline measured in the same run. Deterministic for a seed; figures only.
#   scripts/bench-reanchor.sh [SEED ...]     (default seed 17)
# DEBUG=1 prints every misplaced annotation and every findable orphan (of the
# texts tuned on only).
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}"
nice -n 10 cargo build --quiet --release -p lector-annotations --example reanchor_bench
for seed in "${@:-17}"; do
  "$CARGO_TARGET_DIR/release/examples/reanchor_bench" "$seed"
done
