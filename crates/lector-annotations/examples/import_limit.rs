//! Prints time and peak memory of importing a file at the annotation limit
//! (49,997 minimal annotations, the case that crashed the app in issue 15),
//! merging it and encoding the store for saving, natively. The browser's
//! figures differ (WebAssembly, another allocator); these bound what this
//! crate itself needs.
//!
//!     cargo run --release -p lector-annotations --example import_limit
//!
//! Peak memory is the process's high-water mark (Linux `VmHWM`), read before
//! and after each step; nothing is asserted.

use std::time::Instant;

use lector_annotations::limits::MAX_ITEMS;
use lector_annotations::{encode_for_storage, read_import, AnnotationStore, Timestamp};

fn peak_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let count = MAX_ITEMS - 3;
    let items: Vec<String> = (0..count)
        .map(|n| {
            format!(
                r#"{{"id":"00000000-0000-4000-8000-{n:012x}","article":"a{}","created":"2026-11-23T18:14:20.000Z","modified":"2026-11-23T18:14:20.000Z","body":{{}},"target":{{"quote":{{"exact":"the talks"}},"position":{{"start":{},"end":{}}}}}}}"#,
                n % 40,
                n % 5000,
                n % 5000 + 9
            )
        })
        .collect();
    let file = format!(r#"{{"schema":"lector-annotations","version":2,"annotations":[{}]}}"#, items.join(","));
    drop(items);
    let now = Timestamp::parse_rfc3339("2026-11-25T08:00:00Z")?;
    let baseline = peak_kib().unwrap_or(0);
    println!(
        "file: {count} annotations, {:.1} MB; peak before reading {:.0} MB",
        file.len() as f64 / 1e6,
        baseline as f64 / 1024.0
    );
    let started = Instant::now();
    let imported = read_import(&file, now)?;
    println!(
        "read and validated: {:.0} ms, peak {:.0} MB",
        started.elapsed().as_secs_f64() * 1e3,
        peak_kib().unwrap_or(0) as f64 / 1024.0
    );
    let started = Instant::now();
    let mut store = AnnotationStore::new();
    let report = store.merge_import(imported)?;
    println!(
        "merged ({report}): {:.0} ms, peak {:.0} MB",
        started.elapsed().as_secs_f64() * 1e3,
        peak_kib().unwrap_or(0) as f64 / 1024.0
    );
    let started = Instant::now();
    let saved = encode_for_storage(&store);
    println!(
        "encoded for storage ({:.1} MB): {:.0} ms, peak {:.0} MB",
        saved.len() as f64 / 1e6,
        started.elapsed().as_secs_f64() * 1e3,
        peak_kib().unwrap_or(0) as f64 / 1024.0
    );
    Ok(())
}
