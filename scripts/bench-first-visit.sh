#!/usr/bin/env bash
# The first visit on a phone, Lector against a plain HTML page of the same
# AP article: time to the article's text on screen and to the first
# highlight (each with its ratio to the plain page), what the first visit
# transfers (gzip), and whether a second visit works offline.
# Method in scripts/bench-first-visit.mjs. Prints figures, asserts nothing.
#
# usage: scripts/bench-first-visit.sh [RUNS]   (default 5; uses dist/ when
#        it is already built, LECTOR_BUILD=1 builds it first; LECTOR_DIST=DIR
#        measures another build)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
RUNS="${1:-5}"
if [ "${LECTOR_BUILD:-0}" = 1 ] || [ ! -f dist/index.html ]; then
  bash scripts/build.sh /lector/
fi
article=$(ls data/000_*.md | head -1)
other=$(ls data/001_*.md | head -1)
plain=$(mktemp -d)
trap 'rm -rf "$plain"' EXIT
# The baseline: the same article as a plain page (headline, byline, text; no
# style, no script), rendered from the same document model.
cargo run -q -p lector-prerender -- plain "$article" > "$plain/index.html"
# Its first paragraph's opening words identify "the article's text" on screen.
sentence=$(python3 - "$plain/index.html" <<'PY'
import html, re, sys
page = open(sys.argv[1], encoding="utf-8").read()
first = re.search(r'<div class="article-text">.*?<p[^>]*>(.*?)</p>', page, re.S).group(1)
print(html.unescape(re.sub(r"<[^>]+>", "", first))[:60])
PY
)
node scripts/bench-first-visit.mjs "${LECTOR_DIST:-dist}" "$plain" "$(basename "$article" .md)" "$(basename "$other" .md)" "$sentence" "$RUNS"
