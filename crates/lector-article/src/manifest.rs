//! The library manifest: what the app knows about the bundled articles before
//! it fetches any of them (titles, metadata, word counts, library order).
//!
//! Built once, at build time, by the app's `build.rs` from `data/*.md`, and
//! embedded as JSON. The build script only lists and reads files; everything
//! that decides what the library shows lives here, so it is tested on the host.

use std::fmt;

use crate::article::{Article, ArticleError, ArticleMeta};
use crate::library::sort_for_library;

/// An article file that cannot go into the library. The build fails with it,
/// naming the file, rather than shipping a library with a hole in it.
#[derive(Debug)]
pub enum ManifestError {
    Article { file: String, error: ArticleError },
    DuplicateId { id: String },
    Empty,
}

impl fmt::Display for ManifestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ManifestError::Article { file, error } => write!(f, "{file}: {error}"),
            ManifestError::DuplicateId { id } => {
                write!(f, "two article files have the id '{id}': rename one (the id is the file name without .md)")
            }
            ManifestError::Empty => write!(f, "no articles: add at least one Markdown file to data/"),
        }
    }
}

impl std::error::Error for ManifestError {}

/// The metadata of every article, in library order. `files` are pairs of an
/// article id (the file name without `.md`) and the file's contents.
pub fn library_manifest<'a>(
    files: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> Result<Vec<ArticleMeta>, ManifestError> {
    let mut articles: Vec<ArticleMeta> = Vec::new();
    for (id, source) in files {
        let article =
            Article::parse(id, source).map_err(|error| ManifestError::Article { file: format!("{id}.md"), error })?;
        if articles.iter().any(|known| known.id == article.meta.id) {
            return Err(ManifestError::DuplicateId { id: id.to_string() });
        }
        articles.push(article.meta);
    }
    if articles.is_empty() {
        return Err(ManifestError::Empty);
    }
    sort_for_library(&mut articles);
    Ok(articles)
}

/// The manifest as the app embeds it.
pub fn manifest_json(articles: &[ArticleMeta]) -> String {
    serde_json::to_string(articles).unwrap_or_else(|_| unreachable!("article metadata is plain strings and numbers"))
}

/// Reads an embedded manifest back; `None` if it is not one (the build
/// script and the app disagree on the format).
pub fn parse_manifest(json: &str) -> Option<Vec<ArticleMeta>> {
    serde_json::from_str(json).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(title: &str, extra: &str) -> String {
        format!("---\ntitle: {title}\n{extra}---\n\nA first paragraph of four words.\n\nAnd a second one.\n")
    }

    #[test]
    fn lists_every_article_newest_first_and_undated_last() {
        let old = article("Old news", "date: 2022-12-09\n");
        let new = article("New news", "outlet: AP\ndate: 2024-09-08\n");
        let undated = article("No date given", "");
        let list = library_manifest([("old", old.as_str()), ("undated", undated.as_str()), ("new", new.as_str())])
            .expect("three valid articles");
        let ids: Vec<&str> = list.iter().map(|meta| meta.id.as_str()).collect();
        assert_eq!(ids, ["new", "old", "undated"]);
        assert_eq!(list[0].outlet.as_deref(), Some("AP"));
        assert_eq!(list[1].outlet, None, "an outlet the file does not state is not invented");
        assert_eq!(list[2].date, None);
        // The title (2 words) plus both paragraphs (6 + 4 words).
        assert_eq!(list[0].words, 2 + 6 + 4);
    }

    #[test]
    fn a_broken_file_fails_with_its_name() {
        let good = article("Fine", "");
        let table: [(&str, &str, &str); 3] = [
            ("no-front-matter", "Just text, no front matter.", "no-front-matter.md"),
            ("no-title", "---\noutlet: AP\n---\n\nBody.\n", "no-title.md"),
            ("bad id!", "---\ntitle: T\n---\n\nBody.\n", "cannot be an article id"),
        ];
        for (id, source, expected) in table {
            let error = library_manifest([("fine", good.as_str()), (id, source)]).expect_err(id).to_string();
            assert!(error.contains(expected), "{id}: {error}");
        }
    }

    #[test]
    fn duplicate_ids_and_an_empty_library_are_refused() {
        let a = article("A", "");
        let error = library_manifest([("same", a.as_str()), ("same", a.as_str())]).expect_err("duplicate");
        assert!(error.to_string().contains("'same'"), "{error}");
        assert!(matches!(library_manifest([]), Err(ManifestError::Empty)));
    }

    #[test]
    fn the_embedded_json_reads_back_to_the_same_library() {
        let dated = article("Dated", "outlet: The Hill\nauthor: A. Writer\ndate: 2022-12-09\nsource: x.txt\n");
        let undated = article("Undated \u{201c}quoted\u{201d} — title", "");
        let list = library_manifest([("a", dated.as_str()), ("b", undated.as_str())]).expect("valid");
        assert_eq!(parse_manifest(&manifest_json(&list)), Some(list));
        assert_eq!(parse_manifest("not json"), None);
    }
}
