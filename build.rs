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
    write_analysis_version();
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

/// What a kept corpus record is made by (`src/corpus_record.rs`): the code,
/// model and word lists of the analyzer and the search index. Writes
/// `analysis_version.txt`, a hash of every file there, so any change to them
/// makes a new Lector analyse stored articles again rather than trust
/// records an older analysis made.
fn write_analysis_version() {
    const MADE_BY: [&str; 8] = [
        "crates/lector-analysis/src",
        "crates/lector-analysis/lexicons",
        "crates/lector-analysis/model",
        "crates/lector-analysis/gazetteers",
        "crates/lector-search/src",
        "crates/lector-text/src",
        "src/corpus_article.rs",
        "src/corpus_record.rs",
    ];
    let mut files = Vec::new();
    for root in MADE_BY {
        println!("cargo:rerun-if-changed={root}");
        collect_files(Path::new(root), &mut files);
    }
    files.sort();
    let mut hash = 0xcbf2_9ce4_8422_2325u64;
    for path in &files {
        let contents = std::fs::read(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        for byte in path.to_string_lossy().bytes().chain([0]).chain(contents) {
            hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("analysis_version.txt");
    std::fs::write(&out, format!("{hash:016x}")).unwrap_or_else(|e| panic!("cannot write {}: {e}", out.display()));
}

fn collect_files(path: &Path, out: &mut Vec<std::path::PathBuf>) {
    if path.is_dir() {
        let entries = std::fs::read_dir(path).unwrap_or_else(|e| panic!("cannot list {}: {e}", path.display()));
        for entry in entries {
            collect_files(&entry.unwrap_or_else(|e| panic!("cannot list {}: {e}", path.display())).path(), out);
        }
    } else {
        out.push(path.to_path_buf());
    }
}
