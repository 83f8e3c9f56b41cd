#!/usr/bin/env python3
"""Scores `lector extract` output (one JSON object per page) against references.

Two modes, both print figures and never fail on a low score:

  pages DIR OUT    DIR holds the readability test pages (NAME/source.html,
                   NAME/expected.html, NAME/expected-metadata.json); OUT holds
                   NAME.json, `lector extract` of NAME/source.html (a missing or
                   empty file is a page the extractor refused: F1 0).
  corpus DATA OUT  DATA holds the cleaned articles (ID.md, with front matter);
                   OUT holds ID.json, `lector extract` of the raw scrape.
  totext DIR OUT   writes OUT/NAME.txt, the visible text of DIR/NAME/source.html
                   one block per line, as a reader gets by selecting a whole
                   page and copying it: the scrape path's hardest input.
  copied DIR OUT   scores OUT/NAME.json (`lector extract` of those texts)
                   against expected.html: body F1 only (a copied page keeps
                   no metadata markup).

Measures:
  word F1      bag of words (case-folded \\w+ tokens), per page, then the mean.
  shingle F1   bag of 4-word shingles of the same tokens, per page, then the
               mean: the article-body measure of the extraction benchmarks the
               maintainers use (a word in the wrong place or a block repeated
               costs shingles, not only words).
  paragraph F1 blocks of `text` (split at blank lines, whitespace collapsed)
               against the reference's paragraphs, exact match.
  metadata     title / byline / date equal after collapsing whitespace; date
               compares the YYYY-MM-DD the page states (the reference's
               publishedTime cut to its date part). Pages where the reference
               and the output both say nothing count as right; a date the
               page states where the reference (Readability, which reads no
               <time> element) has none counts as wrong, and is also counted
               apart.
"""

import html.parser
import json
import re
import sys
from collections import Counter
from pathlib import Path

TOKEN = re.compile(r"\w+", re.UNICODE)
# The test pages saved from news sites (by folder name): the subset closest to
# what Lector's readers import. The rest are blogs, documentation and parser
# edge cases.
NEWS_PAGES = re.compile(
    r"^(aclu|aktualne|ars|bbc|breitbart|buzzfeed|citylab|cnet|cnn|ehow|engadget|folha|gmw|guardian|heise|"
    r"herald-sun|la-nacion|lemonde|liberation|medicalnewstoday|msn|nytimes|pixnet|qq|quanta|rtl|salon|"
    r"seattletimes|telegraph|theverge|tmz|wapo|yahoo|youth)(-|$)"
)
BLOCK_TAGS = {
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "figcaption",
    "section", "article", "table", "tr", "td", "th", "ul", "ol", "dl", "dt", "dd", "br", "hr",
}


class TextOf(html.parser.HTMLParser):
    """The visible text of an HTML fragment, blocks on their own lines."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        if tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1
        if tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        # A line break in the markup is a space on screen; only blocks and
        # <br> break lines (what a reader copying the page gets).
        if not self.skip:
            self.parts.append(re.sub(r"\s+", " ", data))


def html_text(markup):
    parser = TextOf()
    parser.feed(markup)
    parser.close()
    return "".join(parser.parts)


def tokens(text):
    return [t.lower() for t in TOKEN.findall(text or "")]


def shingles(words, n=4):
    if len(words) < n:
        return Counter([tuple(words)]) if words else Counter()
    return Counter(tuple(words[i:i + n]) for i in range(len(words) - n + 1))


def f1(system, reference):
    """F1 of two multisets (Counters); two empty ones agree perfectly."""
    if not system and not reference:
        return 1.0
    overlap = sum((system & reference).values())
    if overlap == 0:
        return 0.0
    precision = overlap / sum(system.values())
    recall = overlap / sum(reference.values())
    return 2 * precision * recall / (precision + recall)


def squash(value):
    return " ".join(str(value).split()) if value else None


def load(path):
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def totext(root, out):
    Path(out).mkdir(parents=True, exist_ok=True)
    for folder in sorted(p for p in Path(root).iterdir() if (p / "source.html").is_file()):
        text = html_text((folder / "source.html").read_text(encoding="utf-8", errors="replace"))
        lines = (" ".join(line.split()) for line in text.split("\n"))
        (Path(out) / f"{folder.name}.txt").write_text("\n".join(lines), encoding="utf-8")


def pages(root, out, body_only=False):
    rows = []
    for folder in sorted(p for p in Path(root).iterdir() if (p / "source.html").is_file()):
        reference = html_text((folder / "expected.html").read_text(encoding="utf-8", errors="replace"))
        meta = json.loads((folder / "expected-metadata.json").read_text(encoding="utf-8"))
        got = load(Path(out) / f"{folder.name}.json") or {}
        ref_words, sys_words = tokens(reference), tokens(got.get("text"))
        ref_date = (meta.get("publishedTime") or "")[:10] or None
        if ref_date and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", ref_date):
            ref_date = None
        rows.append({
            "page": folder.name,
            "word": f1(Counter(sys_words), Counter(ref_words)),
            "shingle": f1(shingles(sys_words), shingles(ref_words)),
            "title": squash(got.get("title")) == squash(meta.get("title")),
            "byline": squash(got.get("byline")) == squash(meta.get("byline")),
            "date": got.get("published") == ref_date,
            "ref_date": ref_date is not None,
            "extra_date": ref_date is None and got.get("published") is not None,
            "refused": not got,
            "article": sum(c.isalnum() for c in reference) >= 25,
        })
    n = len(rows)
    if not n:
        sys.exit(f"no pages under {root}")
    mean = lambda key: sum(r[key] for r in rows) / n  # noqa: E731
    what = "copied page text" if body_only else "readability test pages"
    print(f"{what}: {n} pages, {sum(r['refused'] for r in rows)} refused")
    print(f"  word F1 (mean over pages)     {mean('word'):.3f}")
    print(f"  shingle F1 (mean over pages)  {mean('shingle'):.3f}")
    articles = [r for r in rows if r["article"]]
    if articles:
        print(f"  word / shingle F1 over the {len(articles)} pages whose reference holds an article (25+ letters; "
              f"the others are parser tests): {sum(r['word'] for r in articles) / len(articles):.3f} / "
              f"{sum(r['shingle'] for r in articles) / len(articles):.3f}")
    news = [r for r in rows if NEWS_PAGES.match(r["page"])]
    if news:
        print(f"  word / shingle F1 over the {len(news)} pages from news sites: "
              f"{sum(r['word'] for r in news) / len(news):.3f} / {sum(r['shingle'] for r in news) / len(news):.3f}")
    if body_only:
        return
    print(f"  title accuracy                {mean('title'):.3f}")
    print(f"  byline accuracy               {mean('byline'):.3f}")
    dated = [r for r in rows if r["ref_date"]]
    print(f"  date accuracy                 {mean('date'):.3f}")
    if dated:
        print(f"  date accuracy where the reference states one  {sum(r['date'] for r in dated) / len(dated):.3f} "
              f"({len(dated)} pages)")
    print(f"  dates read where the reference has none       {sum(r['extra_date'] for r in rows)} pages "
          "(from <time datetime>, itemprop or JSON-LD @graph, which Readability does not read)")
    worst = sorted(rows, key=lambda r: r["shingle"])[:8]
    print("  lowest shingle F1: " + ", ".join(f"{r['page']} {r['shingle']:.2f}" for r in worst))


def markdown_paragraphs(md):
    """The body blocks of a cleaned article: front matter and headline left out."""
    body = md.split("\n---\n", 1)[1] if md.startswith("---\n") else md
    blocks = []
    for block in re.split(r"\n\s*\n", body):
        block = block.strip()
        caption = re.fullmatch(r"!\[(.*)\]\(\)", block, re.S)
        if caption:
            block = caption.group(1)
        if block:
            blocks.append(squash(re.sub(r"\\([\\`*_\[\]<>#&.-])", r"\1", block)))
    return blocks


def corpus(data, out):
    scores = []
    for article in sorted(Path(data).glob("*.md")):
        if article.name == "README.md":
            continue
        reference = Counter(markdown_paragraphs(article.read_text(encoding="utf-8")))
        got = load(Path(out) / f"{article.stem}.json") or {}
        system = Counter(squash(b) for b in re.split(r"\n\s*\n", got.get("text") or "") if b.strip())
        score = f1(system, reference)
        missing = sum((reference - system).values())
        extra = sum((system - reference).values())
        scores.append(score)
        print(f"  {article.stem}  paragraph F1 {score:.3f}  ({missing} missing, {extra} extra)")
    if not scores:
        sys.exit(f"no articles under {data}")
    print(f"scrapes: paragraph F1 (mean over {len(scores)})  {sum(scores) / len(scores):.3f}")


if __name__ == "__main__":
    modes = {"pages": pages, "corpus": corpus, "totext": totext, "copied": lambda d, o: pages(d, o, body_only=True)}
    if len(sys.argv) != 4 or sys.argv[1] not in modes:
        sys.exit(__doc__)
    modes[sys.argv[1]](sys.argv[2], sys.argv[3])
