// The first visit on a phone, Lector against a plain HTML page of the same
// article. Run by scripts/bench-first-visit.sh (which builds both); prints
// figures, asserts nothing.
//
// Method (the issue's): the release build served with gzip as GitHub Pages
// serves it (scripts/static_server.py --gzip), a phone-sized window and
// Lighthouse's mobile throttling through the DevTools protocol (150 ms round
// trip, 1.6 Mbit/s down, 750 kbit/s up, CPU 4x slower), a fresh profile per
// run, the plain page and Lector interleaved, medians of RUNS runs.
//
// "On screen" is the first animation frame (the step just before a paint) in
// which a paragraph holding the article's first sentence is laid out and
// visible; "first highlight" the same for the first entity or cue; "app
// running" the same for the app's own reader (`article.reader`: cards, notes).
// After each of Lector's first visits the server is stopped and the context
// taken offline, and another article is opened: the second visit offline.
//
// usage: node scripts/bench-first-visit.mjs DIST PLAIN_DIR ARTICLE_ID OTHER_ID SENTENCE [RUNS]
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createInterface } from "node:readline";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const [dist, plainDir, articleId, otherId, sentence, runsArg] = process.argv.slice(2);
const RUNS = Number(runsArg || 5);
const PREFIX = "/lector/";
const THROTTLE = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};
const CPU_SLOWDOWN = 4;
const PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };
const TIMEOUT = 120_000;

async function startServer(dir) {
  const child = spawn("python3", [path.join(root, "scripts/static_server.py"), dir, "--prefix", PREFIX,
    "--port", "0", "--gzip"], { stdio: ["ignore", "pipe", "inherit"] });
  const [url] = await once(createInterface({ input: child.stdout }), "line");
  return { url: url.trim(), stop: async () => { child.kill(); await once(child, "exit"); } };
}

// Runs in every document before its own scripts.
function probe({ sentence, wantHighlight }) {
  const marks = (window.__bench = {});
  const visible = (el) => el.getBoundingClientRect().height > 0 && el.checkVisibility();
  const frame = () => {
    const now = performance.now();
    if (marks.text === undefined) {
      // Without a sentence (the other article, offline): its first paragraph.
      for (const p of document.querySelectorAll(sentence ? "p" : ".article-text p")) {
        if ((!sentence || p.textContent.includes(sentence)) && visible(p)) { marks.text = now; break; }
      }
    }
    if (wantHighlight && marks.highlight === undefined) {
      const mark = document.querySelector(".entity, .cue");
      if (mark && visible(mark)) marks.highlight = now;
    }
    if (wantHighlight && marks.app === undefined) {
      const reader = document.querySelector("article.reader .entity");
      if (reader && visible(reader)) marks.app = now;
    }
    if (marks.text === undefined || (wantHighlight && marks.app === undefined)) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

async function visit(context, url, wantHighlight, expected = sentence) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  let bytes = 0;
  cdp.on("Network.loadingFinished", (e) => { bytes += e.encodedDataLength; });
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", THROTTLE);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
  await page.addInitScript(probe, { sentence: expected, wantHighlight });
  await page.goto(url, { waitUntil: "commit", timeout: TIMEOUT });
  await page.waitForFunction((want) => window.__bench.text !== undefined
    && (!want || window.__bench.app !== undefined), wantHighlight, { timeout: TIMEOUT, polling: 100 });
  await page.waitForLoadState("load", { timeout: TIMEOUT });
  const marks = await page.evaluate(() => window.__bench);
  return { page, cdp, text: marks.text, highlight: marks.highlight, app: marks.app, bytes };
}

async function plainRun(browser, server) {
  const context = await browser.newContext(PHONE);
  const { text, bytes } = await visit(context, server.url, false);
  await context.close();
  return { text, bytes };
}

async function lectorRun(browser) {
  const server = await startServer(dist);
  const context = await browser.newContext(PHONE);
  const first = await visit(context, `${server.url}#/article/${articleId}`, true);
  // Caching for offline happens after the page has loaded (web/boot.js).
  const cached = await first.page.evaluate(async () => {
    if (!("serviceWorker" in navigator)) return false;
    for (let i = 0; i < 30 && !(await navigator.serviceWorker.getRegistration()); i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    if (!(await navigator.serviceWorker.getRegistration())) return false;
    return Promise.race([navigator.serviceWorker.ready.then(() => true),
      new Promise((resolve) => setTimeout(() => resolve(false), 60_000))]);
  }).catch(() => false);
  await server.stop();
  await context.setOffline(true);
  let offline = null;
  if (!cached) console.error("the service worker did not finish caching within a minute");
  if (cached) {
    const again = await visit(context, `${server.url}#/article/${otherId}`, true, null).catch((e) => {
      console.error(`second visit offline failed: ${e.message.split("\n")[0]}`);
      return null;
    });
    if (again) offline = { text: again.text, highlight: again.highlight, app: again.app };
  }
  await context.close();
  return { text: first.text, highlight: first.highlight, app: first.app, bytes: first.bytes, offline };
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const secs = (ms) => `${(ms / 1000).toFixed(2)} s`;
const kib = (b) => `${(b / 1024).toFixed(1)} KiB`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run"],
});
const plainServer = await startServer(plainDir);
const plain = [];
const lector = [];
try {
  for (let i = 0; i < RUNS; i++) {
    plain.push(await plainRun(browser, plainServer));
    lector.push(await lectorRun(browser));
    const p = plain.at(-1), l = lector.at(-1);
    console.error(`run ${i + 1}/${RUNS}: plain ${secs(p.text)}; Lector text ${secs(l.text)}, highlight ${secs(l.highlight)},`
      + ` app ${secs(l.app)}, ${kib(l.bytes)}; offline ${l.offline ? `text ${secs(l.offline.text)}, app ${secs(l.offline.app)}` : "failed"}`);
  }
} finally {
  await plainServer.stop();
  await browser.close();
}

const plainText = median(plain.map((r) => r.text));
const text = median(lector.map((r) => r.text));
const highlight = median(lector.map((r) => r.highlight));
const app = median(lector.map((r) => r.app));
const offline = lector.filter((r) => r.offline);
console.log(`First visit on a phone: medians of ${RUNS} interleaved runs (412x823 window, 150 ms RTT, 1.6 Mbit/s,`
  + ` CPU ${CPU_SLOWDOWN}x slower; gzip as GitHub Pages serves it)`);
console.log(`  ${"".padEnd(28)}${"plain page".padStart(12)}${"Lector".padStart(12)}${"ratio".padStart(9)}`);
console.log(`  ${"article text on screen".padEnd(28)}${secs(plainText).padStart(12)}${secs(text).padStart(12)}${`${(text / plainText).toFixed(2)}x`.padStart(9)}`);
console.log(`  ${"first highlight".padEnd(28)}${"-".padStart(12)}${secs(highlight).padStart(12)}${`${(highlight / plainText).toFixed(2)}x`.padStart(9)}`);
console.log(`  ${"app running (cards, notes)".padEnd(28)}${"-".padStart(12)}${secs(app).padStart(12)}${`${(app / plainText).toFixed(2)}x`.padStart(9)}`);
console.log(`  ${"first visit, gzip".padEnd(28)}${kib(median(plain.map((r) => r.bytes))).padStart(12)}${kib(median(lector.map((r) => r.bytes))).padStart(12)}`);
console.log(offline.length
  ? `  second visit offline (another article): works in ${offline.length}/${RUNS} runs; text ${secs(median(offline.map((r) => r.offline.text)))},`
    + ` highlights ${secs(median(offline.map((r) => r.offline.highlight)))}, app ${secs(median(offline.map((r) => r.offline.app)))}`
  : `  second visit offline (another article): fails (0/${RUNS} runs)`);
