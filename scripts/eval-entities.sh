#!/usr/bin/env bash
# Prints entity scores of the shipped analyzer, measured as the maintainers do
# (../shared/eval/score.py on `lector analyze` output, exact span and label):
#   1. CoNLL-2003 valid (the model is trained on train only);
#   2. the maintainers' annotated example article (../shared/eval/example/);
#   3. eval/news-dev/, the hand-annotated sample articles (development data:
#      optimistic compared with unseen news), when present;
#   4. eval/probe/dev and eval/probe/held, fresh sentences written by a Lector
#      engineer to probe known weaknesses (see eval/probe/README.md);
#   5. eval/fresh, ten articles written and annotated blind by another
#      engineer (see eval/fresh/README.md).
# Usage: scripts/eval-entities.sh [LECTOR_BINARY]
# With LECTOR_DATA=dist/analyzer-….bin it scores the packed model and word
# lists the app fetches (`lector analyze --data`), not the built-in ones.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared
source scripts/lector_cli.sh "${1:-}"
mkdir -p eval-out

echo "== CoNLL-2003 valid"
python3 "$shared/eval/conll_to_gold.py" "$shared/data/conll2003/valid.txt" eval-out/valid.txt eval-out/valid.gold.json >/dev/null
"$lector" analyze ${LECTOR_DATA:+--data "$LECTOR_DATA"} eval-out/valid.txt > eval-out/valid.sys.json
python3 "$shared/eval/score.py" eval-out/valid.gold.json eval-out/valid.sys.json | grep '^entities'

echo "== example article ($shared/eval/example)"
pairs=()
for gold in "$shared"/eval/example/*.gold.json; do
  name=$(basename "$gold" .gold.json)
  "$lector" analyze ${LECTOR_DATA:+--data "$LECTOR_DATA"} "$shared/eval/example/$name.txt" > "eval-out/example-$name.sys.json"
  pairs+=("$gold" "eval-out/example-$name.sys.json")
done
python3 "$shared/eval/score.py" "${pairs[@]}" | grep '^entities'

# Scores every NAME.gold.json of a folder against `lector analyze NAME.txt`.
score_folder() {
  local dir=$1 tag=$2 pairs=() gold name
  for gold in "$dir"/*.gold.json; do
    name=$(basename "$gold" .gold.json)
    "$lector" analyze ${LECTOR_DATA:+--data "$LECTOR_DATA"} "$dir/$name.txt" > "eval-out/$tag-$name.sys.json"
    pairs+=("$gold" "eval-out/$tag-$name.sys.json")
  done
  python3 "$shared/eval/score.py" "${pairs[@]}" | grep '^entities'
}

if compgen -G "eval/news-dev/*.gold.json" >/dev/null; then
  echo "== eval/news-dev (sample articles: development figures)"
  score_folder eval/news-dev news
fi

# Fresh sentences written by a Lector engineer, aimed at known weaknesses
# (eval/probe/README.md): biased, and dev/ is tuned on; held/ is not.
for part in dev held; do
  if compgen -G "eval/probe/$part/*.gold.json" >/dev/null; then
    echo "== eval/probe/$part (engineer-written probe sentences)"
    score_folder "eval/probe/$part" "probe-$part"
  fi
done

# Ten articles written and annotated blind by another engineer (eval/fresh/README.md):
# its first score was blind; its errors have been read since, so it is dev data now.
if compgen -G "eval/fresh/*.gold.json" >/dev/null; then
  echo "== eval/fresh (written blind; errors read since: development figures)"
  score_folder eval/fresh fresh
fi
