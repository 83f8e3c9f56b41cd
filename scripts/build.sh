#!/usr/bin/env bash
# Builds the static site into dist/: the one build used locally, in tests and
# for deployment.   usage: scripts/build.sh [PUBLIC_URL]   (default /lector/)
#
# After Trunk:
#  - lector-prerender puts the library and every article into the page as
#    static HTML, with the boot script (web/boot.js), so the text paints
#    before the WebAssembly arrives;
#  - add_csp.py adds a Content-Security-Policy that allows exactly the page's
#    own scripts (Trunk's loader and the boot script, by their hashes): even
#    if an article or a note ever reached the page as markup, no script from
#    it could run;
#  - precache.py writes the service worker with every file's content hash;
#  - site_size.py prints what a first visit transfers and fails the build
#    when it passes the budget below.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
PUBLIC_URL="${1:-/lector/}"
# First visit, gzip, in KiB: the figure of this build plus a small margin.
# The issue's bar is 600 KB (goal 400): it needs the entity model and word
# lists out of the WebAssembly (not done yet; see README "Figures"). Raised
# from 1000 when the restructured shell (persistent store, hooks), W3C
# provenance and foreign annotations and the attribution resolver added
# ~60 KiB of code (1063 KiB measured): the model's move must win it back.
# Raised to 1110 by issue 9 (own articles): the storage (IndexedDB), the
# "Add article" control and the preview measured ~40 KiB more in the app; the
# extractor itself (~555 KiB) is a separate worker loaded on first use and is
# printed apart ("importer ..."), not counted here.
FIRST_VISIT_BUDGET_KIB=1110
trunk build --release --offline --public-url "$PUBLIC_URL"
cargo run -q -p lector-prerender -- site dist/index.html data web/boot.js
python3 scripts/add_csp.py dist/index.html
python3 scripts/precache.py dist
python3 scripts/site_size.py dist --budget-kib "$FIRST_VISIT_BUDGET_KIB"
