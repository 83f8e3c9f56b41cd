// The reader's own articles (issue 9) end to end, in headless Chromium
// against the release build: a saved page chosen on the library goes through
// the importer (a worker loaded on first use) and the preview, is saved,
// survives a reload, opens with highlights and takes an annotation; a page
// with <script> and onerror runs nothing; a bad file changes nothing and
// says why. The pages are invented here.
import { test } from "node:test";
import assert from "node:assert/strict";
import { appReady, servedBuild } from "./harness.mjs";
import { paragraphs, savedPage, choose, openLibrary as openLibraryIn } from "./own.mjs";
import { bundledArticles } from "./articles.mjs";
import { dragSelect } from "./annotations.mjs";

let server, browser;
servedBuild((started) => ({ server, browser } = started));

const openLibrary = (context) => openLibraryIn(browser, server, context);

test("a saved page is previewed, saved, kept across a reload, opened with highlights and annotated", async () => {
  const { page, context, problems } = await openLibrary();
  const title = "Northern quay to reopen after repairs";
  await choose(page, [{ name: "quay.html", mimeType: "text/html", buffer: Buffer.from(savedPage({ title })) }]);
  const preview = page.locator(".article-preview");
  await preview.waitFor({ timeout: 60000 });
  assert.equal(await preview.getByLabel("Title").inputValue(), title);
  assert.equal(await preview.getByLabel("Outlet").inputValue(), "The Eldin Courier");
  assert.equal(await preview.getByLabel("Date (YYYY-MM-DD)").inputValue(), "2025-02-11");
  assert.equal(await preview.getByLabel("Author").inputValue(), "", "no byline stated, none invented");
  const dropped = await preview.locator(".preview-block.dropped").allTextContents();
  assert.ok(dropped.some((t) => t.includes("Share this story")), `the share line is shown dropped: ${dropped}`);
  // Take a dropped block back, then drop it again: the saved text is the article's own.
  const share = preview.locator(".preview-block", { hasText: "Share this story" });
  await share.getByRole("button", { name: "Keep" }).click();
  await share.getByRole("button", { name: "Drop" }).click();
  await preview.getByRole("button", { name: "Save" }).click();
  const card = page.locator(".article-card.own", { hasText: title });
  await card.waitFor();
  assert.match(await card.textContent(), /Your article/);
  const cards = await page.locator(".article-card").count();
  assert.equal(cards, bundledArticles().length + 1);

  await page.reload();
  await appReady(page);
  await card.waitFor();
  await card.getByRole("link").click();
  await page.waitForSelector("article.reader .article-text p");
  const text = await page.locator("article.reader").textContent();
  for (const p of paragraphs) assert.ok(text.includes(p), `the reader shows: ${p}`);
  assert.ok(!text.includes("Share this story") && !text.includes("News section"), "boilerplate stays out");
  await page.waitForSelector("article.reader [data-entity]");
  await page.waitForSelector("article.reader [data-hedge]");

  await dragSelect(page, "northern quay");
  await page.getByRole("toolbar", { name: "Annotate the selected text" }).getByRole("button", { name: "Highlight" }).click();
  await page.waitForSelector("article.reader mark[data-annotation-id]");
  await page.reload();
  await page.waitForSelector("article.reader mark[data-annotation-id]");
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});

test("a page with script, handlers and remote images runs and fetches nothing", async () => {
  const context = await browser.newContext();
  const outside = [];
  context.on("request", (r) => { if (!r.url().startsWith(server.url.replace(/\/lector\/.*$/, ""))) outside.push(r.url()); });
  const { page, problems } = await openLibrary(context);
  const title = "Ferry timetable changes announced";
  const hostile = savedPage({
    title,
    extraHead: `<script>window.__ran = "head script"; alert("head")</script>`,
    extraBody: `<img src="https://tracker.example/pixel.gif" onerror="window.__ran='onerror'; alert('onerror')">
      <p onclick="alert(1)">Click <a href="javascript:alert(2)">here</a> <script>window.__ran = "body script"</script></p>
      <figure><img src="https://images.example/ferry.jpg" alt=""><figcaption>The ferry at the northern quay.</figcaption></figure>`,
  });
  await choose(page, [{ name: "hostile.htm", mimeType: "text/html", buffer: Buffer.from(hostile) }]);
  await page.locator(".article-preview").waitFor({ timeout: 60000 });
  await page.locator(".article-preview").getByRole("button", { name: "Save" }).click();
  const card = page.locator(".article-card.own", { hasText: title });
  await card.waitFor();
  await card.getByRole("link").click();
  await page.waitForSelector("article.reader .article-text p");
  assert.equal(await page.evaluate(() => window.__ran), undefined);
  assert.deepEqual(problems.dialogs, []);
  assert.equal(await page.locator("article.reader script, article.reader img, article.reader [onclick], article.reader [onerror]").count(), 0);
  assert.equal(await page.locator('article.reader a[href^="javascript:"]').count(), 0);
  assert.deepEqual(outside, [], "nothing is fetched from the page's sites");
  await context.close();
});

test("a bad file changes nothing and says why", async () => {
  const { page, context } = await openLibrary();
  const before = await page.locator(".article-card").count();
  const png = Buffer.concat([Buffer.from("\x89PNG\r\n\x1a\n", "latin1"), Buffer.alloc(4000, 7)]);
  const empty = "<!DOCTYPE html><html><head><title>Front page</title></head><body><nav><a href='/'>Home</a></nav></body></html>";
  await choose(page, [
    { name: "photo.html", mimeType: "text/html", buffer: png },
    { name: "empty.html", mimeType: "text/html", buffer: Buffer.from(empty) },
  ]);
  const alert = page.locator(".add-article-refused");
  await alert.waitFor({ timeout: 60000 });
  await page.waitForFunction(() => document.querySelectorAll(".add-article-refused li").length === 2);
  const messages = await alert.locator("li").allTextContents();
  assert.match(messages.join("\n"), /photo\.html: .*binary data.*Nothing was added/);
  assert.match(messages.join("\n"), /empty\.html: no article text was found.*Nothing was added/);
  assert.equal(await page.locator(".article-preview").count(), 0);
  assert.equal(await page.locator(".article-card").count(), before);
  await context.close();
});

test("prints how long the importer takes on a 2 MB page (figure, not asserted)", async () => {
  const { page, context } = await openLibrary();
  // Warm the worker with a small page first, so the figure is the extraction.
  await choose(page, [{ name: "warm.html", mimeType: "text/html", buffer: Buffer.from(savedPage({ title: "Warm up" })) }]);
  await page.locator(".article-preview").waitFor({ timeout: 60000 });
  await page.locator(".article-preview").getByRole("button", { name: "Cancel" }).click();
  const story = paragraphs.map((p, i) => `<p>${p} (${i})</p>`).join("\n");
  const filler = `<aside><ul>${"<li><a href='/x'>Another story from the archive</a></li>".repeat(20)}</ul></aside>`;
  let body = "";
  while (body.length < 2_000_000) body += `<section>${story}${filler}</section>\n`;
  const big = savedPage({ title: "A very long page", extraBody: body });
  const started = Date.now();
  await choose(page, [{ name: "big.html", mimeType: "text/html", buffer: Buffer.from(big) }]);
  await page.locator(".article-preview").waitFor({ timeout: 120000 });
  console.log(`importer: a ${(big.length / 1e6).toFixed(1)} MB page read, extracted and previewed in ${Date.now() - started} ms`);
  await context.close();
});

test("a text scrape dropped on the library and HTML pasted with Ctrl+V both reach the preview", async () => {
  const { page, context } = await openLibrary();
  const scrape = ["Menu", "Ferry fares to rise in April", ...paragraphs, "Share on Facebook", "Most read"].join("\n");
  await page.evaluate((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], "ferry.txt", { type: "text/plain" }));
    window.dispatchEvent(new DragEvent("dragover", { dataTransfer: transfer, cancelable: true }));
    window.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, cancelable: true }));
  }, scrape);
  const preview = page.locator(".article-preview");
  await preview.waitFor({ timeout: 60000 });
  assert.match(await preview.locator("h2").textContent(), /ferry\.txt/);
  const kept = await preview.locator(".preview-block:not(.dropped) .preview-text").allTextContents();
  assert.ok(kept.includes(paragraphs[0]), `the story is kept: ${kept}`);
  await preview.getByRole("button", { name: "Cancel" }).click();
  await preview.waitFor({ state: "detached" });

  const html = `<h1>Pasted harbour story</h1>${paragraphs.map((p) => `<p>${p}</p>`).join("")}`;
  await page.evaluate((markup) => {
    const transfer = new DataTransfer();
    transfer.setData("text/html", markup);
    transfer.setData("text/plain", "plain text should not be used");
    document.body.dispatchEvent(new ClipboardEvent("paste", { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, html);
  await preview.waitFor({ timeout: 60000 });
  const text = (await preview.locator(".preview-block .preview-text").allTextContents()).join("\n");
  assert.ok(text.includes(paragraphs[1]) && !text.includes("plain text should not be used"), text);
  await context.close();
});

test("an own article is deleted with Undo, and Undo brings it back", async () => {
  const { page, context } = await openLibrary();
  const title = "Lighthouse keepers return to the point";
  await choose(page, [{ name: "light.html", mimeType: "text/html", buffer: Buffer.from(savedPage({ title })) }]);
  await page.locator(".article-preview").waitFor({ timeout: 60000 });
  await page.locator(".article-preview").getByRole("button", { name: "Save" }).click();
  const card = page.locator(".article-card.own", { hasText: title });
  await card.waitFor();
  await card.getByRole("button", { name: `Delete “${title}”` }).click();
  await card.waitFor({ state: "detached" });
  await page.locator(".own-deleted").getByRole("button", { name: "Undo" }).click();
  await card.waitFor();
  await page.reload();
  await card.waitFor();
  assert.equal(await page.locator(".article-card.own").count(), 1);
  await context.close();
});
