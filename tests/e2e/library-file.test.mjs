// Moving a library (issue 9) end to end, in headless Chromium against the
// release build: an own article added and annotated in one profile is
// exported as one library file, and importing that file in a fresh profile
// brings back the article with its annotation highlighted; importing it again
// adds nothing twice; Undo takes an import back; a wrong file changes nothing.
import { test } from "node:test";
import assert from "node:assert/strict";
import { servedBuild } from "./harness.mjs";
import { dragSelect, download } from "./annotations.mjs";
import { bundledArticles } from "./articles.mjs";
import { addPage, openLibrary as openLibraryIn } from "./own.mjs";

let server, browser;
let exported; // { name, text } of the library file written by the first test

servedBuild((started) => ({ server, browser } = started));

const openLibrary = (context) => openLibraryIn(browser, server, context);
const TITLE = "Northern quay to reopen after repairs";
const QUOTE = "northern quay";

async function importLibrary(page, file) {
  await page.locator(".library-transfer input.import-library").setInputFiles([
    { name: file.name, mimeType: "application/json", buffer: Buffer.from(file.text) },
  ]);
}

async function exportOwnAnnotatedArticle() {
  const { page, context, problems } = await openLibrary();
  const card = await addPage(page, TITLE, "quay.html");
  await card.getByRole("link").click();
  await page.waitForSelector("article.reader .article-text p");
  await dragSelect(page, QUOTE);
  await page.getByRole("toolbar", { name: "Annotate the selected text" }).getByRole("button", { name: "Highlight" }).click();
  await page.waitForSelector("article.reader mark[data-annotation-id]");
  await page.getByRole("link", { name: "Library" }).first().click();
  await page.locator(".article-card.own", { hasText: TITLE }).waitFor();
  const file = await download(page, page.getByRole("button", { name: "Export your library" }));
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
  return file;
}

test("an own article and its annotation travel to a fresh profile in one library file", async () => {
  exported = await exportOwnAnnotatedArticle();
  assert.match(exported.name, /^lector-library-\d{4}-\d{2}-\d{2}\.json$/);
  const json = JSON.parse(exported.text);
  assert.equal(json.schema, "lector-library");
  assert.equal(json.articles.length, 1, "the own article, not the samples");
  const [article] = json.articles;
  assert.equal(article.title, TITLE);
  assert.equal(article.outlet, "The Eldin Courier");
  assert.equal(article.address, `https://courier.example/news/${encodeURIComponent(TITLE)}`);
  assert.match(article.text, /^---\ntitle: "Northern quay to reopen after repairs"\n/, "the article as stored: front matter and Markdown");
  const notes = json.annotations.annotations;
  assert.equal(notes.length, 1);
  assert.equal(notes[0].article, article.id);
  assert.equal(notes[0].target.quote.exact, QUOTE);

  // A fresh profile: nothing of the first one.
  const { page, context, problems } = await openLibrary();
  assert.equal(await page.locator(".article-card.own").count(), 0);
  await importLibrary(page, exported);
  const card = page.locator(".article-card.own", { hasText: TITLE });
  await card.waitFor();
  assert.match(await card.locator(".annotation-count").textContent(), /1 annotation/);
  assert.match(await page.locator('.notice-toast[data-notice="imported"]').textContent(), /1 article added; annotations: 1 added/);
  await card.getByRole("link").click();
  const mark = page.locator("article.reader mark[data-annotation-id]");
  await mark.first().waitFor();
  assert.equal((await mark.first().textContent()).trim(), QUOTE);

  // Again, after a reload: kept, and nothing is added twice.
  await page.reload();
  await page.getByRole("link", { name: "Library" }).first().click();
  await card.waitFor();
  await importLibrary(page, exported);
  await page.getByText("0 articles added, 1 already here").waitFor();
  assert.equal(await page.locator(".article-card.own").count(), 1);
  assert.equal(await page.locator(".article-card").count(), bundledArticles().length + 1);
  assert.match(await card.locator(".annotation-count").textContent(), /1 annotation\b/);
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});

test("Undo import takes back the articles and annotations a library file added", async () => {
  assert.ok(exported, "runs after the export test");
  const { page, context } = await openLibrary();
  await importLibrary(page, exported);
  const card = page.locator(".article-card.own", { hasText: TITLE });
  await card.waitFor();
  await page.locator('.notice-toast[data-notice="imported"]').getByRole("button", { name: "Undo import" }).click();
  await card.waitFor({ state: "detached" });
  await page.reload();
  await page.waitForSelector(".article-list .article-card");
  assert.equal(await page.locator(".article-card.own").count(), 0, "gone after a reload too");
  assert.equal(await page.locator(".annotation-count").count(), 0, "its annotation went with it");
  await context.close();
});

test("a library file that is wrong anywhere changes nothing and says where", async () => {
  assert.ok(exported, "runs after the export test");
  const json = JSON.parse(exported.text);
  json.articles[0].title = "Another headline";
  const { page, context } = await openLibrary();
  const before = await page.locator(".article-card").count();
  await importLibrary(page, { name: "edited.json", text: JSON.stringify(json) });
  const alert = page.locator('.notice-toast[data-notice="error"]', { hasText: "edited.json was not imported" });
  await alert.waitFor();
  assert.match(await alert.textContent(), /your library is unchanged/);
  await alert.getByText("Technical detail").click();
  assert.match(await alert.textContent(), /article 1 .*field `title` says “Another headline”/);
  assert.equal(await page.locator(".article-card").count(), before);
  await context.close();
});

test("a library file dropped on an article's page goes to the library import", async () => {
  assert.ok(exported, "runs after the export test");
  const { page, context } = await openLibrary();
  await page.locator(".article-card[data-article-id] a").first().click();
  await page.waitForSelector("article.reader .article-text p");
  await page.evaluate(({ name, text }) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], name, { type: "application/json" }));
    window.dispatchEvent(new DragEvent("dragover", { dataTransfer: transfer, cancelable: true }));
    window.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, cancelable: true }));
  }, exported);
  await page.locator('.notice-toast[data-notice="imported"]', { hasText: "1 article added" }).waitFor();
  await page.getByRole("link", { name: "Library" }).first().click();
  await page.locator(".article-card.own", { hasText: TITLE }).waitFor();
  await context.close();
});
