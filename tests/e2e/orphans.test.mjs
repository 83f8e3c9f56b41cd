// Orphans a reader can fix fast (issue 17), end to end in headless Chromium
// against the release build: annotations made on an earlier version of the
// fixture article (tests/fixtures/annotate.md), seeded in storage as that
// version would have stored them, become orphans on the current text; the
// sidebar offers places for each, likeliest first, inside their sentence;
// one click or one key attaches an orphan on the right words, and Undo
// (the notice's button, or Ctrl+Z) takes it back. The earlier version and
// the stored targets are computed here from the fixture file, not by the app.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, servedBuild } from "./harness.mjs";
import { bundledArticles } from "./articles.mjs";
import { STORAGE_KEY, fixtureArticle, codePointSpan, serveFixture, stored } from "./annotations.mjs";
import { runAxe } from "./a11y.mjs";

let server, browser;
const articleId = bundledArticles()[0].id;
const current = fixtureArticle().text;

servedBuild((started) => ({ server, browser } = started));

/** The target Lector stores for `phrase` (its `nth` copy) of `text`: the quote
 * with the 32 code points around it, and its position (SCHEMA.md). */
function targetIn(text, phrase, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(phrase, at + 1);
  if (at < 0) throw new Error(`no copy ${nth} of ${phrase}`);
  const chars = [...text];
  const start = [...text.slice(0, at)].length;
  const end = start + [...phrase].length;
  return {
    quote: { exact: phrase, prefix: chars.slice(Math.max(0, start - 32), start).join(""), suffix: chars.slice(end, end + 32).join("") },
    position: { start, end },
  };
}

/** An annotation made on `text` (an earlier version of the article). */
function annotation(n, text, phrase, nth, note) {
  return {
    id: `6f1c2a3b-8d4e-4f5a-9b6c-7d8e9f0a1b${String(n).padStart(2, "0")}`,
    article: articleId,
    created: "2026-01-02T03:04:05.000Z",
    modified: "2026-01-02T03:04:05.000Z",
    body: { note, tags: ["edited"], colour: "green" },
    target: targetIn(text, phrase, nth),
  };
}

/** A fresh profile whose storage holds `annotations`, showing the current article. */
async function openWith(annotations) {
  const value = JSON.stringify({ schema: "lector-annotations", version: 2, annotations });
  // bypassCSP: axe is injected into the page (Lector's CSP allows only its own scripts).
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
  await serveFixture(context, articleId);
  await context.addInitScript(([key, value]) => {
    if (!localStorage.getItem("test.seeded")) {
      localStorage.setItem(key, value);
      localStorage.setItem("test.seeded", "1");
    }
  }, [STORAGE_KEY, value]);
  const opened = await openPage(browser, context);
  await opened.page.goto(`${server.url}#/article/${articleId}`);
  await opened.page.waitForSelector("article.reader .article-text p");
  return opened;
}

/** The text of annotation `id` in the article (its fragments joined). */
const markText = (page, id) => page.evaluate((id) =>
  [...document.querySelectorAll(`article.reader mark[data-annotation-id="${id}"]`)].map((m) => m.textContent).join(""), id);

/** Each place offered for orphan `id`: the words marked, and the sentence shown around them. */
const offered = (page, id) => page.locator(`#orphan-${id} .reattach-place`).evaluateAll((buttons) =>
  buttons.map((b) => ({
    words: b.querySelector("mark.place-words").textContent,
    context: b.querySelector(".place-context").textContent,
    name: b.getAttribute("aria-label"),
  })));

const focusedIs = (page, selector) => page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);

test("an orphan's places are offered likeliest first in their sentences; one click attaches it on the right words, Undo takes it back", async () => {
  // The earlier version: the mayor's office "dismissed" the report. The
  // annotated "the report" is now one of three copies whose surroundings all differ.
  const earlier = current.replace(
    "The mayor’s office denied the report on Tuesday, according to two people familiar with the matter.",
    "A mayoral spokesman dismissed the report as false and malicious, two people said.");
  const orphan = annotation(1, earlier, "the report", 1, "which report?");
  const { page, context, problems } = await openWith([orphan]);
  const entry = page.locator(`#orphan-${orphan.id}`);
  await entry.waitFor();
  assert.equal(await page.locator(`article.reader mark[data-annotation-id="${orphan.id}"]`).count(), 0, "not drawn");

  const places = await offered(page, orphan.id);
  assert.ok(places.length >= 2 && places.length <= 3, `two or three places: ${JSON.stringify(places)}`);
  assert.equal(places[0].words, "the report");
  assert.equal(places[0].context, "The mayor’s office denied the report on Tuesday, according to two people familiar with the…",
    "the likeliest place first (the copy in the rewritten sentence, not the earlier one), in its sentence cut at a word");
  assert.equal(places[1].words, "the report");
  assert.match(places[1].context, /celebration was cancelled after the report\.$/);
  assert.match(places[0].name, /^Attach to “the report” in: The mayor’s office denied/, "the button says what it does");
  assert.equal(await entry.locator(".orphan-places-hint").count(), 1);
  assert.equal(await entry.getByRole("button", { name: "Re-attach to current selection" }).count(), 1, "kept");

  await entry.locator(".reattach-place").first().click();
  const mark = `article.reader mark[data-annotation-id="${orphan.id}"]`;
  await page.waitForSelector(mark);
  assert.equal(await markText(page, orphan.id), "the report");
  const paragraph = await page.locator(mark).first().evaluate((m) => m.closest("[data-start]").textContent);
  assert.match(paragraph, /^The mayor’s office denied the report on Tuesday/, "on the copy offered first");
  assert.equal(await page.locator(`#orphan-${orphan.id}`).count(), 0, "no longer listed as an orphan");
  assert.equal(await page.getByRole("heading", { name: "Orphaned" }).count(), 0);
  await page.waitForFunction((s) => document.activeElement?.matches(s), `${mark}:not(.cont-start)`);
  const [saved] = (await stored(page)).annotations;
  const words = codePointSpan(current, "denied the report");
  assert.deepEqual(saved.target.position, { start: words.start + [..."denied "].length, end: words.end },
    "stored on the current text");
  assert.equal(saved.body.note, "which report?", "note, tags and colour are kept");

  // The notice says where it went and offers Undo.
  const notice = page.locator('[data-notice="reattached"]');
  assert.match(await notice.textContent(), /Annotation attached to “the report”/);
  await notice.getByRole("button", { name: "Undo" }).click();
  await entry.waitFor();
  assert.equal(await page.locator(mark).count(), 0, "an orphan again");
  assert.deepEqual((await stored(page)).annotations[0].target.quote, orphan.target.quote, "its earlier target is back");
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});

test("with the keyboard only: 1 on an orphan attaches it, focus moves to the next orphan, Ctrl+Z takes it back; no place, no offer", async () => {
  // The earlier version had other words in two paragraphs: one orphan has a
  // place to offer, the other (a sentence rewritten whole) none.
  const earlier = current
    .replace("Residents said they had not been told.", "Some residents say they were not told.")
    .replace("The city council is expected to discuss the matter next week, officials said.",
      "Next week, the council will take up the matter, an official said.");
  const fixable = annotation(2, earlier, "Some residents say they were not told.", 0, "who?");
  const lost = annotation(3, earlier, "the council will take up the matter", 0, "when?");
  const { page, context, problems } = await openWith([fixable, lost]);
  await page.locator(`#orphan-${lost.id}`).waitFor();
  const places = await offered(page, fixable.id);
  assert.equal(places[0]?.words, "Residents said they had not been told.");
  assert.equal((await offered(page, lost.id)).length, 0);
  assert.match(await page.locator(`#orphan-${lost.id} .orphan-no-place`).textContent(), /No similar words/);
  assert.equal(await page.locator(`#orphan-${lost.id}`).getByRole("button", { name: "Re-attach to current selection" }).count(), 1);
  const violations = (await runAxe(page)).map((v) => `${v.id}: ${v.nodes.slice(0, 3).join(", ")}`);
  assert.deepEqual(violations, [], "axe finds nothing in the orphans' list");

  // From the orphan's entry, Tab to its first place (as a keyboard reader does), then press 1.
  await page.locator(`#orphan-${fixable.id}`).focus();
  for (let i = 0; i < 20 && !(await focusedIs(page, `#orphan-${fixable.id} .reattach-place`)); i++) await page.keyboard.press("Tab");
  assert.ok(await focusedIs(page, `#orphan-${fixable.id} .reattach-place`), "Tab reaches the places offered");
  await page.keyboard.press("1");
  await page.waitForSelector(`article.reader mark[data-annotation-id="${fixable.id}"]`);
  assert.equal(await markText(page, fixable.id), "Residents said they had not been told.");
  assert.equal(await page.locator(`#orphan-${fixable.id}`).count(), 0);
  await page.waitForFunction((s) => document.activeElement?.matches(s), `#orphan-${lost.id}`);

  // A digit pressed on an orphan with nothing to offer does nothing.
  await page.keyboard.press("1");
  assert.equal(await page.locator(`#orphan-${lost.id}`).count(), 1);

  await page.keyboard.press("Control+z");
  await page.locator(`#orphan-${fixable.id}`).waitFor();
  assert.equal(await page.locator(`article.reader mark[data-annotation-id="${fixable.id}"]`).count(), 0, "an orphan again");
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});
