// A Lector file at the import limit, written here (not by the app): `count`
// minimal valid annotations (id, article, times, quote, position; no note,
// no tags), spread over the bundled articles' words, every one a real word at
// its real place in the article's rendered text.
import { bundledArticles } from "./articles.mjs";

/** Every word of a bundled article with its code-point span in the rendered text. */
function wordsOf(article) {
  const text = [article.title, ...article.paragraphs].join("\n\n");
  const words = [];
  let offset = 0;
  for (const token of text.split(/(\s+)/)) {
    const length = [...token].length;
    if (/^[A-Za-z]{3,}$/.test(token)) words.push({ exact: token, start: offset, end: offset + length });
    offset += length;
  }
  return words;
}

/** `count` annotations as a Lector file (a string), spread evenly over `articles` (default: all bundled)
 * and their words (or all on each article's first word, `sameWord`: the deepest nesting of highlights). */
export function largeLectorFile(count, articles = bundledArticles(), { sameWord = false } = {}) {
  const perArticle = articles.map((a) => ({ id: a.id, words: wordsOf(a) })).filter((a) => a.words.length);
  if (sameWord) for (const a of perArticle) a.words = a.words.slice(0, 1);
  const annotations = [];
  for (let i = 0; i < count; i++) {
    const article = perArticle[i % perArticle.length];
    const word = article.words[Math.floor(i / perArticle.length) % article.words.length];
    annotations.push({
      id: `00000000-0000-4000-8000-${i.toString(16).padStart(12, "0")}`,
      article: article.id,
      created: "2026-11-23T18:14:20.123Z",
      modified: "2026-11-23T18:14:20.123Z",
      body: { colour: "yellow" },
      target: { quote: { exact: word.exact }, position: { start: word.start, end: word.end } },
    });
  }
  return JSON.stringify({ schema: "lector-annotations", version: 2, annotations });
}
