//! Errors a reader can act on.
//!
//! Messages follow ripgrep's style: lowercase, say what was found, where, and
//! what would be accepted, so the UI can show them as they are. Variants carry
//! the facts (which item, which field) so the UI can also point at them.

use std::error::Error;
use std::fmt;

/// What is wrong with one value. The code that knows *where* the value came
/// from wraps it in a [`Problem`] (imports) or a [`crate::StoreError`] (edits).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    message: String,
}

impl FieldError {
    pub(crate) fn new(message: impl Into<String>) -> Self {
        FieldError { message: message.into() }
    }

    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl Error for FieldError {}

/// One invalid field of one item in a file or in stored data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Position of the item in the file's list, counting from 1 as people do; `None` for the document itself.
    pub item: Option<usize>,
    /// The item's id, when it could be read, so the reader can find it.
    pub item_id: Option<String>,
    /// JSON path of the field inside the item, e.g. `target.position.end`.
    pub field: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.item, &self.item_id) {
            (Some(n), Some(id)) => write!(f, "annotation {n} (id {id}): ")?,
            (Some(n), None) => write!(f, "annotation {n}: ")?,
            (None, _) => {}
        }
        if self.field.is_empty() {
            write!(f, "{}", self.message)
        } else {
            write!(f, "field `{}`: {}", self.field, self.message)
        }
    }
}

/// Why a stored value or an imported file could not be read.
///
/// Whatever the variant, nothing has been changed: the caller still has the
/// raw text and should keep it (see [`crate::backup_key`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// Larger than [`crate::limits::MAX_INPUT_BYTES`].
    TooLarge { bytes: usize, limit: usize },
    /// Arrays or objects nested deeper than [`crate::limits::MAX_NESTING`].
    TooDeep { limit: usize },
    /// Not JSON at all, or cut off (e.g. a truncated download).
    NotJson { line: usize, column: usize, detail: String },
    /// JSON, but neither Lector's annotations nor W3C Web Annotations.
    Foreign { found: String },
    /// Written by a newer Lector than this one.
    NewerVersion { found: u64, supported: u64 },
    /// More annotations than [`crate::limits::MAX_ITEMS`].
    TooManyItems { count: usize, limit: usize },
    /// Individual fields are wrong. `problems` holds the first few, `total` counts all.
    Invalid { problems: Vec<Problem>, total: usize },
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::TooLarge { bytes, limit } => write!(
                f,
                "the file is {} MB; Lector reads annotation files of up to {} MB \
                 (export one article at a time, or split the file)",
                mb(*bytes),
                mb(*limit)
            ),
            DecodeError::TooDeep { limit } => write!(
                f,
                "the JSON nests lists or objects more than {limit} levels deep, which no annotation file does; \
                 this is not an annotations file, or it was damaged"
            ),
            DecodeError::NotJson { line, column, detail } => {
                write!(f, "this is not valid JSON (line {line}, column {column}: {detail}); ")?;
                if detail.contains(crate::json_input::BINARY_HINT) {
                    f.write_str("this is not an annotations export, nor any text file")
                } else if detail.contains("surrogate") {
                    f.write_str(
                        "it holds a lone surrogate (a \\uD800–\\uDFFF escape without its pair), half of a character \
                         such as an emoji: the program that wrote it split the character; fix or remove that escape",
                    )
                } else if detail.contains("EOF") {
                    f.write_str("the file is cut off (an interrupted download or copy?)")
                } else {
                    f.write_str("it may be damaged, or not an annotations export")
                }
            }
            DecodeError::Foreign { found } => write!(
                f,
                "this is JSON, but not Lector annotations (\"schema\": \"lector-annotations\") \
                 nor W3C Web Annotations (\"@context\": \"http://www.w3.org/ns/anno.jsonld\"); found {found}"
            ),
            DecodeError::NewerVersion { found, supported } => write!(
                f,
                "these annotations were written by a newer version of Lector (schema version {found}; \
                 this one reads up to version {supported}); reload the page to get the new version. \
                 Nothing was changed"
            ),
            DecodeError::TooManyItems { count, limit } => {
                write!(f, "the file holds {count} annotations; Lector reads up to {limit} at a time (split the file)")
            }
            DecodeError::Invalid { problems, total } => {
                let plural = if *total == 1 { "" } else { "s" };
                write!(f, "{total} problem{plural} found, nothing was changed:")?;
                for problem in problems {
                    write!(f, "\n  - {problem}")?;
                }
                if *total > problems.len() {
                    write!(f, "\n  - … and {} more", total - problems.len())?;
                }
                Ok(())
            }
        }
    }
}

impl Error for DecodeError {}

fn mb(bytes: usize) -> String {
    format!("{:.1}", bytes as f64 / (1024.0 * 1024.0))
}

/// Collects the problems of a whole document, keeping the first few in full.
#[derive(Debug, Default)]
pub(crate) struct Problems {
    kept: Vec<Problem>,
    total: usize,
}

/// How many problems an error message lists before "… and N more".
const SHOWN_PROBLEMS: usize = 20;

impl Problems {
    pub(crate) fn push(&mut self, problem: Problem) {
        self.total += 1;
        if self.kept.len() < SHOWN_PROBLEMS {
            self.kept.push(problem);
        }
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.total == 0
    }

    pub(crate) fn into_list(self) -> Vec<Problem> {
        self.kept
    }

    pub(crate) fn total(&self) -> usize {
        self.total
    }

    pub(crate) fn into_error(self) -> DecodeError {
        DecodeError::Invalid { total: self.total, problems: self.kept }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_problem_names_item_id_and_field() {
        let problem = Problem {
            item: Some(3),
            item_id: Some("3f2b8c1e-9d4a-4c6b-8e21-5a7d9f0c1b2e".into()),
            field: "target.position.end".into(),
            message: "4 is before start (9)".into(),
        };
        assert_eq!(
            problem.to_string(),
            "annotation 3 (id 3f2b8c1e-9d4a-4c6b-8e21-5a7d9f0c1b2e): field `target.position.end`: 4 is before start (9)"
        );
    }

    #[test]
    fn long_problem_lists_are_cut_with_a_count() {
        let mut problems = Problems::default();
        for i in 0..25 {
            problems.push(Problem { item: Some(i + 1), item_id: None, field: "id".into(), message: "is bad".into() });
        }
        let text = problems.into_error().to_string();
        assert!(text.starts_with("25 problems found, nothing was changed:"), "{text}");
        assert!(text.ends_with("… and 5 more"), "{text}");
        assert_eq!(text.lines().count(), 1 + SHOWN_PROBLEMS + 1);
    }
}
