#!/usr/bin/env python3
"""Turn the annotated sources into NAME.txt + NAME.gold.json.

Usage: eval/attributions/build.py   (rewrites every pair from its source)

Two kinds of source (GUIDELINE.md says what is marked):
- NAME.ann, invented text with each attribution inline as
  [[words of the attribution|source|n]] (n: named, a: anonymous). The .txt
  is the text without the marks, with one final newline.
- NAME.attr beside an existing NAME.txt (the sample articles, as
  `lector render` gives them): one attribution a line,
  `words ||| source ||| n|a [||| k]`, where k picks the k-th occurrence of
  the words in the text (default 1).
Offsets are character indices, end exclusive; every span is checked by
slicing.
"""
import json
import pathlib
import re
import sys

MARK = re.compile(r"\[\[([^\[\]|]+)\|([^\[\]|]+)\|([na])\]\]")


def record(start, span, source, flag):
    return {"start": start, "end": start + len(span), "text": span, "source": source.strip(), "named": flag == "n"}


def from_ann(source):
    text, out, pos, length = [], [], 0, 0
    for m in MARK.finditer(source):
        plain = source[pos:m.start()]
        text.append(plain)
        length += len(plain)
        out.append(record(length, m.group(1), m.group(2), m.group(3)))
        text.append(m.group(1))
        length += len(m.group(1))
        pos = m.end()
    text.append(source[pos:])
    plain = "".join(text).rstrip("\n") + "\n"
    if "[[" in plain or "]]" in plain:
        raise ValueError("a mark is malformed")
    return plain, out


def from_attr(text, lines):
    out = []
    for n, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("|||")]
        span, source, flag = parts[:3]
        k = int(parts[3]) if len(parts) > 3 else 1
        at = -1
        for _ in range(k):
            at = text.find(span, at + 1)
            if at < 0:
                raise ValueError(f"line {n}: occurrence {k} of {span!r} not in the text")
        out.append(record(at, span, source, flag))
    return sorted(out, key=lambda r: r["start"])


def main():
    root = pathlib.Path(__file__).resolve().parent
    for src in sorted(root.glob("*/*.ann")) + sorted(root.glob("*/*.attr")):
        try:
            if src.suffix == ".ann":
                plain, gold = from_ann(src.read_text(encoding="utf-8"))
                src.with_suffix(".txt").write_text(plain, encoding="utf-8")
            else:
                plain = src.with_suffix(".txt").read_text(encoding="utf-8")
                gold = from_attr(plain, src.read_text(encoding="utf-8").splitlines())
        except ValueError as e:
            sys.exit(f"{src}: {e}")
        for r in gold:
            assert plain[r["start"]:r["end"]] == r["text"]
        doc = {"attributions": gold}
        src.with_suffix(".gold.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"{src.parent.name}/{src.stem}: {len(gold)} attributions")


if __name__ == "__main__":
    main()
