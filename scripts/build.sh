#!/usr/bin/env bash
# Builds the static site into dist/: the one build used locally, in tests and
# for deployment.   usage: scripts/build.sh [PUBLIC_URL]   (default /lector/)
#
# After Trunk, adds a Content-Security-Policy that allows exactly the page's
# own scripts (Trunk's inline loader by its hash): even if an article or a
# note ever reached the page as markup, no script from it could run.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
PUBLIC_URL="${1:-/lector/}"
trunk build --release --offline --public-url "$PUBLIC_URL"
python3 scripts/add_csp.py dist/index.html
python3 scripts/site_size.py dist
