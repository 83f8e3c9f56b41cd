# Sourced by Lector's scripts: puts the project's own tools on PATH.
LECTOR_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# .tools/node/bin exists only where setup.sh had to bring a newer Node.js.
export PATH="$LECTOR_ROOT/.tools/node/bin:$LECTOR_ROOT/node_modules/binaryen/bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
