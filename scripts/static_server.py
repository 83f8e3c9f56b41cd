#!/usr/bin/env python3
"""Serves a built site from a sub-path, as GitHub Pages serves a project site.

usage: static_server.py DIST [--prefix /lector/] [--port 8080] [--gzip]

Binds 127.0.0.1 only. `--gzip` compresses text and WebAssembly responses
(level 9, when the browser accepts it) and lets them be cached for ten
minutes, as GitHub Pages does: the first-visit benchmark measures what a
reader of the deployed site transfers. Port 0 picks a free port. Prints the URL on its first
line of output (tests read it). Paths outside the prefix get 404, like any
static host; `/` redirects to the prefix for convenience."""
import argparse
import functools
import gzip
import http.server
import mimetypes
import os
import sys

mimetypes.add_type("application/wasm", ".wasm")
mimetypes.add_type("text/markdown; charset=utf-8", ".md")
mimetypes.add_type("text/javascript", ".js")


COMPRESSIBLE = ("text/", "application/wasm", "application/json", "application/javascript", "image/svg+xml")


class Handler(http.server.SimpleHTTPRequestHandler):
    prefix = "/"
    gzip = False

    def translate_path(self, path):
        return super().translate_path("/" + path[len(self.prefix):])

    def _in_prefix(self):
        return self.path.startswith(self.prefix) or self.path + "/" == self.prefix

    def do_GET(self):
        if self.path == "/" and self.prefix != "/":
            self.send_response(302)
            self.send_header("Location", self.prefix)
            self.end_headers()
            return
        if self.path + "/" == self.prefix:
            self.path = self.prefix
        if not self.path.startswith(self.prefix):
            self.send_error(404, "Not under " + self.prefix)
            return
        if self.gzip and self._send_gzip():
            return
        super().do_GET()

    def _send_gzip(self):
        """Sends the file gzip-compressed; False leaves it to the plain handler."""
        path = self.translate_path(self.path.split("?", 1)[0].split("#", 1)[0])
        if os.path.isdir(path):
            path = os.path.join(path, "index.html")
        ctype = self.guess_type(path)
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (accepts and os.path.isfile(path) and ctype.startswith(COMPRESSIBLE)):
            return False
        with open(path, "rb") as f:
            body = gzip.compress(f.read(), 9)
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        self.wfile.write(body)
        return True

    def do_HEAD(self):
        if not self.path.startswith(self.prefix):
            self.send_error(404)
            return
        super().do_HEAD()

    def end_headers(self):
        self.send_header("Cache-Control", "max-age=600" if self.gzip else "no-cache")
        super().end_headers()

    def log_message(self, fmt, *args):
        if os.environ.get("LECTOR_SERVER_LOG"):
            super().log_message(fmt, *args)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("dist")
    parser.add_argument("--prefix", default="/lector/")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--gzip", action="store_true", help="compress and cache as GitHub Pages does")
    args = parser.parse_args()
    prefix = "/" + args.prefix.strip("/") + "/" if args.prefix.strip("/") else "/"
    handler = functools.partial(Handler, directory=os.path.abspath(args.dist))
    Handler.prefix = prefix
    Handler.gzip = args.gzip
    server = http.server.ThreadingHTTPServer(("127.0.0.1", args.port), handler)
    print(f"http://127.0.0.1:{server.server_port}{prefix}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    sys.exit(main())
