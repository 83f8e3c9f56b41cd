// Accessibility measurements shared by scripts/audit-a11y.mjs (which prints
// them) and tests/e2e/a11y.test.mjs (which asserts the fixed ones): axe-core
// run in the page, and what axe cannot see, computed from the computed style:
// the contrast of CSS-generated badges and icons (::before/::after) against
// the background actually behind them, annotation hues and patterns against
// their page (non-text, 3:1), the legend switches when off, target sizes and
// horizontal overflow at phone width.
import fs from "node:fs";
import { createRequire } from "node:module";

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** Runs axe-core on the page; resolves to [{ id, impact, nodes, help }]. The
 * page must be opened with `bypassCSP` (Lector's CSP allows only its own scripts). */
export async function runAxe(page) {
  if (!(await page.evaluate(() => typeof window.axe === "object"))) await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(" ")),
    }));
  });
}

/**
 * Everything axe cannot see, measured in the page. Returns
 *   badges:      [{ what, ratio }] one per distinct (pseudo-element, class, annotation) kind, the worst instance
 *   annotations: [{ colour, hueVsPage, patternVsHue, patternVsPage }]
 *   switches:    [{ what, ratio }] legend switches that are off (text against their background)
 *   targets:     [{ what, width, height }] buttons/links/inputs' labels smaller than 24 × 24 px
 *   overflow:    { page, outside: [what] } horizontal scroll in px, and popovers past the viewport
 *   badgesOnFirstScreen: names' badges drawn in the article's first screen (density)
 */
export function visualChecks(page) {
  return page.evaluate(() => {
    const parse = (c) => {
      if (!c || c === "transparent" || c === "none") return [0, 0, 0, 0];
      const n = c.match(/[\d.]+/g).map(Number);
      return [n[0], n[1], n[2], n[3] ?? 1];
    };
    const over = (top, under) => {
      const a = top[3];
      return [0, 1, 2].map((i) => top[i] * a + under[i] * (1 - a)).concat(1);
    };
    const lum = (c) => {
      const [r, g, b] = c.slice(0, 3).map((v) => {
        const x = v / 255;
        return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const contrast = (a, b) => {
      const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
      return (hi + 0.05) / (lo + 0.05);
    };
    const COLOUR = /rgba?\([^)]*\)/g;
    // The inks of a pattern drawn over a background: gradients, inset shadows, outlines.
    const inksOf = (s) => [
      ...(s.backgroundImage === "none" ? [] : s.backgroundImage.match(COLOUR) ?? []),
      ...(s.boxShadow === "none" ? [] : s.boxShadow.match(COLOUR) ?? []),
      ...(s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0 ? [s.outlineColor] : []),
    ].map(parse).filter((c) => c[3] > 0);
    // The opaque colour behind an element: its ancestors' background colours,
    // composited from the page down (patterns are measured separately).
    const behind = (el) => {
      const chain = [];
      for (let e = el; e; e = e.parentElement) chain.unshift(e);
      let base = [255, 255, 255, 1];
      for (const e of chain) {
        const bg = parse(getComputedStyle(e).backgroundColor);
        if (bg[3] > 0) base = over(bg, base);
      }
      return base;
    };
    const opacity = (el) => {
      let o = 1;
      for (let e = el; e; e = e.parentElement) o *= parseFloat(getComputedStyle(e).opacity);
      return o;
    };
    const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility === "visible";
    const describe = (el) => {
      const cls = [...el.classList].filter((c) => !/^(selected|current|flash|cont-|active)/.test(c)).slice(0, 2).join(".");
      return el.tagName.toLowerCase() + (cls ? "." + cls : "");
    };

    // CSS-generated text: badges, icons, note markers, captions' labels.
    const badges = new Map();
    // Density: names' badges drawn in the article within the first screen.
    let badgesOnFirstScreen = 0;
    for (const el of document.querySelectorAll("article.reader [data-badge]")) {
      const s = getComputedStyle(el, "::after");
      const r = el.getBoundingClientRect();
      if (s.display !== "none" && /^"/.test(s.content) && r.top + window.scrollY < window.innerHeight) badgesOnFirstScreen += 1;
    }
    for (const el of document.querySelectorAll("body *")) {
      if (!visible(el)) continue;
      for (const pseudo of ["::before", "::after"]) {
        const s = getComputedStyle(el, pseudo);
        if (!/^"[^"]/.test(s.content) || s.display === "none" || s.visibility !== "visible") continue;
        if (!/\p{L}|\p{N}|\p{S}|\p{P}/u.test(s.content.slice(1, -1))) continue;
        const bg = over(parse(s.backgroundColor), behind(el));
        const ink = parse(s.color);
        const text = over([ink[0], ink[1], ink[2], ink[3] * opacity(el) * parseFloat(s.opacity)], bg);
        let ratio = contrast(text, bg);
        // Inside an annotation the pattern's inks may lie under the badge too.
        const ann = el.closest("mark.annotation");
        // (only a pattern that fills the whole mark: a band under the text is not behind a raised badge).
        const annStyle = ann && getComputedStyle(ann);
        if (ann && /^auto/.test(annStyle.backgroundSize) && annStyle.backgroundImage !== "none") {
          for (const p of (annStyle.backgroundImage.match(COLOUR) ?? []).map(parse)) ratio = Math.min(ratio, contrast(text, over(p, bg)));
        }
        const colour = ann ? [...ann.classList].find((c) => /^annotation-/.test(c)) : null;
        const what = `${describe(el)}${pseudo}${colour ? " in " + colour : ""}`;
        if (!badges.has(what) || badges.get(what).ratio > ratio) badges.set(what, { what, ratio });
      }
    }

    // Annotation hues and patterns against the page and each other.
    const annotations = [];
    const seen = new Set();
    for (const mark of document.querySelectorAll("article.reader mark.annotation")) {
      const colour = [...mark.classList].find((c) => /^annotation-/.test(c))?.slice(11);
      if (!colour || seen.has(colour)) continue;
      seen.add(colour);
      const page = behind(mark.parentElement);
      const hue = over(parse(getComputedStyle(mark).backgroundColor), page);
      const inks = inksOf(getComputedStyle(mark)).map((p) => over(p, hue));
      annotations.push({
        colour,
        hueVsPage: contrast(hue, page),
        patternVsHue: Math.max(1, ...inks.map((p) => contrast(p, hue))),
        patternVsPage: Math.max(1, ...inks.map((p) => contrast(p, page))),
        textVsHue: contrast(over(parse(getComputedStyle(mark).color), hue), hue),
      });
    }

    // Legend switches that are off: their text against their own background.
    const switches = [];
    for (const el of document.querySelectorAll('[aria-pressed="false"]')) {
      if (!visible(el)) continue;
      const bg = behind(el);
      let worst = Infinity;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let t = walker.nextNode(); t; t = walker.nextNode()) {
        if (!t.data.trim()) continue;
        const host = t.parentElement;
        const hostBg = behind(host);
        const ink = parse(getComputedStyle(host).color);
        worst = Math.min(worst, contrast(over([ink[0], ink[1], ink[2], ink[3] * opacity(host)], hostBg), hostBg));
      }
      const label = el.dataset.layer ?? el.querySelector(".swatch")?.textContent ?? el.textContent.trim().slice(0, 24);
      if (worst < Infinity) switches.push({ what: `${describe(el)} "${label}"`, ratio: worst });
    }

    // Targets under 24 × 24 CSS px (WCAG 2.2 2.5.8), inline links in text excepted.
    const targets = [];
    for (const el of document.querySelectorAll("button, [role=button], input:not([type=radio]):not([type=checkbox]):not([type=file]), select, .palette-option label, .file-button, .back-link")) {
      if (!visible(el) || el.closest("p, li.mention, dd, .note-text")?.matches("p:not(.popover-kind):not(.profile-line)")) continue;
      const r = el.getBoundingClientRect();
      if (r.width < 24 || r.height < 24) targets.push({ what: `${describe(el)} "${(el.textContent || el.getAttribute("aria-label") || "").trim().slice(0, 24)}"`, width: +r.width.toFixed(1), height: +r.height.toFixed(1) });
    }

    // Horizontal overflow: the page, and popovers/cards past the viewport.
    const vw = document.documentElement.clientWidth;
    const outside = [...document.querySelectorAll(".popover, .notices, .caret-status, .help-overlay")]
      .filter(visible)
      .filter((el) => { const r = el.getBoundingClientRect(); return r.left < -0.5 || r.right > vw + 0.5; })
      .map(describe);
    return {
      badges: [...badges.values()],
      annotations,
      switches,
      targets,
      overflow: { page: document.documentElement.scrollWidth - vw, outside },
      badgesOnFirstScreen,
    };
  });
}

/** Phrases to annotate on the open article: each starts on a name, so a badge sits inside the annotation. */
export function phrasesWithNames(page, count) {
  return page.evaluate((count) => {
    const out = [];
    for (const block of document.querySelectorAll("article.reader .article-text p[data-start]")) {
      const name = block.querySelector("[data-entity][data-badge]");
      if (!name) continue;
      const r = document.createRange();
      r.setStart(block, 0);
      r.setEndBefore(name);
      const at = r.toString().length;
      const text = block.textContent;
      let end = text.indexOf(" ", at + name.textContent.length + 12);
      if (end < 0) end = text.length;
      const phrase = text.slice(at, end).trim();
      if (phrase && text.indexOf(phrase) === at) out.push(phrase);
      if (out.length === count) break;
    }
    return out;
  }, count);
}

/** The thresholds of WCAG 2.2 AA the checks above are held to. */
export const AA = { text: 4.5, nonText: 3, target: 24 };
