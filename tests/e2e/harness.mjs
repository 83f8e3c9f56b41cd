// Shared setup for the end-to-end tests: serves the release build (dist/)
// under a sub-path on 127.0.0.1 and drives Debian's Chromium through
// playwright-core. Never downloads a browser.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createInterface } from "node:readline";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { before, after } from "node:test";
import { chromium } from "playwright-core";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const PREFIX = "/lector/";

export const CHROMIUM_ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
];

/** Starts the static server on a free port; resolves to { url, stop }.
 * Serves dist/, or the build named by LECTOR_DIST (to audit another build). */
export async function startServer() {
  const dist = process.env.LECTOR_DIST || path.join(root, "dist");
  const child = spawn("python3", [path.join(root, "scripts/static_server.py"), dist,
    "--prefix", PREFIX, "--port", "0"], { stdio: ["ignore", "pipe", "inherit"] });
  const lines = createInterface({ input: child.stdout });
  const [url] = await once(lines, "line");
  return { url: url.trim(), stop: () => child.kill() };
}

/** The setup every e2e file shares: the release build served and Chromium
 * started before the file's tests, both stopped after them. `use` receives
 * `{ server, browser }` once they are up. */
export function servedBuild(use) {
  let server, browser;
  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    use({ server, browser });
  });
  after(async () => {
    await browser?.close();
    server?.stop();
  });
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
  });
}

/** A fresh profile (context) with errors and dialogs recorded. */
export async function openPage(browser, context) {
  const ctx = context ?? (await browser.newContext());
  const page = await ctx.newPage();
  const problems = { pageErrors: [], dialogs: [], consoleErrors: [] };
  page.on("pageerror", (e) => problems.pageErrors.push(String(e)));
  page.on("console", (m) => { if (m.type() === "error") problems.consoleErrors.push(m.text()); });
  page.on("dialog", async (d) => { problems.dialogs.push(d.message()); await d.dismiss(); });
  return { page, context: ctx, problems };
}

/** Waits until the app has rendered its library or reader. */
export async function appReady(page) {
  await page.waitForSelector(".site-header", { timeout: 20000 });
}

/** Debian's Firefox ESR, driven by puppeteer-core over WebDriver BiDi (no
 * geckodriver, nothing downloaded): the second engine of the e2e level. */
export async function launchFirefox() {
  const { default: puppeteer } = await import("puppeteer-core");
  return puppeteer.launch({
    browser: "firefox",
    executablePath: process.env.FIREFOX || "/usr/bin/firefox-esr",
    headless: true,
    extraPrefsFirefox: { "browser.download.dir": "/dev/null", "browser.shell.checkDefaultBrowser": false },
  });
}
