#!/usr/bin/env bash
# Prints the measurement behind lector-versions' SIMILAR threshold (when an
# added text is a newer version of a library article): the fingerprint
# similarity of different articles (500 CoNLL-2003 training documents of 150+
# words and the samples) against edited copies of each article (words edited
# at 5-50%; a paragraph added and one cut), and a table of thresholds.
# Deterministic. Usage: scripts/bench-versions.sh [ARTICLES]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
nice -n 10 cargo run --release -q -p lector-versions --example version_threshold -- \
  ../shared/data/conll2003/train.txt data "${1:-500}"
