// Entity and hedge highlights in the reader (issues 3 and 4), in headless
// Chromium against the release build: entities, cues and the sourcing profile
// appear on every bundled article, the legend switches and counts them, cards
// name entities and explain cues.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, servedBuild } from "./harness.mjs";
import { bundledArticles } from "./articles.mjs";

let server, browser;
const articles = bundledArticles();

servedBuild((started) => ({ server, browser } = started));

async function openArticle(page, id) {
  await page.goto(server.url + `#/article/${id}`);
  // Wait for this article, not the one a previous step left on the page.
  await page.waitForSelector(`[data-article-id="${id}"] .article-text p`);
  // The app's own reader with its analysis in place, not the pre-rendered page
  // it replaces or a frame in between: these tests check the settled highlights.
  await page.waitForSelector(".legend .legend-toggle");
  await page.waitForFunction(() => !document.querySelector(".highlights-pending"));
}

test("every bundled article shows entity highlights of several types, with badges", async () => {
  const { page, problems } = await openPage(browser);
  for (const article of articles) {
    await openArticle(page, article.id);
    const labels = await page.$$eval("[data-entity]", (els) => [...new Set(els.map((e) => e.dataset.entity))]);
    assert.ok(labels.length >= 2, `${article.id}: entity types shown: ${labels}`);
    for (const label of labels) assert.ok(["PER", "ORG", "LOC", "MISC"].includes(label), label);
    // Countries named in every sample story are highlighted as places.
    const places = await page.$$eval("[data-entity=LOC]", (els) => els.map((e) => e.textContent));
    assert.ok(places.some((p) => /Russia|Iran|Ukraine|U\.?S\.?|United States/.test(p)), `${article.id}: ${places}`);
    // The badge is drawn by CSS, not written into the text.
    const badge = await page.$eval("[data-entity][data-badge]", (el) => getComputedStyle(el, "::after").content);
    assert.match(badge, /PER|ORG|LOC|MISC/);
  }
  assert.deepEqual(problems.pageErrors, []);
  await page.context().close();
});

test("the legend hides and shows one entity type without touching the text", async () => {
  const { page } = await openPage(browser);
  await openArticle(page, articles[0].id);
  const textBefore = await page.locator(".article-text").innerText();
  const places = await page.locator("[data-entity=LOC]").count();
  assert.ok(places > 0);
  const toggle = page.locator(".legend-toggle[data-layer=LOC]");
  await toggle.click();
  assert.equal(await toggle.getAttribute("aria-pressed"), "false");
  assert.equal(await page.locator("[data-entity=LOC]").count(), 0);
  assert.ok(await page.locator("[data-entity=ORG]").count() > 0, "other types stay");
  // Same words, minus the badges that were drawn after places.
  const strip = (t) => t.replace(/\s*(PER|ORG|LOC|MISC)\b/g, "").replace(/\s+/g, " ");
  assert.equal(strip(await page.locator(".article-text").innerText()), strip(textBefore));
  await page.reload();
  await page.waitForSelector("article.reader .article-text p");
  assert.equal(await page.locator("[data-entity=LOC]").count(), 0, "the choice is remembered");
  await page.locator(".legend-toggle[data-layer=LOC]").click();
  assert.equal(await page.locator("[data-entity=LOC]").count(), places);
  await page.context().close();
});

test("a click on a name opens a card naming the entity and its other mentions", async () => {
  const { page } = await openPage(browser);
  await openArticle(page, articles.find((a) => a.id.startsWith("002")).id);
  // A person mentioned several times: the card lists every mention.
  const people = await page.$$eval("[data-entity=PER]:not(.cont-start)", (els) =>
    els.map((e) => [e.dataset.entityId, e.textContent]));
  const counts = {};
  for (const [id] of people) counts[id] = (counts[id] || 0) + 1;
  const [groupId, mentions] = Object.entries(counts).sort((a, b) => b[1] - a[1])[0];
  assert.ok(mentions >= 2, "some person is mentioned more than once");
  const first = page.locator(`[data-entity=PER][data-entity-id="${groupId}"]`).first();
  await first.click();
  const card = page.locator(".highlight-popover");
  await card.waitFor();
  assert.match(await card.innerText(), new RegExp(`${mentions} mentions`));
  assert.equal(await card.locator(".mention-list li").count(), mentions);
  // Jumping to another mention moves focus there.
  await card.locator(".mention-jump").nth(1).click();
  const focused = await page.evaluate(() => document.activeElement?.dataset.entityId);
  assert.equal(focused, groupId);
  await page.keyboard.press("Escape");
  assert.equal(await page.locator(".highlight-popover").count(), 0);
  await page.context().close();
});

test("hedge cues are highlighted by kind and explained, hedged sentences carry data-hedged", async () => {
  const { page } = await openPage(browser);
  await openArticle(page, articles.find((a) => a.id.startsWith("000")).id);
  const kinds = await page.$$eval("[data-hedge]", (els) => [...new Set(els.map((e) => e.dataset.hedge))]);
  for (const kind of ["anonymous_source", "uncertainty", "denial"]) {
    assert.ok(kinds.includes(kind), `${kind} shown (${kinds})`);
  }
  // An unnamed source is marked with its verb, not as a lone noun.
  const anonymous = await page.$$eval("[data-hedge=anonymous_source]", (els) => els.map((e) => e.textContent));
  assert.ok(anonymous.some((t) => t.trim().split(/\s+/).length >= 2), `anonymous sources: ${anonymous.join(" | ")}`);
  // Hovering gives the explanation; keyboard focus opens the card with it.
  const cue = page.locator("[data-hedge=anonymous_source]").first();
  assert.match(await cue.getAttribute("title"), /Anonymous source/);
  await cue.focus();
  const card = page.locator(".highlight-popover");
  await card.waitFor();
  assert.match(await card.innerText(), /Anonymous source/);
  await page.context().close();
});

test("every bundled article shows its hedge cues, each inside a sentence marked hedged", async () => {
  const { page, problems } = await openPage(browser);
  for (const article of articles) {
    await openArticle(page, article.id);
    const cues = await page.$$eval("[data-hedge]", (els) => els.map((e) => ({
      kind: e.dataset.hedge, title: e.getAttribute("title") || "", hedged: !!e.closest("[data-hedged=true]"),
    })));
    // Every sample story hedges or sources some of its claims (issue 4: each
    // shows its cues).
    assert.ok(cues.length > 0, `${article.id}: no hedge cue shown`);
    for (const cue of cues) {
      assert.ok(["anonymous_source", "uncertainty", "allegation", "denial"].includes(cue.kind), `${article.id}: ${cue.kind}`);
      assert.ok(cue.title.length > 20, `${article.id}: a ${cue.kind} cue explains itself (${cue.title})`);
      assert.ok(cue.hedged, `${article.id}: a ${cue.kind} cue outside a hedged sentence`);
    }
    // And every sentence marked hedged holds a cue of its own.
    const empty = await page.$$eval("[data-hedged=true]", (els) => {
      const byId = new Map();
      for (const e of els) byId.set(e.dataset.sentence, (byId.get(e.dataset.sentence) || false) || !!e.querySelector("[data-hedge]"));
      return [...byId].filter(([, has]) => !has).map(([id]) => id);
    });
    assert.deepEqual(empty, [], `${article.id}: sentences marked hedged without a cue`);
    assert.ok(await page.locator("[data-hedged=false]").count() > 0, `${article.id}: some sentences are plain assertions`);
  }
  assert.deepEqual(problems.pageErrors, []);
  await page.context().close();
});

test("n and p step through the highlights with the keyboard, each opening its card", async () => {
  const { page } = await openPage(browser);
  await openArticle(page, articles[0].id);
  const active = () => page.evaluate(() => {
    const el = document.activeElement;
    return el?.dataset.mention ? `mention ${el.dataset.mention}` : el?.dataset.cue ? `cue ${el.dataset.cue}` : "none";
  });
  // The first highlight in text order, read from the DOM.
  const first = await page.$eval("[data-mention]:not(.cont-start), [data-cue]:not(.cont-start)",
    (el) => (el.dataset.mention ? `mention ${el.dataset.mention}` : `cue ${el.dataset.cue}`));
  await page.keyboard.press("n");
  assert.equal(await active(), first);
  await page.locator(".highlight-popover").waitFor();
  await page.keyboard.press("n");
  const second = await active();
  assert.notEqual(second, first);
  await page.keyboard.press("p");
  assert.equal(await active(), first);
  await page.keyboard.press("Escape");
  assert.equal(await page.locator(".highlight-popover").count(), 0);
  await page.context().close();
});

test("the tint toggle shades hedged sentences only", async () => {
  const { page } = await openPage(browser);
  await openArticle(page, articles[0].id);
  const bg = (selector) => page.$eval(selector, (el) => getComputedStyle(el).backgroundColor);
  const plainBefore = await bg("[data-hedged=true]");
  await page.locator(".tint-toggle").click();
  const hedged = await bg("[data-hedged=true]");
  assert.notEqual(hedged, plainBefore, "hedged sentences are tinted");
  assert.equal(await bg("[data-hedged=false]"), plainBefore, "plain sentences are not");
  await page.context().close();
});

/** Distinct highlights in the rendered article (headline included): a
 * highlight cut into fragments by another layer is still one. */
function distinct(page, selector, idAttribute) {
  return page.$$eval(selector, (els, attr) => new Set(els.map((e) => e.getAttribute(attr))).size, idAttribute);
}

test("every bundled article shows its sourcing profile as a chart that counts what the text marks", async () => {
  const { page, problems } = await openPage(browser);
  for (const article of articles) {
    await openArticle(page, article.id);
    const profile = page.locator("[data-profile]");
    await profile.waitFor();
    const text = await profile.innerText();
    const hedged = await distinct(page, "[data-hedged=true]", "data-sentence");
    const sentences = await distinct(page, "[data-hedged]", "data-sentence");
    assert.ok(sentences > 0, article.id);
    assert.match(text, new RegExp(`\\(${hedged} of ${sentences}\\)`), `${article.id}: the chart counts the sentences the text marks`);
    const width = await profile.locator(".bar-hedged").evaluate((el) => parseFloat(el.style.width));
    assert.ok(Math.abs(width - (100 * hedged) / sentences) < 0.2, `${article.id}: bar width ${width}`);
    // One bar per hedge kind, each counting the cues of that kind in the text.
    const rows = await profile.locator(".profile-row").evaluateAll((els) =>
      els.map((e) => [e.dataset.kind, e.textContent]));
    assert.equal(rows.length, 4, `${article.id}: one bar per hedge kind`);
    for (const [kind, row] of rows) {
      const shown = await distinct(page, `[data-hedge=${kind}]`, "data-cue");
      assert.match(row, new RegExp(`\\b${shown} in all`), `${article.id}: ${kind} bar (${row})`);
    }
  }
  assert.deepEqual(problems.pageErrors, []);
  await page.context().close();
});

test("the legend counts, per type and kind, the highlights drawn in the article", async () => {
  const { page, problems } = await openPage(browser);
  // The selector and id attribute of each legend layer's highlights.
  const highlightOf = (layer) => ["PER", "ORG", "LOC", "MISC"].includes(layer)
    ? [`[data-entity=${layer}]`, "data-mention"]
    : layer === "attribution" ? ["[data-attribution]", "data-cue"] : [`[data-hedge=${layer}]`, "data-cue"];
  for (const article of articles) {
    await openArticle(page, article.id);
    const legend = await page.$$eval(".legend .legend-toggle[data-layer]", (els) =>
      els.map((e) => [e.dataset.layer, e.querySelector(".legend-count")?.textContent.trim()]));
    assert.equal(legend.length, 9, `${article.id}: four entity types and five cue kinds`);
    let total = 0;
    for (const [layer, count] of legend) {
      assert.match(count, /^\d+$/, `${article.id}: ${layer} count`);
      const [selector, id] = highlightOf(layer);
      const shown = await distinct(page, selector, id);
      assert.equal(Number(count), shown, `${article.id}: legend ${layer} ${count}, highlights ${shown}`);
      total += shown;
    }
    assert.ok(total > 0, article.id);
    const tint = await page.locator(".legend .tint-toggle .legend-count").innerText();
    const hedged = await distinct(page, "[data-hedged=true]", "data-sentence");
    const sentences = await distinct(page, "[data-hedged]", "data-sentence");
    assert.equal(tint.trim(), `${hedged} of ${sentences}`, `${article.id}: tint toggle count`);
  }
  // Hiding a type hides its highlights; the count still tells how many there are.
  const toggle = page.locator(".legend-toggle[data-layer=PER]");
  const people = await toggle.locator(".legend-count").innerText();
  await toggle.click();
  assert.equal(await page.locator("[data-entity=PER]").count(), 0);
  assert.equal(await toggle.locator(".legend-count").innerText(), people);
  await toggle.click();
  assert.equal(await distinct(page, "[data-entity=PER]", "data-mention"), Number(people));
  assert.deepEqual(problems.pageErrors, []);
  await page.context().close();
});
