// Comparing versions of a story (issue 12), in headless Chromium against the
// release build: from an article, "Compare with…" opens the comparison,
// which shows the verdict, linked counterparts, shifts, and survives a
// reload; the reader marks claims found elsewhere; the comparison passes
// axe and fits a phone.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, appReady, servedBuild } from "./harness.mjs";
import { bundledArticles } from "./articles.mjs";

let server, browser;
const articles = bundledArticles();
const ap = articles.find((a) => a.id.startsWith("000_"));
const rewrite = articles.find((a) => a.id.startsWith("001_"));

servedBuild((started) => ({ server, browser } = started));

async function openComparison(page) {
  await page.goto(`${server.url}#/article/${rewrite.id}`);
  await appReady(page);
  const entry = page.locator(`.compare-with [data-compare-with="${ap.id}"] a`);
  await entry.waitFor({ timeout: 30000 });
  // AP's report is ranked first: it shares the most with the rewrite.
  await page.locator(".compare-with-status").waitFor({ state: "detached", timeout: 30000 });
  assert.equal(await page.locator(".compare-with-list li").first().getAttribute("data-compare-with"), ap.id);
  await entry.click();
  await page.locator(".compare-verdict").waitFor({ timeout: 30000 });
}

async function assertComparison(page) {
  const verdict = await page.locator(".compare-verdict").textContent();
  assert.match(verdict, /^\d+% of this article restates AP's report/, verdict);
  assert.match(verdict, /AP is credited only in a closing line/, verdict);
  assert.match(verdict, /\d+ hedges? changed/, verdict);
  // AP's report, the original, is shown first.
  assert.equal(await page.locator('.compare-column[data-side="first"] [data-compared-id]').getAttribute("data-compared-id"), ap.id);
  const shifts = await page.locator(".compare-shifts .shift-text").allTextContents();
  assert.ok(shifts.some((s) => /“believes” became “suspects”/.test(s)), shifts.join("\n"));
  assert.ok(await page.locator(".changed-word").count() > 0, "changed words are marked");
}

test("from 001, Compare with… opens the comparison with AP's report: verdict, pairs, shifts, reload", async () => {
  const { page, problems } = await openPage(browser);
  await openComparison(page);
  assert.match(page.url(), new RegExp(`#/compare/${rewrite.id}/${ap.id}$`));
  await assertComparison(page);

  // Hovering a pair lights it and its counterpart on the other side.
  const pair = page.locator('.compare-column[data-side="second"] [data-pair][tabindex]').first();
  const link = await pair.getAttribute("data-pair");
  await pair.hover();
  await page.locator(`.compare-column[data-side="first"] .pair-lit[data-pair="${link}"]`).first().waitFor();
  assert.equal(await page.locator(`.compare-column[data-side="second"] .pair-lit[data-pair="${link}"]`).count() > 0, true);

  // The keyboard moves pair by pair, and focus lights the pair too.
  await page.mouse.move(0, 0);
  await page.keyboard.press("j");
  const focused = await page.evaluate(() => document.activeElement?.getAttribute("data-pair"));
  assert.notEqual(focused, null, "j focuses a pair");
  await page.locator(`.compare-column[data-side="second"] .pair-lit[data-pair="${focused}"]`).first().waitFor();
  await page.keyboard.press("j");
  const next = await page.evaluate(() => document.activeElement?.getAttribute("data-pair"));
  assert.equal(Number(next), Number(focused) + 1);

  // A shift's button goes to its place.
  const shift = page.locator(".compare-shifts li", { hasText: "“believes” became “suspects”" }).first();
  await shift.locator(".shift-place").last().click();
  assert.notEqual(await page.evaluate(() => document.activeElement?.getAttribute("data-pair")), null);

  // The comparison's address survives a reload, and the back button returns.
  await page.reload();
  await page.locator(".compare-verdict").waitFor({ timeout: 30000 });
  await assertComparison(page);
  await page.goBack();
  await page.waitForSelector(`[data-article-id="${rewrite.id}"] .article-text p`);
  assert.deepEqual(problems.pageErrors, []);
});

test("a claim in 001 that AP also reports carries a marker listing AP's article and how sure it is", async () => {
  const { page, problems } = await openPage(browser);
  await page.goto(`${server.url}#/article/${rewrite.id}`);
  await appReady(page);
  const marker = page.locator(`[data-article-id="${rewrite.id}"] .elsewhere-marker`).first();
  // The button is an empty box; its icon (::before) sits in the margin.
  await marker.waitFor({ state: "attached", timeout: 30000 });
  await marker.focus();
  await page.keyboard.press("Enter");
  const card = page.getByRole("dialog", { name: "This claim elsewhere" });
  await card.waitFor();
  const item = card.locator(`[data-elsewhere-article="${ap.id}"]`).first();
  assert.match(await item.textContent(), new RegExp(ap.title.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
  assert.match(await item.locator(".elsewhere-meta").textContent(), /^AP · .+ · (asserted|hedged|anonymously sourced)$/);
  await item.locator("a").click();
  await page.locator(".compare-verdict").waitFor({ timeout: 30000 });
  assert.deepEqual(problems.pageErrors, []);
});

test("the library says which articles tell the same story", async () => {
  const { page } = await openPage(browser);
  await page.goto(server.url);
  await appReady(page);
  const line = page.locator(`.article-card[data-article-id="${rewrite.id}"] .same-story`);
  await line.waitFor({ timeout: 30000 });
  assert.match(await line.textContent(), new RegExp(`Same story as .*${ap.title.slice(0, 20)}`));
  assert.equal(await page.locator(`.article-card[data-article-id="${articles.find((a) => a.id.startsWith("004_")).id}"] .same-story`).count(), 0);
});

for (const [colorScheme, viewport] of [["light", { width: 1280, height: 900 }], ["dark", { width: 390, height: 844 }]]) {
  test(`${colorScheme}, ${viewport.width} px: the comparison has no axe violation and no sideways scroll`, async () => {
    const context = await browser.newContext({ colorScheme, viewport, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${server.url}#/compare/${rewrite.id}/${ap.id}`);
    await page.locator(".compare-verdict").waitFor({ timeout: 30000 });
    const { runAxe } = await import("./a11y.mjs");
    const found = await runAxe(page);
    assert.deepEqual(found.map((v) => `${v.id}: ${v.nodes.slice(0, 3).join(", ")}`), [], "axe");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `scrolls sideways by ${overflow} px`);
    if (viewport.width < 500) {
      // Stacked: one article at a time, a toggle for the other.
      assert.equal(await page.locator(".compare-column:visible").count(), 1);
      await page.getByRole("group", { name: "Show on this screen" }).getByRole("button").last().click();
      assert.equal(await page.locator('.compare-column[data-side="second"]:visible').count(), 1);
    }
    await context.close();
  });
}
