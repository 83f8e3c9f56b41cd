//! `lector bench-extract`: the extractor's native time on a large page, built
//! in memory from the pages given (nothing is written), against the same
//! pages extracted one by one in the same run.

use std::time::Instant;

use lector_extract::{extract, Format};

use crate::bench_args::BenchArgs;

const USAGE: &str = "\
usage: lector bench-extract PAGE.html... [--mb MEGABYTES] [--runs N]

Builds one page of about MEGABYTES (default 2) in memory by joining the
bodies of the PAGEs (repeated as needed), then prints the median and best
time of N runs (default 5) of the HTML extractor on it, and the time to
extract the PAGEs one by one (the same work in small pieces) as a ratio.
Build with --release.";

pub fn run(args: &[String]) -> Result<(), String> {
    let (files, megabytes, runs) = match BenchArgs::parse(args, 2.0, USAGE)? {
        BenchArgs::Run { files, megabytes, runs } => (files, megabytes, runs),
        BenchArgs::Help => {
            println!("{USAGE}");
            return Ok(());
        }
    };
    if files.is_empty() || runs == 0 {
        return Err(USAGE.to_string());
    }
    let mut pages = Vec::new();
    for path in &files {
        let bytes = std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?;
        pages.push(String::from_utf8_lossy(&bytes).into_owned());
    }
    let target = (megabytes * 1e6) as usize;
    let mut big = String::from("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Bench</title></head><body>");
    let mut used = 0;
    'fill: loop {
        for page in &pages {
            if big.len() >= target {
                break 'fill;
            }
            big.push_str(body_of(page));
            used += 1;
        }
    }
    big.push_str("</body></html>");

    let mut times = Vec::new();
    let mut words = 0;
    for _ in 0..runs {
        let start = Instant::now();
        let article = extract(big.as_bytes(), Format::Html).map_err(|e| format!("the built page: {e}"))?;
        times.push(start.elapsed().as_secs_f64());
        words = article.text().split_whitespace().count();
    }
    times.sort_by(f64::total_cmp);
    let median = times[times.len() / 2];
    let start = Instant::now();
    for page in pages.iter().cycle().take(used) {
        // A page the extractor refuses still costs its parse: count it.
        let _ = extract(page.as_bytes(), Format::Html);
    }
    let pieces = start.elapsed().as_secs_f64();
    println!(
        "extract, one {:.2} MB page built from {used} page bodies: median {:.1} ms, best {:.1} ms ({:.1} MB/s, {words} words kept)",
        big.len() as f64 / 1e6,
        median * 1e3,
        times[0] * 1e3,
        big.len() as f64 / 1e6 / median
    );
    println!(
        "the same {used} pages extracted one by one: {:.1} ms (the large page takes {:.2}x that)",
        pieces * 1e3,
        median / pieces
    );
    Ok(())
}

/// The content of a page's `<body>`, or the whole page when it has none.
fn body_of(page: &str) -> &str {
    let lower = page.to_ascii_lowercase();
    let start = lower.find("<body").and_then(|at| lower[at..].find('>').map(|end| at + end + 1)).unwrap_or(0);
    let end = lower.rfind("</body>").filter(|&end| end >= start).unwrap_or(page.len());
    &page[start..end]
}
