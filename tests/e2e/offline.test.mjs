// Offline (issue 13): after one visit the service worker has cached the
// site, so another article opens with no network at all; a new build
// (a changed precache list) is announced with "Reload to update".
// Each test serves its own copy of the build, so it can stop the server or
// change the files.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, execFileSync } from "node:child_process";
import { once } from "node:events";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { launchBrowser, openPage, PREFIX } from "./harness.mjs";
import { bundledArticles } from "./articles.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const articles = bundledArticles();
let browser;

before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

async function serveCopy() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lector-offline-"));
  fs.cpSync(path.join(root, "dist"), dir, { recursive: true });
  const child = spawn("python3", [path.join(root, "scripts/static_server.py"), dir, "--prefix", PREFIX, "--port", "0"],
    { stdio: ["ignore", "pipe", "inherit"] });
  const [url] = await once(createInterface({ input: child.stdout }), "line");
  return {
    dir,
    url: url.trim(),
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) { child.kill(); await once(child, "exit"); }
    },
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/** Waits until the service worker has cached the site and controls the page. */
async function cachedForOffline(page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30000 });
}

test("after one visit, another article opens and is highlighted with no network", async () => {
  const site = await serveCopy();
  try {
    const [first, second] = articles;
    const { page, context, problems } = await openPage(browser);
    await page.goto(`${site.url}#/article/${first.id}`);
    await page.locator("article.reader .article-text .entity").first().waitFor({ timeout: 30000 });
    await cachedForOffline(page);
    await site.stop();
    await context.setOffline(true);
    const again = await context.newPage();
    await again.goto(`${site.url}#/article/${second.id}`);
    await again.locator("article.reader .article-text .entity").first().waitFor({ timeout: 30000 });
    assert.equal((await again.locator("article.reader .article-title").textContent()).trim(), second.title);
    assert.equal(await again.locator(".notice[role=alert]").count(), 0, "no loading error");
    await again.reload();
    await again.locator("article.reader .article-text .entity").first().waitFor({ timeout: 30000 });
    assert.deepEqual(problems.pageErrors, []);
    await context.close();
  } finally {
    await site.stop();
    site.remove();
  }
});

test("a new version is announced, and taken only when the reader reloads for it", async () => {
  const site = await serveCopy();
  try {
    const { page, context } = await openPage(browser);
    await page.goto(site.url);
    await page.locator(".article-card").first().waitFor();
    await cachedForOffline(page);
    assert.equal(await page.locator(".update-notice").count(), 0, "nothing to announce yet");

    // A new build: one article gains a paragraph, so the precache list changes.
    fs.appendFileSync(path.join(site.dir, "data", `${articles[0].id}.md`), "\nA paragraph added later.\n");
    const oldList = fs.readFileSync(path.join(site.dir, "sw.js"), "utf8");
    execFileSync("python3", [path.join(root, "scripts/precache.py"), site.dir]);
    assert.notEqual(fs.readFileSync(path.join(site.dir, "sw.js"), "utf8"), oldList);

    await page.reload();
    const notice = page.locator(".update-notice");
    await notice.waitFor({ timeout: 30000 });
    assert.match(await notice.textContent(), /newer version/i);
    await Promise.all([page.waitForEvent("load"), notice.getByRole("button", { name: "Reload to update" }).click()]);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const version = await page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith("lector-")));
    assert.equal(version.length, 1, "the old version's cache is gone");
    assert.ok(fs.readFileSync(path.join(site.dir, "sw.js"), "utf8").includes(version[0].slice("lector-".length)),
      "the page now runs the new version");
    assert.equal(await page.locator(".update-notice").count(), 0);
    await context.close();
  } finally {
    await site.stop();
    site.remove();
  }
});
