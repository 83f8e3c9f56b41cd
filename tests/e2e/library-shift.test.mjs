// No layout shift when the app takes over the library (issue 13): the
// pre-rendered library draws what the app's library draws above and among
// its list (the header's search box, "Add article", the links across the
// library, the filters), so the article cards a reader sees while the
// WebAssembly is on its way stay where they are when the app swaps in, and
// once it has indexed the library for search. The WebAssembly is held back
// by the test until it chooses to let it through.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, servedBuild } from "./harness.mjs";
import { bundledArticles } from "./articles.mjs";

let server, browser;
const articles = bundledArticles();
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
/** Cards measured: the ones on screen on a phone, and a few more. */
const CARDS = 4;

servedBuild((started) => ({ server, browser } = started));

/** Where the library's heading and the first cards' titles are, by title. */
async function positions(page) {
  return page.evaluate((cards) => {
    const shown = (el) => el.getClientRects().length > 0;
    const box = (el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, left: r.left, width: r.width, height: r.height };
    };
    const library = [...document.querySelectorAll(".library")].find(shown);
    const titles = [...library.querySelectorAll(".article-card-title")].slice(0, cards);
    return {
      heading: box(library.querySelector("h1")),
      ...Object.fromEntries(titles.map((t) => [t.textContent, box(t)])),
    };
  }, CARDS);
}

function assertSame(before, after, where) {
  assert.deepEqual(Object.keys(after), Object.keys(before), `${where}: the same cards, in the same order`);
  for (const [part, was] of Object.entries(before)) {
    for (const side of ["top", "left", "width", "height"]) {
      assert.ok(Math.abs(was[side] - after[part][side]) <= 1.5,
        `${where}: "${part}" moved (${side} ${was[side]} → ${after[part][side]})`);
    }
  }
}

test("the library's cards do not move when the app takes over, nor when it has indexed the library", async () => {
  for (const viewport of [PHONE, DESKTOP]) {
    const { page, problems } = await openPage(browser, await browser.newContext({ viewport }));
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await page.route("**/*.wasm", async (route) => { await held; await route.continue(); });
    await page.goto(server.url);
    await page.locator("#prerendered .library").filter({ visible: true }).waitFor();
    // Web fonts, if any, are in before the first measurement.
    await page.evaluate(() => document.fonts.ready);
    const prerendered = await positions(page);
    const labels = () => page.locator(".library-filters label").allTextContents();
    const prerenderedLabels = await labels();
    assert.equal(Object.keys(prerendered).length, Math.min(CARDS, articles.length) + 1, "the cards are drawn");
    release();
    await page.locator("#app .library").waitFor({ timeout: 30000 });
    assert.equal(await page.locator("#prerendered").count(), 0, "the pre-rendered page is gone");
    const where = `${viewport.width}px`;
    assertSame(prerendered, await positions(page), `${where}, when the app takes over`);
    // Indexing for search fills in the filters' counts, which the
    // pre-render drew from the same articles.
    await page.waitForFunction((want) => JSON.stringify([...document.querySelectorAll(".library-filters label")]
      .map((l) => l.textContent)) === want, JSON.stringify(prerenderedLabels), { timeout: 30000 });
    // A card's "Same story as" line moves the cards below it, so those
    // after the first such line are left out.
    const indexed = await positions(page);
    const upTo = await page.locator(".library .article-card").evaluateAll((cards) => {
      const first = cards.findIndex((card) => card.querySelector(".same-story"));
      return first < 0 ? cards.length : first + 1;
    });
    const kept = (all) => Object.fromEntries(Object.entries(all).slice(0, 1 + upTo));
    assertSame(kept(prerendered), kept(indexed), `${where}, once the library is indexed`);
    assert.deepEqual(problems.pageErrors, []);
    await page.context().close();
  }
});
