// Annotations that travel (issue 15), the rest of it end to end: an import at
// the annotation limit (stacked on the same words) leaves a working page; a
// page framed by another site refuses to annotate or import and keeps
// reading; an import that replaced a note can be undone; a foreign
// annotation is listed and exported back unchanged; a refused file with a
// long name can be dismissed on a phone.
import { test } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import fs from "node:fs";
import crypto from "node:crypto";
import { openPage, servedBuild } from "./harness.mjs";
import { bundledArticles } from "./articles.mjs";
import { download } from "./annotations.mjs";
import { largeLectorFile } from "./large_import.mjs";

let server, browser;
servedBuild((started) => ({ server, browser } = started));

/** A bundled article without Markdown, so its rendered text is its title and paragraphs. */
function plainArticle() {
  const body = (id) => fs.readFileSync(new URL(`../../data/${id}.md`, import.meta.url), "utf8").split("\n---\n")[1];
  return bundledArticles().find((a) => !/[*_`#>[\]!\\<&]/.test(body(a.id)));
}

const readerReady = (page) => page.waitForSelector("article.reader .article-text p", { timeout: 30000 });

async function importFile(page, name, text) {
  await page.setInputFiles("input.import-file", { name, mimeType: "application/json", buffer: Buffer.from(text) });
}

test("an import at the annotation limit, stacked on the same words, leaves a working page", async () => {
  const [first, second] = bundledArticles();
  const { page, context, problems } = await openPage(browser);
  await page.goto(`${server.url}#/article/${first.id}`);
  await readerReady(page);
  // 49,997 minimal annotations, each article's share all on its first word.
  await importFile(page, "limit.json", largeLectorFile(49997, undefined, { sameWord: true }));
  await page.locator('[data-notice="info"]', { hasText: "49997 added" }).waitFor({ timeout: 120000 });
  await page.waitForSelector("mark[data-annotation-id]");
  // Another article opens and draws its highlights: the page still works.
  await page.evaluate((id) => { location.hash = `#/article/${id}`; }, second.id);
  await page.waitForFunction((id) => location.hash.includes(id) && document.querySelector("article.reader mark[data-annotation-id]"), second.id, { timeout: 60000 });
  const deepest = await page.evaluate(() => Math.max(...[...document.querySelectorAll("mark[data-annotation-id]")]
    .map((m) => { let d = 0; for (let e = m; e; e = e.parentElement?.closest("mark[data-annotation-id]")) d++; return d; })));
  assert.ok(deepest <= 8, `highlights stacked ${deepest} deep`);
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});

test("framed by another site, the reader reads but is not offered annotating or importing", async () => {
  const article = bundledArticles()[0];
  // The framing page on another origin (localhost instead of 127.0.0.1, another port).
  const framer = http.createServer((_, res) => {
    res.writeHead(200, { "content-type": "text/html" });
    res.end(`<!doctype html><title>Framer</title><iframe src="${server.url}#/article/${article.id}" width="1000" height="800"></iframe>`);
  });
  await new Promise((resolve) => framer.listen(0, "127.0.0.1", resolve));
  try {
    const { page, context, problems } = await openPage(browser);
    await page.goto(`http://localhost:${framer.address().port}/`);
    const frame = page.frameLocator("iframe");
    await frame.locator("article.reader .article-text p").first().waitFor({ timeout: 30000 });
    await frame.locator('[data-notice="error"]', { hasText: "Annotating is off in this frame" }).waitFor();
    assert.equal(await frame.locator("input.import-file").count(), 0, "no import offered");
    assert.ok((await frame.locator("article.reader .article-text p").first().innerText()).length > 20, "the article reads");
    // Selecting text offers no annotation toolbar.
    await frame.locator("article.reader .article-text p").first().dblclick();
    await page.waitForTimeout(500);
    assert.equal(await frame.getByRole("toolbar", { name: "Annotate the selected text" }).count(), 0);
    assert.deepEqual(problems.pageErrors, []);
    await context.close();
    // The same page in its own tab offers both.
    const own = await openPage(browser);
    await own.page.goto(`${server.url}#/article/${article.id}`);
    await readerReady(own.page);
    assert.equal(await own.page.locator("input.import-file").count(), 1);
    assert.equal(await own.page.locator('[data-notice="error"]').count(), 0);
    await own.context.close();
  } finally {
    framer.close();
  }
});

/** One Lector annotation on the first word of `article`, with `note`, modified at `modified`. */
function oneAnnotation(article, note, modified) {
  const file = JSON.parse(largeLectorFile(1, [article]));
  Object.assign(file.annotations[0], { modified, body: { note, colour: "yellow" } });
  return JSON.stringify(file);
}

test("an import that replaced a note offers Undo, which brings the note back", async () => {
  const article = bundledArticles()[0];
  const { page, context, problems } = await openPage(browser);
  await page.goto(`${server.url}#/article/${article.id}`);
  await readerReady(page);
  await importFile(page, "mine.json", oneAnnotation(article, "My own note", "2026-11-23T18:14:20.123Z"));
  await page.locator('[data-notice="info"]', { hasText: "1 added" }).waitFor();
  const card = page.locator(".annotations-sidebar .ann-card .note-text").first();
  await card.filter({ hasText: "My own note" }).waitFor();

  await importFile(page, "theirs.json", oneAnnotation(article, "Their newer note", "2026-11-24T09:00:00.000Z"));
  const offer = page.locator('[data-notice="imported"]', { hasText: "1 updated" });
  await offer.waitFor();
  await card.filter({ hasText: "Their newer note" }).waitFor();
  await offer.getByRole("button", { name: "Undo import" }).click();
  await card.filter({ hasText: "My own note" }).waitFor();
  await page.reload();
  await readerReady(page);
  await card.filter({ hasText: "My own note" }).waitFor();
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});

test("a foreign annotation is listed with its source and quote and exported back unchanged", async () => {
  const original = {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    id: "https://annotations.example.org/anno/42",
    type: "Annotation",
    motivation: "commenting",
    created: "2026-11-02T09:30:00Z",
    modified: "2026-11-03T10:00:00Z",
    creator: { id: "https://annotations.example.org/users/ana", type: "Person", name: "Ana" },
    body: { type: "TextualBody", value: "<p>Ask for the <b>inspection</b> report.</p>", format: "text/html", language: "en" },
    target: {
      source: "https://news.example.org/2026/11/harbour-bridge-reopens",
      selector: { type: "TextQuoteSelector", exact: "the bridge reopened on Monday", prefix: "Officials said ", suffix: " after" },
    },
  };
  const { page, context, problems } = await openPage(browser);
  await page.goto(`${server.url}#/article/${bundledArticles()[0].id}`);
  await readerReady(page);
  await importFile(page, "colleague.jsonld", JSON.stringify(original));
  await page.locator('[data-notice="info"]', { hasText: "kept for articles you don't have" }).waitFor();
  const list = page.locator(".foreign-annotations");
  await list.locator("summary").click();
  const item = list.locator(".foreign-item").first();
  assert.match(await item.innerText(), /harbour-bridge-reopens[\s\S]*the bridge reopened on Monday/);

  await page.selectOption("#export-format", "w3c");
  const exported = JSON.parse((await download(page, page.getByRole("button", { name: "Export all" }))).text);
  const back = exported.first.items.find((i) => i.id === original.id);
  const { "@context": _, ...withoutContext } = original;
  assert.deepEqual(back, withoutContext, "written back as it came");
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});

test("on a phone, a refused file with a long name can be dismissed", async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const { page, problems } = await openPage(browser, context);
  await page.goto(`${server.url}#/article/${bundledArticles()[0].id}`);
  await readerReady(page);
  const name = `${"a-very-long-file-name-without-spaces-".repeat(12)}.json`;
  await importFile(page, name, "{ not json");
  const notice = page.locator('[data-notice="error"]');
  await notice.waitFor();
  const dismiss = notice.getByRole("button", { name: "Dismiss this message" });
  const box = await dismiss.boundingBox();
  assert.ok(box && box.x >= 0 && box.x + box.width <= 390 && box.y + box.height <= 844, `the × is on screen: ${JSON.stringify(box)}`);
  assert.ok(box.width >= 24 && box.height >= 24, "a target of 24 px or more");
  const scrolls = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
  assert.equal(scrolls, false, "no horizontal scroll");
  await dismiss.click();
  await notice.waitFor({ state: "detached" });
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});

test("an annotation kept for a story the library did not have attaches when that story is opened", async () => {
  const article = plainArticle();
  const text = [article.title, ...article.paragraphs].join("\n\n");
  const textIri = `urn:x-lector:text:sha256:${crypto.createHash("sha256").update(text, "utf8").digest("hex")}`;
  const quote = article.paragraphs[0].split(" ").slice(1, 5).join(" ");
  const kept = {
    id: "urn:uuid:2b7d4e1f-3c5a-4b6d-8e9f-0a1b2c3d4e5f",
    type: "Annotation",
    created: "2026-11-02T09:30:00Z",
    body: { type: "TextualBody", value: "Kept until the story came.", format: "text/plain" },
    target: { source: textIri, selector: { type: "TextQuoteSelector", exact: quote } },
  };
  // Stored while the library lacked the story: kept as foreign (what an import then does).
  const stored = JSON.stringify({ schema: "lector-annotations", version: 2, annotations: [], foreign: [kept] });
  const { page, context, problems } = await openPage(browser);
  await page.addInitScript((value) => { if (!sessionStorage.getItem("seeded")) { localStorage.setItem("lector.annotations.v2", value); sessionStorage.setItem("seeded", "1"); } }, stored);
  await page.goto(`${server.url}#/article/${article.id}`);
  await readerReady(page);
  await page.locator('[data-notice="info"]', { hasText: "now belongs to it" }).waitFor();
  const mark = page.locator("mark[data-annotation-id]");
  await mark.first().waitFor();
  assert.equal((await mark.allInnerTexts()).join(""), quote, "anchored on its quote");
  assert.equal(await page.locator(".foreign-annotations").count(), 0, "no longer waiting");
  await page.reload();
  await readerReady(page);
  await mark.first().waitFor();
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});

test("an HTML note keeps its safe formatting and loses everything that could run or load", async () => {
  const article = plainArticle();
  const quote = article.paragraphs[0].split(" ").slice(0, 3).join(" ");
  const value = '<p>Ask <b>the desk</b> and <em>the author</em>:</p><ul><li>one</li></ul>'
    + '<a href="https://example.org/report">the report</a> <a href="javascript:window.ran=1">bad</a>'
    + '<img src=x onerror="window.ran=2"><script>window.ran=3</script><h1 style="color:red">not a heading</h1>';
  const file = JSON.stringify({
    "@context": "http://www.w3.org/ns/anno.jsonld", id: "urn:uuid:8c3f5a1e-2d4b-4c6e-9f0a-1b2c3d4e5f60", type: "Annotation",
    created: "2026-11-02T09:30:00Z", body: { type: "TextualBody", format: "text/html", value },
    target: { source: `${server.url}#/article/${article.id}`, selector: { type: "TextQuoteSelector", exact: quote } },
  });
  const { page, context, problems } = await openPage(browser);
  await page.goto(`${server.url}#/article/${article.id}`);
  await readerReady(page);
  await importFile(page, "html.jsonld", file);
  const note = page.locator(".annotations-sidebar .note-html").first();
  await note.waitFor();
  assert.equal(await note.locator("b").innerText(), "the desk");
  assert.equal(await note.locator("em").innerText(), "the author");
  assert.equal(await note.locator("li").innerText(), "one");
  const links = await note.locator("a").evaluateAll((as) => as.map((a) => [a.getAttribute("href"), a.textContent]));
  assert.deepEqual(links, [["https://example.org/report", "the report"]]);
  for (const gone of ["img", "script", "h1", "[style]", "[onerror]"]) {
    assert.equal(await note.locator(gone).count(), 0, `${gone} removed`);
  }
  assert.match(await note.innerText(), /bad[\s\S]*not a heading/, "their text stays");
  assert.equal(await page.evaluate(() => window.ran), undefined, "nothing ran");
  await page.selectOption("#export-format", "w3c");
  const w3c = JSON.parse((await download(page, page.getByRole("button", { name: "Export this article" }))).text);
  const body = [w3c.first.items[0].body].flat().find((b) => b.format === "text/html");
  assert.equal(body?.value, value, "exported back as it came");
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});
