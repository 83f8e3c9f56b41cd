// Annotations that travel (issue 15), end to end against the release build:
// malformed addresses show "not found", exports name the story by its stable
// IRI (not this copy's address) and the memo names the story, and imports keep
// annotations for articles the library does not have, writing them back.
// Expected IRIs are computed here from data/*.md, not by the app.
import { test } from "node:test";
import assert from "node:assert/strict";
import crypto from "node:crypto";
import fs from "node:fs";
import { openPage, appReady, servedBuild } from "./harness.mjs";
import { bundledArticles } from "./articles.mjs";
import { dragSelect, download } from "./annotations.mjs";

let server, browser;
servedBuild((started) => ({ server, browser } = started));

test("malformed addresses show the not-found page, on load and when navigated to", async () => {
  for (const hash of ["#//", "#///", "#/\\/", "#///article/x", "#//example.com/article/x"]) {
    const { page, context, problems } = await openPage(browser);
    await page.goto(`${server.url}${hash}`);
    await page.getByRole("heading", { name: "Nothing here" }).waitFor({ timeout: 20000 });
    assert.deepEqual(problems.pageErrors, [], `loading ${hash}`);
    await context.close();
  }
  // From a working page: the app must not go blank, and can still be left.
  const { page, context, problems } = await openPage(browser);
  await page.goto(server.url);
  await appReady(page);
  for (const hash of ["//", "///", "/\\/"]) {
    await page.evaluate((h) => { location.hash = h; }, hash);
    await page.getByRole("heading", { name: "Nothing here" }).waitFor();
    await page.getByRole("link", { name: "Back to the library" }).click();
    await page.getByRole("heading", { name: "Nothing here" }).waitFor({ state: "detached" });
  }
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});

/** A bundled article without Markdown inside its text, so its rendered text is title and paragraphs. */
function plainArticle() {
  const body = (id) => fs.readFileSync(new URL(`../../data/${id}.md`, import.meta.url), "utf8").split("\n---\n")[1];
  // No Markdown at all (no images, whose captions are text blocks too).
  const article = bundledArticles().find((a) => a.outlet && a.date && !/[*_`#>[\]!\\<&]/.test(body(a.id)));
  assert.ok(article, "a plain bundled article with outlet and date");
  const text = [article.title, ...article.paragraphs].join("\n\n");
  const iri = `urn:x-lector:text:sha256:${crypto.createHash("sha256").update(text, "utf8").digest("hex")}`;
  return { ...article, text, iri };
}

/** A phrase of the article's first paragraph (whole words). */
const phraseOf = (article) => article.paragraphs[0].split(" ").slice(1, 5).join(" ");

test("exports name the story by its stable IRI, and the memo by its title, outlet and date", async () => {
  const article = plainArticle();
  const { page, context, problems } = await openPage(browser);
  await page.goto(`${server.url}#/article/${article.id}`);
  await page.waitForSelector("article.reader .article-text p");
  const phrase = phraseOf(article);
  await dragSelect(page, phrase);
  await page.getByRole("toolbar", { name: "Annotate the selected text" }).getByRole("button", { name: "Highlight" }).click();
  await page.waitForSelector("mark[data-annotation-id]");

  await page.selectOption("#export-format", "w3c");
  const w3c = JSON.parse((await download(page, page.getByRole("button", { name: "Export this article" }))).text);
  const [item] = w3c.first.items;
  const source = typeof item.target.source === "string" ? item.target.source : item.target.source.id;
  assert.equal(source, article.iri, "the source is the hash of the story's text");
  assert.ok(!source.includes(server.url) && !source.includes("#/article/"), "not this copy's address");
  const scope = typeof item.target.scope === "string" ? item.target.scope : item.target.scope?.id;
  assert.equal(scope, `${server.url}#/article/${article.id}`, "the app's address travels as the scope");
  assert.equal(item.target.selector.find((s) => s.type === "TextQuoteSelector").exact, phrase);

  await page.selectOption("#export-format", "markdown");
  const memo = (await download(page, page.getByRole("button", { name: "Export this article" }))).text;
  const head = memo.slice(0, memo.indexOf(phrase));
  for (const want of [article.title, article.outlet, article.date, article.iri]) {
    assert.ok(head.includes(want), `the memo names ${want} before the first quote:\n${head}`);
  }
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});

/** A W3C annotation, written as another tool would, on a story this library does not have. */
const FOREIGN_SOURCE = "https://news.example.org/2026/11/harbour-bridge-reopens";
const foreignFile = JSON.stringify({
  "@context": "http://www.w3.org/ns/anno.jsonld",
  id: "urn:uuid:4f1c2b3a-5d6e-4f70-8a9b-0c1d2e3f4a5b",
  type: "Annotation",
  created: "2026-11-02T09:30:00Z",
  body: { type: "TextualBody", value: "Ask the port authority for the inspection report.", format: "text/plain" },
  target: {
    source: FOREIGN_SOURCE,
    selector: { type: "TextQuoteSelector", exact: "the bridge reopened on Monday", prefix: "Officials said ", suffix: " after" },
  },
});

test("an annotation for an article not in the library is kept, survives a reload and is exported back", async () => {
  const article = bundledArticles()[0];
  const { page, context, problems } = await openPage(browser);
  await page.goto(`${server.url}#/article/${article.id}`);
  await page.waitForSelector("article.reader .article-text p");
  await page.setInputFiles("input.import-file", { name: "theirs.jsonld", mimeType: "application/ld+json", buffer: Buffer.from(foreignFile) });
  const notice = page.locator('[data-notice="info"]', { hasText: "theirs.jsonld" });
  await notice.waitFor();
  assert.match(await notice.innerText(), /1 annotation kept for articles you don't have/);

  await page.reload();
  await page.waitForSelector("article.reader .article-text p");
  assert.equal(await page.locator("mark[data-annotation-id]").count(), 0, "drawn on no article of the library");
  const kept = page.locator(".foreign-annotations");
  await kept.locator("summary", { hasText: "1 annotation for articles you don't have" }).click();
  assert.match(await kept.innerText(), new RegExp(`${FOREIGN_SOURCE.replaceAll(".", "\\.")}[\\s\\S]*the bridge reopened on Monday`), "listed with its source and quote");
  for (const format of ["lector", "w3c"]) {
    await page.selectOption("#export-format", format);
    const exported = (await download(page, page.getByRole("button", { name: "Export all" }))).text;
    assert.ok(exported.includes(FOREIGN_SOURCE), `${format}: the source is written back`);
    assert.ok(exported.includes("the bridge reopened on Monday"), `${format}: the quote is written back`);
    assert.ok(exported.includes("Ask the port authority"), `${format}: the note is written back`);
  }
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});

test("an HTML note from another tool shows as text, runs nothing, and is exported back as HTML", async () => {
  const article = plainArticle();
  const phrase = phraseOf(article);
  const { page, context, problems } = await openPage(browser);
  await page.goto(`${server.url}#/article/${article.id}`);
  await page.waitForSelector("article.reader .article-text p");
  const file = JSON.stringify({
    "@context": "http://www.w3.org/ns/anno.jsonld",
    id: "urn:uuid:7a2e9c40-1b3d-4e5f-9a6b-7c8d9e0f1a2b",
    type: "Annotation",
    created: "2026-11-02T09:30:00Z",
    body: { type: "TextualBody", format: "text/html",
      value: "<p>Check <b>the figures</b> again</p><script>window.ran = 1</script><img src=x onerror=\"window.ran = 2\">" },
    target: { source: `${server.url}#/article/${article.id}`, selector: { type: "TextQuoteSelector", exact: phrase } },
  });
  await page.setInputFiles("input.import-file", { name: "html-note.jsonld", mimeType: "application/ld+json", buffer: Buffer.from(file) });
  await page.waitForSelector('[data-notice="info"]:has-text("1 added")');
  const note = page.locator(".annotations-sidebar .ann-card .note-text").first();
  await note.waitFor();
  const shown = await note.innerText();
  assert.match(shown, /Check the figures again/);
  assert.ok(!shown.includes("<") && !shown.includes("window.ran"), `no markup shown: ${shown}`);
  assert.equal(await page.evaluate(() => window.ran), undefined, "nothing ran");

  await page.selectOption("#export-format", "w3c");
  const w3c = JSON.parse((await download(page, page.getByRole("button", { name: "Export this article" }))).text);
  const body = [w3c.first.items[0].body].flat().find((b) => String(b.value).includes("figures"));
  assert.equal(body?.format, "text/html", "its format travels back");
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});
