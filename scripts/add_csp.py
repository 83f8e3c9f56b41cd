#!/usr/bin/env python3
"""Adds a hash-based Content-Security-Policy <meta> to a Trunk-built page.

Scripts: the page's own files ('self') plus each inline <script> by its
SHA-256 (Trunk's WebAssembly loader), and 'wasm-unsafe-eval' so WebAssembly
may compile. No 'unsafe-inline' for scripts: an injected <script> or onerror=
attribute is refused by the browser. Styles allow inline style attributes
(Yew sets none from content, and CSS cannot run script)."""
import base64
import hashlib
import re
import sys


def main(path):
    with open(path, encoding="utf-8") as f:
        html = f.read()
    html = re.sub(r'\s*<meta http-equiv="Content-Security-Policy"[^>]*>', "", html)
    hashes = []
    for body in re.findall(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", html, flags=re.S):
        digest = hashlib.sha256(body.encode("utf-8")).digest()
        hashes.append("'sha256-%s'" % base64.b64encode(digest).decode())
    policy = "; ".join([
        "default-src 'self'",
        "script-src 'self' 'wasm-unsafe-eval' " + " ".join(hashes),
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'none'",
    ])
    meta = '<meta http-equiv="Content-Security-Policy" content="%s" />' % policy
    html = html.replace('<meta charset="utf-8" />', '<meta charset="utf-8" />\n  ' + meta, 1)
    if meta not in html:
        sys.exit("add_csp: could not find <meta charset> in %s" % path)
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)


if __name__ == "__main__":
    main(sys.argv[1])
