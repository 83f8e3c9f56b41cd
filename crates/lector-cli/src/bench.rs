//! `lector bench`: the analyzer's native throughput, stage by stage, with
//! tokenization measured in the same run as the baseline.

use lector_analysis::throughput::{self, Stage};

use crate::bench_args::BenchArgs;
use crate::input::{read_text, rendered_text};

const USAGE: &str = "\
usage: lector bench [FILE...] [--mb MEGABYTES] [--runs N]

Times tokenization, entity recognition and the whole analyzer over FILEs
(default: the articles in data/; a .md file counts by its rendered text),
repeated until the corpus holds MEGABYTES (default 4), N runs (default 5).
Prints MB/s of the best run, the median, and each stage's time as a multiple
of tokenization's in the same run. Build with --release.";

pub fn run(args: &[String]) -> Result<(), String> {
    let (mut files, megabytes, runs) = match BenchArgs::parse(args, 4.0, USAGE)? {
        BenchArgs::Run { files, megabytes, runs } => (files, megabytes, runs),
        BenchArgs::Help => return Err(USAGE.to_string()),
    };
    if files.is_empty() {
        let entries = std::fs::read_dir("data")
            .map_err(|e| format!("cannot list data/ (run from the repository root or name files): {e}"))?;
        files = entries
            .filter_map(|e| e.ok().map(|e| e.path().to_string_lossy().into_owned()))
            .filter(|p| p.ends_with(".md") && !p.ends_with("README.md"))
            .collect();
        files.sort();
    }
    let mut articles = Vec::new();
    for path in &files {
        articles.push(rendered_text(path, read_text(path)?)?);
    }
    let one_pass: usize = articles.iter().map(String::len).sum();
    if one_pass == 0 {
        return Err("the files hold no text to analyze".into());
    }
    let copies = ((megabytes * 1e6) / one_pass as f64).ceil().max(1.0) as usize;
    let texts: Vec<String> = (0..copies).flat_map(|_| articles.iter().cloned()).collect();
    println!(
        "corpus: {} files, {:.1} KB, repeated {copies} times; {runs} runs per stage; one core",
        files.len(),
        one_pass as f64 / 1e3
    );
    let started = std::time::Instant::now();
    let now = || started.elapsed().as_secs_f64();
    let measurements: Vec<_> = Stage::ALL.iter().map(|&stage| throughput::measure(stage, &texts, runs, &now)).collect();
    print!("{}", throughput::report(&measurements));
    print!("{}", throughput::measure_hedge_layer(&texts, runs, &now).report());
    Ok(())
}
