// Lighthouse accessibility and best-practices scores of the release build
// (dist/, served under /lector/) for the library and the first article, in
// Debian's Chromium (never a downloaded browser), desktop settings.
// Lighthouse is not among the project's dependencies (it is large):
//   npm install --no-save lighthouse@12 && node scripts/lighthouse.mjs
// Prints the scores and each failing audit; exits 0 (an audit, not a test).
import { startServer } from "../tests/e2e/harness.mjs";
import { bundledArticles } from "../tests/e2e/articles.mjs";

let lighthouse, launch;
try {
  ({ default: lighthouse } = await import("lighthouse"));
  ({ launch } = await import("chrome-launcher"));
} catch {
  console.log("lighthouse is not installed: npm install --no-save lighthouse@12");
  process.exit(0);
}

const server = await startServer();
const chrome = await launch({
  chromePath: process.env.CHROMIUM || "/usr/bin/chromium",
  chromeFlags: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"],
});
try {
  const article = bundledArticles()[0];
  for (const [name, url] of [["library", server.url], ["article", `${server.url}#/article/${article.id}`]]) {
    const result = await lighthouse(url, {
      port: chrome.port, output: "json", logLevel: "error",
      onlyCategories: ["accessibility", "best-practices"], formFactor: "desktop",
      screenEmulation: { mobile: false, width: 1280, height: 900, deviceScaleFactor: 1, disabled: false },
    });
    const { categories, audits } = result.lhr;
    const score = (c) => Math.round(categories[c].score * 100);
    console.log(`${name}: accessibility ${score("accessibility")}, best practices ${score("best-practices")}`);
    for (const cat of Object.values(categories)) {
      for (const ref of cat.auditRefs) {
        const a = audits[ref.id];
        if (ref.weight > 0 && a.score !== null && a.score < 1) console.log(`  ${cat.id}: ${a.id} (${a.title})`);
      }
    }
  }
} finally {
  await chrome.kill();
  server.stop();
}
