#!/usr/bin/env python3
"""Writes the service worker of a built site: web/sw.js with the list of
every file of dist/ and its content hash (the precache list) filled in.

usage: precache.py DIST

The page itself is listed as "" (the worker's scope, /lector/ on GitHub
Pages) and not as index.html, because that is the URL readers open. Any
change to any file changes the list, hence the worker, which is how a reader
learns that a newer version is available. Prints what a first visit caches."""
import gzip
import hashlib
import json
import os
import sys

TEMPLATE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "web", "sw.js")


def precache_list(dist):
    entries = []
    for root, dirs, files in os.walk(dist):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            rel = os.path.relpath(os.path.join(root, name), dist).replace(os.sep, "/")
            if rel == "sw.js":
                continue
            with open(os.path.join(root, name), "rb") as f:
                body = f.read()
            path = "" if rel == "index.html" else rel
            entries.append((path, hashlib.sha256(body).hexdigest()[:16], len(gzip.compress(body, 9))))
    return entries


# The importer (issue 9) is loaded only when the reader first adds an
# article: it is cached on that first use, not on the first visit.
LAZY_PREFIX = "lector-importer"


def main(dist):
    every = precache_list(dist)
    entries = [e for e in every if not e[0].startswith(LAZY_PREFIX)]
    lazy = [[path, digest] for path, digest, _ in every if path.startswith(LAZY_PREFIX)]
    listing = [[path, digest] for path, digest, _ in entries]
    version = hashlib.sha256(json.dumps(listing).encode()).hexdigest()[:16]
    with open(TEMPLATE, encoding="utf-8") as f:
        worker = f.read()
    for placeholder, value in (("[/* PRECACHE */]", json.dumps(listing)), ("[/* LAZY */]", json.dumps(lazy)),
                               ('"/* VERSION */"', json.dumps(version))):
        if placeholder not in worker:
            sys.exit(f"precache: {TEMPLATE} lost its placeholder {placeholder}")
        worker = worker.replace(placeholder, value)
    with open(os.path.join(dist, "sw.js"), "w", encoding="utf-8") as f:
        f.write(worker)
    total = sum(gz for _, _, gz in entries)
    print(f"service worker: version {version}, caches {len(entries)} files for offline"
          f" ({total} bytes gzip, {total / 1024:.1f} KiB)")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "dist")
