// The analyzer's model and word lists (issue 13) are a file of their own
// beside the app, fetched in parallel with the WebAssembly and cached by the
// service worker; an article the app shows before that file has arrived is
// readable at once, says its highlights are coming, and gets them in place
// when the file arrives (only the headline may grow, by its names' badges). The test holds the file back until
// it chooses to let it through.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { openPage, servedBuild } from "./harness.mjs";
import { bundledArticles } from "./articles.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const articles = bundledArticles();
let server, browser;
servedBuild((started) => ({ server, browser } = started));

/** The address of the analyzer's file, as the page names it. */
async function analyzerFile() {
  const html = await (await fetch(server.url)).text();
  const link = /<link rel="preload" id="lector-analyzer-data" href="([^"]+)"[^>]*>/.exec(html);
  assert.ok(link, "the page preloads the analyzer's data");
  return link[1];
}

test("the model and word lists are a content-named file, preloaded and cached, not part of the WebAssembly", async () => {
  const file = await analyzerFile();
  assert.match(file, /^analyzer-[0-9a-f]{16}\.bin$/);
  const data = await fetch(new URL(file, server.url));
  assert.equal(data.status, 200);
  assert.ok((await data.arrayBuffer()).byteLength > 50_000, "it holds the model");
  const worker = await (await fetch(new URL("sw.js", server.url))).text();
  assert.ok(worker.includes(JSON.stringify(file)), "the service worker caches it for offline reading");
  const html = await (await fetch(server.url)).text();
  const wasmName = /href="([^"]+\.wasm)"/.exec(html)[1];
  const wasm = Buffer.from(await (await fetch(new URL(wasmName, server.url))).arrayBuffer());
  const countries = fs.readFileSync(path.join(root, "crates/lector-analysis/gazetteers/countries.txt"), "utf8")
    .split("\n").filter((l) => l && !l.startsWith("#")).slice(0, 5).join("\n");
  assert.ok(!wasm.includes(countries), "the WebAssembly does not carry the word lists");
});

test("an article shows at once while the model is on its way, and its highlights arrive in place", async () => {
  const article = articles[0];
  const { page, problems } = await openPage(browser, await browser.newContext({ viewport: { width: 390, height: 800 } }));
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route("**/analyzer-*.bin", async (route) => { await held; await route.continue(); });
  await page.goto(server.url);
  // The library needs no model: the app takes over from the pre-rendered page.
  await page.waitForFunction(() => !document.getElementById("prerendered") && document.querySelector(".library"),
    null, { timeout: 30000 });
  await page.getByRole("link", { name: article.title, exact: true }).click();
  const status = page.locator(".highlights-status");
  await status.waitFor();
  assert.match(await status.textContent(), /highlights are coming/i);
  assert.equal(await page.getByRole("status").filter({ hasText: /coming/i }).count(), 1, "announced politely");
  await page.locator("article.reader .article-text p").first().waitFor();
  assert.equal(await page.locator("article.reader .article-title").textContent().then((t) => t.trim()), article.title);
  assert.equal(await page.locator("article.reader .article-text .entity").count(), 0, "no highlights yet");
  const place = () => page.evaluate(() => {
    const box = (el) => el.getBoundingClientRect();
    const p = box(document.querySelector("article.reader .article-text p"));
    return { top: p.top, left: p.left, width: p.width,
      title: box(document.querySelector("article.reader .article-title")).height,
      text: document.querySelector("article.reader .article-text").textContent };
  });
  const before = await place();
  release();
  await page.locator("article.reader .article-text .entity").first().waitFor({ timeout: 30000 });
  assert.equal(await status.count(), 0, "the notice goes when the highlights come");
  const after = await place();
  assert.equal(after.text, before.text, "the same text, now highlighted");
  for (const side of ["left", "width"]) {
    assert.ok(Math.abs(before[side] - after[side]) < 1, `the first paragraph moved (${side} ${before[side]} → ${after[side]})`);
  }
  // Known limit (ARCHITECTURE.md, issue 13): names in the headline get their
  // badges, which can wrap it onto another line; nothing else may move.
  const grown = after.title - before.title;
  assert.ok(Math.abs(after.top - before.top - grown) < 1,
    `the text moved by more than the headline grew (${after.top - before.top} px against ${grown} px)`);
  assert.deepEqual(problems.pageErrors, []);
  await page.context().close();
});

test("when the model cannot be loaded, the article still reads and the reader is told why", async () => {
  const article = articles[1] ?? articles[0];
  const { page, problems } = await openPage(browser, await browser.newContext());
  await page.route("**/analyzer-*.bin", (route) => route.fulfill({ status: 404, body: "gone" }));
  await page.goto(`${server.url}#/article/${article.id}`);
  const status = page.locator(".highlights-status[role=alert]");
  await status.waitFor({ timeout: 30000 });
  assert.match(await status.textContent(), /cannot be highlighted/i);
  await page.locator("article.reader .article-text p").first().waitFor();
  assert.equal(await page.locator("article.reader .article-text .entity").count(), 0);
  await status.getByText("Why").click();
  assert.match(await status.textContent(), /404/);
  assert.deepEqual(problems.pageErrors, []);
  await page.context().close();
});
