#!/usr/bin/env bash
# Prints how well `lector analyze` answers "who is cited", scored as the
# maintainers do (scripts/score_attributions.py: an attribution is found when
# a record of `attributions` overlaps it; its source is right when one name's
# words are a subset of the other's, so "he" is wrong):
#   1. eval/attributions/dev, invented news texts (tuned on);
#   2. eval/attributions/samples, the sample articles (tuned on);
#   3. eval/attributions/heldout, invented news texts written before the rules
#      were changed and scored once at the end (not tuned on).
# eval/attributions/GUIDELINE.md says what is marked.
# Usage: scripts/eval-attributions.sh [--errors] [LECTOR_BINARY]
set -euo pipefail
cd "$(dirname "$0")/.."
errors=()
if [[ "${1:-}" == --errors ]]; then
  errors=(--errors)
  shift
fi
source scripts/lector_cli.sh "${1:-}"
mkdir -p eval-out/attributions

for part in ${ATTRIBUTION_PARTS:-dev samples heldout}; do
  dir=eval/attributions/$part
  pairs=()
  for gold in "$dir"/*.gold.json; do
    name=$(basename "$gold" .gold.json)
    out="eval-out/attributions/$part-$name.json"
    "$lector" analyze "$dir/$name.txt" > "$out"
    pairs+=("$gold" "$out")
  done
  echo "== $dir"
  python3 scripts/score_attributions.py "${pairs[@]}" "${errors[@]}"
done
