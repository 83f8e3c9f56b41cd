// Imports a Lector file at the annotation limit into the release build
// (dist/) in Chromium and prints what it costs: time to the import's notice,
// the WebAssembly memory (linear memory never shrinks, so this is its
// high-water mark), the JS heap, the highlights drawn, whether anything
// threw, and whether the page still works afterwards (a reload, another
// article). usage: node scripts/bench-import-limit.mjs [COUNT ...]
// [--one] [--same-word] (default: 45000 49997; --one puts them all on the open article,
// --same-word all on one word of each article). Run scripts/build.sh first.
import { startServer, launchBrowser, openPage } from "../tests/e2e/harness.mjs";
import { largeLectorFile } from "../tests/e2e/large_import.mjs";
import { bundledArticles } from "../tests/e2e/articles.mjs";

const one = process.argv.includes("--one");
const sameWord = process.argv.includes("--same-word");
const counts = process.argv.slice(2).map(Number).filter((n) => n > 0);
const MB = 1024 * 1024;

/** Linear memory of the app's WebAssembly and the JS heap, in MB. */
async function memory(page) {
  return page.evaluate(() => ({
    wasm: window.__lectorWasm?.memory?.buffer.byteLength,
    js: performance.memory?.usedJSHeapSize,
  }));
}

async function run(browser, url, count) {
  const article = bundledArticles()[0];
  const file = largeLectorFile(count, one ? [article] : undefined, { sameWord });
  const { page, context, problems } = await openPage(browser);
  await page.addInitScript(() => addEventListener("TrunkApplicationStarted", (e) => { window.__lectorWasm = e.detail.wasm; }));
  await page.goto(`${url}#/article/${article.id}`);
  await page.waitForSelector("article.reader .article-text p", { timeout: 30000 });
  const before = await memory(page);
  const started = Date.now();
  await page.setInputFiles("input.import-file", { name: "limit.json", mimeType: "application/json", buffer: Buffer.from(file) });
  const notice = page.locator('[data-notice="info"], [data-notice="error"], [data-notice="imported"]', { hasText: "limit.json" });
  let told = "(no notice)";
  try {
    await notice.first().waitFor({ timeout: 120000 });
    told = (await notice.first().innerText()).replace(/\s+/g, " ").slice(0, 120);
  } catch (e) { told = `(no notice: ${e.message.split("\n")[0]})`; }
  const seconds = (Date.now() - started) / 1000;
  await page.waitForTimeout(2000);
  const after = await memory(page);
  const marks = await page.locator("mark[data-annotation-id]").count();
  const notices = (await page.locator("[data-notice]").allInnerTexts()).map((t) => t.replace(/\s+/g, " ").slice(0, 80));
  // Still working: another article opens and draws its highlights.
  let works = true;
  try {
    await page.evaluate((id) => { location.hash = `#/article/${id}`; }, bundledArticles()[1].id);
    await page.waitForFunction((id) => document.querySelector(`article.reader`) && location.hash.includes(id), bundledArticles()[1].id, { timeout: 60000 });
    if (!one) await page.waitForSelector("mark[data-annotation-id]", { timeout: 60000 });
  } catch { works = false; }
  const afterNext = await memory(page);
  const size = (file.length / 1e6).toFixed(1);
  console.log(`${count} annotations (${size} MB): ${seconds.toFixed(1)} s to "${told}"`);
  console.log(`  wasm memory ${(before.wasm / MB).toFixed(0)} → ${(after.wasm / MB).toFixed(0)} MB (after the next article: ${(afterNext.wasm / MB).toFixed(0)} MB); JS heap ${(before.js / MB).toFixed(0)} → ${(after.js / MB).toFixed(0)} MB`);
  console.log(`  notices: ${notices.join(" / ")}`);
  console.log(`  highlights drawn on the open article: ${marks}; next article works: ${works}; page errors: ${problems.pageErrors.length ? problems.pageErrors.slice(0, 3).join(" | ") : "none"}`);
  await context.close();
  return { count, seconds, before, after, marks, works, errors: problems.pageErrors };
}

const server = await startServer();
const browser = await launchBrowser();
try {
  for (const count of counts.length ? counts : [45000, 49997]) await run(browser, server.url, count);
} finally {
  await browser.close();
  server.stop();
}
