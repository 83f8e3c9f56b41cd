// Focus, announcements, presets, phone reach and plain messages (issue 14),
// in headless Chromium against the release build: where keyboard focus goes
// when pages, cards, the note editor and the help overlay come and go; the
// legend's one-click views; the sourcing panel one tap from the top of a
// phone's page; the note's Save above a short (keyboard-up) viewport; an
// import refused in plain words with the detail behind one click.
import { test } from "node:test";
import assert from "node:assert/strict";
import { servedBuild } from "./harness.mjs";
import { bundledArticles } from "./articles.mjs";
import { dragSelect } from "./annotations.mjs";
import { runAxe } from "./a11y.mjs";

let server, browser;
const articles = bundledArticles();

servedBuild((started) => ({ server, browser } = started));

async function fresh(viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport, bypassCSP: true });
  const page = await context.newPage();
  return { page, context };
}

const focused = (page) => page.evaluate(() => {
  const el = document.activeElement;
  return { tag: el.tagName, text: (el.textContent || "").trim(), id: el.id, cls: el.className,
    mention: el.getAttribute("data-mention"), annotation: el.getAttribute("data-annotation-id") };
});
const announced = (page) => page.waitForFunction(
  () => (document.getElementById("page-announcer")?.textContent || "").length > 0).then(() =>
  page.locator("#page-announcer").textContent());

async function openFromLibrary(page, article) {
  await page.goto(server.url);
  await page.waitForSelector(".article-list [data-article-id] a");
  await page.getByRole("link", { name: article.title, exact: true }).click();
  await page.waitForSelector(`[data-article-id="${article.id}"] .article-text p`);
}

test("opening an article, going back and a deep link put focus on the page's heading and announce it", async () => {
  const { page, context } = await fresh();
  const article = articles[0];
  await openFromLibrary(page, article);
  await page.waitForFunction(() => document.activeElement?.matches("h1.article-title"));
  assert.equal((await focused(page)).text, article.title);
  assert.equal(await announced(page), article.title, "the title is announced");
  await page.getByRole("link", { name: "← Library" }).click();
  await page.waitForFunction(() => document.activeElement?.id === "library-heading");
  assert.equal(await announced(page), "Library");
  // A deep link (a fresh load straight into an article).
  await page.goto(`${server.url}#/article/${articles[1].id}`);
  await page.waitForSelector(`[data-article-id="${articles[1].id}"] .article-text p`);
  await page.waitForFunction(() => document.activeElement?.matches("h1.article-title"));
  assert.equal((await focused(page)).text, articles[1].title);
  await context.close();
});

test("highlights read as marks described by their type; Tab goes into the card; closing it hands focus back and n goes on", async () => {
  const { page, context } = await fresh();
  await page.goto(`${server.url}#/article/${articles[0].id}`);
  await page.waitForSelector(`[data-article-id="${articles[0].id}"] .article-text p`);
  const first = page.locator("article.reader .article-text [data-mention]:not(.cont-start)").first();
  assert.equal(await first.getAttribute("role"), "mark");
  const describedBy = await first.getAttribute("aria-describedby");
  const type = await page.locator(`#${describedBy}`).textContent();
  assert.ok(["Person", "Organization", "Place", "Other"].includes(type), `described as its type: ${type}`);
  // Step to the third highlight with n: its card opens.
  await page.locator("body").click({ position: { x: 2, y: 2 } });
  for (let i = 0; i < 3; i++) await page.keyboard.press("n");
  await page.waitForSelector(".highlight-popover");
  const opener = await focused(page);
  assert.ok(opener.mention !== null || opener.cls.includes("cue"), "a highlight has focus");
  // One Tab from the highlight reaches its card.
  await page.keyboard.press("Tab");
  assert.ok(await page.evaluate(() => !!document.activeElement.closest(".highlight-popover")), "Tab goes into the card");
  // Escape closes it and focus goes back to the highlight, not the page's top.
  const scrolled = await page.evaluate(() => scrollY);
  await page.keyboard.press("Escape");
  await page.waitForSelector(".highlight-popover", { state: "detached" });
  const back = await focused(page);
  assert.equal(back.text, opener.text, "focus is back on the highlight");
  assert.equal(await page.locator(".highlight-popover").count(), 0, "handing focus back does not reopen the card");
  assert.ok(Math.abs((await page.evaluate(() => scrollY)) - scrolled) < 200, "no jump to the top");
  // n goes on from there: the fourth highlight.
  await page.keyboard.press("n");
  const stops = await page.$$eval("article.reader [data-mention]:not(.cont-start), article.reader [data-cue]:not(.cont-start)",
    (els) => els.map((el) => el.textContent.trim()));
  assert.equal((await focused(page)).text, stops[3], "n continues after the highlight");
  // The × also hands focus back.
  await page.locator(".highlight-popover .popover-close").click();
  assert.equal((await focused(page)).text, stops[3]);
  assert.deepEqual((await runAxe(page)).map((v) => v.id), [], "axe");
  await context.close();
});

test("the note editor: saving puts focus on the new annotation; an edit saved keeps focus in its card", async () => {
  const { page, context } = await fresh();
  await page.goto(`${server.url}#/article/${articles[0].id}`);
  await page.waitForSelector(`[data-article-id="${articles[0].id}"] .article-text p`);
  const phrase = await page.locator("article.reader .article-text p").first().evaluate((p) =>
    p.textContent.split(/\s+/).slice(2, 6).join(" "));
  await dragSelect(page, phrase);
  await page.getByRole("toolbar", { name: "Annotate the selected text" }).getByRole("button", { name: "Note" }).click();
  const editor = page.getByRole("dialog", { name: "New note" });
  await editor.locator("textarea").fill("Check this.");
  await page.keyboard.press("Control+Enter");
  await editor.waitFor({ state: "detached" });
  await page.waitForFunction(() => document.activeElement?.matches("mark[data-annotation-id]"));
  const mark = await focused(page);
  assert.ok(mark.annotation, "focus is on the new annotation");
  // Its card: Escape hands focus back to the mark.
  await page.keyboard.press("Escape");
  await page.locator(`mark[data-annotation-id="${mark.annotation}"]`).first().click();
  const card = page.locator(".annotation-popover");
  await card.waitFor();
  await page.keyboard.press("Escape");
  await card.waitFor({ state: "detached" });
  assert.equal((await focused(page)).annotation, mark.annotation, "Escape on the card returns to its annotation");
  // Edit in the sidebar, save: focus stays in that card.
  const side = page.locator(`.reader-panel [data-card-id="${mark.annotation}"]`);
  await side.getByRole("button", { name: "Edit" }).click();
  await side.locator("textarea").fill("Checked.");
  await side.getByRole("button", { name: "Save" }).click();
  await page.waitForFunction((id) => document.activeElement?.closest(`[data-card-id="${id}"]`) !== null, mark.annotation);
  assert.equal((await focused(page)).text, "Edit");
  await context.close();
});

test("? opens keyboard help on the library too; the overlay holds focus and gives it back", async () => {
  const { page, context } = await fresh();
  await page.goto(server.url);
  await page.waitForSelector(".article-list [data-article-id] a");
  const button = page.locator(".library .help-button");
  await button.focus();
  await page.keyboard.press("?");
  const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await dialog.waitFor();
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press(i % 2 ? "Shift+Tab" : "Tab");
    assert.ok(await page.evaluate(() => !!document.activeElement.closest(".help-overlay")), "focus stays in the dialog");
  }
  assert.deepEqual((await runAxe(page)).map((v) => v.id), [], "axe with the help open");
  await page.keyboard.press("Escape");
  await dialog.waitFor({ state: "detached" });
  assert.ok(await page.evaluate(() => document.activeElement.classList.contains("help-button")), "focus is back on the button");
  await context.close();
});

test("presets show a whole view in one click and are remembered", async () => {
  const { page, context } = await fresh();
  const id = articles[0].id;
  await page.goto(`${server.url}#/article/${id}`);
  await page.waitForSelector(`[data-article-id="${id}"] .article-text p`);
  const presets = page.getByRole("group", { name: "Show at once" });
  assert.deepEqual(await presets.getByRole("button").allTextContents(), ["Sourcing", "Names", "All", "Plain text"]);
  assert.equal(await presets.getByRole("button", { name: "All" }).getAttribute("aria-pressed"), "true");
  const count = (sel) => page.locator(`article.reader ${sel}`).count();
  // (preset, names drawn, cues drawn)
  for (const [preset, names, cues] of [["Sourcing", false, true], ["Names", true, false], ["Plain text", false, false]]) {
    await presets.getByRole("button", { name: preset }).click();
    assert.equal(await presets.getByRole("button", { name: preset }).getAttribute("aria-pressed"), "true");
    assert.equal((await count("[data-mention]")) > 0, names, `${preset}: names`);
    assert.equal((await count("[data-cue]")) > 0, cues, `${preset}: cues`);
  }
  await presets.getByRole("button", { name: "Sourcing" }).click();
  await page.reload();
  await page.waitForSelector(`[data-article-id="${id}"] .article-text p`);
  assert.equal(await presets.getByRole("button", { name: "Sourcing" }).getAttribute("aria-pressed"), "true", "remembered");
  assert.equal(await count("[data-mention]"), 0);
  await context.close();
});

test("phone: the panel is one tap from the top; Save stays visible over a short viewport", async () => {
  const { page, context } = await fresh({ width: 390, height: 844 });
  const id = articles[0].id;
  await page.goto(`${server.url}#/article/${id}`);
  await page.waitForSelector(`[data-article-id="${id}"] .article-text p`);
  const jump = page.getByRole("button", { name: /Sourcing and legend/ });
  const box = await jump.boundingBox();
  assert.ok(box.y < 200, `the button is at the top (${box.y})`);
  await jump.click();
  await page.waitForFunction(() => document.activeElement?.matches("aside.reader-panel"));
  const panelTop = await page.evaluate(() => document.querySelector("aside.reader-panel").getBoundingClientRect().top);
  assert.ok(Math.abs(panelTop) < 50, `the panel is at the top of the view (${panelTop})`);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), "no sideways scroll");
  // The on-screen keyboard takes the lower half: the viewport shrinks (interactive-widget=resizes-content).
  await page.evaluate(() => scrollTo(0, 0));
  const phrase = await page.locator("article.reader .article-text p").nth(1).evaluate((p) =>
    p.textContent.split(/\s+/).slice(1, 4).join(" "));
  await dragSelect(page, phrase);
  await page.getByRole("toolbar", { name: "Annotate the selected text" }).getByRole("button", { name: "Note" }).click();
  const editor = page.getByRole("dialog", { name: "New note" });
  await editor.waitFor();
  await page.setViewportSize({ width: 390, height: 360 });
  await editor.locator("textarea").focus();
  await editor.locator("textarea").scrollIntoViewIfNeeded();
  const save = await editor.getByRole("button", { name: "Save" }).boundingBox();
  assert.ok(save.y >= 0 && save.y + save.height <= 360, `Save is within the view (${save.y}, ${save.height})`);
  await context.close();
});

test("an import refused says so in plain words, the detail one click away", async () => {
  const { page, context } = await fresh();
  const id = articles[0].id;
  await page.goto(`${server.url}#/article/${id}`);
  await page.waitForSelector(`[data-article-id="${id}"] .article-text p`);
  await page.setInputFiles("input.import-file", { name: "other.json", mimeType: "application/json", buffer: Buffer.from('{"hello": "world"}') });
  const notice = page.locator('[data-notice="error"]').last();
  await notice.waitFor();
  assert.match(await notice.locator("> .notice-message").innerText(), /^This file isn't a Lector export/);
  const detail = notice.locator("details.notice-detail");
  assert.equal(await detail.getAttribute("open"), null, "the detail is closed");
  assert.doesNotMatch(await notice.innerText(), /not Lector annotations/, "the technical words are not shown at first");
  await detail.locator("summary").click();
  assert.match(await detail.innerText(), /not Lector annotations/);
  assert.deepEqual((await runAxe(page)).map((v) => v.id), [], "axe");
  await context.close();
});
