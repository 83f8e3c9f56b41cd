#!/usr/bin/env python3
"""Prints what the built site costs a reader: each file's raw and gzip size
(level 9, as static hosts such as GitHub Pages serve it) and the total that
a first visit transfers (everything but data/, which is fetched per article;
data/ is listed separately).

It also prints the analyzer's own share: the gzip size of its model and
word lists, a file of their own beside the app (analyzer-<hash>.bin).

With a service worker (dist/sw.js) a first visit also caches every article
for offline reading, so they count too. `--budget-kib N` fails (exit 1) when
the first visit passes N KiB; the figure is printed either way."""
import argparse
import gzip
import os
import re
import sys


def analyzer_data_gzip(dist):
    """The analyzer's model and word lists: their own file beside the app
    (analyzer-<hash>.bin, written by lector-prerender), gzip."""
    return sum(len(gzip.compress(open(os.path.join(dist, name), "rb").read(), 9))
               for name in os.listdir(dist) if re.fullmatch(r"analyzer-[0-9a-f]{16}\.bin", name))


def main(dist, budget_kib=None):
    rows, app_gz, data_gz, lazy_gz = [], 0, 0, 0
    for root, _, files in os.walk(dist):
        if ".stage" in root:
            continue
        for name in sorted(files):
            path = os.path.join(root, name)
            raw = open(path, "rb").read()
            gz = len(gzip.compress(raw, 9))
            rel = os.path.relpath(path, dist)
            rows.append((rel, len(raw), gz))
            if rel.startswith("data" + os.sep):
                data_gz += gz
            elif rel.startswith("lector-importer"):
                # The importer loads when the reader first adds an article.
                lazy_gz += gz
            else:
                app_gz += gz
    print("site size (bytes)            raw      gzip")
    for rel, raw, gz in sorted(rows):
        if not rel.startswith("data" + os.sep):
            print(f"  {rel:<34} {raw:>9} {gz:>9}")
    print(f"  {'data/ (articles, on demand)':<34} {'':>9} {data_gz:>9}")
    first = app_gz
    if os.path.exists(os.path.join(dist, "sw.js")):
        first = app_gz + data_gz
        print(f"first visit transfers {first} bytes gzip ({first / 1024:.1f} KiB): the page and its code"
              f" ({app_gz / 1024:.1f} KiB), and every article cached for offline ({data_gz / 1024:.1f} KiB)")
    else:
        print(f"first visit transfers {first} bytes gzip ({first / 1024:.1f} KiB)")
    if lazy_gz:
        print(f"importer (loaded when the reader first adds an article, not on the first visit):"
              f" {lazy_gz} bytes gzip ({lazy_gz / 1024:.1f} KiB)")
    data = analyzer_data_gzip(dist)
    print(f"analyzer's model and word lists (analyzer-*.bin, fetched beside the code): {data} bytes gzip"
          f" ({data / 1024:.1f} KiB); the rest of the page and its code: {(app_gz - data) / 1024:.1f} KiB")
    if budget_kib is not None:
        if first > budget_kib * 1024:
            sys.exit(f"site_size: the first visit ({first / 1024:.1f} KiB gzip) is over its budget of {budget_kib} KiB:"
                     " make something smaller, or raise the budget in scripts/build.sh and say why")
        print(f"within the first-visit budget of {budget_kib} KiB")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("dist", nargs="?", default="dist")
    parser.add_argument("--budget-kib", type=float)
    args = parser.parse_args()
    main(args.dist, args.budget_kib)
