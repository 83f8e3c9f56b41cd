#!/usr/bin/env python3
"""Turn the probe's annotated sources (NAME.ann) into NAME.txt + NAME.gold.json.

Usage: eval/probe/build.py   (rewrites every dev/ and held/ pair from its .ann)

A source is the plain text with each entity written inline as [[text|LABEL]];
the .txt is that text without the marks plus a final newline, and the
.gold.json lists each entity's character offsets (Unicode scalar values, end
exclusive) in the format ../shared/eval/score.py reads. Hedges are not
annotated in this set ("hedged_sentences" is empty): score only entities.
"""
import json
import pathlib
import re
import sys

MARK = re.compile(r"\[\[([^\[\]|]+)\|(PER|ORG|LOC|MISC)\]\]")


def convert(source: str):
    text, entities, pos = [], [], 0
    length = 0
    for m in MARK.finditer(source):
        plain = source[pos:m.start()]
        text.append(plain)
        length += len(plain)
        name, label = m.group(1), m.group(2)
        entities.append({"start": length, "end": length + len(name), "label": label, "text": name})
        text.append(name)
        length += len(name)
        pos = m.end()
    text.append(source[pos:])
    plain = "".join(text).rstrip("\n") + "\n"
    if "[[" in plain or "]]" in plain:
        raise ValueError("a mark is malformed (unknown label or nested brackets)")
    return plain, entities


def main():
    root = pathlib.Path(__file__).resolve().parent
    for ann in sorted(root.glob("*/*.ann")):
        try:
            plain, entities = convert(ann.read_text(encoding="utf-8"))
        except ValueError as e:
            sys.exit(f"{ann}: {e}")
        ann.with_suffix(".txt").write_text(plain, encoding="utf-8")
        gold = {"entities": entities, "hedged_sentences": []}
        ann.with_suffix(".gold.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"{ann.parent.name}/{ann.stem}: {len(entities)} entities")


if __name__ == "__main__":
    main()
