// The library as a corpus (issue 16) end to end, in headless Chromium
// against the release build: search from the keyboard and opening a result
// at its passage, the entity index, the filters in the address, and the
// annotations view; accessibility and phone width of the new pages.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, servedBuild } from "./harness.mjs";
import { bundledArticles } from "./articles.mjs";
import { STORAGE_KEY } from "./annotations.mjs";
import { runAxe } from "./a11y.mjs";

let server, browser;
const articles = bundledArticles();
// Found from the files, not from the app: the article whose title names
// North Korea, and the AP story.
const northKorea = articles.find((a) => /North Korea/.test(a.title));
const ap = articles.find((a) => a.outlet === "AP");

servedBuild((started) => ({ server, browser } = started));

async function open(hash, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true, ...options });
  const opened = await openPage(browser, context);
  await opened.page.goto(`${server.url}${hash}`);
  await opened.page.waitForSelector("#search-input");
  return opened;
}

/** Waits until every article is indexed (the progress bar is gone). */
async function indexed(page) {
  await page.waitForFunction(() => !document.querySelector(".search-progress progress"), null, { timeout: 30000 });
}

test("'/' then 'Kirby' from the library lists the North Korea article; opening it shows the passage", async () => {
  const { page, context, problems } = await open("#/");
  await page.waitForSelector(".article-list");
  await indexed(page);
  await page.locator("body").click({ position: { x: 5, y: 300 } });
  await page.keyboard.press("/");
  assert.equal(await page.evaluate(() => document.activeElement?.id), "search-input");
  await page.keyboard.type("Kirby");
  const hit = page.locator(`.site-search .search-hit[data-article-id="${northKorea.id}"]`);
  await hit.waitFor();
  assert.match(await hit.locator("mark.search-match").first().textContent(), /^Kirby$/i);
  await hit.locator("a.search-hit-title").click();
  await page.waitForURL(new RegExp(`#/article/${northKorea.id}\\?at=\\d+-\\d+`));
  const flashed = page.locator("article.reader .passage-flash");
  await flashed.waitFor({ timeout: 10000 });
  assert.match(await flashed.textContent(), /Kirby/);
  const inView = await flashed.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.bottom > 0 && r.top < window.innerHeight;
  });
  assert.ok(inView, "the passage is scrolled into view");
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});

test("a phrase in quotes finds only the words in that order", async () => {
  const { page, context } = await open("#/");
  await indexed(page);
  await page.fill("#filter-q", "\"John Kirby\"");
  await page.waitForURL(/q=/);
  const ids = await page.locator(".library .search-hit").evaluateAll((els) => els.map((e) => e.dataset.articleId));
  const expected = articles.filter((a) => a.paragraphs.join(" ").includes("John Kirby")).map((a) => a.id).sort();
  assert.deepEqual([...ids].sort(), expected);
  await page.fill("#filter-q", "\"Kirby John\"");
  await page.waitForFunction(() => document.querySelectorAll(".library .search-hit").length === 0);
  await context.close();
});

test("the entity index lists John Kirby once, with his articles and mentions linking to their place", async () => {
  const { page, context } = await open("#/entities?kind=PER");
  await indexed(page);
  const rows = page.locator("tr[data-entity]");
  await rows.first().waitFor();
  const names = await rows.evaluateAll((els) => els.map((e) => e.dataset.entity));
  const kirbys = names.filter((n) => /Kirby/.test(n));
  assert.deepEqual(kirbys, ["John Kirby"]);
  await page.getByRole("link", { name: "John Kirby", exact: true }).click();
  const mentions = page.locator(".entity-mentions .search-hit");
  await mentions.first().waitFor();
  const linked = await mentions.evaluateAll((els) => [...new Set(els.map((e) => e.dataset.articleId))]);
  const withKirby = articles.filter((a) => a.paragraphs.join(" ").includes("Kirby")).map((a) => a.id);
  assert.deepEqual(linked.sort(), withKirby.sort());
  assert.match(await mentions.first().locator("a").getAttribute("href"), /#\/article\/.+\?at=\d+-\d+/);
  await context.close();
});

/** The kept corpus record of article `id` in IndexedDB, parsed (or null). */
function keptRecord(page, id) {
  return page.evaluate((id) => new Promise((resolve, reject) => {
    const opened = indexedDB.open("lector-corpus");
    opened.onerror = () => reject(opened.error);
    opened.onsuccess = () => {
      const db = opened.result;
      if (!db.objectStoreNames.contains("records")) { db.close(); return resolve(null); }
      const get = db.transaction("records").objectStore("records").get(id);
      get.onsuccess = () => { db.close(); resolve(get.result ? JSON.parse(get.result) : null); };
      get.onerror = () => reject(get.error);
    };
  }), id);
}

/** Replaces the kept record of article `id` with `record`, as a damaged or
 * stale store would hold it. */
function putKeptRecord(page, id, record) {
  return page.evaluate(([id, raw]) => new Promise((resolve, reject) => {
    const opened = indexedDB.open("lector-corpus");
    opened.onerror = () => reject(opened.error);
    opened.onsuccess = () => {
      const db = opened.result;
      const tx = db.transaction("records", "readwrite");
      tx.objectStore("records").put(raw, id);
      tx.oncomplete = () => { db.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  }), [id, JSON.stringify(record)]);
}

test("each article is analysed once: a reload reads the kept analysis back instead of analysing again", async () => {
  const { page, context } = await open("#/");
  await indexed(page);
  // Kept records appear as the articles are indexed (written just after).
  let kept = null;
  for (let tries = 0; !(kept = await keptRecord(page, northKorea.id)); tries++) {
    assert.ok(tries < 50, "a record is kept for the article");
    await page.waitForTimeout(200);
  }
  const kirby = kept.entities.entities.find((e) => e.name === "John Kirby");
  assert.ok(kirby, "the kept record holds the article's entities");
  // Renamed in the record only: if the reload shows the new name, it read the
  // record; had it analysed the text again, it would show "John Kirby".
  kirby.name = "Jonathan Kept-Record";
  kirby.names = ["Jonathan Kept-Record"];
  await putKeptRecord(page, northKorea.id, kept);
  await page.goto(`${server.url}#/entities?kind=PER`);
  await page.reload();
  await indexed(page);
  const rows = page.locator("tr[data-entity]");
  await rows.first().waitFor();
  const names = await rows.evaluateAll((els) => els.map((e) => e.dataset.entity));
  assert.ok(names.includes("Jonathan Kept-Record"), names.join(", "));
  // A record made by another analysis is not trusted: the article is analysed again.
  await putKeptRecord(page, northKorea.id, { ...kept, analysis: "an older analysis" });
  await page.reload();
  await indexed(page);
  await rows.first().waitFor();
  const again = await rows.evaluateAll((els) => els.map((e) => e.dataset.entity));
  assert.ok(again.includes("John Kirby") && !again.includes("Jonathan Kept-Record"), again.join(", "));
  // ...and kept anew.
  for (let tries = 0; (await keptRecord(page, northKorea.id))?.analysis === "an older analysis"; tries++) {
    assert.ok(tries < 50, "the record made by another analysis is replaced");
    await page.waitForTimeout(200);
  }
  await context.close();
});

test("the anonymous-sources filter keeps the AP story, is in the address and survives a reload", async () => {
  const { page, context } = await open("#/");
  await indexed(page);
  await page.check("#filter-anonymous");
  await page.waitForURL(/anonymous=1/);
  const listed = () => page.locator(".library .article-card").evaluateAll((els) => els.map((e) => e.dataset.articleId));
  await page.waitForSelector(`.library .article-card[data-article-id="${ap.id}"]`);
  const before = await listed();
  // As many as the filter's own count says cite anonymous sources.
  const counted = Number((await page.locator('label[for="filter-anonymous"]').textContent()).match(/\((\d+)\)/)[1]);
  assert.equal(before.length, counted);
  await page.reload();
  await indexed(page);
  await page.waitForSelector(`.library .article-card[data-article-id="${ap.id}"]`);
  assert.ok(await page.isChecked("#filter-anonymous"));
  assert.deepEqual(await listed(), before);
  await page.goBack();
  await page.waitForFunction(() => !location.hash.includes("anonymous"));
  await context.close();
});

test("a note's tag finds it in the annotations view, linking to its place; an orphan is marked", async () => {
  const annotation = (id, exact, tags, note) => ({
    id, article: ap.id, created: "2026-01-02T03:04:05.000Z", modified: "2026-01-02T03:04:05.000Z",
    body: { note, tags, colour: "pink" },
    target: { quote: { exact, prefix: "", suffix: "" } },
  });
  const value = JSON.stringify({ schema: "lector-annotations", version: 1, annotations: [
    annotation("6f1c2a3b-8d4e-4f5a-9b6c-7d8e9f0a1b21", "two people familiar with the matter", ["check-this"], "who are they?"),
    annotation("6f1c2a3b-8d4e-4f5a-9b6c-7d8e9f0a1b22", "A sentence no article has ever had in it.", ["other"], "gone"),
  ] });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
  await context.addInitScript(([key, value]) => {
    if (!localStorage.getItem("test.seeded")) {
      localStorage.setItem(key, value);
      localStorage.setItem("test.seeded", "1");
    }
  }, [STORAGE_KEY, value]);
  const { page } = await openPage(browser, context);
  await page.goto(`${server.url}#/annotations`);
  await indexed(page);
  await page.selectOption("#annotation-tag", "check-this");
  await page.waitForURL(/tag=check-this/);
  const items = page.locator(".annotation-result");
  await page.waitForFunction(() => document.querySelectorAll(".annotation-result").length === 1);
  assert.match(await items.first().textContent(), /who are they\?/);
  assert.match(await items.first().locator("a").getAttribute("href"),
    new RegExp(`#/article/${ap.id}\\?annotation=6f1c2a3b-8d4e-4f5a-9b6c-7d8e9f0a1b21`));
  await page.selectOption("#annotation-tag", "");
  await page.waitForFunction(() => document.querySelectorAll(".annotation-result").length === 2);
  const orphan = page.locator('.annotation-result[data-annotation-id="6f1c2a3b-8d4e-4f5a-9b6c-7d8e9f0a1b22"]');
  await orphan.locator(".annotation-orphan").waitFor();
  await context.close();
});

test("the new pages have no axe violations and no horizontal scroll at 390 px", async () => {
  for (const hash of ["#/?anonymous=1&q=kirby", "#/entities", `#/entities?name=John%20Kirby`, "#/annotations"]) {
    for (const width of [1280, 390]) {
      const { page, context } = await open(hash, { viewport: { width, height: 844 } });
      await indexed(page);
      await page.waitForTimeout(200);
      const violations = await runAxe(page);
      assert.deepEqual(violations, [], `${hash} at ${width} px`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${hash} at ${width} px scrolls sideways by ${overflow} px`);
      await context.close();
    }
  }
  // The search panel open on a phone stays inside the screen.
  const { page, context } = await open("#/", { viewport: { width: 390, height: 844 } });
  await indexed(page);
  await page.fill("#search-input", "Russia");
  await page.locator(".site-search .search-hit").first().waitFor();
  assert.deepEqual(await runAxe(page), []);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `the open search panel scrolls sideways by ${overflow} px`);
  await context.close();
});
