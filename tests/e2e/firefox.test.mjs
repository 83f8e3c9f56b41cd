// The representative flow in a second engine: Debian's Firefox ESR, driven by
// puppeteer-core over WebDriver BiDi. The library lists the articles, the
// reader shows names, cues and the sourcing profile, a name's card opens and
// a legend switch hides a type, a mouse-drag highlight is saved, survives a
// reload and is exported as a valid Lector file. (The Chromium suites use
// playwright-core's API; this file is the same user's path in Firefox.)
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launchFirefox } from "./harness.mjs";
import { bundledArticles } from "./articles.mjs";
import { dragSelect, validateLectorFile, STORAGE_KEY } from "./annotations.mjs";

let server, browser, page;
const articles = bundledArticles();
const pageErrors = [];

before(async () => {
  server = await startServer();
  browser = await launchFirefox();
  page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  page.on("pageerror", (e) => pageErrors.push(String(e)));
  // Exports are Blob downloads through a hidden link: keep what each would save
  // (the page's Content-Security-Policy rightly forbids fetching it back).
  await page.evaluateOnNewDocument(() => {
    window.__downloads = [];
    const blobs = new Map();
    const createObjectURL = URL.createObjectURL;
    URL.createObjectURL = (blob) => {
      const url = createObjectURL(blob);
      blobs.set(url, blob);
      return url;
    };
    HTMLAnchorElement.prototype.click = function () {
      if (this.download) window.__downloads.push({ name: this.download, blob: blobs.get(this.href) });
    };
  });
});
after(async () => {
  await browser?.close();
  server?.stop();
});

async function openArticle(id) {
  await page.goto(server.url + `#/article/${id}`);
  await page.waitForSelector(`[data-article-id="${id}"] .article-text p`, { timeout: 20000 });
}

/** The button inside `scope` whose text starts with `label`. */
async function button(scope, label) {
  const handle = await page.evaluateHandle((scope, label) =>
    [...document.querySelectorAll(`${scope} button`)].find((b) => b.textContent.trim().startsWith(label)), scope, label);
  const element = handle.asElement();
  assert.ok(element, `a "${label}" button in ${scope}`);
  return element;
}

test("Firefox: the library lists every bundled article by title", async () => {
  await page.goto(server.url);
  await page.waitForSelector(".article-list .article-card-title a", { timeout: 20000 });
  const titles = await page.$$eval(".article-list .article-card-title a", (as) => as.map((a) => a.textContent.trim()));
  assert.equal(titles.length, articles.length);
  for (const article of articles) assert.ok(titles.includes(article.title), `${article.title} is listed`);
});

test("Firefox: each article shows names of several types, sourcing cues and the profile", async () => {
  for (const article of articles) {
    await openArticle(article.id);
    const types = await page.$$eval("[data-entity]", (els) => [...new Set(els.map((e) => e.dataset.entity))]);
    assert.ok(types.length >= 2, `${article.id}: entity types ${types}`);
    assert.ok(await page.$("[data-cue]"), `${article.id}: some sourcing cue is marked`);
    assert.match(await page.$eval("[data-profile]", (el) => el.textContent), /of \d+/);
  }
  assert.deepEqual(pageErrors, []);
});

test("Firefox: a name's card names it, and a legend switch hides a type until switched back", async () => {
  await openArticle(articles[0].id);
  // The card lists every mention of the name clicked, this one included.
  const { group, mentions } = await page.$eval("[data-entity=PER]", (el) => ({
    group: el.dataset.entityId,
    mentions: new Set([...document.querySelectorAll(`[data-entity-id="${el.dataset.entityId}"]`)]
      .filter((e) => !e.classList.contains("cont-start")).map((e) => e)).size,
  }));
  await page.click(`[data-entity=PER][data-entity-id="${group}"]`);
  await page.waitForSelector(".highlight-popover");
  assert.equal((await page.$$(".highlight-popover .mention-list li")).length, mentions);
  assert.ok((await page.$eval(".highlight-popover .popover-title", (el) => el.textContent)).trim().length > 0);
  await page.keyboard.press("Escape");
  await page.click(".highlight-popover .popover-close").catch(() => {});

  const places = (await page.$$("[data-entity=LOC]")).length;
  assert.ok(places > 0);
  await page.click(".legend-toggle[data-layer=LOC]");
  await page.waitForFunction(() => !document.querySelector("[data-entity=LOC]"));
  assert.equal(await page.$eval(".legend-toggle[data-layer=LOC]", (el) => el.getAttribute("aria-pressed")), "false");
  await page.click(".legend-toggle[data-layer=LOC]");
  await page.waitForFunction((n) => document.querySelectorAll("[data-entity=LOC]").length === n, {}, places);
});

test("Firefox: a mouse-drag highlight is saved, survives a reload and exports as a valid Lector file", async () => {
  const id = articles[0].id;
  await openArticle(id);
  // Words from a stretch of plain text (no highlight starts or ends inside it).
  const phrase = await page.evaluate(() => {
    for (const block of document.querySelectorAll("article.reader .article-text p[data-start]")) {
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement.closest("[data-entity], [data-cue], mark")) continue;
        const words = node.data.trim().split(/\s+/);
        if (words.length >= 8) {
          const phrase = words.slice(1, 6).join(" ");
          if (block.textContent.indexOf(phrase) === block.textContent.lastIndexOf(phrase)) return phrase;
        }
      }
    }
    return null;
  });
  assert.ok(phrase, "the article has a stretch of plain text");
  await dragSelect(page, phrase);
  await page.waitForSelector(".selection-popover");
  await (await button(".selection-popover", "Highlight")).click();
  await page.waitForSelector("article.reader mark[data-annotation-id]");
  const markText = () => page.$$eval("article.reader mark[data-annotation-id]", (ms) => ms.map((m) => m.textContent).join(""));
  const strip = (t) => t.replace(/\s+/g, " ").trim();
  assert.equal(strip(await markText()), strip(phrase));
  const store = JSON.parse(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY));
  assert.equal(store.annotations.length, 1);
  assert.equal(store.annotations[0].target.quote.exact, phrase);

  await page.reload();
  await page.waitForSelector("article.reader mark[data-annotation-id]", { timeout: 20000 });
  assert.equal(strip(await markText()), strip(phrase), "the highlight is on the same words after a reload");

  await (await button(".transfer-panel, [aria-labelledby=transfer-heading]", "Export this article")).click();
  await page.waitForFunction(() => window.__downloads.length > 0);
  const { name, text } = await page.evaluate(async () => {
    const { name, blob } = window.__downloads.at(-1);
    return { name, text: await blob.text() };
  });
  assert.match(name, /\.json$/);
  const exported = validateLectorFile(JSON.parse(text), {});
  assert.deepEqual(exported.map((a) => [a.article, a.target.quote.exact]), [[id, phrase]]);
  assert.deepEqual(pageErrors, []);
});
