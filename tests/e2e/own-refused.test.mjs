// What the importers refuse (issue 9), end to end against the release build:
// a 20 MB page and pages in a wrong encoding are refused with a message
// saying why and what to do, and the library loses nothing (an own article
// added before is still there after a reload); a library file saved again in
// another encoding is refused rather than imported garbled.
import { test } from "node:test";
import assert from "node:assert/strict";
import { appReady, servedBuild } from "./harness.mjs";
import { addPage, appLibrary, choose, openLibrary as openLibraryIn } from "./own.mjs";
import { download } from "./annotations.mjs";

let server, browser;
servedBuild((started) => ({ server, browser } = started));

const openLibrary = (context) => openLibraryIn(browser, server, context);

/** A French page whose bytes are Latin-1 while it declares `charset`. */
function latin1Page(charset) {
  const words = "Le conseil a décidé à l'unanimité que l'été prochain les travaux du quai reprendront, a précisé la mairie. ";
  const html = `<!DOCTYPE html><html><head><meta charset="${charset}"><title>Quai fermé</title></head>
<body><article><h1>Le quai reste fermé</h1>${`<p>${words.repeat(4)}</p>`.repeat(6)}</article></body></html>`;
  return Buffer.from(html, "latin1");
}

test("a 20 MB page and wrongly encoded pages are refused with a reason, and nothing is lost", async () => {
  const { page, context } = await openLibrary();
  const title = "Northern quay to reopen after repairs";
  await addPage(page, title);
  const before = await page.locator(".article-card").count();
  const huge = Buffer.alloc(20_000_000, "<p>Filler paragraph of a page far too large.</p>\n");
  await choose(page, [
    { name: "huge.html", mimeType: "text/html", buffer: huge },
    { name: "utf8-label.html", mimeType: "text/html", buffer: latin1Page("utf-8") },
    { name: "unknown-label.html", mimeType: "text/html", buffer: latin1Page("x-not-an-encoding") },
  ]);
  const alert = page.locator(".add-article-refused");
  await alert.waitFor({ timeout: 60000 });
  await page.waitForFunction(() => document.querySelectorAll(".add-article-refused li").length === 3, null, { timeout: 60000 });
  const messages = (await alert.locator("li").allTextContents()).join("\n");
  assert.match(messages, /huge\.html is 20\.0 MB; pages over 16 MB are refused .*Nothing was added/);
  assert.match(messages, /utf8-label\.html: the text is not valid UTF-8: the page declares a wrong encoding.*Nothing was added/);
  assert.match(messages, /unknown-label\.html: the page declares the encoding 'x-not-an-encoding'.*Nothing was added/);
  assert.equal(await page.locator(".article-preview").count(), 0, "no preview of a refused file");
  assert.equal(await page.locator(".article-card").count(), before);
  await page.reload();
  await appReady(page);
  await appLibrary(page);
  await page.locator(".article-card.own", { hasText: title }).waitFor();
  assert.equal(await page.locator(".article-card").count(), before, "the article added before is kept");
  await context.close();
});

test("a library file saved again in Latin-1 is refused, not imported garbled", async () => {
  const { page, context } = await openLibrary();
  await addPage(page, "Café owners welcome the quay’s reopening");
  const file = await download(page, page.getByRole("button", { name: "Export your library" }));
  const fresh = await openLibrary();
  await fresh.page.locator(".library-transfer input.import-library").setInputFiles([
    { name: "resaved.json", mimeType: "application/json", buffer: Buffer.from(file.text.replaceAll("’", "'"), "latin1") },
  ]);
  const alert = fresh.page.locator('.notice-toast[data-notice="error"]', { hasText: "resaved.json was not imported" });
  await alert.waitFor();
  assert.match(await alert.textContent(), /resaved\.json is not UTF-8 text .*Nothing was changed/);
  assert.equal(await fresh.page.locator(".article-card.own").count(), 0);
  await fresh.context.close();
  await context.close();
});
