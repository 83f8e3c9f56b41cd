#!/usr/bin/env python3
"""Where every kilobyte of a first visit goes: the built site (dist/) split
into the app's code, the entity model, the word lists, the rest of the
WebAssembly, the JavaScript glue, the CSS, the pre-rendered articles and the
HTML around them, each gzip-compressed (level 9) as GitHub Pages serves it.

usage: size-breakdown.py [DIST]

The model and word lists ship as their own file, analyzer-<hash>.bin, split
here by its header; any still found inside the WebAssembly's memory image
(its data segments laid out at their addresses, byte for byte) are counted
as such, so the figure is what is really shipped. Parts are compressed
separately; what separate compression does not account for is printed as
"rest". The importer (lector-importer*, the extractor's worker) loads only
when the reader first adds an article: it is printed apart, not counted."""
import gzip
import os
import re
import struct
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
ANALYSIS = os.path.join(ROOT, "crates", "lector-analysis")


def gz(data):
    return len(gzip.compress(data, 9)) if data else 0


def leb(buf, at):
    value = shift = 0
    while True:
        byte = buf[at]
        at += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, at


def wasm_parts(wasm):
    """(code section bytes, memory image of the active data segments)."""
    at, code, memory = 8, b"", bytearray()
    while at < len(wasm):
        section, at = wasm[at], at + 1
        size, at = leb(wasm, at)
        body, at = wasm[at:at + size], at + size
        if section == 10:
            code = body
        elif section == 11:
            count, p = leb(body, 0)
            for _ in range(count):
                flags, p = leb(body, p)
                if flags == 1:
                    length, p = leb(body, p)
                    p += length
                    continue
                if flags == 2:
                    _, p = leb(body, p)
                opcode, p = body[p], p + 1
                if opcode != 0x41:  # i32.const: the only offset rustc emits
                    raise SystemExit("size-breakdown: unexpected data segment offset in the WebAssembly")
                offset, p = leb(body, p)  # unsigned read is right for the small positive offsets used
                p += 1  # end
                length, p = leb(body, p)
                if len(memory) < offset + length:
                    memory.extend(b"\0" * (offset + length - len(memory)))
                memory[offset:offset + length] = body[p:p + length]
                p += length
    return code, bytes(memory)


def embedded(memory):
    """The analyzer's data files found verbatim in the memory image."""
    found = {"model": 0, "word lists": 0}
    for folder in ("model", "gazetteers", "lexicons"):
        for root, _, names in os.walk(os.path.join(ANALYSIS, folder)):
            for name in sorted(names):
                with open(os.path.join(root, name), "rb") as f:
                    data = f.read()
                if len(data) > 64 and data in memory:
                    found["model" if folder == "model" else "word lists"] += gz(data)
    return found


def analyzer_asset(data):
    """The analyzer's own file (lector_analysis::AnalyzerData::to_bytes):
    a 28-byte header giving the lengths of the packed word lists and of the
    model, then both, then an 8-byte checksum."""
    lists_len, model_len = struct.unpack_from("<II", data, 20)
    lists, model = data[28:28 + lists_len], data[28 + lists_len:28 + lists_len + model_len]
    return {"word lists (analyzer-*.bin, fetched beside the code)": gz(lists),
            "model (analyzer-*.bin, fetched beside the code)": gz(model)}


def main(dist):
    rows, lazy = [], 0
    for root, dirs, files in os.walk(dist):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            path = os.path.join(root, name)
            rel = os.path.relpath(path, dist).replace(os.sep, "/")
            with open(path, "rb") as f:
                data = f.read()
            if rel.startswith("lector-importer"):
                # The extractor's worker: loaded when the reader first adds
                # an article, so not part of the first visit.
                lazy += gz(data)
            elif rel.endswith(".wasm"):
                code, memory = wasm_parts(data)
                parts = {"code (WebAssembly)": gz(code)}
                parts.update({f"{k} (in the WebAssembly)": v for k, v in embedded(memory).items()})
                parts["rest of the WebAssembly (other data, tables, names)"] = max(0, gz(data) - sum(parts.values()))
                rows.extend(parts.items())
            elif rel == "index.html":
                page = data.decode("utf-8")
                styles = "".join(re.findall(r"<style[^>]*>(.*?)</style>", page, re.S))
                scripts = "".join(re.findall(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", page, re.S))
                pre = re.search(r'<div id="prerendered".*?</main></div>', page, re.S)
                pre = pre.group(0) if pre else ""
                shell = gz(data) - gz(styles.encode()) - gz(scripts.encode()) - gz(pre.encode())
                rows += [("CSS (inline in the page)", gz(styles.encode())),
                         ("JavaScript inline in the page (boot, theme, loader)", gz(scripts.encode())),
                         ("pre-rendered library and articles (HTML)", gz(pre.encode())),
                         ("HTML shell (head, rest)", max(0, shell))]
            elif rel.endswith(".js"):
                rows.append(("JavaScript files (wasm-bindgen glue, service worker)", gz(data)))
            elif rel.endswith(".css"):
                rows.append(("CSS files", gz(data)))
            elif re.fullmatch(r"analyzer-[0-9a-f]{16}\.bin", rel):
                rows.extend(analyzer_asset(data).items())
            elif rel.startswith("data/"):
                rows.append(("articles as Markdown (data/, for the app)", gz(data)))
            else:
                rows.append((f"other: {rel}", gz(data)))
    totals = {}
    for label, size in rows:
        totals[label] = totals.get(label, 0) + size
    print("where a first visit's bytes go (gzip)")
    for label, size in sorted(totals.items(), key=lambda kv: -kv[1]):
        print(f"  {label:<58} {size / 1024:>8.1f} KiB")
    print(f"  {'first visit, parts added up (what the service worker caches)':<58} {sum(totals.values()) / 1024:>8.1f} KiB")
    print(f"  {'not in it: the importer (lector-importer*, on first use)':<58} {lazy / 1024:>8.1f} KiB")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "dist")
