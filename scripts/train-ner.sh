#!/usr/bin/env bash
# Retrains the entity model and writes the weights file the build embeds
# (crates/lector-analysis/model/ner.bin). Deterministic: the same data and
# code give the same bytes. Takes about 10 s on one core.
#
# Usage: scripts/train-ner.sh [TRAIN.conll [DEV.conll]]
#   TRAIN defaults to ../shared/data/conll2003/train.txt (CoNLL-2003, Reuters
#   RCV1, research use), DEV to valid.txt beside it: DEV is only scored after
#   each epoch, never trained on. Any file in CoNLL format works.
# Rebuild afterwards (cargo build) so the binaries embed the new weights; if
# the gazetteers or feature templates change, retrain before building.
set -euo pipefail
cd "$(dirname "$0")/.."
train="${1:-../shared/data/conll2003/train.txt}"
dev="${2:-../shared/data/conll2003/valid.txt}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}"
cargo build --quiet --release -p lector-cli
nice -n 10 "$CARGO_TARGET_DIR/release/lector" train-ner "$train" --dev "$dev" \
  --out crates/lector-analysis/model/ner.bin
echo "model: $(wc -c < crates/lector-analysis/model/ner.bin) bytes, $(gzip -9 -c crates/lector-analysis/model/ner.bin | wc -c) gzipped"
