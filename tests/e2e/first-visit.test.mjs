// Text first (issue 13): the library and every article, with its
// highlights, are in the page's HTML, so a reader sees them before any
// WebAssembly arrives; the app then takes over without moving anything. The WebAssembly is held back by the
// test until it chooses to let it through.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, servedBuild } from "./harness.mjs";
import { bundledArticles } from "./articles.mjs";

let server, browser;
const articles = bundledArticles();
const PHONE = { width: 412, height: 823 };
const DESKTOP = { width: 1280, height: 800 };
/** Narrow enough that the header's search box wraps to its own line. */
const SMALL_PHONE = { width: 390, height: 844 };

servedBuild((started) => ({ server, browser } = started));

/** A paragraph written without Markdown syntax, so its text is the file's. */
function plainParagraph(article) {
  return article.paragraphs.find((p) => !/[*_`[\]<>#|\\]/.test(p) && !/^\d+\./.test(p) && p.length > 40);
}

/** Opens `hash` with the WebAssembly held back; `release()` lets it through. */
async function openHeld(viewport, hash) {
  const { page, problems } = await openPage(browser, await browser.newContext({ viewport }));
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route("**/*.wasm", async (route) => { await held; await route.continue(); });
  await page.goto(server.url + hash);
  return { page, problems, release };
}

const rect = (page, selector) => page.locator(selector).first().evaluate((el) => {
  const r = el.getBoundingClientRect();
  return { top: r.top, left: r.left, width: r.width };
});

test("every article's text is in the page's HTML before any script runs", async () => {
  const html = await (await fetch(server.url)).text();
  const text = html.replace(/<[^>]+>/g, "").replace(/&quot;/g, "\"").replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  for (const article of articles) {
    assert.ok(text.includes(article.title), `${article.id}: headline`);
    const paragraph = plainParagraph(article);
    if (paragraph) assert.ok(text.includes(paragraph), `${article.id}: "${paragraph.slice(0, 40)}…"`);
  }
});

test("a deep link shows its article's text while the WebAssembly is still on its way", async () => {
  for (const article of articles) {
    const { page, release } = await openHeld(PHONE, `#/article/${article.id}`);
    await page.locator(".article-title").filter({ visible: true }).waitFor();
    assert.equal((await page.locator(".article-title:visible").textContent()).trim(), article.title, article.id);
    const paragraph = plainParagraph(article);
    if (paragraph) await page.locator(".article-text p:visible", { hasText: paragraph.slice(0, 60) }).waitFor();
    assert.match(await page.locator(".prerender-status:visible").textContent(), /coming/i, "says what is still coming");
    assert.ok(await page.locator(".article-text:visible .entity").count() > 0, "names are highlighted already");
    assert.equal(await page.locator("article.reader").count(), 0, "the app's reader is not there yet");
    assert.equal(await page.title(), `${article.title} · Lector`);
    release();
    await page.context().close();
  }
});

test("the library's links work before the WebAssembly arrives", async () => {
  const [article] = articles;
  const { page, release } = await openHeld(PHONE, "");
  await page.getByRole("link", { name: article.title, exact: true }).click();
  await page.locator(`[data-prerender="article:${article.id}"]`).filter({ visible: true }).waitFor();
  await page.locator(".back-link:visible").click();
  await page.locator(".library:visible").waitFor();
  release();
  await page.context().close();
});

test("nothing moves and no text or highlight changes when the app takes over", async () => {
  for (const viewport of [SMALL_PHONE, PHONE, DESKTOP]) {
    for (const article of articles) {
      const { page, problems, release } = await openHeld(viewport, `#/article/${article.id}`);
      await page.locator(".article-text p:visible").first().waitFor();
      const before = {
        title: await rect(page, ".article-title:visible"),
        paragraph: await rect(page, ".article-text p:visible"),
        text: await page.locator(".article-text:visible").textContent(),
      };
      const highlights = await page.locator(".article-text:visible .entity, .article-text:visible .cue").count();
      release();
      await page.locator("article.reader .article-text .entity").first().waitFor({ timeout: 30000 });
      assert.equal(await page.locator(".prerender-status").count(), 0, "the notice goes when highlights come");
      assert.equal(await page.locator(".article-text").count(), 1, "one copy of the article");
      const after = {
        title: await rect(page, ".article-title"),
        paragraph: await rect(page, ".article-text p"),
        text: await page.locator(".article-text").textContent(),
      };
      const where = `${article.id} at ${viewport.width}px`;
      for (const part of ["title", "paragraph"]) {
        for (const side of ["top", "left", "width"]) {
          assert.ok(Math.abs(before[part][side] - after[part][side]) < 1,
            `${where}: the ${part} moved (${side} ${before[part][side]} → ${after[part][side]})`);
        }
      }
      assert.equal(after.text, before.text, `${where}: the app shows the pre-rendered text`);
      assert.equal(await page.locator(".article-text .entity, .article-text .cue").count(), highlights,
        `${where}: the app draws the highlights that were pre-rendered`);
      assert.deepEqual(problems.pageErrors, []);
      await page.context().close();
    }
  }
});
