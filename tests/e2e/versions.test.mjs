// Versions of an article (issue 17) end to end, in headless Chromium against
// the release build: the reader pastes an article into the Add article box,
// annotates it, then pastes an edited version of it. Lector keeps both under
// the one article (one library card, same address), opens the newest with
// the annotations on the new text (one moved exactly, one re-found
// approximately, one orphaned with its sentence cut), lists what changed
// (the edits, a hedge dropped, a source added), and the first version still
// opens; the orphan is re-attached to words the reader picks. The article is
// invented here.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, appReady, servedBuild } from "./harness.mjs";
import { bundledArticles } from "./articles.mjs";
import { dragSelect } from "./annotations.mjs";
import { runAxe } from "./a11y.mjs";

let server, browser;
servedBuild((started) => ({ server, browser } = started));

const TITLE = "Valley rail line to close for winter repairs";
const FIRST = [
  "The valley rail line between Amberford and Kessock will close for eight weeks from January while engineers replace worn track, the regional transport board said on Monday.",
  "The repairs may cost more than the board's budget of twelve million pounds, its chair told councillors at a meeting in Amberford.",
  "Replacement buses will run every thirty minutes, stopping at every station on the line.",
  "Passenger groups said they would publish their own survey of the closure in the spring.",
];
// The board's later edit: a figure changed and the hedge on the cost dropped,
// an unnamed source added, the last paragraph cut.
const SECOND = [
  FIRST[0],
  "The repairs will cost more than the board's budget of twelve million pounds, its chair told councillors at a meeting in Amberford.",
  "Replacement buses will run every twenty minutes, stopping at every station on the line, according to two officials familiar with the plans.",
];

const page = (paragraphs) => `<h1>${TITLE}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join("")}`;

async function paste(p, html) {
  const toggle = p.getByRole("button", { name: "Add article" });
  if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
  await p.locator(".add-article-paste textarea").fill(html);
  await p.getByRole("button", { name: "Read pasted text" }).click();
  const preview = p.locator(".article-preview");
  await preview.waitFor({ timeout: 60000 });
  await preview.getByRole("button", { name: "Save" }).click();
}

async function annotate(p, phrase) {
  await dragSelect(p, phrase);
  await p.getByRole("toolbar", { name: "Annotate the selected text" }).getByRole("button", { name: "Highlight" }).click();
}

test("an edited version pasted again joins its article: annotations follow, what changed is listed, the first version stays", async () => {
  // bypassCSP: only so that axe can be injected (Lector's CSP allows its own scripts only).
  const { page: p, context, problems } = await openPage(browser, await browser.newContext({ bypassCSP: true }));
  const axe = async (where) => {
    const found = await runAxe(p);
    assert.deepEqual(found.map((v) => `${v.id}: ${v.nodes.slice(0, 3).join(", ")}`), [], `axe on ${where}`);
  };
  await p.goto(server.url);
  await appReady(p);
  await p.waitForSelector(".article-list .article-card");

  // Version 1: pasted, saved, opened, annotated three times.
  await paste(p, page(FIRST));
  const card = p.locator(".article-card.own", { hasText: TITLE });
  await card.waitFor();
  assert.equal(await p.locator(".article-card").count(), bundledArticles().length + 1);
  await card.getByRole("link").click();
  await p.waitForSelector("article.reader .article-text p");
  const address = p.url();
  await annotate(p, "replace worn track");
  await annotate(p, "may cost more than the board's budget");
  await annotate(p, "publish their own survey");
  await p.waitForFunction(() => document.querySelectorAll("article.reader mark[data-annotation-id]").length >= 3);

  // Version 2: pasted on the library; the newest opens at the same address.
  await p.getByRole("link", { name: "← Library" }).click();
  await p.waitForSelector(".article-list .article-card");
  await paste(p, page(SECOND));
  await p.waitForURL(address, { timeout: 30000 });
  await p.waitForSelector("article.reader .article-text p");
  const text = await p.locator("article.reader").textContent();
  assert.ok(text.includes("every twenty minutes") && !text.includes("publish their own survey"), "the newest version is shown");

  // The annotations on the new text, and how each followed.
  const versions = p.locator(".article-versions");
  await versions.waitFor();
  assert.match(await versions.locator("h2").textContent(), /Versions \(2\)/);
  await p.waitForFunction(() => document.querySelectorAll("article.reader mark[data-annotation-id]").length >= 2);
  const marked = (await p.locator("article.reader mark[data-annotation-id]").allTextContents()).join(" | ");
  assert.ok(marked.includes("replace worn track"), marked);
  assert.ok(marked.includes("cost more than the board"), marked);
  assert.equal(await versions.locator(".follow-summary").textContent(), "1 moved exactly, 1 re-found approximately, 1 orphaned");
  assert.match(await versions.locator(".followed-exact").textContent(), /replace worn track/);
  assert.match(await versions.locator(".followed-approximate").textContent(), /may cost more/);
  assert.match(await versions.locator(".followed-orphaned").textContent(), /publish their own survey/);
  await axe("the newest version with its versions panel");

  // One article in the library, not two.
  await p.getByRole("link", { name: "← Library" }).click();
  await p.waitForSelector(".article-list .article-card");
  assert.equal(await p.locator(".article-card", { hasText: TITLE }).count(), 1);
  assert.equal(await p.locator(".article-card").count(), bundledArticles().length + 1);
  await p.locator(".article-card.own", { hasText: TITLE }).getByRole("link").click();

  // What changed since the reader annotated.
  await p.getByRole("link", { name: /What changed since you annotated \(version 1 to 2\)/ }).click();
  const shifts = p.locator(".compare-shifts li");
  await shifts.first().waitFor({ timeout: 60000 });
  const changed = (await shifts.allTextContents()).join("\n");
  assert.match(changed, /“may” \(.*\) is not in the other version/, changed);
  assert.match(changed, /two officials familiar.* was added/, changed);
  const edits = p.locator(".version-edits");
  assert.match(await edits.locator(".version-edits-summary").textContent(), /^2 sentences edited, none added, 1 cut;/);
  assert.match(await edits.locator(".version-edit-changed").first().textContent(), /may cost more.*→.*will cost more/);
  assert.match(await edits.locator(".version-edit-cut").textContent(), /publish their own survey/);
  await axe("what changed");

  // The first version is still there.
  await p.locator(".reader-nav").getByRole("link", { name: "Version 1" }).click();
  await p.waitForSelector(".version-banner");
  assert.match(await p.locator(".version-banner").textContent(), /version 1 of 2/);
  await p.waitForSelector("article.reader .article-text p");
  const first = await p.locator("article.reader").textContent();
  assert.ok(first.includes("publish their own survey") && first.includes("every thirty minutes"), "version 1's text");
  await p.waitForFunction(() => document.querySelectorAll("article.reader mark[data-annotation-id]").length === 3);
  await axe("the first version");

  // Back on the newest version, the orphan (its sentence was cut) is put on
  // words the reader picks: select them, then one click.
  await p.goto(address);
  await p.waitForSelector(".article-versions");
  const orphan = p.locator(".annotations-sidebar li[id^=orphan-]", { hasText: "publish their own survey" });
  await orphan.waitFor();
  await dragSelect(p, "stopping at every station on the line");
  await orphan.getByRole("button", { name: "Re-attach to current selection" }).click();
  await p.waitForFunction(() => document.querySelectorAll("article.reader mark[data-annotation-id]").length >= 3);
  const reattached = (await p.locator("article.reader mark[data-annotation-id]").allTextContents()).join(" | ");
  assert.ok(reattached.includes("stopping at every station"), reattached);
  assert.equal(await p.locator(".annotations-sidebar li[id^=orphan-]").count(), 0, "no orphan is left");

  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});
