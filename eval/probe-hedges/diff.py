#!/usr/bin/env python3
"""Show where `lector analyze` output and gold disagree on hedges, sentence by sentence.

Usage: diff.py TEXT GOLD.json SYSTEM.json [TEXT GOLD SYSTEM ...]

Prints missed and spurious hedged sentences and cues, matched as score.py
matches them (a sentence by majority overlap, a cue by any overlap), so a
developer can read what the figures count.
"""
import json
import sys


def overlap(a, b):
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def show(text_path, gold_path, sys_path):
    text = open(text_path, encoding="utf-8").read()
    gold = json.load(open(gold_path, encoding="utf-8"))
    system = json.load(open(sys_path, encoding="utf-8"))
    gold_sents = [(h["start"], h["end"]) for h in gold["hedged_sentences"]]
    sys_sents = [(s["start"], s["end"]) for s in system["sentences"] if s["hedged"]]
    gold_cues = [(c["start"], c["end"], c["kind"]) for h in gold["hedged_sentences"] for c in h["cues"]]
    sys_cues = [(c["start"], c["end"], c["kind"]) for c in system["hedges"]]
    lines = []
    for g in gold_sents:
        if not any(overlap(g, s) * 2 > g[1] - g[0] for s in sys_sents):
            lines.append(f"  FN sentence: {text[g[0]:g[1]]}")
    for s in sys_sents:
        if not any(overlap(g, s) * 2 > g[1] - g[0] for g in gold_sents):
            cues = [text[c[0]:c[1]] for c in sys_cues if overlap(c, s)]
            lines.append(f"  FP sentence: {text[s[0]:s[1]]}  <- {cues}")
    for g in gold_cues:
        if not any(overlap(g, s) for s in sys_cues):
            lines.append(f"  FN cue {g[2]}: {text[g[0]:g[1]]!r}")
    for s in sys_cues:
        if not any(overlap(g, s) for g in gold_cues):
            lines.append(f"  FP cue {s[2]}: {text[s[0]:s[1]]!r}")
    if lines:
        print(text_path)
        print("\n".join(lines))


def main(argv):
    if not argv or len(argv) % 3:
        sys.exit(__doc__)
    for i in range(0, len(argv), 3):
        show(*argv[i:i + 3])


if __name__ == "__main__":
    main(sys.argv[1:])
