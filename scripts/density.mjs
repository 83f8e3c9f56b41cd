// How loud the reader is (issue 14): on the AP article's first screen (no
// scrolling, no pointer, no focus), how many highlights and how many badges
// or icons are drawn, in each of the legend's one-click views, at desktop
// (1280 × 900) and phone (390 × 844) width. Audits dist/ served under
// /lector/. Prints figures; exits 0.   usage: node scripts/density.mjs
import { startServer, launchBrowser } from "../tests/e2e/harness.mjs";
import { bundledArticles } from "../tests/e2e/articles.mjs";

const PRESETS = ["Sourcing", "Names", "All", "Plain text"];
const WIDTHS = { desktop: [1280, 900], phone: [390, 844] };

const firstScreen = (page) => page.evaluate(() => {
  const onScreen = (el) => { const r = el.getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight && r.width > 0; };
  const drawn = (el) => ["::before", "::after"].some((p) => {
    const s = getComputedStyle(el, p);
    return s.display !== "none" && /^"[^"]/.test(s.content);
  });
  const article = document.querySelector("article.reader");
  const highlights = [...article.querySelectorAll("[data-mention]:not(.cont-start), [data-cue]:not(.cont-start)")].filter(onScreen);
  const marks = [...article.querySelectorAll("[data-badge], [data-icon]")].filter(onScreen).filter(drawn);
  // Words on the first screen: text nodes whose box is on screen.
  let words = 0;
  const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const range = document.createRange();
    range.selectNodeContents(n);
    const r = range.getBoundingClientRect();
    if (r.bottom > 0 && r.top < innerHeight && r.width > 0) words += (n.textContent.match(/\S+/g) || []).length;
  }
  return { highlights: highlights.length, badges: marks.length, words };
});

async function main() {
  const articles = bundledArticles();
  const ap = articles.find((a) => /^AP$|Associated Press/.test(a.outlet ?? "")) ?? articles[0];
  const server = await startServer();
  const browser = await launchBrowser();
  try {
    console.log(`article: ${ap.id} (${ap.title})`);
    console.log("width    view         highlights  badges/icons  words on the first screen");
    for (const [width, [w, h]] of Object.entries(WIDTHS)) {
      const context = await browser.newContext({ viewport: { width: w, height: h } });
      const page = await context.newPage();
      await page.goto(`${server.url}#/article/${ap.id}`);
      await page.waitForSelector(`[data-article-id="${ap.id}"] .article-text p`);
      const initial = await page.locator('.legend-presets [aria-pressed="true"]').allTextContents();
      for (const preset of PRESETS) {
        await page.getByRole("group", { name: "Show at once" }).getByRole("button", { name: preset }).click();
        await page.evaluate(() => { document.activeElement?.blur(); scrollTo(0, 0); });
        await page.mouse.move(0, 0);
        const f = await firstScreen(page);
        const mark = initial.includes(preset) ? " (default)" : "";
        console.log(`${width.padEnd(8)} ${(preset + mark).padEnd(22)} ${String(f.highlights).padStart(3)}  ${String(f.badges).padStart(12)}  ${String(f.words).padStart(10)}`);
      }
      await context.close();
    }
  } finally {
    await browser.close();
    server.stop();
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
