#!/usr/bin/env python3
"""Check that the cleaned articles in data/ still say exactly what their sources say.

Usage: scripts/check-data.py [DATA_DIR] [CORPUS_DIR]
       (defaults: data/ and ../shared/corpus/, relative to the repository root)

Cleaning a scraped page by hand is where words get lost or "fixed". For every
data/*.md with a `source:` key this asserts that:
  - the front matter is `key: value` lines with known keys, `title` and `source` present;
  - the title, every kept paragraph and every caption occur verbatim in the source
    file (after undoing Markdown backslash escapes), so no word was changed;
  - `outlet`, `author` and `date` values are stated in the source file itself
    (a date as written, YYYY-MM-DD), so no metadata was invented;
  - no caption is kept twice and the body does not repeat the title;
  - no paragraph contains Markdown syntax that would change its rendered words
    unless escaped (emphasis markers, list/heading/quote starts, links, HTML);
  - nothing was lost: every non-empty line of the source is kept (as the title,
    a paragraph or a caption) or falls in a range of data/dropped.txt that says
    why it was dropped, and every range there still covers a dropped line.
Exits non-zero with one line per problem.
"""
import pathlib
import re
import sys

KEYS = ("title", "outlet", "author", "date", "source")
REQUIRED = ("title", "source")
CAPTION = re.compile(r"^!\[(?P<alt>.*)\]\(\)$")
ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
# Constructs that CommonMark would turn into markup (or drop) instead of showing as text.
RISKY_START = re.compile(r"^(#{1,6}\s|>|[-+*]\s|\d{1,9}[.)]\s|={3,}|-{3,}|    |\t)")
RISKY_INLINE = re.compile(r"(?<!\\)(\*|_|`|<[A-Za-z/!?]|\[|&[A-Za-z#][A-Za-z0-9]*;|\\$)")


def unescape(text):
    return ESCAPE.sub(r"\1", text)


def parse(path):
    text = path.read_text(encoding="utf-8")
    if not text.startswith("---\n"):
        raise ValueError("no front matter (the file must start with a '---' line)")
    end = text.find("\n---\n", 4)
    if end < 0:
        raise ValueError("front matter is not closed by a '---' line")
    meta = {}
    for line in text[4:end].split("\n"):
        key, sep, value = line.partition(": ")
        if not sep or key not in KEYS:
            raise ValueError(f"front matter line {line!r} is not 'key: value' with a key in {KEYS}")
        if key in meta:
            raise ValueError(f"front matter key {key!r} appears twice")
        meta[key] = value
    for key in REQUIRED:
        if key not in meta:
            raise ValueError(f"front matter lacks {key!r}")
    blocks = [b.strip("\n") for b in text[end + 5:].split("\n\n") if b.strip()]
    return meta, blocks


def read_ledger(path):
    """data/dropped.txt: {source file name: [(first, last, reason), ...]}."""
    ledger = {}
    if not path.is_file():
        return ledger
    for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        if not line.strip() or line.startswith("#"):
            continue
        m = re.fullmatch(r"(\S+) (\d+)(?:-(\d+))? (.+)", line)
        if not m:
            raise ValueError(f"{path.name} line {number}: not 'SOURCE N[-M] REASON': {line!r}")
        first = int(m.group(2))
        last = int(m.group(3) or first)
        ledger.setdefault(m.group(1), []).append((first, last, m.group(4)))
    return ledger


def check_nothing_lost(meta, texts, source, ranges):
    """Every source line not kept must be in a documented dropped range."""
    problems = []
    kept = {meta["title"], *texts}
    used = set()
    for number, line in enumerate(source.split("\n"), 1):
        line = line.strip()
        if not line or line in kept:
            continue
        covering = [r for r in ranges if r[0] <= number <= r[1]]
        if not covering:
            problems.append(f"source line {number} is neither kept nor listed in dropped.txt: {line[:80]!r}")
        used.update(covering)
    for first, last, reason in ranges:
        if (first, last, reason) not in used:
            problems.append(f"dropped.txt range {first}-{last} ({reason}) covers no dropped line")
    return problems


def check(path, corpus, ledger):
    problems = []
    meta, blocks = parse(path)
    source_path = corpus / meta["source"]
    if not source_path.is_file():
        return [f"source {meta['source']!r} not found in {corpus}"]
    if path.stem != source_path.stem:
        problems.append(f"file name does not match source {meta['source']!r}")
    source = source_path.read_text(encoding="utf-8")
    if meta["title"] not in source:
        problems.append(f"title not in source: {meta['title']!r}")
    for key in ("outlet", "author"):
        if key in meta and meta[key] not in source:
            problems.append(f"{key} {meta[key]!r} is not stated in the source")
    if "date" in meta:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta["date"]):
            problems.append(f"date {meta['date']!r} is not YYYY-MM-DD")
        elif meta["date"] not in source:
            problems.append(f"date {meta['date']!r} is not stated in the source as written")
    captions = []
    texts = []
    for block in blocks:
        if "\n" in block:
            problems.append(f"block spans several lines (write one paragraph per line): {block[:60]!r}")
        m = CAPTION.match(block)
        text = m.group("alt") if m else block
        if m:
            captions.append(text)
        elif RISKY_START.match(block):
            problems.append(f"paragraph starts like Markdown syntax, escape it: {block[:60]!r}")
        if RISKY_INLINE.search(text):
            problems.append(f"unescaped Markdown-significant character in: {text[:60]!r}")
        texts.append(unescape(text))
        if unescape(text) not in source:
            problems.append(f"not verbatim in source: {text[:80]!r}")
        if unescape(text) == meta["title"]:
            problems.append("body repeats the title")
    if len(set(captions)) != len(captions):
        problems.append("a caption is kept more than once")
    problems += check_nothing_lost(meta, texts, source, ledger.get(meta["source"], []))
    return problems


def main(argv):
    root = pathlib.Path(__file__).resolve().parent.parent
    data = pathlib.Path(argv[0]) if argv else root / "data"
    corpus = pathlib.Path(argv[1]) if len(argv) > 1 else root.parent / "shared" / "corpus"
    files = sorted(p for p in data.glob("*.md") if p.name != "README.md")
    if not files:
        sys.exit(f"no articles (*.md) in {data}")
    try:
        ledger = read_ledger(data / "dropped.txt")
    except ValueError as err:
        sys.exit(str(err))
    failed = False
    for path in files:
        try:
            problems = check(path, corpus, ledger)
        except ValueError as err:
            problems = [str(err)]
        for problem in problems:
            print(f"{path.name}: {problem}")
        failed |= bool(problems)
    if failed:
        sys.exit(1)
    print(f"{len(files)} articles: every title, paragraph, caption and metadata value is in its source,"
          " and every other source line is listed as dropped with a reason")


if __name__ == "__main__":
    main(sys.argv[1:])
