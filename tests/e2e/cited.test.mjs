// Who is cited, right (issue 11), end to end against the release build: the
// AP article's "Who is cited" names each source once; a source steps through
// where it is cited (mouse and keyboard); the reader's corrections change the
// highlights, the legend and the profile alike, are marked as the reader's,
// survive a reload, and travel in "Export all" to a fresh profile.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, servedBuild } from "./harness.mjs";
import { bundledArticles } from "./articles.mjs";
import { dragSelect, download } from "./annotations.mjs";

let server, browser;
servedBuild((started) => ({ server, browser } = started));

/** The AP report (outlet AP, the sample the issue names). */
const ap = () => bundledArticles().find((a) => a.outlet === "AP");

async function openArticle(page, id) {
  await page.goto(`${server.url}#/article/${id}`);
  // The app's own reader (its legend), not the pre-rendered page.
  await page.waitForSelector(".legend .legend-toggle");
  await page.waitForSelector(".corrections-panel");
}

/** What the reader sees for one cue kind: distinct highlights in the text,
 * the legend's count, the profile's count ("…, N in all"). */
async function countsOf(page, kind) {
  return page.evaluate((kind) => {
    const marks = new Set([...document.querySelectorAll(`article.reader [data-hedge="${kind}"]`)].map((e) => e.dataset.cue));
    const legend = Number(document.querySelector(`.legend-toggle[data-layer="${kind}"] .legend-count`).textContent);
    const row = document.querySelector(`.profile-row[data-kind="${kind}"]`)?.textContent ?? "";
    const profile = Number((row.match(/(\d+) in all/) ?? [])[1]);
    return { marks: marks.size, legend, profile };
  }, kind);
}

test("the AP article's panel lists William Burns once and Sean Savett once", async () => {
  const { page, context, problems } = await openPage(browser);
  await openArticle(page, ap().id);
  const names = await page.locator(".source-list .source-step .source-name").allInnerTexts();
  for (const who of ["William Burns", "Sean Savett"]) {
    assert.equal(names.filter((n) => n === who).length, 1, `${who} in ${names.join(" | ")}`);
    const count = await page.locator(`.source-step[data-source="${who}"] .legend-count`).innerText();
    assert.equal(count, "×1", `${who} is cited once`);
  }
  assert.ok(names.some((n) => /familiar with the matter|officials/i.test(n)), `unnamed sources listed by description: ${names}`);
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});

test("a source steps through where it is cited, with the mouse and the keyboard", async () => {
  const { page, context, problems } = await openPage(browser);
  await openArticle(page, ap().id);
  const counts = await page.locator(".source-step .legend-count").allInnerTexts();
  const index = counts.findIndex((c) => Number(c.slice(1)) >= 2);
  assert.ok(index >= 0, `a source cited twice or more: ${counts}`);
  const n = Number(counts[index].slice(1));
  const button = page.locator(".source-step").nth(index);
  const item = page.locator(".source-item").nth(index);
  const focusedCue = () => page.evaluate(() => document.activeElement?.closest("[data-cue]")?.dataset.cue ?? null);

  await button.click();
  await page.waitForFunction(() => document.activeElement?.closest("article.reader [data-cue]"));
  assert.equal(await item.locator(".source-position").innerText(), `1 of ${n}`);
  const first = await focusedCue();
  assert.ok(await page.locator(`[data-cue="${first}"].flash`).count() > 0, "the place flashes");

  await button.click();
  assert.equal(await item.locator(".source-position").innerText(), `2 of ${n}`);
  const second = await focusedCue();
  assert.notEqual(second, first, "the next place is another highlight");

  // Keyboard: Enter on the source, then s (next) and S (previous) from the text.
  await button.focus();
  await page.keyboard.press("Enter");
  assert.equal(await item.locator(".source-position").innerText(), `${n >= 3 ? 3 : 1} of ${n}`);
  await page.keyboard.press("s");
  await page.keyboard.press("Shift+S");
  assert.equal(await item.locator(".source-position").innerText(), `${n >= 3 ? 3 : 1} of ${n}`);
  await page.keyboard.press("Shift+S");
  assert.equal(await item.locator(".source-position").innerText(), `${n >= 3 ? 2 : n} of ${n}`);
  assert.ok(await focusedCue(), "focus is on the place in the text");
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});

test("a dismissed cue stays dismissed after reload, marked as the reader's, with counts that agree", async () => {
  const { page, context, problems } = await openPage(browser);
  const id = ap().id;
  await openArticle(page, id);
  const kind = "uncertainty";
  const before = await countsOf(page, kind);
  assert.ok(before.marks > 0 && before.legend === before.marks && before.profile === before.marks, JSON.stringify(before));

  const cue = page.locator(`article.reader [data-hedge="${kind}"]:not(.cont-start)`).first();
  const words = await cue.innerText();
  await cue.click();
  await page.getByRole("dialog", { name: "About this highlight" }).getByRole("button", { name: "Not a cue" }).click();

  const check = async (when) => {
    await page.waitForSelector(".dismissed");
    const after = await countsOf(page, kind);
    assert.deepEqual(after, { marks: before.marks - 1, legend: before.marks - 1, profile: before.marks - 1 }, when);
    const mark = page.locator(`.dismissed[data-dismissed="${kind}"]`);
    assert.equal(await mark.innerText(), words, `${when}: the dismissed words are marked`);
    assert.match(await mark.getAttribute("title"), /^Your correction: Not a cue/, when);
    const listed = page.locator(".corrections-panel .correction-item");
    assert.equal(await listed.count(), 1, when);
    const label = (await page.locator(`.legend-toggle[data-layer="${kind}"] .swatch`).innerText()).trim();
    assert.ok((await listed.innerText()).includes(`Not a cue (${label})`), `${when}: listed with the legend's name`);
  };
  await check("right away");
  await page.reload();
  await openArticle(page, id);
  await check("after reload");

  // Remove it: the analyzer's cue is back, and so are the counts.
  await page.locator(".corrections-panel .remove-correction").click();
  await page.waitForSelector(".dismissed", { state: "detached" });
  assert.deepEqual(await countsOf(page, kind), before);
  await page.getByRole("button", { name: "Undo removal" }).click();
  await page.waitForSelector(".dismissed");
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});

test("a missed attribution marked on a selection is cited, marked as the reader's, and survives export and import into a fresh profile", async () => {
  const article = ap();
  const { page, context, problems } = await openPage(browser);
  await openArticle(page, article.id);
  // Words of the first paragraph that no source is credited with.
  const phrase = article.paragraphs[0].split(" ").slice(2, 5).join(" ");
  await dragSelect(page, phrase);
  await page.waitForFunction(() => /Selected:/.test(document.querySelector(".mark-missed-quote")?.textContent ?? ""));
  await page.selectOption(".missed-kind", "named_source");
  await page.fill(".missed-source", "Invented Desk");
  await page.getByRole("button", { name: "Mark", exact: true }).click();
  const cited = page.locator('.source-step[data-source="Invented Desk"]');
  await cited.waitFor();
  assert.equal(await cited.locator(".legend-count").innerText(), "×1");
  const marked = page.locator('article.reader .corrected[data-attribution="Invented Desk"]');
  assert.ok(await marked.count() > 0, "drawn as the reader's correction");
  assert.match(await marked.first().getAttribute("title"), /^Your correction: Missed attribution: Invented Desk/);

  await page.selectOption("#export-format", "lector");
  const file = await download(page, page.getByRole("button", { name: "Export all" }));
  const json = JSON.parse(file.text);
  assert.equal(json.corrections.length, 1);
  assert.deepEqual([json.corrections[0].fix, json.corrections[0].new, json.corrections[0].exact], ["add_attribution", "Invented Desk", phrase]);
  await page.selectOption("#export-format", "w3c");
  const w3c = await download(page, page.getByRole("button", { name: "Export all" })).catch(() => null);
  assert.ok(!w3c || !w3c.text.includes("Invented Desk"), "the W3C export leaves corrections out");
  await context.close();

  const fresh = await openPage(browser);
  await openArticle(fresh.page, article.id);
  assert.equal(await fresh.page.locator('.source-step[data-source="Invented Desk"]').count(), 0, "a fresh profile has none");
  await fresh.page.setInputFiles("input.import-file", { name: file.name, mimeType: "application/json", buffer: Buffer.from(file.text) });
  await fresh.page.locator('.source-step[data-source="Invented Desk"]').waitFor();
  assert.ok(await fresh.page.locator('article.reader .corrected[data-attribution="Invented Desk"]').count() > 0);
  assert.match(await fresh.page.locator(".correction-status").innerText(), /1 correction added/);
  assert.deepEqual([...problems.pageErrors, ...fresh.problems.pageErrors], []);
  await fresh.context.close();
});
