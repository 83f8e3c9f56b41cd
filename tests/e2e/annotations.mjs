// Helpers for the annotation tests: the fixture article's rendered text,
// computed here from the file (not by the app), a real mouse drag over a
// phrase, downloads, and an independent validator of Lector's export format
// (SCHEMA.md), so the tests check the app against the documented format
// rather than against its own code.
import fs from "node:fs";
import { fixture } from "./articles.mjs";

export const STORAGE_KEY = "lector.annotations.v2";
export const COLOURS = ["yellow", "blue", "pink", "green", "purple"];
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const RFC3339_UTC_MS = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

/** The fixture's title and paragraphs (plain text: no Markdown inside). */
export function fixtureArticle(name = "annotate.md") {
  const source = fixture(name);
  const [, front, body] = source.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/);
  const title = front.match(/^title: (.*)$/m)[1].trim();
  const paragraphs = body.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  // The rendered text: title, then each block, separated by a blank line (ARCHITECTURE.md).
  return { source, title, paragraphs, text: [title, ...paragraphs].join("\n\n") };
}

/** Code point offsets of `phrase` in `text` (first occurrence). */
export function codePointSpan(text, phrase) {
  const at = text.indexOf(phrase);
  if (at < 0) throw new Error(`${phrase} not in text`);
  const start = [...text.slice(0, at)].length;
  return { start, end: start + [...phrase].length };
}

/** Serves the fixture in place of article `id` for every page of `context`. */
export async function serveFixture(context, id, name = "annotate.md") {
  await context.route(`**/data/${id}.md`, (route) =>
    route.fulfill({ status: 200, contentType: "text/markdown; charset=utf-8", body: fixture(name) }));
}

/** Selects `phrase` (inside one text block) with a real mouse drag. */
export async function dragSelect(page, phrase) {
  // The page may still be settling when the test starts to drag: the
  // highlights arrive after the text, and arriving on a page moves focus to
  // its heading (which can scroll). A drag measured before either would
  // miss, so it waits for the highlights and tries again if it missed.
  for (let tries = 0; tries < 50; tries++) {
    if (!(await page.evaluate(() => !!document.querySelector(".highlights-pending")))) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  for (let attempt = 1; ; attempt++) {
    try {
      return await dragSelectOnce(page, phrase);
    } catch (error) {
      if (attempt >= 3 || !String(error.message).startsWith("dragged over")) throw error;
      await page.evaluate(() => getSelection().removeAllRanges());
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }
}

async function dragSelectOnce(page, phrase) {
  const box = await page.evaluate((phrase) => {
    const block = [...document.querySelectorAll("article.reader [data-start]")].find((b) => b.textContent.includes(phrase));
    if (!block) throw new Error(`no block holds ${phrase}`);
    block.scrollIntoView({ block: "center" });
    const at = block.textContent.indexOf(phrase);
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    let seen = 0;
    const points = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const len = node.data.length;
      for (const [want, key] of [[at, "start"], [at + phrase.length - 1, "last"]]) {
        if (!points[key] && want >= seen && want < seen + len) points[key] = [node, want - seen];
      }
      seen += len;
    }
    const rectOf = ([node, offset]) => {
      const r = document.createRange();
      // Code units: a character may be two (emoji); take the whole character.
      const size = node.data.codePointAt(offset) > 0xffff ? 2 : 1;
      r.setStart(node, offset);
      r.setEnd(node, offset + size);
      return r.getBoundingClientRect();
    };
    const a = rectOf(points.start);
    const b = rectOf(points.last);
    return { x1: a.left + 1, y1: a.top + a.height / 2, x2: b.right - 1, y2: b.top + b.height / 2 };
  }, phrase);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 4 });
  await page.mouse.move(box.x2, box.y2, { steps: 4 });
  await page.mouse.up();
  const selected = await page.evaluate(() => String(getSelection()));
  if (selected.trim() !== phrase) throw new Error(`dragged over "${selected}", wanted "${phrase}"`);
}

/** Clicks `locator` and returns the downloaded file's name and text. */
export async function download(page, locator) {
  const [file] = await Promise.all([page.waitForEvent("download"), locator.click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: fs.readFileSync(path, "utf8") };
}

/** Checks a Lector JSON export against SCHEMA.md and the article's text; returns its annotations. */
export function validateLectorFile(json, articles) {
  const problems = [];
  const check = (ok, what) => { if (!ok) problems.push(what); };
  check(json.schema === "lector-annotations", "schema");
  check(json.version === 2, "version");
  check(Array.isArray(json.annotations), "annotations is a list");
  check(!("deleted" in json) || Array.isArray(json.deleted), "deleted");
  const ids = new Set();
  for (const [i, a] of (json.annotations ?? []).entries()) {
    const at = `annotation ${i + 1}`;
    check(UUID_V4.test(a.id), `${at}: id ${a.id} is a lowercase v4 UUID`);
    check(!ids.has(a.id), `${at}: id unique`);
    ids.add(a.id);
    for (const field of ["created", "modified"]) {
      check(RFC3339_UTC_MS.test(a[field]) && !Number.isNaN(Date.parse(a[field])), `${at}: ${field} ${a[field]}`);
    }
    check(Date.parse(a.modified) >= Date.parse(a.created), `${at}: modified not before created`);
    check(typeof a.body?.note === "string" || a.body?.note === undefined, `${at}: note`);
    check(a.body?.tags === undefined || (Array.isArray(a.body.tags) && a.body.tags.every((t) => typeof t === "string")), `${at}: tags`);
    check(a.body?.colour === undefined || COLOURS.includes(a.body.colour), `${at}: colour ${a.body?.colour}`);
    const { exact, prefix, suffix } = a.target?.quote ?? {};
    const { start, end } = a.target?.position ?? {};
    check(typeof exact === "string" && exact.length > 0, `${at}: quote.exact`);
    check(Number.isInteger(start) && Number.isInteger(end) && start <= end, `${at}: position`);
    check([...exact].length === end - start, `${at}: position counts code points (${end - start} vs ${[...exact].length})`);
    const text = articles[a.article];
    if (text !== undefined) {
      const chars = [...text];
      check(chars.slice(start, end).join("") === exact, `${at}: the text at ${start}..${end} is the quote`);
      check(chars.slice(Math.max(0, start - 32), start).join("") === prefix, `${at}: prefix is the 32 characters before`);
      check(chars.slice(end, end + 32).join("") === suffix, `${at}: suffix is the 32 characters after`);
    }
  }
  if (problems.length) throw new Error("invalid Lector export:\n  " + problems.join("\n  "));
  return json.annotations;
}

/** Checks a W3C Web Annotation export (JSON-LD AnnotationCollection); returns its items. */
export function validateW3cFile(json, articles) {
  const problems = [];
  const check = (ok, what) => { if (!ok) problems.push(what); };
  check(json["@context"] === "http://www.w3.org/ns/anno.jsonld", "@context");
  check(json.type === "AnnotationCollection", "type");
  const items = json.first?.items ?? [];
  check(json.total === items.length, "total");
  for (const [i, item] of items.entries()) {
    const at = `item ${i + 1}`;
    check(item.type === "Annotation", `${at}: type`);
    check(/^urn:uuid:/.test(item.id) && UUID_V4.test(item.id.slice(9)), `${at}: id`);
    // target.source is the article's IRI, or (since schema 2) the article described with it as `id`.
    const source = typeof item.target?.source === "string" ? item.target.source : item.target?.source?.id;
    // Since issue 15 the source is the story's stable IRI; the app's address of it is the scope.
    const scope = typeof item.target?.scope === "string" ? item.target.scope : item.target?.scope?.id;
    const article = Object.keys(articles).find((id) => source?.endsWith(id) || scope?.endsWith(`/article/${id}`));
    check(article, `${at}: target.source names the article`);
    const quote = item.target?.selector?.find((s) => s.type === "TextQuoteSelector");
    const position = item.target?.selector?.find((s) => s.type === "TextPositionSelector");
    check(quote && position, `${at}: both selectors`);
    if (quote && position && article) {
      check([...articles[article]].slice(position.start, position.end).join("") === quote.exact, `${at}: position matches quote`);
    }
  }
  if (problems.length) throw new Error("invalid W3C export:\n  " + problems.join("\n  "));
  return items;
}

/** The stored store, parsed (null when nothing is stored). */
export async function stored(page) {
  const raw = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
  return raw === null ? null : JSON.parse(raw);
}

/**
 * What marks an element apart from its hue, read from its computed style, in
 * the page: `cue` is every pattern property with the colours taken out (two
 * elements with equal `cue` look the same to a reader who cannot tell hues
 * apart); `base` is the background colour, `text` the text colour and
 * `inks` the colours the pattern is drawn in, composited over the base.
 */
export async function cueOf(locator) {
  // No focus ring, flash or hover may stand in for the pattern.
  await locator.page().mouse.move(1, 1);
  await locator.page().evaluate(() => {
    document.activeElement?.blur();
    for (const el of document.querySelectorAll(".flash")) el.classList.remove("flash");
  });
  return locator.first().evaluate((el) => {
    const s = getComputedStyle(el);
    const COLOUR = /rgba?\([^)]*\)|transparent/g;
    const parse = (c) => {
      if (c === "transparent") return [0, 0, 0, 0];
      const [r, g, b, a = 1] = c.match(/[\d.]+/g).map(Number);
      return [r, g, b, a];
    };
    const base = parse(s.backgroundColor);
    const over = ([r, g, b, a]) => [r, g, b].map((v, i) => Math.round(v * a + base[i] * (1 - a)));
    const none = (v) => !v || v === "none";
    const outline = s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0;
    const borders = ["Top", "Right", "Bottom", "Left"]
      .map((side) => (parseFloat(s[`border${side}Width`]) > 0 ? s[`border${side}Style`] : "none"));
    const cue = {
      image: none(s.backgroundImage) ? "none" : s.backgroundImage.replace(COLOUR, "").replace(/\s+/g, " "),
      shadow: none(s.boxShadow) ? "none" : s.boxShadow.replace(COLOUR, "").trim(),
      outline: outline ? `${s.outlineStyle} ${s.outlineWidth} offset ${s.outlineOffset}` : "none",
      decoration: none(s.textDecorationLine) ? "none" : `${s.textDecorationLine} ${s.textDecorationStyle}`,
      border: borders.join(" "),
    };
    const inks = [
      ...(none(s.backgroundImage) ? [] : s.backgroundImage.match(COLOUR) ?? []),
      ...(none(s.boxShadow) ? [] : s.boxShadow.match(COLOUR) ?? []),
      ...(outline ? [s.outlineColor] : []),
    ].map((c) => over(parse(c)));
    return { cue: JSON.stringify(cue), base: base.slice(0, 3), text: parse(s.color).slice(0, 3), inks };
  });
}

/** WCAG contrast ratio of two sRGB colours ([r, g, b], 0–255). */
export function contrast(a, b) {
  const lum = (c) => {
    const [r, g, bl] = c.map((v) => {
      const x = v / 255;
      return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
