#!/usr/bin/env bash
# Prints the article extractor's figures (`lector extract`, issue 9):
#   1. saved web pages: ../shared/data/readability-test-pages/ (130 pages with
#      the content Mozilla Readability keeps and their metadata): mean word F1
#      and word-shingle F1 of `text` against expected.html's text, and
#      title / byline / date accuracy (scripts/eval_extract.py says how);
#   2. text scrapes: each raw document of ../shared/corpus/ against the
#      cleaned article in data/ (body paragraphs, headline excluded):
#      paragraph F1, averaged over the five;
#   3. copied pages: the visible text of each test page, one block per line
#      (what selecting a whole page and copying it gives), through the scrape
#      path: body word / shingle F1 against expected.html;
#   4. speed: the extractor natively on a ~2 MB page built in memory from the
#      test pages' bodies (`lector bench-extract`).
# Output goes to eval-out/extract/ (not committed: the pages' text is not ours).
# Usage: scripts/eval-extract.sh [LECTOR_BINARY]
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared
pages="$shared/data/readability-test-pages"
source scripts/lector_cli.sh "${1:-}"
out=eval-out/extract
rm -rf "$out"
mkdir -p "$out/pages" "$out/corpus"

if [[ -d "$pages" ]]; then
  refused=0
  for dir in "$pages"/*/; do
    name=$(basename "$dir")
    [[ -f "$dir/source.html" ]] || continue
    if ! "$lector" extract "$dir/source.html" >"$out/pages/$name.json" 2>"$out/pages/$name.err"; then
      refused=$((refused + 1))
      rm -f "$out/pages/$name.json"
    fi
  done
  python3 scripts/eval_extract.py pages "$pages" "$out/pages"
else
  echo "readability test pages: $pages not found, skipped"
fi

if [[ -d "$pages" ]]; then
  python3 scripts/eval_extract.py totext "$pages" "$out/copied-text"
  mkdir -p "$out/copied"
  for text in "$out"/copied-text/*.txt; do
    name=$(basename "$text" .txt)
    "$lector" extract "$text" >"$out/copied/$name.json" 2>/dev/null || rm -f "$out/copied/$name.json"
  done
  python3 scripts/eval_extract.py copied "$pages" "$out/copied"
fi

if [[ -d "$shared/corpus" ]]; then
  for source in "$shared"/corpus/*.txt; do
    name=$(basename "$source" .txt)
    "$lector" extract "$source" >"$out/corpus/$name.json" 2>"$out/corpus/$name.err" || rm -f "$out/corpus/$name.json"
  done
  python3 scripts/eval_extract.py corpus data "$out/corpus"
else
  echo "scrapes: $shared/corpus not found, skipped"
fi

if [[ -d "$pages" ]]; then
  "$lector" bench-extract "$pages"/*/source.html --mb 2 --runs 5
fi
