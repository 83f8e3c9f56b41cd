// Times the extractor compiled to WebAssembly in V8 (Node; Chromium runs the
// same engine): one page of about 2 MB built in memory from the bodies of the
// pages given, N runs, median and best. The module is the size probe of
// scripts/extract-wasm-size.sh (the browser bundle's profile, opt-level z).
// Usage: node scripts/bench_extract_wasm.mjs MODULE.wasm PAGE.html...
import { readFileSync } from "node:fs";

const [modulePath, ...pages] = process.argv.slice(2);
if (!modulePath || pages.length === 0) {
  console.error("usage: node scripts/bench_extract_wasm.mjs MODULE.wasm PAGE.html...");
  process.exit(2);
}
const { instance } = await WebAssembly.instantiate(readFileSync(modulePath));
const { memory, buffer, extract } = instance.exports;

function bodyOf(page) {
  const lower = page.toLowerCase();
  const open = lower.indexOf("<body");
  const start = open < 0 ? 0 : lower.indexOf(">", open) + 1;
  const end = lower.lastIndexOf("</body>");
  return page.slice(start, end >= start ? end : page.length);
}

const bodies = pages.map((p) => bodyOf(readFileSync(p, "utf8")));
let html = '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Bench</title></head><body>';
for (let i = 0; Buffer.byteLength(html) < 2e6; i++) html += bodies[i % bodies.length];
html += "</body></html>";
const bytes = new TextEncoder().encode(html);

const times = [];
let textLength = 0;
for (let run = 0; run < 5; run++) {
  const start = performance.now();
  const ptr = buffer(bytes.length);
  new Uint8Array(memory.buffer, ptr, bytes.length).set(bytes);
  textLength = extract(ptr, bytes.length);
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
console.log(
  `extract in WebAssembly (V8), one ${(bytes.length / 1e6).toFixed(2)} MB page: ` +
    `median ${times[2].toFixed(1)} ms, best ${times[0].toFixed(1)} ms (${textLength} bytes of text kept)`,
);
