#!/usr/bin/env python3
"""Validate hand-made gold annotations before anyone scores against them.

Usage: scripts/check-gold.py [DIR_OR_GOLD_FILE ...]   (default: eval/news-dev/)

Each NAME.gold.json is checked against NAME.txt beside it, in the format that
../shared/eval/score.py reads (offsets are Unicode scalar values, end exclusive):
  - both top-level lists present; every span has integer offsets inside the text,
    start < end, and its "text" equals the text at those offsets;
  - entity labels are PER/ORG/LOC/MISC, entities do not overlap or repeat, and no
    entity starts with "the " or ends with a possessive 's (GUIDELINES.md excludes both)
    or with whitespace;
  - hedged sentences do not overlap, each has at least one cue, every cue lies inside
    its sentence, cues do not overlap, and kinds are the four GUIDELINES.md names.
A wrong offset silently turns a correct system answer into a false positive and a
false negative at once, so this fails loudly (exit 1, one line per problem).
"""
import json
import pathlib
import sys

LABELS = {"PER", "ORG", "LOC", "MISC"}
KINDS = {"uncertainty", "anonymous_source", "allegation", "denial"}


def span_problems(where, span, text, bounds=None):
    start, end = span.get("start"), span.get("end")
    if not isinstance(start, int) or not isinstance(end, int):
        return [f"{where}: start/end must be integers, got {start!r}/{end!r}"]
    lo, hi = bounds if bounds else (0, len(text))
    if not lo <= start < end <= hi:
        return [f"{where}: [{start}, {end}) is empty or outside [{lo}, {hi})"]
    problems = []
    if "text" in span and text[start:end] != span["text"]:
        problems.append(f"{where}: text is {span['text']!r} but offsets give {text[start:end]!r}")
    if text[start:end] != text[start:end].strip():
        problems.append(f"{where}: span {text[start:end]!r} starts or ends with whitespace")
    return problems


def overlaps(spans):
    """Pairs of neighbouring spans that share a character (duplicates included)."""
    ordered = sorted(
        (s["start"], s["end"]) for s in spans if isinstance(s.get("start"), int) and isinstance(s.get("end"), int)
    )
    return [(a, b) for a, b in zip(ordered, ordered[1:]) if b[0] < a[1]]


def check(gold_path):
    txt_path = gold_path.with_name(gold_path.name[: -len(".gold.json")] + ".txt")
    if not txt_path.is_file():
        return [f"no text file {txt_path.name} beside it"]
    text = txt_path.read_text(encoding="utf-8")
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as err:
        return [f"not valid JSON: {err}"]
    problems = []
    entities = gold.get("entities")
    hedged = gold.get("hedged_sentences")
    if not isinstance(entities, list) or not isinstance(hedged, list):
        return ['needs lists "entities" and "hedged_sentences"']
    for i, ent in enumerate(entities):
        where = f"entity {i} {ent.get('text', '')!r}"
        problems += span_problems(where, ent, text)
        if ent.get("label") not in LABELS:
            problems.append(f"{where}: label {ent.get('label')!r} is not one of {sorted(LABELS)}")
        covered = ent.get("text", "")
        if covered.lower().startswith("the "):
            problems.append(f"{where}: starts with 'the' (leave the article out)")
        if covered.endswith(("'s", "’s")):
            problems.append(f"{where}: ends with a possessive 's (leave it out)")
    for a, b in overlaps(entities):
        problems.append(f"entities overlap: {text[a[0]:a[1]]!r} at {a} and {text[b[0]:b[1]]!r} at {b}")
    for i, sent in enumerate(hedged):
        where = f"hedged sentence {i} at {sent.get('start')}"
        sent_problems = span_problems(where, sent, text)
        problems += sent_problems
        cues = sent.get("cues")
        if not isinstance(cues, list) or not cues:
            problems.append(f"{where}: a hedged sentence needs at least one cue")
            continue
        for j, cue in enumerate(cues):
            cue_where = f"{where}, cue {j} {cue.get('text', '')!r}"
            bounds = None if sent_problems else (sent["start"], sent["end"])
            problems += span_problems(cue_where, cue, text, bounds)
            if cue.get("kind") not in KINDS:
                problems.append(f"{cue_where}: kind {cue.get('kind')!r} is not one of {sorted(KINDS)}")
        for a, b in overlaps(cues):
            problems.append(f"{where}: cues overlap at {a} and {b}")
    for a, b in overlaps(hedged):
        problems.append(f"hedged sentences overlap at {a} and {b}")
    return problems


def main(argv):
    root = pathlib.Path(__file__).resolve().parent.parent
    targets = [pathlib.Path(a) for a in argv] or [root / "eval" / "news-dev"]
    files = []
    for target in targets:
        files += sorted(target.glob("*.gold.json")) if target.is_dir() else [target]
    if not files:
        sys.exit(f"no *.gold.json files in {', '.join(map(str, targets))}")
    failed = False
    for path in files:
        for problem in check(path):
            print(f"{path.name}: {problem}")
            failed = True
    if failed:
        sys.exit(1)
    print(f"{len(files)} gold files valid")


if __name__ == "__main__":
    main(sys.argv[1:])
