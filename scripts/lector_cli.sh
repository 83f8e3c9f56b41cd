# Sourced by the eval and bench scripts (after `cd` to the repository):
#   source scripts/lector_cli.sh "${1:-}"
# sets $lector to the CLI to run: the path given, else the release build,
# built here (under $CARGO_TARGET_DIR, default ./target).
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}"
lector="${1:-}"
if [[ -z "$lector" ]]; then
  cargo build --quiet --release -p lector-cli
  lector="$CARGO_TARGET_DIR/release/lector"
fi
