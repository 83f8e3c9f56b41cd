// Accessibility audit of the release build (dist/, served under /lector/):
// axe-core on every screen Lector has — library, reader (each sample
// article), an open entity card, the note editor, the help overlay, caret
// mode — in the light theme, the system's dark theme and the dark theme
// chosen with the toggle, at desktop and phone (390 px) width; then what axe
// cannot see (tests/e2e/a11y.mjs): CSS-generated badges and icons against
// the background behind them, annotation hues and patterns, switches that
// are off, target sizes and horizontal overflow.
//   usage: node scripts/audit-a11y.mjs [--json FILE] [--quick]
// (--quick: light and desktop only). Prints figures; exits 0 (an audit, not a test).
import fs from "node:fs";
import { startServer, launchBrowser } from "../tests/e2e/harness.mjs";
import { bundledArticles } from "../tests/e2e/articles.mjs";
import { dragSelect } from "../tests/e2e/annotations.mjs";
import { runAxe, visualChecks, AA, phrasesWithNames } from "../tests/e2e/a11y.mjs";

const args = process.argv.slice(2);
const jsonOut = args.includes("--json") ? args[args.indexOf("--json") + 1] : null;
const quick = args.includes("--quick");
const WIDTHS = quick ? { desktop: [1280, 900] } : { desktop: [1280, 900], phone: [390, 844] };
const THEMES = quick ? ["light"] : ["light", "dark", "toggle"];
const COLOURS = ["yellow", "blue", "pink", "green", "purple"];
const articles = bundledArticles();

async function main() {
  const server = await startServer();
  const browser = await launchBrowser();
  const runs = [];
  const visual = [];
  try {
    for (const [width, [w, h]] of Object.entries(WIDTHS)) {
      for (const theme of THEMES) {
        const context = await browser.newContext({
          viewport: { width: w, height: h }, bypassCSP: true, colorScheme: theme === "dark" ? "dark" : "light",
          hasTouch: width === "phone", isMobile: width === "phone",
        });
        const page = await context.newPage();
        const where = (state) => `${width} ${theme} ${state}`;
        const audit = async (state) => {
          runs.push({ where: where(state), violations: await runAxe(page) });
          visual.push({ where: where(state), ...(await visualChecks(page)) });
        };
        await page.goto(server.url);
        await page.waitForSelector(".site-header");
        if (theme === "toggle") {
          await page.getByRole("button", { name: /dark theme/i }).click();
          await page.waitForFunction(() => document.documentElement.dataset.theme === "dark");
        }
        await page.waitForSelector(".article-list a");
        await audit("library");
        // The library as a corpus (issue 16): its pages once every article is indexed.
        for (const [name, hash] of [["library filtered", "#/?anonymous=1&q=kirby"], ["entities", "#/entities"],
          ["entity", "#/entities?name=John%20Kirby"], ["annotations", "#/annotations"]]) {
          await page.goto(`${server.url}${hash}`);
          await page.waitForFunction(() => !document.querySelector(".search-progress progress"), null, { timeout: 30000 });
          await audit(name);
        }
        for (const article of articles) {
          await page.goto(`${server.url}#/article/${article.id}`);
          await page.waitForSelector(`[data-article-id="${article.id}"] .article-text p`);
          await audit(`reader ${article.id.slice(0, 3)}`);
        }
        const first = articles[0].id;
        await page.goto(`${server.url}#/article/${first}`);
        await page.waitForSelector(`[data-article-id="${first}"] .article-text p`);
        // Five annotations, one per colour, each over a name; the editor audited with the first open.
        const phrases = await phrasesWithNames(page, COLOURS.length);
        for (const [i, phrase] of phrases.entries()) {
          try {
            await dragSelect(page, phrase);
          } catch (e) {
            console.error(`(could not select "${phrase}": ${e.message.split("\n")[0]})`);
            continue;
          }
          await page.getByRole("toolbar", { name: "Annotate the selected text" }).getByRole("button", { name: "Note" }).click();
          const editor = page.getByRole("dialog", { name: "New note" });
          await editor.waitFor();
          await editor.locator("textarea").fill("Checked against the wire copy.");
          if (i === 0) await audit("note editor");
          await editor.locator(`.palette-option label.annotation-${COLOURS[i]}`).click();
          await editor.getByRole("button", { name: "Save" }).click();
          await editor.waitFor({ state: "detached" });
        }
        await page.mouse.click(2, 2);
        await audit("reader with annotations");
        // A state the app cannot reach is said, and the audit goes on.
        const tryState = async (state, fn) => {
          try {
            await fn();
          } catch (e) {
            console.error(`(${where(state)}: ${e.message.split("\n")[0]})`);
          }
        };
        await tryState("entity card", async () => {
          await page.locator("[data-entity]").first().click();
          await page.waitForSelector(".highlight-popover", { timeout: 5000 });
          await audit("entity card");
          await page.keyboard.press("Escape");
          await page.locator(".highlight-popover .popover-close").click({ timeout: 2000 }).catch(() => {});
        });
        await tryState("help overlay", async () => {
          await page.locator("h1").first().click();
          await page.keyboard.press("?");
          await page.waitForSelector(".help-overlay", { timeout: 5000 });
          await audit("help overlay");
          await page.keyboard.press("Escape");
          if (await page.locator(".help-overlay").count()) await page.locator(".help-overlay .popover-close").click({ force: true });
        });
        await tryState("caret mode", async () => {
          await page.locator("h1").first().click();
          await page.keyboard.press("c");
          await page.waitForSelector(".reading-caret, .caret-status", { timeout: 5000 });
          await audit("caret mode");
        });
        await context.close();
      }
    }
  } finally {
    await browser.close();
    server.stop();
  }
  report(runs, visual);
}

function report(runs, visual) {
  const fmt = (x) => x.toFixed(2);
  console.log(`\naxe-core on ${runs.length} states (${Object.keys(WIDTHS).join(", ")} × ${THEMES.join(", ")})`);
  const byRule = new Map();
  for (const { where, violations } of runs) {
    for (const v of violations) {
      const r = byRule.get(v.id) ?? { id: v.id, impact: v.impact, help: v.help, states: 0, nodes: 0, examples: new Set(), where: new Set() };
      r.states += 1;
      r.nodes += v.nodes.length;
      v.nodes.slice(0, 3).forEach((n) => r.examples.add(n));
      r.where.add(where.split(" ").slice(2).join(" "));
      byRule.set(v.id, r);
    }
  }
  const order = { critical: 0, serious: 1, moderate: 2, minor: 3 };
  const rules = [...byRule.values()].sort((a, b) => order[a.impact] - order[b.impact] || b.nodes - a.nodes);
  for (const r of rules) {
    console.log(`  ${r.impact.padEnd(9)} ${r.id.padEnd(28)} ${String(r.states).padStart(3)} states ${String(r.nodes).padStart(5)} nodes  ${r.help}`);
    console.log(`            on: ${[...r.where].slice(0, 6).join("; ")}${r.where.size > 6 ? " …" : ""}`);
    console.log(`            e.g. ${[...r.examples].slice(0, 3).join(" | ")}`);
  }
  const totalNodes = rules.reduce((n, r) => n + r.nodes, 0);
  const byImpact = Object.fromEntries(Object.keys(order).map((k) => [k, rules.filter((r) => r.impact === k).reduce((n, r) => n + r.nodes, 0)]));
  console.log(`  total: ${rules.length} rules, ${totalNodes} nodes (${Object.entries(byImpact).map(([k, v]) => `${k} ${v}`).join(", ")})`);

  console.log(`\nCSS-generated text (badges, icons) below ${AA.text}:1, worst per kind`);
  const badges = new Map();
  for (const v of visual) for (const b of v.badges) {
    const key = `${v.where.split(" ").slice(0, 2).join(" ")} ${b.what}`;
    if (!badges.has(key) || badges.get(key).ratio > b.ratio) badges.set(key, { ...b, key });
  }
  const allBadges = [...badges.values()];
  const lowBadges = allBadges.filter((b) => b.ratio < AA.text).sort((a, b) => a.ratio - b.ratio);
  for (const b of lowBadges) console.log(`  ${fmt(b.ratio)}  ${b.key}`);
  console.log(`  ${lowBadges.length} of ${allBadges.length} kinds below; worst ${allBadges.length ? fmt(Math.min(...allBadges.map((b) => b.ratio))) : "-"}`);

  console.log(`\nannotations (non-text ${AA.nonText}:1): hue vs page, pattern vs hue, pattern vs page, text vs hue`);
  const anns = new Map();
  for (const v of visual) for (const a of v.annotations) anns.set(`${v.where.split(" ").slice(1, 2)} ${a.colour}`, a);
  for (const [key, a] of anns) {
    const ok = Math.min(a.patternVsHue, a.patternVsPage) >= AA.nonText || a.hueVsPage >= AA.nonText;
    console.log(`  ${key.padEnd(14)} ${fmt(a.hueVsPage)}  ${fmt(a.patternVsHue)}  ${fmt(a.patternVsPage)}  ${fmt(a.textVsHue)}  ${ok ? "ok" : "BELOW"}`);
  }

  console.log(`\nswitches that are off (text ${AA.text}:1)`);
  const sw = new Map();
  for (const v of visual) for (const s of v.switches) {
    const key = `${v.where.split(" ").slice(0, 2).join(" ")} ${s.what}`;
    if (!sw.has(key) || sw.get(key).ratio > s.ratio) sw.set(key, s);
  }
  const swAll = [...sw.entries()];
  for (const [key, s] of swAll.filter(([, s]) => s.ratio < AA.text)) console.log(`  ${fmt(s.ratio)}  ${key}`);
  console.log(`  ${swAll.filter(([, s]) => s.ratio < AA.text).length} of ${swAll.length} below; worst ${swAll.length ? fmt(Math.min(...swAll.map(([, s]) => s.ratio))) : "-"}`);

  console.log(`\ntargets under ${AA.target} px`);
  const tg = new Map();
  for (const v of visual) for (const t of v.targets) tg.set(`${v.where.split(" ")[0]} ${t.what}`, t);
  for (const [key, t] of tg) console.log(`  ${t.width}×${t.height}  ${key}`);
  console.log(`  ${tg.size} kinds of target below ${AA.target} px`);

  console.log("\nphone: horizontal overflow");
  const phone = visual.filter((v) => v.where.startsWith("phone"));
  for (const v of phone) {
    if (v.overflow.page > 0 || v.overflow.outside.length) console.log(`  ${v.where}: page ${v.overflow.page}px wider; outside: ${v.overflow.outside.join(", ") || "-"}`);
  }
  const phoneBad = phone.filter((v) => v.overflow.page > 0 || v.overflow.outside.length).length;
  console.log(`  ${phoneBad} of ${phone.length} phone states scroll sideways or have a card outside the viewport`);

  console.log("\ndensity: names' badges drawn on the first screen of each article (no pointer, no focus)");
  const density = visual.filter((v) => /reader \d/.test(v.where)).map((v) => [v.where, v.badgesOnFirstScreen]);
  for (const [where, n] of density.filter(([w]) => w.includes(" light "))) console.log(`  ${String(n).padStart(3)}  ${where}`);

  const summary = {
    states: runs.length, axeRules: rules.length, axeNodes: totalNodes, axeByImpact: byImpact,
    axeRulesList: rules.map((r) => `${r.id}:${r.impact}:${r.nodes}`),
    badgesBelow: lowBadges.length, badgeKinds: allBadges.length,
    annotationsBelow: [...anns.values()].filter((a) => !(Math.min(a.patternVsHue, a.patternVsPage) >= AA.nonText || a.hueVsPage >= AA.nonText)).length,
    switchesBelow: swAll.filter(([, s]) => s.ratio < AA.text).length,
    smallTargets: tg.size, phoneOverflowStates: phoneBad,
    badgesOnFirstScreen: Object.fromEntries(density.filter(([w]) => w.startsWith("desktop light")).map(([w, n]) => [w.split(" ").at(-1), n])),
  };
  console.log("\nsummary " + JSON.stringify(summary));
  if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify({ summary, runs, visual }, null, 1));
}

await main();
