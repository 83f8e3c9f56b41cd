#!/usr/bin/env python3
"""Build the probe set's plain text and gold from its annotated sources.

Usage: eval/probe-hedges/build.py [DIR]   (DIR/src/NAME.ann -> DIR/NAME.txt, DIR/NAME.gold.json;
       DIR defaults to this script's folder)

A source `src/NAME.ann` is the article as the annotator wrote it: paragraphs
separated by a blank line (the first is the headline), one sentence per line
inside a paragraph, and every hedge cue marked where it stands as
`{k:words}` with k one of u (uncertainty), a (anonymous_source),
l (allegation), d (denial), as ../../../shared/eval/GUIDELINES.md defines
them. Sentences are joined by one space, paragraphs by a blank line, as
`lector render` joins an article's blocks. A sentence is gold-hedged when it
holds a cue. Entities are not annotated (the list is empty): the set measures
hedges only.
"""
import json
import pathlib
import re
import sys

KINDS = {"u": "uncertainty", "a": "anonymous_source", "l": "allegation", "d": "denial"}
CUE = re.compile(r"\{([a-z]):([^{}]+)\}")


def build(source):
    text, hedged = [], []
    pos = 0
    paragraphs = [p for p in re.split(r"\n\s*\n", source.strip()) if p.strip()]
    for pi, paragraph in enumerate(paragraphs):
        if pi:
            text.append("\n\n")
            pos += 2
        for si, line in enumerate(l.strip() for l in paragraph.splitlines() if l.strip()):
            if si:
                text.append(" ")
                pos += 1
            start, cues, out, last = pos, [], [], 0
            for m in CUE.finditer(line):
                if m.group(1) not in KINDS:
                    sys.exit(f"unknown cue kind {m.group(1)!r} in: {line}")
                out.append(line[last:m.start()])
                cue_start = start + sum(len(o) for o in out)
                out.append(m.group(2))
                cues.append({"start": cue_start, "end": cue_start + len(m.group(2)),
                             "kind": KINDS[m.group(1)], "text": m.group(2)})
                last = m.end()
            out.append(line[last:])
            sentence = "".join(out)
            if "{" in sentence or "}" in sentence:
                sys.exit(f"unbalanced cue mark in: {line}")
            text.append(sentence)
            pos += len(sentence)
            if cues:
                hedged.append({"start": start, "end": pos, "text": sentence, "cues": cues})
    return "".join(text) + "\n", hedged


def main():
    here = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent
    total = [0, 0, 0]
    for ann in sorted((here / "src").glob("*.ann")):
        text, hedged = build(ann.read_text(encoding="utf-8"))
        for h in hedged:
            assert text[h["start"]:h["end"]] == h["text"]
            for c in h["cues"]:
                assert text[c["start"]:c["end"]] == c["text"]
        (here / f"{ann.stem}.txt").write_text(text, encoding="utf-8")
        gold = {"entities": [], "hedged_sentences": hedged}
        (here / f"{ann.stem}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                    encoding="utf-8")
        sentences = sum(1 for l in ann.read_text(encoding="utf-8").splitlines() if l.strip())
        total[0] += sentences
        total[1] += len(hedged)
        total[2] += sum(len(h["cues"]) for h in hedged)
    print(f"{total[0]} sentences, {total[1]} hedged, {total[2]} cues")


if __name__ == "__main__":
    main()
