use std::fmt;
use std::path::PathBuf;

use lector_article::{ArticleError, ManifestError};

#[derive(Debug)]
pub enum PrerenderError {
    Usage,
    Read { path: PathBuf, error: std::io::Error },
    Write { path: PathBuf, error: std::io::Error },
    Article(ArticleError),
    Manifest(ManifestError),
    Page { path: PathBuf, reason: String },
}

impl fmt::Display for PrerenderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PrerenderError::Usage => write!(
                f,
                "usage: lector-prerender site DIST/index.html DATA_DIR BOOT.js   (pre-render into the built page)\n       \
                 lector-prerender plain ARTICLE.md                          (a plain page, to stdout)"
            ),
            PrerenderError::Read { path, error } => write!(f, "cannot read {}: {error}", path.display()),
            PrerenderError::Write { path, error } => write!(f, "cannot write {}: {error}", path.display()),
            PrerenderError::Article(error) => write!(f, "{error}"),
            PrerenderError::Manifest(error) => write!(f, "in the articles: {error}"),
            PrerenderError::Page { path, reason } => write!(f, "{}: {reason}", path.display()),
        }
    }
}

impl std::error::Error for PrerenderError {}
