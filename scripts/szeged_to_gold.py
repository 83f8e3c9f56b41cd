#!/usr/bin/env python3
"""Turn the Szeged Uncertainty Corpus (Wikipedia part, wiki.xml) into plain text
plus gold hedges in the format ../shared/eval/score.py reads.

Usage: szeged_to_gold.py WIKI.xml OUT.txt OUT.gold.json [OUT-lector.gold.json]

The text has one corpus sentence per line (titles included) and a blank line
between documents, so Lector's splitter sees the corpus's own sentences. A
sentence is gold-hedged when it holds a cue (<ccue>); cues keep their type as
`kind`. The optional fourth file keeps only the cue types Lector counts as
hedges (probable and doxastic): conditions ("if") and investigations
("whether") are uncertainty to Szeged, not to GUIDELINES.md.
"""
import json
import sys
import xml.etree.ElementTree as ET

LECTOR_TYPES = ("speculation_modal_probable", "speculation_hypo_doxastic")


def sentence_text(sentence):
    """The sentence's text and its cues as (start, end, type), in characters."""
    parts, cues = [], []
    pos = 0

    def walk(element):
        nonlocal pos
        if element.text:
            parts.append(element.text)
            pos += len(element.text)
        for child in element:
            start = pos
            walk(child)
            if child.tag == "ccue":
                cues.append((start, pos, child.get("type", "").strip().rstrip("_").strip()))
            if child.tail:
                parts.append(child.tail)
                pos += len(child.tail)

    walk(sentence)
    return "".join(parts), cues


def main(argv):
    if len(argv) not in (3, 4):
        sys.exit(__doc__)
    try:
        root = ET.parse(argv[0]).getroot()
    except (OSError, ET.ParseError) as e:
        sys.exit(f"szeged_to_gold: cannot read {argv[0]}: {e}")
    lines, all_hedged, lector_hedged = [], [], []
    offset = 0
    for document in root.iter("Document"):
        if lines:
            lines.append("")
            offset += 1
        for sentence in document.iter("Sentence"):
            text, cues = sentence_text(sentence)
            # Lector's splitter ends a sentence at a line break only.
            text = " ".join(text.split("\n"))
            lead = len(text) - len(text.lstrip())
            text = text.strip()
            if not text:
                continue
            start, end = offset, offset + len(text)
            spans = [
                {"start": start + max(0, s - lead), "end": start + max(0, e - lead), "kind": t} for s, e, t in cues
            ]
            if spans:
                all_hedged.append({"start": start, "end": end, "cues": spans})
                kept = [c for c in spans if c["kind"].startswith(LECTOR_TYPES)]
                if kept:
                    lector_hedged.append({"start": start, "end": end, "cues": kept})
            lines.append(text)
            offset = end + 1
    with open(argv[1], "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    with open(argv[2], "w", encoding="utf-8") as f:
        json.dump({"entities": [], "hedged_sentences": all_hedged}, f)
    if len(argv) == 4:
        with open(argv[3], "w", encoding="utf-8") as f:
            json.dump({"entities": [], "hedged_sentences": lector_hedged}, f)
    sentences = sum(1 for line in lines if line)
    print(f"{sentences} sentences, {len(all_hedged)} hedged ({len(lector_hedged)} by probable/doxastic cues)")


if __name__ == "__main__":
    main(sys.argv[1:])
