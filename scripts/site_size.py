#!/usr/bin/env python3
"""Prints what the built site costs a reader: each file's raw and gzip size
(level 9, as static hosts such as GitHub Pages serve it) and the total that
a first visit transfers (everything but data/, which is fetched per article;
data/ is listed separately)."""
import gzip
import os
import sys


def main(dist):
    rows, app_gz, data_gz = [], 0, 0
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
            else:
                app_gz += gz
    print("site size (bytes)            raw      gzip")
    for rel, raw, gz in sorted(rows):
        if not rel.startswith("data" + os.sep):
            print(f"  {rel:<34} {raw:>9} {gz:>9}")
    print(f"  {'data/ (articles, on demand)':<34} {'':>9} {data_gz:>9}")
    print(f"first visit transfers {app_gz} bytes gzip ({app_gz / 1024:.1f} KiB)")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "dist")
