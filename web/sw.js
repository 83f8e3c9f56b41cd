// Lector's service worker: makes the site work offline after one visit.
//
// scripts/precache.py writes the built copy (dist/sw.js), filling in every
// file of the site with its content hash. A new build changes that list, so
// the browser sees a new worker, which downloads only the files whose hash
// changed; the page then offers "Reload to update" (web/boot.js) and the new
// version takes over only when the reader says so, so a page never mixes the
// files of two versions.
//
// Paths are relative to the worker's scope (the folder it is served from,
// "/lector/" on GitHub Pages), so one build works under any sub-path.
"use strict";

const PRECACHE = [/* PRECACHE */]; // [path relative to the scope, content hash]
const LAZY = [/* LAZY */]; // cached on first use: the importer (issue 9)
const VERSION = "/* VERSION */";
const CACHE = "lector-" + VERSION;
const SCOPE = self.registration.scope;

// Each file is stored under its URL plus its hash, so an unchanged file is
// found again by the next version instead of being downloaded again.
const KEYS = new Map(PRECACHE.map(([path, hash]) => {
  const url = new URL(path, SCOPE).href;
  return [url, url + "?v=" + hash];
}));

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await Promise.all([...KEYS].map(async ([url, key]) => {
      const known = await caches.match(key);
      if (known) return cache.put(key, known);
      const response = await fetch(url, { cache: "no-cache" });
      if (!response.ok) throw new Error(`could not cache ${url}: ${response.status}`);
      return cache.put(key, response);
    }));
    // The first worker takes over at once; a newer one waits for the reader.
    if (!self.registration.active) await self.skipWaiting();
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith("lector-") && name !== CACHE) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  url.hash = "";
  url.search = "";
  // Every route is a hash of the one page, so any navigation to the page
  // (with or without index.html or a query) is the page.
  const page = request.mode === "navigate" && (url.href === SCOPE || url.href === SCOPE + "index.html");
  const lazy = LAZY.find(([path]) => new URL(path, SCOPE).href === url.href);
  if (lazy) {
    event.respondWith((async () => {
      const key = url.href + "?v=" + lazy[1];
      const cached = await caches.match(key, { cacheName: CACHE });
      if (cached) return cached;
      const response = await fetch(request);
      if (response.ok) (await caches.open(CACHE)).put(key, response.clone());
      return response;
    })());
    return;
  }
  const key = KEYS.get(page ? SCOPE : url.href);
  if (!key) return;
  event.respondWith((async () => {
    const cached = await caches.match(key, { cacheName: CACHE });
    return cached || fetch(request);
  })());
});
