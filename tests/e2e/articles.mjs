// The bundled articles as the tests know them, read straight from data/*.md
// with a tiny parser of our own (not the app's), so the tests check the app
// against the files rather than against itself.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const dataDir = path.join(root, "data");

export function bundledArticles() {
  return fs.readdirSync(dataDir)
    .filter((f) => f.endsWith(".md") && f !== "README.md")
    .map((file) => {
      const source = fs.readFileSync(path.join(dataDir, file), "utf8");
      const [, front, body] = source.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/);
      const meta = Object.fromEntries(front.split("\n").filter((l) => l.includes(":"))
        .map((l) => [l.slice(0, l.indexOf(":")).trim(), l.slice(l.indexOf(":") + 1).trim()]));
      const paragraphs = body.split(/\n\s*\n/).map((p) => p.trim())
        .filter((p) => p && !p.startsWith("!["));
      return { id: file.replace(/\.md$/, ""), title: meta.title, outlet: meta.outlet, date: meta.date, paragraphs };
    });
}

export function fixture(name) {
  return fs.readFileSync(path.join(root, "tests/fixtures", name), "utf8");
}
