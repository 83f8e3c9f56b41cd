//! `lector-prerender`: the library and every bundled article as static HTML
//! in the built page (`scripts/build.sh` runs it after Trunk), so a reader
//! sees the headline, metadata and text before any WebAssembly arrives; and
//! a plain page of one article, the baseline of the first-visit benchmark.
//!
//! The markup mirrors the app's components; `tests/e2e/first-visit.test.mjs`
//! checks in a browser that nothing moves when the app takes over.

mod analyzer_asset;
mod article_page;
mod error;
mod highlights;
mod library_filters;
mod library_page;
mod markup;
mod plain_page;
mod site;
#[cfg(test)]
mod tests;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use lector_article::Article;

use crate::error::PrerenderError;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["site", page, data, boot] => prerender_site(Path::new(page), Path::new(data), Path::new(boot)),
        ["plain", file] => plain(Path::new(file)),
        _ => Err(PrerenderError::Usage),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("lector-prerender: {error}");
            ExitCode::FAILURE
        }
    }
}

fn prerender_site(page_path: &Path, data: &Path, boot: &Path) -> Result<(), PrerenderError> {
    let articles = articles_in(data)?;
    let boot_script = read(boot)?;
    let page = read(page_path)?;
    let asset = analyzer_asset::write(page_path.parent().unwrap_or(Path::new(".")))?;
    let page = site::insert_into_page(&page, &site::prerendered(&articles, &boot_script))
        .and_then(|page| analyzer_asset::link_into_page(&page, &asset))
        .map_err(|reason| PrerenderError::Page { path: page_path.to_path_buf(), reason })?;
    std::fs::write(page_path, page).map_err(|error| PrerenderError::Write { path: page_path.to_path_buf(), error })?;
    println!(
        "pre-rendered the library and {} articles into {}; wrote the analyzer's data as {asset}",
        articles.len(),
        page_path.display()
    );
    Ok(())
}

fn plain(file: &Path) -> Result<(), PrerenderError> {
    let article = Article::parse(&file_id(file), &read(file)?).map_err(PrerenderError::Article)?;
    print!("{}", plain_page::plain_page(&article));
    Ok(())
}

/// Every article of `data/` (as build.rs lists them), in library order.
fn articles_in(data: &Path) -> Result<Vec<Article>, PrerenderError> {
    let listing = std::fs::read_dir(data).map_err(|error| PrerenderError::Read { path: data.to_path_buf(), error })?;
    let mut paths: Vec<PathBuf> = Vec::new();
    for entry in listing {
        let path = entry.map_err(|error| PrerenderError::Read { path: data.to_path_buf(), error })?.path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        if path.extension().is_some_and(|ext| ext == "md") && name != "README.md" {
            paths.push(path);
        }
    }
    paths.sort();
    let mut files = Vec::new();
    for path in &paths {
        files.push((file_id(path), read(path)?));
    }
    let order = lector_article::library_manifest(files.iter().map(|(id, source)| (id.as_str(), source.as_str())))
        .map_err(PrerenderError::Manifest)?;
    let mut articles = Vec::new();
    for meta in order {
        let (id, source) = files.iter().find(|(id, _)| *id == meta.id).expect("the manifest lists only these files");
        articles.push(Article::parse(id, source).map_err(PrerenderError::Article)?);
    }
    Ok(articles)
}

fn file_id(path: &Path) -> String {
    path.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_string()
}

fn read(path: &Path) -> Result<String, PrerenderError> {
    std::fs::read_to_string(path).map_err(|error| PrerenderError::Read { path: path.to_path_buf(), error })
}
