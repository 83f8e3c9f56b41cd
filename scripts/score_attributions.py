#!/usr/bin/env python3
"""Score `lector analyze` attributions against hand-annotated gold.

Usage: score_attributions.py GOLD.json SYSTEM.json [GOLD2 SYSTEM2 ...] [--errors]

Gold:   {"attributions": [{"start","end","source","named"}...]}
System: `lector analyze` output; its "attributions" list, each record with
        "start", "end", "source" and "named".
Offsets are character (Unicode scalar) indices, end exclusive.

Scored as the maintainers describe: an attribution is found when a system
record overlaps it (one system record per gold one); its source is right when
the words of one name are a subset of the other's ("Kirby" ~ "John Kirby"),
so "he" or a missing source is wrong. Prints P/R/F1 of finding, the share of
found named attributions whose source is right, and the share of found ones
whose named/anonymous split is right. --errors lists every miss.
"""
import json
import re
import sys

DROP = {"the", "a", "an"}


def words(name):
    name = (name or "").lower().replace("\u2019", "'")
    name = re.sub(r"'s\b", "", name)
    return {w for w in re.findall(r"[\w.-]+", name) if w.strip(".-") and w not in DROP}


def same_source(gold, system):
    g, s = words(gold), words(system)
    return bool(g) and bool(s) and (g <= s or s <= g)


def overlap(a, b):
    return min(a["end"], b["end"]) > max(a["start"], b["start"])


def score(pairs, show_errors):
    tp = fp = fn = 0
    named_found = named_right = split_right = 0
    for gold_path, sys_path in pairs:
        with open(gold_path, encoding="utf-8") as f:
            gold = json.load(f)["attributions"]
        with open(sys_path, encoding="utf-8") as f:
            system = json.load(f).get("attributions", [])
        used = set()
        for g in gold:
            hit = next((i for i, s in enumerate(system) if i not in used and overlap(g, s)), None)
            if hit is None:
                fn += 1
                if show_errors:
                    print(f"  missed   {gold_path}: {g['start']} {g.get('text', '')!r} ({g['source']})")
                continue
            used.add(hit)
            tp += 1
            s = system[hit]
            split_right += bool(s.get("named")) == bool(g["named"])
            if g["named"]:
                named_found += 1
                if same_source(g["source"], s.get("source")):
                    named_right += 1
                elif show_errors:
                    print(f"  source   {gold_path}: {g['start']} {g.get('text', '')!r}: {s.get('source')!r}, want {g['source']!r}")
        for i, s in enumerate(system):
            if i not in used:
                fp += 1
                if show_errors:
                    print(f"  spurious {sys_path}: {s['start']} {s.get('text', '')!r} ({s.get('source')})")
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    pct = lambda a, b: 100 * a / b if b else 0.0
    print(f"attributions P {100 * p:6.2f}  R {100 * r:6.2f}  F1 {100 * f1:6.2f}  (tp {tp} fp {fp} fn {fn})")
    print(f"named source right {pct(named_right, named_found):6.2f}% ({named_right}/{named_found})"
          f"  named/anonymous split right {pct(split_right, tp):6.2f}% ({split_right}/{tp})")


def main(argv):
    show_errors = "--errors" in argv
    files = [a for a in argv if a != "--errors"]
    if not files or len(files) % 2:
        sys.exit(__doc__)
    score(list(zip(files[::2], files[1::2])), show_errors)


if __name__ == "__main__":
    main(sys.argv[1:])
