// Reader annotations (issue 5) end to end, in headless Chromium against the
// release build under /lector/: creating with the mouse and with the keyboard
// only, reloading, export and import between fresh profiles, bad files,
// damaged storage, a full quota, two tabs, hostile notes, deep links, undo,
// orphans, the sidebar's jump to an annotation, and the five colours told
// apart without their hue. The fixture article (tests/fixtures/annotate.md, with emoji
// and accents before the annotated words) is served in place of a bundled
// article, and its rendered text is computed here, not by the app.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, servedBuild } from "./harness.mjs";
import { bundledArticles } from "./articles.mjs";
import {
  STORAGE_KEY, COLOURS, fixtureArticle, codePointSpan, serveFixture, dragSelect, download, validateLectorFile,
  validateW3cFile, stored, cueOf, contrast,
} from "./annotations.mjs";

let server, browser;
const articleId = bundledArticles()[0].id;
const fixture = fixtureArticle();
const texts = { [articleId]: fixture.text };

servedBuild((started) => ({ server, browser } = started));

/** A fresh profile showing the fixture article; `setup` runs before the first load. */
async function openFixture(setup) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await serveFixture(context, articleId);
  if (setup) await setup(context);
  const opened = await openPage(browser, context);
  await opened.page.goto(`${server.url}#/article/${articleId}`);
  await opened.page.waitForSelector("article.reader .article-text p");
  return opened;
}

const marks = (page) => page.locator("article.reader mark[data-annotation-id]");
/** The text of each annotation in the article (all fragments joined), by id. */
async function markTexts(page) {
  return page.evaluate(() => {
    const out = {};
    for (const m of document.querySelectorAll("article.reader mark[data-annotation-id]")) {
      out[m.dataset.annotationId] = (out[m.dataset.annotationId] ?? "") + m.textContent;
    }
    return out;
  });
}

async function highlightByMouse(page, phrase) {
  await dragSelect(page, phrase);
  await page.getByRole("toolbar", { name: "Annotate the selected text" }).getByRole("button", { name: "Highlight" }).click();
  await page.waitForFunction((p) => [...document.querySelectorAll("mark[data-annotation-id]")].some((m) => m.textContent === p), phrase);
}

test("a mouse-drag selection becomes a note with tags that survives a reload on the same words", async () => {
  const { page, context, problems } = await openFixture();
  const phrase = "said the 🎉 celebration was cancelled";
  await dragSelect(page, phrase);
  await page.getByRole("button", { name: "Note" }).click();
  const editor = page.getByRole("dialog", { name: "New note" });
  await editor.getByLabel("Note").fill("Who **cancelled** it? Ask the mayor’s office.");
  const tags = editor.getByRole("combobox");
  await tags.fill("anonymous, sourcing");
  await tags.press("Enter");
  await editor.getByText("Pink (striped)").click();
  await editor.getByRole("button", { name: "Save" }).click();

  await page.waitForSelector("mark[data-annotation-id]");
  const [[id, text]] = Object.entries(await markTexts(page));
  assert.equal(text, phrase, "the mark covers exactly the dragged words");
  assert.equal(await marks(page).first().getAttribute("class").then((c) => c.includes("annotation-pink")), true);

  // Stored at once, with code point offsets into the rendered text.
  const saved = validateLectorFile(await stored(page), texts);
  assert.equal(saved.length, 1);
  assert.equal(saved[0].id, id);
  assert.deepEqual(saved[0].target.position, codePointSpan(fixture.text, phrase));
  assert.deepEqual(saved[0].body.tags, ["anonymous", "sourcing"]);
  assert.equal(saved[0].body.colour, "pink");

  await page.reload();
  await page.waitForSelector("mark[data-annotation-id]");
  assert.deepEqual(await markTexts(page), { [id]: phrase }, "after a reload: same annotation, same words");
  const card = page.locator(`.annotations-sidebar [data-card-id="${id}"]`);
  assert.equal(await card.locator(".note-text strong").textContent(), "cancelled", "the note's Markdown is rendered");
  assert.deepEqual(await card.locator(".ann-tag").allTextContents(), ["anonymous", "sourcing"]);
  assert.equal((await card.locator(".ann-quote").textContent()).trim(), phrase);

  // Tags complete from the ones already used.
  await dragSelect(page, "The mayor’s office");
  await page.getByRole("button", { name: "Note" }).click();
  const next = page.getByRole("dialog", { name: "New note" });
  await next.getByRole("combobox").fill("sou");
  const suggestions = next.getByRole("listbox", { name: "Tags you used before" });
  await suggestions.waitFor();
  assert.deepEqual(await suggestions.getByRole("option").allTextContents(), ["sourcing"]);
  await next.getByRole("combobox").press("ArrowDown");
  await next.getByRole("combobox").press("Enter");
  assert.deepEqual(await next.locator(".tag-chip span").allTextContents(), ["sourcing"]);
  await next.getByRole("button", { name: "Save" }).click();
  await page.waitForFunction(() => document.querySelectorAll(".annotations-sidebar .ann-card").length === 2);
  const tagged = (await stored(page)).annotations.find((a) => a.target.quote.exact === "The mayor’s office");
  assert.deepEqual(tagged.body.tags, ["sourcing"]);

  // The library says which article carries the reader's annotations.
  await page.getByRole("link", { name: "← Library" }).click();
  await page.waitForSelector(".article-card");
  assert.equal((await page.locator(`.article-card[data-article-id="${articleId}"] .annotation-count`).textContent()).trim(),
    "2 annotations");
  assert.equal(await page.locator(".annotation-count").count(), 1, "other articles show no count");
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});

test("keyboard only: caret mode, Shift+arrows, h to highlight, a to write a note", async () => {
  const { page, context } = await openFixture();
  await page.keyboard.press("?");
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await help.waitFor();
  assert.match(await help.textContent(), /Caret mode/);
  await page.keyboard.press("Escape");
  await help.waitFor({ state: "detached" });

  await page.keyboard.press("c");
  await page.waitForSelector(".reading-caret");
  // The caret starts at the headline: two words forward, selected.
  await page.keyboard.press("Control+Shift+ArrowRight");
  await page.keyboard.press("Control+Shift+ArrowRight");
  await page.getByRole("toolbar", { name: "Annotate the selected text" }).waitFor();
  await page.keyboard.press("h");
  await page.waitForSelector("mark[data-annotation-id]");
  assert.deepEqual(Object.values(await markTexts(page)), ["Café owners"]);

  // The caret goes on from the end of the highlight: select the next word, write a note.
  await page.keyboard.press("Control+Shift+ArrowRight");
  await page.keyboard.press("Control+Shift+ArrowRight");
  await page.keyboard.press("a");
  const editor = page.getByRole("dialog", { name: "New note" });
  await editor.waitFor();
  await page.keyboard.type("typed without a mouse");
  await page.keyboard.press("Tab");
  await page.keyboard.type("keyboard");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Control+Enter");
  await editor.waitFor({ state: "detached" });
  await page.waitForFunction(() => document.querySelectorAll("mark[data-annotation-id]").length === 2);
  const made = Object.values(await markTexts(page)).sort();
  assert.deepEqual(made, ["Café owners", "in Zürich"]);
  const saved = (await stored(page)).annotations;
  const note = saved.find((a) => a.body.note === "typed without a mouse");
  assert.ok(note, "the note was saved");
  assert.deepEqual(note.body.tags, ["keyboard"]);
  assert.equal(note.target.quote.exact, "in Zürich");
  assert.deepEqual(note.target.position, codePointSpan(fixture.text, "in Zürich"));
  // ] moves focus to an annotation and opens its card.
  await page.keyboard.press("Escape");
  await page.keyboard.press("]");
  await page.getByRole("dialog", { name: "Your annotation" }).waitFor();
  await context.close();
});

test("Escape closes an annotation's card, leaves caret mode and dismisses the selection toolbar", async () => {
  const { page, context, problems } = await openFixture();
  await highlightByMouse(page, "according to two people familiar with the matter");
  // The words are a hedge cue, whose own card a click opens; ] opens the annotation's.
  await page.keyboard.press("]");
  const card = page.getByRole("dialog", { name: "Your annotation" });
  await card.waitFor();
  await page.keyboard.press("Escape");
  await card.waitFor({ state: "detached" });

  await page.keyboard.press("c");
  await page.waitForSelector(".reading-caret");
  await page.keyboard.press("Escape");
  await page.waitForSelector(".caret-status", { state: "detached" });

  await dragSelect(page, "in Zürich");
  const toolbar = page.getByRole("toolbar", { name: "Annotate the selected text" });
  await toolbar.waitFor();
  await page.keyboard.press("Escape");
  await toolbar.waitFor({ state: "detached" });
  assert.equal(await marks(page).count(), 1, "Escape made or deleted nothing");
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});

test("exports download valid files that import into a fresh profile, by picker and by drop", async () => {
  const { page, context } = await openFixture();
  await highlightByMouse(page, "according to two people familiar with the matter");
  await dragSelect(page, "Zoë Keller");
  await page.getByRole("button", { name: "Note" }).click();
  await page.getByRole("dialog", { name: "New note" }).getByLabel("Note").fill("Check the bakery’s name.");
  await page.getByRole("dialog", { name: "New note" }).getByRole("button", { name: "Save" }).click();
  await page.waitForFunction(() => document.querySelectorAll("mark[data-annotation-id]").length === 2);
  const originals = await markTexts(page);

  const lector = await download(page, page.getByRole("button", { name: "Export all" }));
  const today = await page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
  });
  assert.equal(lector.name, `lector-annotations-${today}.json`, "named for the reader's local date");
  const exported = validateLectorFile(JSON.parse(lector.text), texts);
  assert.equal(exported.length, 2);
  assert.ok(!("deleted" in JSON.parse(lector.text)) || JSON.parse(lector.text).deleted.length === 0);

  // One article's export has the same name; its content says which article.
  const one = await download(page, page.getByRole("button", { name: "Export this article" }));
  assert.equal(one.name, `lector-annotations-${today}.json`, "one article's export: the same name as all");
  assert.deepEqual(validateLectorFile(JSON.parse(one.text), texts).map((a) => a.article), [articleId, articleId]);
  await page.waitForSelector(`[data-notice="info"]:has-text("2 annotations from this article")`);

  await page.selectOption("#export-format", "w3c");
  const w3c = await download(page, page.getByRole("button", { name: "Export this article" }));
  assert.equal(w3c.name, `lector-annotations-${today}.jsonld`);
  assert.equal(validateW3cFile(JSON.parse(w3c.text), texts).length, 2);

  await page.selectOption("#export-format", "markdown");
  const memo = await download(page, page.getByRole("button", { name: "Export all" }));
  assert.match(memo.name, /\.md$/);
  assert.ok(memo.text.includes("according to two people familiar with the matter"));
  assert.ok(memo.text.includes("Check the bakery’s name."));
  await context.close();

  // A fresh profile imports the Lector file with the picker.
  const fresh = await openFixture();
  assert.equal(await marks(fresh.page).count(), 0);
  await fresh.page.setInputFiles("input.import-file", { name: lector.name, mimeType: "application/json", buffer: Buffer.from(lector.text) });
  await fresh.page.waitForSelector('[data-notice="info"]:has-text("2 added")');
  assert.deepEqual(await markTexts(fresh.page), originals, "same annotations on the same words");
  assert.deepEqual(validateLectorFile(await stored(fresh.page), texts).map((a) => a.id).sort(), Object.keys(originals).sort());
  // Importing it again changes nothing.
  await fresh.page.setInputFiles("input.import-file", { name: lector.name, mimeType: "application/json", buffer: Buffer.from(lector.text) });
  await fresh.page.waitForSelector('[data-notice="info"]:has-text("0 added, 0 updated, 2 unchanged")');
  await fresh.context.close();

  // Another fresh profile takes the W3C file dropped on the page.
  const dropped = await openFixture();
  await dropped.page.evaluate(({ name, text }) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], name, { type: "application/ld+json" }));
    const init = { dataTransfer: transfer, bubbles: true, cancelable: true };
    document.body.dispatchEvent(new DragEvent("dragover", init));
    document.body.dispatchEvent(new DragEvent("drop", init));
  }, w3c);
  await dropped.page.waitForSelector('[data-notice="info"]:has-text("2 added")');
  assert.deepEqual(await markTexts(dropped.page), originals);
  await dropped.context.close();
});

test("a malformed import changes nothing and says which item and field are wrong", async () => {
  const { page, context } = await openFixture();
  await highlightByMouse(page, "denied the report");
  const before = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
  const good = JSON.parse(before);
  const bad = structuredClone(good);
  const copy = structuredClone(good.annotations[0]);
  copy.id = "1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed";
  copy.target.position.end += 5;
  bad.annotations = [{ ...good.annotations[0], id: "3f2b8c1e-9d4a-4c6b-8e21-5a7d9f0c1b2e" }, copy];
  delete bad.deleted;
  for (const [content, expected] of [
    [JSON.stringify(bad), /annotation 2 \(id "1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed"\): field `target\.position`/],
    ['{"schema": "lector-annotations", "version": 1, "annotations": [', /not valid JSON/],
    ['{"hello": "world"}', /not Lector annotations/],
    ["[".repeat(5000), /nests|not valid JSON/],
  ]) {
    await page.setInputFiles("input.import-file", { name: "bad.json", mimeType: "application/json", buffer: Buffer.from(content) });
    const error = page.locator('[data-notice="error"]').last();
    await error.waitFor();
    const message = await error.textContent();
    assert.match(message, /bad\.json was not imported/);
    assert.match(message, expected);
    await error.getByRole("button", { name: "Dismiss this message" }).click();
    assert.equal(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY), before, "storage unchanged");
    assert.equal(await marks(page).count(), 1, "the annotation is still shown");
  }
  await context.close();
});

test("corrupted storage: Lector starts, says so, keeps a backup and offers it for download", async () => {
  const raw = '{"schema":"lector-annotations","version":1,"annotations":[{"id":"3f2b8c1e-9d4a-4c6b-8e21-5a7d9f0c';
  const { page, context, problems } = await openFixture((ctx) => ctx.addInitScript(([key, value]) => {
    if (!localStorage.getItem("test.seeded")) {
      localStorage.setItem(key, value);
      localStorage.setItem("test.seeded", "1");
    }
  }, [STORAGE_KEY, raw]));
  const notice = page.locator('[data-notice="backup"]');
  await notice.waitFor();
  assert.match(await notice.textContent(), /could not be read/);
  const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("lector.annotations.backup.")));
  assert.equal(keys.length, 1, "one backup key");
  assert.ok((await notice.textContent()).includes(keys[0]), "the message names the backup");
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), keys[0]), raw, "the backup is the value as it was");
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY), raw, "nothing was overwritten at startup");
  const copy = await download(page, notice.getByRole("button", { name: "Download the copy" }));
  assert.equal(copy.text, raw);
  assert.match(copy.name, /^lector-annotations-backup-.*\.json$/);
  // The reader can go on: a new annotation is saved, the backup stays.
  await highlightByMouse(page, "expected to discuss");
  assert.equal(validateLectorFile(await stored(page), texts).length, 1);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), keys[0]), raw);
  assert.deepEqual(problems.pageErrors, []);
  await context.close();
});

test("a full storage quota keeps the change in the tab, says so and offers an export", async () => {
  const { page, context } = await openFixture();
  await highlightByMouse(page, "had not been told");
  const before = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
  await page.evaluate(() => {
    let n = 0;
    for (const size of [1 << 20, 1 << 16, 1 << 12, 1 << 8, 1 << 4, 1]) {
      const value = "x".repeat(size);
      for (;;) {
        try { localStorage.setItem(`filler.${n++}`, value); } catch { break; }
      }
    }
  });
  await highlightByMouse(page, "runs a bakery");
  const warning = page.locator('[data-notice="not-saved"]');
  await warning.waitFor();
  assert.match(await warning.textContent(), /full/);
  assert.equal(await marks(page).count(), 2, "the new highlight is kept in the tab");
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY), before, "what was stored is intact");
  const rescue = await download(page, warning.getByRole("button", { name: "Export all annotations" }));
  assert.equal(validateLectorFile(JSON.parse(rescue.text), texts).length, 2, "the export holds the unsaved change");
  await context.close();
});

test("two tabs see each other's changes: create, edit, delete", async () => {
  const { page: first, context } = await openFixture();
  const second = await context.newPage();
  await second.goto(`${server.url}#/article/${articleId}`);
  await second.waitForSelector("article.reader .article-text p");

  await highlightByMouse(first, "The city council");
  await second.waitForSelector("mark[data-annotation-id]");
  assert.deepEqual(await markTexts(second), await markTexts(first));

  const [id] = Object.keys(await markTexts(second));
  const card = second.locator(`.annotations-sidebar [data-card-id="${id}"]`);
  await card.getByRole("button", { name: "Edit" }).click();
  await card.getByLabel("Note").fill("edited in the second tab");
  await card.getByRole("button", { name: "Save" }).click();
  await first.waitForSelector(`.annotations-sidebar [data-card-id="${id}"] .note-text:has-text("edited in the second tab")`);

  await first.locator(`.annotations-sidebar [data-card-id="${id}"]`).getByRole("button", { name: "Delete" }).click();
  await second.waitForFunction(() => document.querySelectorAll("mark[data-annotation-id]").length === 0);
  assert.equal((await stored(second)).annotations.length, 0);
  await context.close();
});

test("a note with markup runs nothing and shows the markup as text", async () => {
  const { page, context, problems } = await openFixture();
  const note = '<script>window.__pwned = 1</script> <img src=x onerror="window.__pwned = 2"> [link](javascript:window.__pwned=3)';
  await dragSelect(page, "on condition of anonymity");
  await page.getByRole("button", { name: "Note" }).click();
  await page.getByRole("dialog", { name: "New note" }).getByLabel("Note").fill(note);
  await page.getByRole("dialog", { name: "New note" }).getByRole("button", { name: "Save" }).click();
  const card = page.locator(".annotations-sidebar .ann-card").first();
  await card.waitFor();
  await page.reload();
  await card.waitFor();
  // The words are a hedge cue, whose own card a click opens; ] opens the annotation's.
  await page.keyboard.press("]");
  await page.getByRole("dialog", { name: "Your annotation" }).waitFor();
  await page.waitForTimeout(300);
  for (const selector of ["script", "img", "[onerror]", "a[href^='javascript']"]) {
    assert.equal(await page.locator(`.note-text ${selector}`).count(), 0, `no ${selector} from the note`);
  }
  assert.ok((await card.locator(".note-text").textContent()).includes("<script>window.__pwned = 1</script>"));
  assert.equal(await page.evaluate(() => window.__pwned), undefined, "nothing ran");
  assert.deepEqual(problems.dialogs, []);
  await context.close();
});

test("a deep link opens the article scrolled to the annotation", async () => {
  const { page, context } = await openFixture();
  await page.setViewportSize({ width: 1280, height: 400 });
  await highlightByMouse(page, "discuss the matter next week");
  const href = await page.locator(".annotations-sidebar .ann-link").first().getAttribute("href");
  const [id] = Object.keys(await markTexts(page));
  assert.equal(href, `#/article/${articleId}?annotation=${id}`);

  const other = await context.newPage();
  await other.setViewportSize({ width: 1280, height: 400 });
  await other.goto(server.url + href);
  const mark = other.locator(`mark[data-annotation-id="${id}"]`);
  await mark.waitFor();
  await other.waitForFunction((id) => {
    const r = document.querySelector(`mark[data-annotation-id="${id}"]`).getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight;
  }, id);
  assert.ok(await other.evaluate(() => window.scrollY) > 0, "the page scrolled");
  assert.match(await mark.getAttribute("class"), /flash/);
  await context.close();
});

test("a delete is undone from its message and with Ctrl+Z", async () => {
  const { page, context } = await openFixture();
  await highlightByMouse(page, "learned it from the news");
  const [id] = Object.keys(await markTexts(page));
  const card = () => page.locator(`.annotations-sidebar [data-card-id="${id}"]`);
  await card().getByRole("button", { name: "Delete" }).click();
  await page.waitForFunction(() => !document.querySelector("mark[data-annotation-id]"));
  assert.equal((await stored(page)).annotations.length, 0);
  await page.locator('[data-notice="deleted"]').getByRole("button", { name: "Undo" }).click();
  await page.waitForSelector(`mark[data-annotation-id="${id}"]`);
  assert.equal((await stored(page)).annotations[0].id, id);

  await card().getByRole("button", { name: "Delete" }).click();
  await page.waitForFunction(() => !document.querySelector("mark[data-annotation-id]"));
  await page.locator("body").click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("Control+z");
  await page.waitForSelector(`mark[data-annotation-id="${id}"]`);
  assert.deepEqual(Object.values(await markTexts(page)), ["learned it from the news"]);
  await context.close();
});

test("an orphaned annotation is listed with its quote and can be re-attached", async () => {
  const quote = "This sentence was removed from the article entirely.";
  const orphan = {
    id: "6f1c2a3b-8d4e-4f5a-9b6c-7d8e9f0a1b2c",
    article: articleId,
    created: "2026-01-02T03:04:05.000Z",
    modified: "2026-01-02T03:04:05.000Z",
    body: { note: "kept even so", tags: ["orphan"], colour: "green" },
    target: { quote: { exact: quote, prefix: "", suffix: "" }, position: { start: 60, end: 60 + [...quote].length } },
  };
  const value = JSON.stringify({ schema: "lector-annotations", version: 1, annotations: [orphan] });
  const { page, context } = await openFixture((ctx) => ctx.addInitScript(([key, value]) => {
    if (!localStorage.getItem("test.seeded")) {
      localStorage.setItem(key, value);
      localStorage.setItem("test.seeded", "1");
    }
  }, [STORAGE_KEY, value]));
  const entry = page.locator(`#orphan-${orphan.id}`);
  await entry.waitFor();
  // Its card shows its colour's own pattern (an orphan's card is not restyled to hide it).
  const orphanCue = await cueOf(entry.locator(".ann-quote .annotation-green"));
  assert.equal(await page.getByRole("heading", { name: "Orphaned" }).count(), 1);
  assert.equal((await entry.locator(".ann-quote").textContent()).trim(), quote);
  assert.match(await entry.locator(".ann-status").textContent(), /no longer in the article/);
  assert.equal(await marks(page).count(), 0, "not drawn anywhere");
  assert.equal(await entry.getByRole("button", { name: "Re-attach to current selection" }).isDisabled(), true);

  await dragSelect(page, "Residents said they had not been told.");
  await entry.getByRole("button", { name: "Re-attach to current selection" }).click();
  await page.waitForSelector(`mark[data-annotation-id="${orphan.id}"]`);
  assert.deepEqual(await markTexts(page), { [orphan.id]: "Residents said they had not been told." });
  assert.equal((await cueOf(page.locator(`mark[data-annotation-id="${orphan.id}"]`))).cue, orphanCue.cue,
    "the orphan's card showed the pattern its highlight has");
  assert.equal(await page.locator(`#orphan-${orphan.id}`).count(), 0);
  const [saved] = validateLectorFile(await stored(page), texts);
  assert.equal(saved.body.note, "kept even so", "note, tags and colour are kept");
  await context.close();
});

test("each of the five colours has its own pattern, on its card too, in the light and both dark themes", async () => {
  const { page, context } = await openFixture();
  const phrases = {
    yellow: "Officials in Zürich",
    blue: "the 🎉 celebration was cancelled",
    pink: "denied the report on Tuesday",
    green: "they had not been told",
    purple: "discuss the matter next week",
  };
  const names = {
    yellow: "Yellow (edged)", blue: "Blue (underlined)", pink: "Pink (striped)", green: "Green (dashed box)",
    purple: "Purple (dotted)",
  };
  for (const colour of COLOURS) {
    await dragSelect(page, phrases[colour]);
    await page.getByRole("button", { name: "Note" }).click();
    const editor = page.getByRole("dialog", { name: "New note" });
    await editor.getByText(names[colour]).click();
    await editor.getByRole("button", { name: "Save" }).click();
    await editor.waitFor({ state: "detached" });
    await page.waitForSelector(`article.reader mark.annotation-${colour}`);
  }
  assert.deepEqual((await stored(page)).annotations.map((a) => a.body.colour ?? "yellow").sort(), [...COLOURS].sort());

  // A pattern "shows" when its ink differs from the hue under it at least this much
  // (WCAG contrast ratio; 1 means the same colour). Text must stay readable (4.5).
  const VISIBLE = 1.5;
  const check = async (theme) => {
    const owner = {};
    for (const colour of COLOURS) {
      const mark = await cueOf(page.locator(`article.reader mark.annotation-${colour}`));
      const where = `${theme}, ${colour}`;
      assert.equal(owner[mark.cue], undefined, `${where} has the same pattern as ${owner[mark.cue]}: ${mark.cue}`);
      owner[mark.cue] = colour;
      assert.ok(contrast(mark.text, mark.base) >= 4.5, `${where}: the text is readable on the hue`);
      if (colour !== "yellow") {
        const best = Math.max(1, ...mark.inks.map((ink) => contrast(ink, mark.base)));
        assert.ok(best >= VISIBLE, `${where}: the pattern is invisible on its hue (contrast ${best.toFixed(2)}): ${mark.cue}`);
      }
      const card = await cueOf(page.locator(`.annotations-sidebar .ann-card.ann-${colour} .ann-quote .annotation`));
      assert.equal(card.cue, mark.cue, `${where}: the card's quote shows the highlight's pattern`);
      assert.deepEqual(card.base, mark.base, `${where}: and its hue`);
    }
    assert.equal(Object.keys(owner).length, COLOURS.length);
  };
  await check("light");
  await page.emulateMedia({ colorScheme: "dark" });
  await check("dark (the system's)");
  await page.emulateMedia({ colorScheme: "light" });
  await page.getByRole("button", { name: /dark theme/i }).click();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), "dark");
  await check("dark (chosen)");
  await context.close();
});

test("clicking a quote in the sidebar scrolls the article to the annotation and flashes it", async () => {
  const { page, context } = await openFixture();
  await page.setViewportSize({ width: 1280, height: 400 });
  const phrase = "runs a bakery near the square";
  await highlightByMouse(page, phrase);
  const [id] = Object.keys(await markTexts(page));
  const mark = `mark[data-annotation-id="${id}"]`;
  await page.waitForFunction((mark) => !document.querySelector(mark).classList.contains("flash"), mark, { timeout: 5000 });
  await page.evaluate(() => window.scrollTo(0, 0));
  const inView = (mark) => {
    const r = document.querySelector(mark).getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight;
  };
  assert.equal(await page.evaluate(inView, mark), false, "the annotation starts out of view");

  await page.locator(`.annotations-sidebar [data-card-id="${id}"] .ann-quote`).click();
  await page.waitForFunction(inView, mark);
  const placed = await page.evaluate((mark) => {
    const r = document.querySelector(mark).getBoundingClientRect();
    return { middle: (r.top + r.bottom) / 2, height: window.innerHeight, scrolled: window.scrollY };
  }, mark);
  assert.ok(placed.scrolled > 0, "the page scrolled");
  assert.ok(Math.abs(placed.middle - placed.height / 2) < placed.height / 4, `scrolled to the middle: ${JSON.stringify(placed)}`);
  const flashing = await page.locator(mark).evaluate((el) => ({
    classes: el.className, animation: getComputedStyle(el).animationName,
  }));
  assert.match(flashing.classes, /\bflash\b/, "the annotation flashes");
  assert.equal(flashing.animation, "flash");
  // A flash, not a lasting mark: it ends by itself.
  await page.waitForFunction((mark) => !document.querySelector(mark).classList.contains("flash"), mark, { timeout: 6000 });
  await context.close();
});
