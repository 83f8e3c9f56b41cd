#!/usr/bin/env bash
# Prints how well `lector compare` finds counterparts:
#   1. MSR Paraphrase training split (../shared/data/msrp): accuracy and F1 of
#      "same claim" (a non-empty `pairs`, as the maintainers score the test
#      split) on the fifth held out of training and on the whole split, beside
#      answering "same" always and TF-IDF cosine, computed in the same run;
#   2. the sample articles: the share of 001's sentences with a counterpart in
#      000 (a rewrite of AP's report: at least 60% expected) and of 004's (an
#      unrelated story on the same topic: at most 15% expected).
# Usage: scripts/eval-compare.sh [LECTOR_BINARY]
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared
source scripts/lector_cli.sh "${1:-}"

echo "== MSRP (same claim or not)"
"$lector" eval-compare "$shared/data/msrp/msr_paraphrase_train.txt"

echo "== sample articles"
share_of_b() {
  "$lector" compare "$1" "$2" | python3 -c 'import json, sys; print("%.0f%%" % (100 * json.load(sys.stdin)["reuse"]["share_of_b"]))'
}
echo "001's sentences with a counterpart in 000 (bar: >= 60%): $(share_of_b data/000_*.md data/001_*.md)"
echo "004's sentences with a counterpart in 000 (bar: <= 15%): $(share_of_b data/000_*.md data/004_*.md)"
