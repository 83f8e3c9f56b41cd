// Shared by the own-article suites: an invented saved news page, the
// library opened in a profile, and pages chosen with "Add article".
import { openPage, appReady } from "./harness.mjs";

export const paragraphs = [
  "The harbour authority in Port Eldin said on Tuesday that the northern quay would reopen to ferries next month after two years of repairs.",
  "Officials with knowledge of the budget said the work may have cost more than planned, according to two people who asked not to be named.",
  "Mayor Rhona Keats told reporters in Port Eldin that the town council would publish the final accounts in the spring.",
];

/** An invented saved news page: navigation, a byline, JSON-LD, the story, a footer. */
export function savedPage({ title, extraHead = "", extraBody = "" }) {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title} | The Eldin Courier</title>
<link rel="canonical" href="https://courier.example/news/${encodeURIComponent(title)}">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"${title}","datePublished":"2025-02-11","publisher":{"@type":"Organization","name":"The Eldin Courier"}}</script>
${extraHead}</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News section</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<article><h1>${title}</h1>${extraBody}${paragraphs.map((p) => `<p>${p}</p>`).join("\n")}</article>
<footer><p>Share this story on social media</p><p>Cookie settings and privacy policy</p></footer>
</body></html>`;
}

/** The library in `context` (a fresh profile if none), drawn by the app. */
export async function openLibrary(browser, server, context) {
  const opened = await openPage(browser, context);
  await opened.page.goto(server.url);
  await appReady(opened.page);
  await appLibrary(opened.page);
  return opened;
}

/** Waits for the app's library: the pre-rendered page has the same cards and
 * an "Add article" button that does nothing, but its cards carry no
 * `data-article-id`. */
export async function appLibrary(page) {
  await page.waitForSelector(".article-list .article-card[data-article-id]");
}

/** Chooses files with "Add article". */
export async function choose(page, files) {
  const toggle = page.getByRole("button", { name: "Add article" });
  if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
  await page.locator(".add-article-files input[type=file]").setInputFiles(files);
}

/** Adds a saved page as an own article through the preview; resolves to its card. */
export async function addPage(page, title, name = "page.html") {
  await choose(page, [{ name, mimeType: "text/html", buffer: Buffer.from(savedPage({ title })) }]);
  await page.locator(".article-preview").waitFor({ timeout: 60000 });
  await page.locator(".article-preview").getByRole("button", { name: "Save" }).click();
  const card = page.locator(".article-card.own", { hasText: title });
  await card.waitFor();
  return card;
}
