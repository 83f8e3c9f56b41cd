// Accessibility of what the stylesheet draws (issue 14), in headless Chromium
// against the release build, in the light and dark themes at desktop and
// phone width: axe-core finds no violation at all (library, reader with
// annotations, note editor, a name's card);
// CSS-generated badges and icons keep 4.5:1 against what is behind them,
// inside annotations too; each annotation colour's pattern keeps 3:1 against
// its hue and the page; a legend switch that is off is still readable; no
// control is under 24 px; a phone never scrolls sideways, cards included.
// (scripts/audit-a11y.sh prints the same figures for every screen.)
import { test } from "node:test";
import assert from "node:assert/strict";
import { servedBuild } from "./harness.mjs";
import { bundledArticles } from "./articles.mjs";
import { dragSelect } from "./annotations.mjs";
import { runAxe, visualChecks, phrasesWithNames, AA } from "./a11y.mjs";

let server, browser;
const articles = bundledArticles();
const COLOURS = ["yellow", "blue", "pink", "green", "purple"];
const fmt = (list) => list.map((x) => `${x.what}: ${x.ratio.toFixed(2)}`).join("; ");

servedBuild((started) => ({ server, browser } = started));

async function reader(colorScheme, viewport) {
  const context = await browser.newContext({ colorScheme, viewport, bypassCSP: true });
  const page = await context.newPage();
  return { page, context };
}

async function openArticle(page, id) {
  await page.goto(`${server.url}#/article/${id}`);
  await page.waitForSelector(`[data-article-id="${id}"] .article-text p`);
}

/** Annotates five phrases that start on a name, one per colour, through the note editor. */
async function annotateInEveryColour(page, onEditor) {
  const phrases = await phrasesWithNames(page, COLOURS.length);
  assert.equal(phrases.length, COLOURS.length, "the article has five paragraphs with names");
  for (const [i, phrase] of phrases.entries()) {
    await dragSelect(page, phrase);
    await page.getByRole("toolbar", { name: "Annotate the selected text" }).getByRole("button", { name: "Note" }).click();
    const editor = page.getByRole("dialog", { name: "New note" });
    await editor.locator("textarea").fill("Seen in two other reports.");
    if (i === 0 && onEditor) await onEditor();
    await editor.locator(`.palette-option label.annotation-${COLOURS[i]}`).click();
    await editor.getByRole("button", { name: "Save" }).click();
    await editor.waitFor({ state: "detached" });
  }
  await page.mouse.click(2, 2);
}

/** axe-core finds nothing, of any impact (its default rules: WCAG 2.2 A/AA and best practices). */
async function axeViolations(page, where) {
  const found = await runAxe(page);
  assert.deepEqual(found.map((v) => `${v.id}: ${v.nodes.slice(0, 3).join(", ")}`), [], `${where}: axe`);
}

function assertDrawnContrast(checks, where) {
  const badges = checks.badges.filter((b) => b.ratio < AA.text);
  assert.deepEqual(badges, [], `${where}: CSS-generated text under ${AA.text}:1: ${fmt(badges)}`);
  const switches = checks.switches.filter((s) => s.ratio < AA.text);
  assert.deepEqual(switches, [], `${where}: switches that are off under ${AA.text}:1: ${fmt(switches)}`);
  assert.deepEqual(checks.targets, [], `${where}: controls under ${AA.target} px`);
}

for (const colorScheme of ["light", "dark"]) {
  test(`${colorScheme}: badges, icons, switches, targets and annotation patterns meet WCAG AA`, async () => {
    const { page, context } = await reader(colorScheme, { width: 1280, height: 900 });
    await page.goto(server.url);
    await page.waitForSelector(".article-list a");
    await axeViolations(page, `${colorScheme} library`);
    await openArticle(page, articles[0].id);
    // Every legend switch off, then the checks with them off.
    const on = page.locator('.legend-toggle[aria-pressed="true"]');
    while (await on.count()) await on.first().click();
    assert.ok(await page.locator('.legend-toggle[aria-pressed="false"]').count() >= 9, "every switch is off");
    assertDrawnContrast(await visualChecks(page), `${colorScheme}, switches off`);
    await axeViolations(page, `${colorScheme} reader, switches off`);
    const off = page.locator('.legend-toggle[aria-pressed="false"]');
    while (await off.count()) await off.first().click();

    await annotateInEveryColour(page, async () => {
      await axeViolations(page, `${colorScheme} note editor`);
      assertDrawnContrast(await visualChecks(page), `${colorScheme} note editor`);
    });
    const checks = await visualChecks(page);
    assertDrawnContrast(checks, `${colorScheme} reader with annotations`);
    // Calm by default: no name's badge is drawn until it is pointed at or focused.
    assert.equal(checks.badgesOnFirstScreen, 0, `${colorScheme}: badges drawn on the first screen`);
    const name = page.locator("article.reader .article-text [data-entity][data-badge]").first();
    await name.hover();
    assert.match(await name.evaluate((el) => getComputedStyle(el, "::after").display), /block|inline/, "a pointed name shows its badge");
    await page.mouse.move(1, 1);
    assert.ok(checks.badges.some((b) => / in annotation-/.test(b.what)), "some icon or badge lies inside an annotation");
    assert.deepEqual(checks.annotations.map((a) => a.colour).sort(), [...COLOURS].sort());
    for (const a of checks.annotations) {
      // Non-text contrast: the pattern tells the annotation from its hue and from the page.
      assert.ok(a.patternVsHue >= AA.nonText, `${colorScheme} ${a.colour}: pattern on its hue ${a.patternVsHue.toFixed(2)}`);
      assert.ok(a.patternVsPage >= AA.nonText, `${colorScheme} ${a.colour}: pattern on the page ${a.patternVsPage.toFixed(2)}`);
      assert.ok(a.textVsHue >= AA.text, `${colorScheme} ${a.colour}: text on its hue ${a.textVsHue.toFixed(2)}`);
    }
    await axeViolations(page, `${colorScheme} reader with annotations`);

    await page.locator("article.reader [data-entity]").first().click();
    await page.waitForSelector(".highlight-popover");
    assertDrawnContrast(await visualChecks(page), `${colorScheme} entity card`);
    await axeViolations(page, `${colorScheme} entity card`);
    await context.close();
  });
}

test("a phone (390 px) never scrolls sideways, with a card open on the rightmost name of each article", async () => {
  const { page, context } = await reader("light", { width: 390, height: 844 });
  for (const article of articles) {
    await openArticle(page, article.id);
    let checks = await visualChecks(page);
    assert.ok(checks.overflow.page <= 0, `${article.id}: the page is ${checks.overflow.page}px wider than the phone`);
    // The name whose card would start furthest right.
    const rightmost = await page.$$eval("article.reader [data-entity]", (els) => {
      let best = 0;
      els.forEach((el, i) => { if (el.getBoundingClientRect().left > els[best].getBoundingClientRect().left) best = i; });
      return best;
    });
    await page.locator("article.reader [data-entity]").nth(rightmost).click();
    await page.waitForSelector(".highlight-popover");
    checks = await visualChecks(page);
    assert.deepEqual(checks.overflow.outside, [], `${article.id}: a card lies past the screen's edge`);
    assert.ok(checks.overflow.page <= 0, `${article.id}: with a card open the page is ${checks.overflow.page}px wider than the phone`);
    assert.deepEqual(checks.targets, [], `${article.id}: controls under ${AA.target} px on a phone`);
    await page.locator(".highlight-popover .popover-close").click();
  }
  await context.close();
});

test("badges and icons stay out of accessible names: each headline and legend switch reads as its words", async () => {
  const { page, context } = await reader("light", { width: 1280, height: 900 });
  for (const article of articles) {
    await openArticle(page, article.id);
    assert.ok(await page.locator("article.reader [data-badge], article.reader [data-icon]").count() > 0, `${article.id}: badges or icons are drawn`);
    const heading = page.getByRole("heading", { level: 1, name: article.title, exact: true });
    assert.equal(await heading.count(), 1, `${article.id}: the headline's accessible name is its title`);
  }
  assert.equal(await page.locator(".legend-toggle[data-layer=PER]").getAttribute("aria-pressed"), "true");
  assert.equal(await page.getByRole("button", { name: /^Person \d+$/ }).count(), 1, "the switch reads \"Person\" and its count, no badge");
  await context.close();
});
