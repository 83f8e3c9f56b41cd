//! Generates the library manifest from `data/*.md` at build time.
//!
//! The app learns which articles exist, and their titles, dates and word
//! counts, from this manifest (embedded in the WebAssembly), so the library
//! shows without fetching every article; bodies are fetched when opened. This
//! script only lists and reads the files: `lector_article::library_manifest`
//! decides what goes in (and is tested on the host). A file that does not
//! parse fails the build with its name and the reason.

use std::path::Path;

fn main() {
    let data = Path::new("data");
    println!("cargo:rerun-if-changed=data");
    let mut paths: Vec<_> = std::fs::read_dir(data)
        .unwrap_or_else(|e| panic!("cannot list data/: {e}"))
        .map(|entry| entry.unwrap_or_else(|e| panic!("cannot list data/: {e}")).path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "md"))
        .filter(|path| path.file_name().is_some_and(|name| name != "README.md"))
        .collect();
    paths.sort();
    let mut files = Vec::new();
    for path in &paths {
        println!("cargo:rerun-if-changed={}", path.display());
        let id = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_string();
        let source = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        files.push((id, source));
    }
    let articles = lector_article::library_manifest(files.iter().map(|(id, source)| (id.as_str(), source.as_str())))
        .unwrap_or_else(|error| panic!("in data/: {error}"));
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("manifest.json");
    std::fs::write(&out, lector_article::manifest_json(&articles))
        .unwrap_or_else(|e| panic!("cannot write {}: {e}", out.display()));
    write_article_iris(&files);
}

/// Writes `article_iris.rs`: each article's stable IRI, which exports name as
/// the annotated story. It is the source URL the front matter states, else
/// the IRI of the rendered text; the text is only known after parsing, so it
/// is worked out here rather than on every export of articles not yet opened.
fn write_article_iris(files: &[(String, String)]) {
    let mut table = String::from("&[\n");
    for (id, source) in files {
        let article = lector_article::Article::parse(id, source).unwrap_or_else(|error| panic!("in data/: {error:?}"));
        let iri = match article.meta.source.as_deref() {
            Some(url) if url.starts_with("https://") || url.starts_with("http://") => url.to_string(),
            _ => lector_annotations::article_text_iri(&article.document.text),
        };
        table.push_str(&format!("    ({id:?}, {iri:?}),\n"));
    }
    table.push(']');
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("article_iris.rs");
    std::fs::write(&out, table).unwrap_or_else(|e| panic!("cannot write {}: {e}", out.display()));
}
