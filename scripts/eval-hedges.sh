#!/usr/bin/env bash
# Prints hedge scores of the shipped analyzer, measured as the maintainers do
# (../shared/eval/score.py on `lector analyze` output: hedged-sentence P/R/F1,
# CoNLL-2010 task 1 style, and cue P/R/F1 by overlap, kind ignored), then the
# cost of the hedge layer:
#   1. the maintainers' annotated example article (../shared/eval/example/);
#   2. eval/news-dev/, the hand-annotated sample articles (development data:
#      optimistic compared with unseen news), when present;
#   3. eval/probe-hedges/ (fresh news text written and annotated by a Lector
#      engineer, biased toward known hard cases; its held-out batch was never
#      used to choose a change), when present;
#   4. eval/fresh/ (ten articles written and annotated blind by another
#      engineer), when present;
#   5. the Szeged Uncertainty Corpus, Wikipedia part (not news; its gold also
#      marks conditions and questions: shown with all cue types and with only
#      the probable/doxastic ones Lector counts);
#   6. speed: the hedge layer against the whole analysis (natively here; in
#      headless Chromium by scripts/bench-analyzer.sh).
# Usage: scripts/eval-hedges.sh [LECTOR_BINARY]
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared
source scripts/lector_cli.sh "${1:-}"
mkdir -p eval-out/hedges

# Scores gold/system pairs as the maintainers do. `lector analyze` lists
# named attributions under "attributions", not "hedges", so they are not
# scored as cues (gold has none: a named attribution is not a hedge).
score() {
  python3 "$shared/eval/score.py" "$@" | grep -E '^(hedged|hedge)'
}

# Scores every NAME.gold.json of a folder against `lector analyze NAME.txt`.
score_folder() {
  local dir=$1 tag=$2 pairs=() gold name out
  for gold in "$dir"/*.gold.json; do
    name=$(basename "$gold" .gold.json)
    out="eval-out/hedges/$tag-$name.json"
    "$lector" analyze "$dir/$name.txt" > "$out"
    pairs+=("$gold" "$out")
  done
  score "${pairs[@]}"
}

echo "== example article ($shared/eval/example)"
score_folder "$shared/eval/example" example

if compgen -G "eval/news-dev/*.gold.json" >/dev/null; then
  echo "== eval/news-dev (sample articles: development figures)"
  score_folder eval/news-dev news
fi

for probe in eval/probe-hedges eval/probe-hedges/heldout; do
  if compgen -G "$probe/*.gold.json" >/dev/null; then
    echo "== $probe (own probe set, hard-case biased$([[ $probe == */heldout ]] && echo ", held out"))"
    score_folder "$probe" "probe-$(basename "$probe")"
  fi
done

# Ten articles written and annotated blind by another engineer (eval/fresh/README.md).
# Its hedge errors have not been read: the closest to the maintainers' fresh news.
if compgen -G "eval/fresh/*.gold.json" >/dev/null; then
  echo "== eval/fresh (written and annotated blind by another engineer)"
  score_folder eval/fresh fresh
fi

szeged="$shared/data/szeged-wiki/wiki.xml"
if [[ -f "$szeged" ]]; then
  mkdir -p eval-out/szeged
  echo "== Szeged Uncertainty Corpus, Wikipedia ($(python3 scripts/szeged_to_gold.py "$szeged" \
    eval-out/szeged/wiki.txt eval-out/szeged/wiki.gold.json eval-out/szeged/wiki-lector.gold.json))"
  "$lector" analyze eval-out/szeged/wiki.txt > eval-out/szeged/wiki.sys.json
  echo "-- all cue types"
  score eval-out/szeged/wiki.gold.json eval-out/szeged/wiki.sys.json
  echo "-- probable and doxastic cues only (no conditions, no questions)"
  score eval-out/szeged/wiki-lector.gold.json eval-out/szeged/wiki.sys.json
fi

echo "== speed (native; scripts/bench-analyzer.sh measures the same in headless Chromium)"
cargo build --quiet --release -p lector-cli
"$CARGO_TARGET_DIR/release/lector" bench --mb 1 --runs 5 eval/news-dev/*.txt "$shared"/eval/example/*.txt | grep '^hedge layer'
