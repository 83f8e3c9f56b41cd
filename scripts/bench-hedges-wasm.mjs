// Runs the hedge-layer benchmark compiled to WebAssembly under node's V8 (the
// engine of Chromium): node scripts/bench-hedges-wasm.mjs BENCH.wasm FILE...
// Prints the time per 1,000 words of the whole analysis and of the hedge
// layer, best of several rounds, and their ratio.
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";

const [wasmPath, ...files] = process.argv.slice(2);
if (!wasmPath || files.length === 0) {
  console.error("usage: node bench-hedges-wasm.mjs BENCH.wasm FILE...");
  process.exit(2);
}
const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), {
  env: { now: () => performance.now() },
});
const wasm = instance.exports;
const texts = files.map((file) => {
  const bytes = new TextEncoder().encode(readFileSync(file, "utf8"));
  const ptr = wasm.alloc(bytes.length);
  new Uint8Array(wasm.memory.buffer, ptr, bytes.length).set(bytes);
  return { ptr, len: bytes.length };
});
const words = texts.reduce((n, t) => n + wasm.words(t.ptr, t.len), 0);

function best(timer) {
  texts.forEach((t) => timer(t.ptr, t.len, 1)); // warm up
  let iterations = 1;
  while (texts.reduce((ms, t) => ms + timer(t.ptr, t.len, iterations), 0) < 50) iterations *= 2;
  let fastest = Infinity;
  for (let round = 0; round < 7; round++) {
    const ms = texts.reduce((sum, t) => sum + timer(t.ptr, t.len, iterations), 0) / iterations;
    fastest = Math.min(fastest, ms);
  }
  return fastest;
}

const analysis = best(wasm.time_analysis);
const hedges = best(wasm.time_hedges);
const perK = (ms) => ((ms * 1e6) / words).toFixed(0); // microseconds per 1,000 words
console.log(
  `wasm (node ${process.version}): ${texts.length} texts, ${words} words; ` +
    `analysis ${perK(analysis)} us per 1,000 words, hedge layer ${perK(hedges)} us per 1,000 words ` +
    `(${((100 * hedges) / analysis).toFixed(1)}% of the analysis)`,
);
