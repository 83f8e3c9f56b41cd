//! The search benchmark's measurement, with the clock passed in, so the same
//! code is timed natively (`scripts/bench-search.sh`) and could be timed in a
//! browser with `performance.now()`.
//!
//! Queries are drawn from the library itself with a fixed seed: single words
//! (names and other words), two words, two-word phrases and three-letter
//! prefixes typed as-you-type. The baseline, timed in the same run, is what
//! search would cost without an index: a substring scan of every article's
//! lower-cased text. Each query counts its fastest of five runs, the
//! scan too.

use std::fmt::Write;
use std::hint::black_box;

use crate::bench_corpus::BenchArticle;
use crate::entity_index;
use crate::stored_index::StoredIndex;
use crate::tokens::tokenize;
use crate::{ArticleEntities, ArticleIndex, ArticleSummary, Origin, Query, SearchIndex};

/// How many hits get a passage, as a results page would show.
const PAGE: usize = 10;
/// Runs of each query; its fastest counts.
const REPEATS: usize = 5;

#[derive(Clone, Debug, Default)]
pub struct Report {
    pub articles: usize,
    pub text_bytes: usize,
    /// Milliseconds: analysis, per-article index, entities and summary, added
    /// to the library index, then the entity index built.
    pub build_with_analysis_ms: f64,
    /// The longest single article in that build (the longest task the page
    /// would see if each article were indexed in its own task).
    pub longest_article_ms: f64,
    /// Of the build, the time spent in analysis.
    pub analysis_in_build_ms: f64,
    /// Milliseconds: per-article index and library index only.
    pub build_without_analysis_ms: f64,
    /// Milliseconds: adding stored per-article indexes (a reload).
    pub build_from_stored_ms: f64,
    /// Milliseconds: a reload as the app does it from the records it keeps
    /// beside each article (`src/corpus_record.rs`): each record's JSON
    /// parsed, its index checked and added, then the entity index built.
    pub reload_from_kept_ms: f64,
    /// Bytes of those records' JSON, all articles.
    pub kept_bytes: usize,
    pub entity_index_ms: f64,
    /// Distinct entities across the library.
    pub entities: usize,
    /// Milliseconds to remove one article and add it back.
    pub replace_one_ms: f64,
    /// The index's own estimate of its heap bytes.
    pub index_bytes: usize,
    /// Per query kind: (name, count, p50 ms, p95 ms, baseline p50 ms, baseline p95 ms).
    pub queries: Vec<(&'static str, usize, f64, f64, f64, f64)>,
}

/// Builds the library index from `articles` and times queries. `now`
/// returns milliseconds.
pub fn measure(articles: &[BenchArticle], queries_per_kind: usize, now: &dyn Fn() -> f64) -> Report {
    let mut run = Run::new(articles, queries_per_kind);
    while run.step(now) {}
    run.report
}

/// Articles analysed and indexed per step, as the app would per task.
pub const ARTICLES_PER_STEP: usize = 50;

/// The measurement in steps, so that a browser can breathe between them (a
/// page busy for longer than its driver waits is taken for hung), as the app
/// indexes a library in slices between frames. Times are summed over steps.
pub struct Run<'a> {
    articles: &'a [BenchArticle],
    queries_per_kind: usize,
    /// Articles built so far; past the end, the later phases.
    next: usize,
    phase: usize,
    index: SearchIndex,
    stored: Vec<ArticleIndex>,
    /// Each article's kept record as JSON.
    kept: Vec<String>,
    entities: Vec<(String, ArticleEntities)>,
    pub report: Report,
}

impl<'a> Run<'a> {
    pub fn new(articles: &'a [BenchArticle], queries_per_kind: usize) -> Run<'a> {
        let report = Report {
            articles: articles.len(),
            text_bytes: articles.iter().map(|a| a.text.len()).sum(),
            ..Report::default()
        };
        Run {
            articles,
            queries_per_kind,
            next: 0,
            phase: 0,
            index: SearchIndex::new(),
            stored: Vec::new(),
            kept: Vec::new(),
            entities: Vec::new(),
            report,
        }
    }

    /// Does the next step; false when the report is complete.
    pub fn step(&mut self, now: &dyn Fn() -> f64) -> bool {
        match self.phase {
            0 => {
                self.build_with_analysis(now);
                if self.next >= self.articles.len() {
                    self.phase = 1;
                }
            }
            1 => {
                self.entity_index(now);
                self.phase = 2;
            }
            2 => {
                self.other_builds(now);
                self.phase = 3;
            }
            3 => {
                self.queries(now);
                self.phase = 4;
            }
            _ => {}
        }
        self.phase < 4
    }

    fn build_with_analysis(&mut self, now: &dyn Fn() -> f64) {
        let (articles, report) = (self.articles, &mut self.report);
        black_box(lector_analysis::analyze("Warm-up in Paris."));
        let start = now();
        let end = (self.next + ARTICLES_PER_STEP).min(articles.len());
        for (i, a) in articles.iter().enumerate().take(end).skip(self.next) {
            let article_start = now();
            let id = format!("article-{i}");
            let analysis = lector_analysis::analyze(&a.text);
            report.analysis_in_build_ms += now() - article_start;
            let sentences: Vec<_> = analysis.sentences.iter().map(|s| s.span).collect();
            let article_index = ArticleIndex::build(&a.text, a.title.chars().count(), &sentences);
            let entities = ArticleEntities::from_analysis(&a.text, &analysis);
            let summary = ArticleSummary::new(&id, Some("Reuters"), None, Origin::Own, &analysis);
            let pause = now();
            self.kept.push(Kept::json(&article_index, &entities, &summary));
            // Writing the record is the app's own later task, not indexing.
            let paused = now() - pause;
            report.build_with_analysis_ms -= paused;
            let article_start = article_start + paused;
            self.entities.push((id.clone(), entities));
            self.stored.push(article_index.clone());
            self.index.add(&id, article_index);
            report.longest_article_ms = report.longest_article_ms.max(now() - article_start);
        }
        self.next = end;
        report.build_with_analysis_ms += now() - start;
    }

    fn entity_index(&mut self, now: &dyn Fn() -> f64) {
        let start = now();
        let who = entity_index::build(self.entities.iter().map(|(id, e)| (id.as_str(), e)));
        self.report.entity_index_ms = now() - start;
        self.report.build_with_analysis_ms += self.report.entity_index_ms;
        self.report.entities = who.entities.len();
    }

    fn other_builds(&mut self, now: &dyn Fn() -> f64) {
        let (articles, report) = (self.articles, &mut self.report);
        let start = now();
        let mut plain = SearchIndex::new();
        for (i, a) in articles.iter().enumerate() {
            plain.add(&format!("article-{i}"), ArticleIndex::build(&a.text, a.title.chars().count(), &[]));
        }
        report.build_without_analysis_ms = now() - start;
        black_box(plain);

        let start = now();
        let mut reloaded = SearchIndex::new();
        for (i, s) in std::mem::take(&mut self.stored).into_iter().enumerate() {
            reloaded.add(&format!("article-{i}"), s);
        }
        report.build_from_stored_ms = now() - start;
        black_box(reloaded);

        let kept = std::mem::take(&mut self.kept);
        report.kept_bytes = kept.iter().map(String::len).sum();
        let start = now();
        let mut reloaded = SearchIndex::new();
        let mut entities = Vec::with_capacity(kept.len());
        for (i, json) in kept.iter().enumerate() {
            let Ok(record) = serde_json::from_str::<Kept>(json) else { continue };
            let Ok(index) = ArticleIndex::try_from(record.index) else { continue };
            let id = format!("article-{i}");
            reloaded.add(&id, index);
            black_box(record.summary);
            entities.push((id, record.entities));
        }
        black_box(entity_index::build(entities.iter().map(|(id, e)| (id.as_str(), e))));
        report.reload_from_kept_ms = now() - start;
        black_box(reloaded);

        // The median of replacing 21 articles spread over the library.
        let index = &mut self.index;
        let mut replaced: Vec<f64> = (0..articles.len())
            .step_by((articles.len() / 21).max(1))
            .take(21)
            .map(|i| {
                let (id, a) = (format!("article-{i}"), &articles[i]);
                let start = now();
                index.remove(&id);
                index.add(&id, ArticleIndex::build(&a.text, a.title.chars().count(), &[]));
                now() - start
            })
            .collect();
        report.replace_one_ms = percentiles(&mut replaced).0;
        report.index_bytes = index.heap_bytes();
    }

    fn queries(&mut self, now: &dyn Fn() -> f64) {
        let (articles, report, index) = (self.articles, &mut self.report, &self.index);
        let lowered: Vec<String> = articles.iter().map(|a| a.text.to_lowercase()).collect();
        let (mut all_times, mut all_scans) = (Vec::new(), Vec::new());
        for (kind, queries) in queries(articles, self.queries_per_kind) {
            let mut times = Vec::with_capacity(queries.len());
            let mut scans = Vec::with_capacity(queries.len());
            for (typed, needles) in &queries {
                // Each query's best of a few runs: what the code costs, without
                // the moments the machine was busy with something else.
                let mut best = (f64::MAX, f64::MAX);
                for _ in 0..REPEATS {
                    let start = now();
                    let query = Query::parse(typed, true);
                    black_box(index.search(&query, PAGE, |_| true));
                    best.0 = best.0.min(now() - start);
                    let start = now();
                    black_box(lowered.iter().filter(|t| needles.iter().all(|n| t.contains(n.as_str()))).count());
                    best.1 = best.1.min(now() - start);
                }
                times.push(best.0);
                scans.push(best.1);
            }
            all_times.extend_from_slice(&times);
            all_scans.extend_from_slice(&scans);
            let (p50, p95) = percentiles(&mut times);
            let (b50, b95) = percentiles(&mut scans);
            report.queries.push((kind, queries.len(), p50, p95, b50, b95));
        }
        let (p50, p95) = percentiles(&mut all_times);
        let (b50, b95) = percentiles(&mut all_scans);
        report.queries.push(("all", all_times.len(), p50, p95, b50, b95));
    }
}

fn percentiles(times: &mut [f64]) -> (f64, f64) {
    times.sort_by(f64::total_cmp);
    let at = |q: f64| times.get(((times.len() as f64 - 1.0) * q).round() as usize).copied().unwrap_or(0.0);
    (at(0.5), at(0.95))
}

/// Queries of each kind: what is typed, and the lower-case strings the
/// baseline scan looks for.
type Queries = Vec<(&'static str, Vec<(String, Vec<String>)>)>;

fn queries(articles: &[BenchArticle], per_kind: usize) -> Queries {
    let mut seed: u64 = 0x5eed_1e57;
    let mut next = move |n: usize| {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((seed >> 33) as usize) % n.max(1)
    };
    let mut kinds: Queries = ["word", "two words", "phrase", "prefix"].into_iter().map(|k| (k, Vec::new())).collect();
    if articles.is_empty() {
        return kinds;
    }
    // Two neighbouring words as they stand in the text (original case).
    let mut words_of: Vec<Option<Vec<String>>> = vec![None; articles.len()];
    let mut pick = |next: &mut dyn FnMut(usize) -> usize| -> Vec<String> {
        let i = next(articles.len());
        let words = words_of[i].get_or_insert_with(|| {
            let chars: Vec<char> = articles[i].text.chars().collect();
            tokenize(&articles[i].text).into_iter().map(|t| chars[t.span.start..t.span.end].iter().collect()).collect()
        });
        let at = next(words.len().saturating_sub(1));
        words.iter().skip(at).take(2).cloned().collect()
    };
    // Words of at least four letters, as a reader would search for.
    let long = |w: &String| w.chars().count() >= 4 && w.chars().all(char::is_alphabetic);
    let mut attempts = 0;
    while kinds.iter().any(|(_, q)| q.len() < per_kind) && attempts < 1000 * per_kind {
        attempts += 1;
        let words = pick(&mut next);
        if words.len() < 2 || !words.iter().all(long) {
            continue;
        }
        let (a, b) = (&words[0], &words[1]);
        let lower = |w: &str| w.to_lowercase();
        let slot = kinds.iter().position(|(_, q)| q.len() < per_kind).unwrap_or(0);
        let query = match slot {
            0 => (format!("{a} "), vec![lower(a)]),
            1 => (format!("{a} {}", lower(b)), vec![lower(a), lower(b)]),
            2 => (format!("\"{a} {b}\""), vec![format!("{} {}", lower(a), lower(b))]),
            _ => {
                let prefix: String = a.chars().take(3).collect();
                (prefix.clone(), vec![lower(&prefix)])
            }
        };
        kinds[slot].1.push(query);
    }
    kinds
}

impl Report {
    /// The figures, one per line.
    pub fn render(&self) -> String {
        let mut out = String::new();
        let mb = self.text_bytes as f64 / 1e6;
        let _ = writeln!(out, "corpus            {} articles, {:.2} MB of text", self.articles, mb);
        let _ = writeln!(
            out,
            "build, analysis   {:8.1} ms (analysis {:.1} ms; index, entities and summaries {:.1} ms = {:.2}x the analysis; longest article {:.1} ms)",
            self.build_with_analysis_ms,
            self.analysis_in_build_ms,
            self.build_with_analysis_ms - self.analysis_in_build_ms,
            (self.build_with_analysis_ms - self.analysis_in_build_ms) / self.analysis_in_build_ms.max(1e-9),
            self.longest_article_ms
        );
        let _ = writeln!(out, "build, no analysis{:8.1} ms", self.build_without_analysis_ms);
        let _ = writeln!(
            out,
            "build, from stored{:8.1} ms (per-article indexes kept with the articles)",
            self.build_from_stored_ms
        );
        let _ = writeln!(
            out,
            "reload, kept      {:8.1} ms (= {:.3}x the analysis: {} KB of kept JSON per article parsed, checked, added; entity index built)",
            self.reload_from_kept_ms,
            self.reload_from_kept_ms / self.analysis_in_build_ms.max(1e-9),
            self.kept_bytes / 1000 / self.articles.max(1)
        );
        let _ = writeln!(out, "entity index      {:8.1} ms, {} entities", self.entity_index_ms, self.entities);
        let _ = writeln!(
            out,
            "replace one       {:8.3} ms (median: remove an article, index it again, add it)",
            self.replace_one_ms
        );
        let _ = writeln!(
            out,
            "index memory      {:8.1} MB estimated ({:.2}x the text)",
            self.index_bytes as f64 / 1e6,
            self.index_bytes as f64 / self.text_bytes.max(1) as f64
        );
        for (kind, n, p50, p95, b50, b95) in &self.queries {
            let _ = writeln!(
                out,
                "query {kind:<10}  p50 {p50:7.3} ms  p95 {p95:7.3} ms  ({n} queries; substring scan p50 {b50:7.3} / p95 {b95:7.3} ms: {:.2}x / {:.2}x)",
                p50 / b50.max(1e-9),
                p95 / b95.max(1e-9)
            );
        }
        out
    }
}

/// An article's kept record, shaped as the app's (`src/corpus_record.rs`;
/// its version and text hash are two short strings, left out here).
#[derive(serde::Serialize, serde::Deserialize)]
struct Kept {
    index: StoredIndex,
    entities: ArticleEntities,
    summary: ArticleSummary,
}

impl Kept {
    fn json(index: &ArticleIndex, entities: &ArticleEntities, summary: &ArticleSummary) -> String {
        let kept =
            Kept { index: StoredIndex::from(index.clone()), entities: entities.clone(), summary: summary.clone() };
        serde_json::to_string(&kept).unwrap_or_default()
    }
}
