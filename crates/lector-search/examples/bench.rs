//! `scripts/bench-search.sh`: builds a 1,000-article library from CoNLL-2003
//! documents and prints build times, memory and query latency, each with a
//! baseline from the same run. Figures only; nothing is asserted.
//!
//! Usage: cargo run --release -p lector-search --example bench -- [CONLL_FILE] [ARTICLES]

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use lector_search::bench::measure;
use lector_search::bench_corpus::articles;
use lector_search::{ArticleEntities, ArticleIndex, SearchIndex};

/// Counts live heap bytes, so index memory is measured, not estimated.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        LIVE.fetch_add(layout.size(), Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        LIVE.fetch_add(new_size, Ordering::Relaxed);
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = args.first().map_or("../shared/data/conll2003/train.txt", String::as_str);
    let count: usize = args.get(1).and_then(|n| n.parse().ok()).unwrap_or(1000);
    let conll = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("cannot read the CoNLL file {path}: {e} (pass its path as the first argument)");
            std::process::exit(2);
        }
    };
    let library = articles(&conll, count, 5000);
    drop(conll);

    let epoch = Instant::now();
    let now = move || epoch.elapsed().as_secs_f64() * 1000.0;
    let report = measure(&library, 50, &now);
    print!("{}", report.render());

    // Memory, counted by the allocator: the index of the whole library
    // against the text it indexes.
    let sentences: Vec<Vec<_>> =
        library.iter().map(|a| lector_analysis::analyze(&a.text).sentences.iter().map(|s| s.span).collect()).collect();
    let before = LIVE.load(Ordering::Relaxed);
    let mut index = SearchIndex::new();
    for (i, (a, s)) in library.iter().zip(&sentences).enumerate() {
        index.add(&format!("article-{i}"), ArticleIndex::build(&a.text, a.title.chars().count(), s));
    }
    let index_bytes = LIVE.load(Ordering::Relaxed) - before;
    let text_bytes: usize = library.iter().map(|a| a.text.len()).sum();
    println!(
        "index memory      {:8.1} MB counted by the allocator ({:.2}x the text; {:.2}x the text held as Strings)",
        index_bytes as f64 / 1e6,
        index_bytes as f64 / text_bytes as f64,
        index_bytes as f64 / library.iter().map(|a| a.text.capacity() + a.title.capacity()).sum::<usize>() as f64
    );

    // What the app would store beside each article, as JSON, and reading
    // it all back into a library index (a reload).
    let stored: Vec<(String, String)> = library
        .iter()
        .zip(&sentences)
        .map(|(a, s)| {
            let index = ArticleIndex::build(&a.text, a.title.chars().count(), s);
            let entities = ArticleEntities::from_analysis(&a.text, &lector_analysis::analyze(&a.text));
            (serde_json::to_string(&index).unwrap_or_default(), serde_json::to_string(&entities).unwrap_or_default())
        })
        .collect();
    let (index_json, entities_json): (usize, usize) =
        stored.iter().fold((0, 0), |(i, e), (a, b)| (i + a.len(), e + b.len()));
    println!(
        "stored per article{:8.1} KB of JSON on average: search {:.1} KB ({:.2}x the text), entities {:.1} KB",
        (index_json + entities_json) as f64 / 1e3 / library.len() as f64,
        index_json as f64 / 1e3 / library.len() as f64,
        index_json as f64 / text_bytes as f64,
        entities_json as f64 / 1e3 / library.len() as f64
    );
    let start = Instant::now();
    let mut reloaded = SearchIndex::new();
    for (i, (json, _)) in stored.iter().enumerate() {
        match serde_json::from_str::<ArticleIndex>(json) {
            Ok(index) => reloaded.add(&format!("article-{i}"), index),
            Err(e) => eprintln!("article-{i}: {e}"),
        }
    }
    println!(
        "reload from JSON  {:8.1} ms (parse, check and add every stored index; {} articles)",
        start.elapsed().as_secs_f64() * 1000.0,
        reloaded.len()
    );
    drop(index);
}
