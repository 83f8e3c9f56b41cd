#!/usr/bin/env bash
# Sets up what is missing, builds the site and serves it at
# http://127.0.0.1:${PORT:-8080}/lector/ (the same sub-path as on GitHub Pages).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh /lector/
PORT="${PORT:-8080}"
echo
echo "Lector is served at http://127.0.0.1:$PORT/lector/   (Ctrl+C stops it)"
exec python3 scripts/static_server.py dist --prefix /lector/ --port "$PORT"
