// The reader of issue 2, in headless Chromium against the release build
// served under /lector/: library, article, deep links, history, hostile
// Markdown, theme, small screens.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, appReady, servedBuild } from "./harness.mjs";
import { bundledArticles, fixture } from "./articles.mjs";

let server, browser;
const articles = bundledArticles();

servedBuild((started) => ({ server, browser } = started));

test("the library lists every bundled article with its title, newest first and undated last", async () => {
  const { page, problems } = await openPage(browser);
  await page.goto(server.url);
  await appReady(page);
  const cards = page.locator(".article-card");
  await cards.first().waitFor();
  const titles = await page.locator(".article-card-title").allTextContents();
  assert.equal(titles.length, articles.length);
  assert.deepEqual([...titles].sort(), articles.map((a) => a.title).sort());
  const dated = articles.filter((a) => a.date).sort((a, b) => b.date.localeCompare(a.date));
  assert.deepEqual(titles.slice(0, dated.length), dated.map((a) => a.title), "dated articles first, newest first");
  // Each card states what its file states, and says so where it states nothing:
  // a reader must be able to trust that no outlet or date was made up.
  for (const article of articles) {
    const card = page.locator(`.article-card[data-article-id="${article.id}"]`);
    const outlet = (await card.locator(".outlet").textContent()).trim();
    assert.equal(outlet, article.outlet ?? "Outlet not stated", `${article.id}: outlet`);
    if (article.date) {
      assert.equal(await card.locator("time").getAttribute("datetime"), article.date, `${article.id}: date`);
      assert.equal(await card.locator(".undated").count(), 0);
    } else {
      assert.equal(await card.locator("time").count(), 0, `${article.id} states no date`);
      assert.equal((await card.locator(".undated").textContent()).trim(), "Undated");
    }
    const meta = await card.locator(".article-card-meta").textContent();
    assert.match(meta, /[1-9]\d* words/);
    assert.match(meta, /[1-9]\d* min read/);
  }
  assert.deepEqual(problems.pageErrors, []);
  await page.context().close();
});

test("an article opens from the library and shows its own text", async () => {
  const { page, problems } = await openPage(browser);
  await page.goto(server.url);
  await appReady(page);
  for (const article of articles) {
    await page.goto(server.url);
    await page.getByRole("link", { name: article.title, exact: true }).click();
    await page.waitForSelector("article.reader .article-text p");
    assert.equal((await page.locator("h1.article-title").textContent()).trim(), article.title);
    const text = await page.locator(".article-text").innerText();
    // Markdown-free paragraphs must appear word for word.
    const plain = article.paragraphs.filter((p) => !/[*_`[\]<>\\]/.test(p));
    assert.ok(plain.length > 0, `${article.id} has paragraphs to check`);
    for (const paragraph of plain) {
      assert.ok(text.includes(paragraph), `${article.id}: missing paragraph "${paragraph.slice(0, 60)}…"`);
    }
  }
  assert.deepEqual(problems.pageErrors, []);
  await page.context().close();
});

test("a deep link reloads to the same article and back returns to the library", async () => {
  const { page } = await openPage(browser);
  const article = articles[articles.length - 1];
  await page.goto(server.url);
  await appReady(page);
  await page.getByRole("link", { name: article.title, exact: true }).click();
  await page.waitForSelector("article.reader .article-text p");
  const deepLink = page.url();
  assert.ok(deepLink.startsWith(server.url), `${deepLink} stays under the sub-path`);
  assert.ok(deepLink.includes(article.id));

  await page.reload();
  await page.waitForSelector("article.reader .article-text p");
  assert.equal(page.url(), deepLink);
  assert.equal((await page.locator("h1.article-title").textContent()).trim(), article.title);

  // A fresh tab opening the link directly (a shared URL) gets the article too.
  const { page: fresh } = await openPage(browser);
  await fresh.goto(deepLink);
  await fresh.waitForSelector("article.reader .article-text p");
  assert.equal((await fresh.locator("h1.article-title").textContent()).trim(), article.title);
  await fresh.context().close();

  await page.goBack();
  await page.waitForSelector(".article-card");
  assert.equal(await page.locator(".article-card").count(), articles.length);
  await page.goForward();
  await page.waitForSelector("article.reader .article-text p");
  assert.equal((await page.locator("h1.article-title").textContent()).trim(), article.title);
  await page.context().close();
});

test("an unknown article id says so and links back to the library", async () => {
  const { page } = await openPage(browser);
  await page.goto(server.url + "#/article/no-such-article");
  await page.waitForSelector(".notice");
  assert.match(await page.locator(".notice").innerText(), /does not lead to an article/);
  await page.getByRole("link", { name: "Back to the library" }).click();
  await page.waitForSelector(".article-card");
  await page.context().close();
});

test("hostile Markdown is shown as text and runs no script", async () => {
  const { page, problems } = await openPage(browser);
  const target = articles[0];
  // Serve the hostile fixture in place of a bundled article.
  await page.route(`**/data/${target.id}.md`, (route) =>
    route.fulfill({ status: 200, contentType: "text/markdown", body: fixture("hostile.md") }));
  await page.goto(server.url + `#/article/${target.id}`);
  // The pre-rendered sample shows first; wait for the app's own reader to
  // show what was served in its place.
  await page.waitForFunction(() =>
    document.querySelector("article.reader")?.innerText.includes("ordinary text that must still be read"));
  await page.waitForTimeout(500);
  assert.equal(await page.evaluate(() => window.__pwned), undefined, "no injected code ran");
  assert.deepEqual(problems.dialogs, [], "no alert() ran");
  const reader = page.locator("article.reader");
  for (const selector of ["script", "img", "iframe", "svg", "details", "[onerror]", "[onload]", "a[href^='javascript']", "a[href^='data']"]) {
    assert.equal(await reader.locator(selector).count(), 0, `no ${selector} element from the article`);
  }
  const text = await reader.innerText();
  assert.ok(text.includes('<script>window.__pwned = "block"; alert("block script")</script>'), "the script is shown as text");
  assert.ok(text.includes("ordinary text that must still be read"));
  assert.ok(text.includes("A caption whose picture points at script"));
  await page.context().close();
});

test("the theme follows the system, and a chosen theme is remembered", async () => {
  const context = await browser.newContext({ colorScheme: "dark" });
  const { page } = await openPage(browser, context);
  await page.goto(server.url);
  await appReady(page);
  const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const systemDark = await background();
  await page.getByRole("button", { name: /light theme/i }).click();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), "light");
  const light = await background();
  assert.notEqual(light, systemDark);
  await page.reload();
  await appReady(page);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), "light");
  assert.equal(await background(), light);
  await context.close();
});

test("the reader fits a phone screen and keyboard focus is visible", async () => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const { page } = await openPage(browser, context);
  await page.goto(server.url + `#/article/${articles[0].id}`);
  await page.waitForSelector("article.reader .article-text p");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `no horizontal scrolling at phone width (overflow ${overflow}px)`);
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  const outline = await page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  assert.ok(outline, "Tab moves focus to a control");
  // Lector's own focus ring, not the browser's faint default ("auto").
  assert.equal(outline.style, "solid", "the focused element shows Lector's focus outline");
  assert.ok(outline.width >= 2, `the focus outline is at least 2px wide (${outline.width}px)`);
  await context.close();
});
