// Annotations that travel (issue 15) meet the reader's own articles (issue
// 9), end to end against the release build: an annotation written by another
// tool for a story the library does not have is kept; when the reader adds
// that story (a saved page naming the same address), the annotation attaches
// to its words, survives a reload, and is exported naming the story by its
// address. The page and the annotation are invented here.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, appReady, servedBuild } from "./harness.mjs";
import { bundledArticles } from "./articles.mjs";
import { download } from "./annotations.mjs";
import { appLibrary } from "./own.mjs";

let server, browser;
servedBuild((started) => ({ server, browser } = started));

const address = "https://gazette.example/2026/12/library-extension-approved";
const title = "Council approves library extension";
const paragraphs = [
  "The county council in Marrow Vale voted on Thursday to extend the central library by two floors, a spokesman said.",
  "The extension could cost more than the budget allows, according to three people familiar with the plans.",
];
const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title} | Vale Gazette</title>
<link rel="canonical" href="${address}"></head><body><nav><a href="/">Home</a></nav>
<article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join("\n")}</article></body></html>`;
const quote = "extend the central library by two floors";
const theirs = {
  "@context": "http://www.w3.org/ns/anno.jsonld",
  id: "https://annotations.example.org/anno/77",
  type: "Annotation",
  motivation: "commenting",
  created: "2026-12-01T09:30:00Z",
  body: { type: "TextualBody", value: "Check the planning papers.", format: "text/plain" },
  target: { source: address, selector: { type: "TextQuoteSelector", exact: quote } },
};

test("an annotation kept for a story attaches when the reader adds that story, and is exported by its address", async () => {
  const { page: tab, context, problems } = await openPage(browser);
  await tab.goto(`${server.url}#/article/${bundledArticles()[0].id}`);
  await tab.waitForSelector("article.reader .article-text p", { timeout: 30000 });
  await tab.setInputFiles("input.import-file", {
    name: "colleague.jsonld",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(theirs)),
  });
  await tab.locator('[data-notice="info"]', { hasText: "kept for articles you don't have" }).waitFor();

  await tab.goto(server.url);
  await appReady(tab);
  await appLibrary(tab);
  const toggle = tab.getByRole("button", { name: "Add article" });
  if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
  await tab.locator(".add-article-files input[type=file]").setInputFiles([
    { name: "extension.html", mimeType: "text/html", buffer: Buffer.from(page) },
  ]);
  const preview = tab.locator(".article-preview");
  await preview.waitFor({ timeout: 60000 });
  await preview.getByRole("button", { name: "Save" }).click();
  await tab.locator('[data-notice="info"]', { hasText: "now belongs to it" }).waitFor();

  const card = tab.locator(".article-card.own", { hasText: title });
  await card.getByRole("link").click();
  const mark = tab.locator("article.reader mark[data-annotation-id]");
  await mark.first().waitFor({ timeout: 30000 });
  assert.equal((await mark.allInnerTexts()).join(""), quote, "on the words it quoted");
  await tab.reload();
  await mark.first().waitFor({ timeout: 30000 });

  await tab.selectOption("#export-format", "w3c");
  const exported = JSON.parse((await download(tab, tab.getByRole("button", { name: "Export all" }))).text);
  const back = exported.first.items.find((item) => item.target?.source === address || item.id === theirs.id);
  assert.ok(back, "the attached annotation is exported");
  const source = typeof back.target.source === "string" ? back.target.source : back.target.source.id;
  assert.equal(source, address, "named by the story's address, not by this copy of Lector");
  assert.equal(back.body.value ?? back.body[0]?.value, theirs.body.value);
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});
