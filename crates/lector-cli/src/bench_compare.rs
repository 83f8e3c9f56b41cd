//! `lector bench-compare CONLL`: how long comparing two articles and ranking a
//! library take, natively, beside tokenizing the same text in the same run.
//!
//! The articles are built from CoNLL-2003 documents (Reuters news): the
//! library is 500 of them; the compared pair is ~1,000 words of them and a
//! rewrite of it made here (paragraphs in another order, sentences split and
//! dropped, words swapped), which the library also holds, so the ranking has
//! something to find.

use std::time::Instant;

use lector_compare::bench_corpus::{documents, join, pair, paragraphs};
use lector_compare::{align, compare, rank, Fingerprint, Model, Sentences, Side};

const USAGE: &str = "\
usage: lector bench-compare CONLL_TRAIN.txt [--runs N]

Times (fastest of N runs, default 31; build with --release):
  compare   two ~1,000-word articles, their analyses given, and with analysis;
  ranking   one article against a 500-article library: fingerprint every
            article, rank, then analyze and align the 10 closest.
Each beside tokenizing the same text in the same run.";

const LIBRARY: usize = 500;
const CANDIDATES: usize = 10;

pub fn run(args: &[String]) -> Result<(), String> {
    let mut path = None;
    let mut runs = 31usize;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--runs" => runs = args.next().and_then(|v| v.parse().ok()).ok_or("--runs needs a number")?,
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(());
            }
            other if path.is_none() => path = Some(other.to_string()),
            other => return Err(format!("unexpected argument '{other}'\n\n{USAGE}")),
        }
    }
    let path = path.ok_or_else(|| USAGE.to_string())?;
    let source = std::fs::read_to_string(&path).map_err(|e| format!("cannot read {path}: {e}"))?;
    let documents = documents(&source);
    if documents.len() < LIBRARY + 20 {
        return Err(format!("{path} holds {} documents; the benchmark needs {}", documents.len(), LIBRARY + 20));
    }
    // The compared article: documents after the library's, to ~1,000 words.
    let (a, b) = pair(&documents, LIBRARY);
    let words = |t: &str| t.split_whitespace().count();
    println!("articles: {} and {} words (a rewrite: reordered, split, dropped, swapped)", words(&a), words(&b));

    let (a, b) = (a.as_str(), b.as_str());
    let (analysis_a, analysis_b) = (&lector_analysis::analyze(a), &lector_analysis::analyze(b));
    let side = |text, analysis| Side { text, analysis, outlet: None, date: None };
    let result = compare(&side(a, analysis_a), &side(b, analysis_b));
    println!(
        "  {} pairs; {:.0}% of the rewrite's sentences have a counterpart",
        result.pairs.len(),
        100.0 * result.reuse.share_of_b
    );
    let tokenize_pair = best(runs, || {
        std::hint::black_box(lector_analysis::tokenize::tokenize(a));
        std::hint::black_box(lector_analysis::tokenize::tokenize(b));
    });
    let compare_only = best(runs, || {
        std::hint::black_box(compare(&side(a, analysis_a), &side(b, analysis_b)));
    });
    let spans = |x: &lector_analysis::Analysis| x.sentences.iter().map(|s| s.span).collect::<Vec<_>>();
    let reading = best(runs, || {
        std::hint::black_box(Sentences::new(a, &spans(analysis_a), &[]));
        std::hint::black_box(Sentences::new(b, &spans(analysis_b), &[]));
    });
    let (sa, sb) = (Sentences::new(a, &spans(analysis_a), &[]), Sentences::new(b, &spans(analysis_b), &[]));
    let aligning_only = best(runs, || {
        std::hint::black_box(align(&sa, &sb, &Model::SHIPPED));
    });
    let with_analysis = best(runs, || {
        let (x, y) = (lector_analysis::analyze(a), lector_analysis::analyze(b));
        let sx = Side { text: a, analysis: &x, outlet: None, date: None };
        let sy = Side { text: b, analysis: &y, outlet: None, date: None };
        std::hint::black_box(compare(&sx, &sy));
    });
    println!(
        "compare two articles, analyses given: {} ({:.1}x tokenizing both)",
        ms(compare_only),
        compare_only / tokenize_pair
    );
    println!("  of which reading the sentences: {}, pairing them: {}", ms(reading), ms(aligning_only));
    println!(
        "  with both analyses:                  {} ({:.1}x tokenizing both)",
        ms(with_analysis),
        with_analysis / tokenize_pair
    );

    // The library: 500 documents, one of them replaced by the rewrite.
    let mut library: Vec<String> = documents[..LIBRARY].iter().map(|d| join(&paragraphs(d))).collect();
    library[LIBRARY / 2] = b.to_string();
    let library_words: usize = library.iter().map(|t| words(t)).sum();
    println!("library: {LIBRARY} articles, {library_words} words; the rewrite is article {}", LIBRARY / 2);
    let ranked = rank(&Fingerprint::of_text(a), &library.iter().map(|t| Fingerprint::of_text(t)).collect::<Vec<_>>());
    println!("  ranked first: article {} (similarity {:.2}; next {:.2})", ranked[0].0, ranked[0].1, ranked[1].1);
    let tokenize_library = best(runs, || {
        for text in &library {
            std::hint::black_box(lector_analysis::tokenize::tokenize(text));
        }
    });
    let fingerprints = best(runs, || {
        std::hint::black_box(library.iter().map(|t| Fingerprint::of_text(t)).collect::<Vec<_>>());
    });
    let prints: Vec<Fingerprint> = library.iter().map(|t| Fingerprint::of_text(t)).collect();
    let ranking = best(runs, || {
        std::hint::black_box(rank(&Fingerprint::of_text(a), &prints));
    });
    let aligning = best(runs, || {
        for &(k, _) in rank(&Fingerprint::of_text(a), &prints).iter().take(CANDIDATES) {
            let analysis = lector_analysis::analyze(&library[k]);
            let other = Side { text: &library[k], analysis: &analysis, outlet: None, date: None };
            std::hint::black_box(compare(&side(a, analysis_a), &other));
        }
    });
    let total = fingerprints + ranking + aligning;
    println!(
        "rank the library for one article, all included: {} ({:.1}x tokenizing the library)",
        ms(total),
        total / tokenize_library
    );
    println!("  fingerprint {LIBRARY} articles: {}", ms(fingerprints));
    println!("  rank by fingerprint:        {}", ms(ranking));
    println!("  analyze and align the {CANDIDATES} closest: {}", ms(aligning));
    println!("  (tokenizing the library: {})", ms(tokenize_library));
    Ok(())
}

/// Fastest wall time of `runs` calls, in seconds: on a machine shared with
/// other jobs the fastest run is the one least disturbed by them (as in
/// `lector bench`).
fn best(runs: usize, mut f: impl FnMut()) -> f64 {
    let mut times: Vec<f64> = (0..runs.max(1))
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed().as_secs_f64()
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[0]
}

fn ms(seconds: f64) -> String {
    format!("{:.2} ms", seconds * 1e3)
}
