//! Generates the library manifest from `data/*.md` at build time.
//!
//! The app learns which articles exist, and their titles, dates and word
//! counts, from this manifest (embedded in the WebAssembly), so the library
//! shows without fetching every article; bodies are fetched when opened. A
//! file that does not parse fails the build with its name and the reason,
//! rather than shipping a library with a hole in it.

use std::path::Path;

fn main() {
    let data = Path::new("data");
    println!("cargo:rerun-if-changed=data");
    let mut entries: Vec<_> = std::fs::read_dir(data)
        .unwrap_or_else(|e| panic!("cannot list data/: {e}"))
        .map(|entry| entry.unwrap_or_else(|e| panic!("cannot list data/: {e}")).path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "md"))
        .filter(|path| path.file_name().is_some_and(|name| name != "README.md"))
        .collect();
    entries.sort();
    let mut articles = Vec::new();
    for path in entries {
        println!("cargo:rerun-if-changed={}", path.display());
        let id = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_string();
        let source = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        match lector_article::Article::parse(&id, &source) {
            Ok(article) => articles.push(article.meta),
            Err(error) => panic!("{}: {error}", path.display()),
        }
    }
    lector_article::sort_for_library(&mut articles);
    let json = serde_json::to_string(&articles).expect("article metadata serialises");
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("manifest.json");
    std::fs::write(&out, json).unwrap_or_else(|e| panic!("cannot write {}: {e}", out.display()));
}
