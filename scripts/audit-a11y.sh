#!/usr/bin/env bash
# Accessibility audit: axe-core and the contrast/target/overflow checks axe
# cannot make, on every screen in both themes at desktop and phone width
# (scripts/audit-a11y.mjs). Audits the release build in dist/; builds it
# first when missing.   usage: scripts/audit-a11y.sh [--quick] [--json FILE]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
[ -f dist/index.html ] || bash scripts/build.sh /lector/
[ -d node_modules/axe-core ] || npm ci --no-audit --no-fund --loglevel=error
node scripts/audit-a11y.mjs "$@"
