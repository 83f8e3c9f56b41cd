//! Why a library file was not imported. Each message names the article and
//! the field, and says what would be accepted; [`LibraryFileError::plain`]
//! is the one sentence a reader sees first.

use std::error::Error;
use std::fmt;

use lector_annotations::DecodeError;

use crate::file::FORMAT_VERSION;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LibraryFileError {
    TooLarge {
        bytes: usize,
        limit: usize,
    },
    NotJson {
        line: usize,
        column: usize,
        detail: String,
    },
    /// JSON, but neither a library file nor an annotations file.
    NotLibrary {
        found: String,
    },
    /// A Lector annotations export or a W3C file: imported beside an article.
    AnnotationsOnly,
    /// Written by a newer Lector.
    Newer {
        version: u64,
    },
    /// A field of the file itself (not of one article).
    Invalid {
        field: String,
        message: String,
    },
    TooManyArticles {
        count: usize,
        limit: usize,
    },
    /// One article is wrong; `item` counts from 1.
    Article {
        item: usize,
        id: Option<String>,
        message: String,
    },
    /// The `annotations` part is not a valid Lector export.
    Annotations(DecodeError),
    /// Its `corrections` are not valid.
    Corrections(String),
}

impl LibraryFileError {
    /// What went wrong, in plain words, and that nothing changed.
    pub fn plain(&self) -> &'static str {
        match self {
            LibraryFileError::TooLarge { .. } => "This file is too large to import.",
            LibraryFileError::NotJson { .. } | LibraryFileError::NotLibrary { .. } => {
                "This file isn't a Lector library file (lector-library-….json), so nothing was imported."
            }
            LibraryFileError::AnnotationsOnly => {
                "This is a file of annotations, not a library: import it with \u{201c}Import a file…\u{201d} \
                 beside an article."
            }
            LibraryFileError::Newer { .. } => {
                "This file comes from a newer Lector: reload the page to update, then import it again."
            }
            LibraryFileError::TooManyArticles { .. } => "This file holds more articles than Lector imports at once.",
            LibraryFileError::Invalid { .. }
            | LibraryFileError::Article { .. }
            | LibraryFileError::Annotations(_)
            | LibraryFileError::Corrections(_) => {
                "Part of this file is incomplete or wrong, so nothing was imported: your library is unchanged."
            }
        }
    }
}

impl fmt::Display for LibraryFileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LibraryFileError::TooLarge { bytes, limit } => write!(
                f,
                "the file is {:.1} MB; Lector imports library files of up to {} MB",
                *bytes as f64 / 1_048_576.0,
                limit / 1_048_576
            ),
            LibraryFileError::NotJson { line, column, detail } => {
                write!(f, "the file is not JSON: {detail} at line {line}, column {column}")
            }
            LibraryFileError::NotLibrary { found } => {
                write!(f, "expected an object with \"schema\": \"lector-library\", found {found}")
            }
            LibraryFileError::AnnotationsOnly => {
                write!(f, "the file holds annotations only (no \"schema\": \"lector-library\")")
            }
            LibraryFileError::Newer { version } => write!(
                f,
                "the file is a library of version {version}; this Lector reads versions up to {FORMAT_VERSION}"
            ),
            LibraryFileError::Invalid { field, message } => write!(f, "field `{field}`: {message}"),
            LibraryFileError::TooManyArticles { count, limit } => {
                write!(f, "the file holds {count} articles; Lector imports at most {limit} at once")
            }
            LibraryFileError::Article { item, id: Some(id), message } => {
                write!(f, "article {item} (id {id}): {message}")
            }
            LibraryFileError::Article { item, id: None, message } => write!(f, "article {item}: {message}"),
            LibraryFileError::Annotations(error) => write!(f, "in `annotations`: {error}"),
            LibraryFileError::Corrections(error) => write!(f, "in `annotations.corrections`: {error}"),
        }
    }
}

impl Error for LibraryFileError {}
