#!/usr/bin/env bash
# Prints entity scores of the shipped analyzer, measured as the maintainers do
# (../shared/eval/score.py on `lector analyze` output, exact span and label):
#   1. CoNLL-2003 valid (the model is trained on train only);
#   2. the maintainers' annotated example article (../shared/eval/example/);
#   3. eval/news-dev/, the hand-annotated sample articles (development data:
#      optimistic compared with unseen news), when present.
# Usage: scripts/eval-entities.sh [LECTOR_BINARY]
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}"
lector="${1:-}"
if [[ -z "$lector" ]]; then
  cargo build --quiet --release -p lector-cli
  lector="$CARGO_TARGET_DIR/release/lector"
fi
mkdir -p eval-out

echo "== CoNLL-2003 valid"
python3 "$shared/eval/conll_to_gold.py" "$shared/data/conll2003/valid.txt" eval-out/valid.txt eval-out/valid.gold.json >/dev/null
"$lector" analyze eval-out/valid.txt > eval-out/valid.sys.json
python3 "$shared/eval/score.py" eval-out/valid.gold.json eval-out/valid.sys.json | grep '^entities'

echo "== example article ($shared/eval/example)"
pairs=()
for gold in "$shared"/eval/example/*.gold.json; do
  name=$(basename "$gold" .gold.json)
  "$lector" analyze "$shared/eval/example/$name.txt" > "eval-out/example-$name.sys.json"
  pairs+=("$gold" "eval-out/example-$name.sys.json")
done
python3 "$shared/eval/score.py" "${pairs[@]}" | grep '^entities'

if compgen -G "eval/news-dev/*.gold.json" >/dev/null; then
  echo "== eval/news-dev (sample articles: development figures)"
  pairs=()
  for gold in eval/news-dev/*.gold.json; do
    name=$(basename "$gold" .gold.json)
    "$lector" analyze "eval/news-dev/$name.txt" > "eval-out/news-$name.sys.json"
    pairs+=("$gold" "eval-out/news-$name.sys.json")
  done
  python3 "$shared/eval/score.py" "${pairs[@]}" | grep '^entities'
fi
