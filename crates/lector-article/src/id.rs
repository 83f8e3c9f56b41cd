//! An article's id: the one rule for what can name an article.
//!
//! The id is an article file's name without `.md`, the last part of its
//! address in the app (`#/article/<id>`), the article an annotation belongs
//! to (also in files imported from elsewhere) and part of an export's file
//! name. So it is restricted to RFC 3986 "unreserved" characters
//! (`A-Z a-z 0-9 - . _ ~`), which every one of those takes as is.

use std::fmt;

use serde::{Serialize, Serializer};

/// Which article something belongs to, e.g. `000_729a53cc0895712a`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ArticleId(String);

/// Longest accepted article id, in characters.
pub const MAX_ARTICLE_ID_CHARS: usize = 200;

/// Why a text cannot be an article id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ArticleIdError {
    id: String,
    problem: IdProblem,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum IdProblem {
    Empty,
    TooLong { chars: usize },
    Contains(char),
}

impl ArticleId {
    pub fn parse(text: &str) -> Result<ArticleId, ArticleIdError> {
        let problem = if text.is_empty() {
            Some(IdProblem::Empty)
        } else if text.chars().count() > MAX_ARTICLE_ID_CHARS {
            Some(IdProblem::TooLong { chars: text.chars().count() })
        } else {
            text.chars().find(|&c| !is_id_char(c)).map(IdProblem::Contains)
        };
        match problem {
            Some(problem) => Err(ArticleIdError { id: text.to_owned(), problem }),
            None => Ok(ArticleId(text.to_owned())),
        }
    }

    /// The id a file with this name (without its extension) gets where any
    /// file must open (the command line): characters an id cannot hold
    /// become `_`, and it is cut to the longest id.
    pub fn from_file_stem(stem: &str) -> ArticleId {
        let id: String = stem.chars().take(MAX_ARTICLE_ID_CHARS).map(|c| if is_id_char(c) { c } else { '_' }).collect();
        ArticleId(if id.is_empty() { "article".to_owned() } else { id })
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

fn is_id_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_' | '~')
}

impl fmt::Display for ArticleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Serialize for ArticleId {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl fmt::Display for ArticleIdError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const SHOWN: usize = 60;
        let shown: String = self.id.chars().take(SHOWN).collect();
        let cut = if self.id.chars().count() > SHOWN { "…" } else { "" };
        write!(f, "{shown:?}{cut} cannot be an article id: ")?;
        match self.problem {
            IdProblem::Empty => write!(f, "it is empty, and every article and annotation needs one"),
            IdProblem::TooLong { chars } => {
                write!(f, "it is {chars} characters long; article ids have at most {MAX_ARTICLE_ID_CHARS}")
            }
            IdProblem::Contains(c) => write!(
                f,
                "it contains {c:?}; article ids use only letters, digits, '-', '.', '_' and '~' \
                 (an id is part of web addresses and file names)"
            ),
        }
    }
}

impl std::error::Error for ArticleIdError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_ids() {
        let table: &[(&str, bool)] = &[
            ("000_729a53cc0895712a", true),
            ("a.b-c~d", true),
            ("harbour-plan", true),
            ("", false),
            ("with space", false),
            ("bad id!", false),
            ("slash/in/it", false),
            ("café", false),
            ("x\u{0}", false),
        ];
        for &(input, ok) in table {
            assert_eq!(ArticleId::parse(input).is_ok(), ok, "{input:?}");
        }
        assert!(ArticleId::parse(&"a".repeat(MAX_ARTICLE_ID_CHARS)).is_ok());
        assert!(ArticleId::parse(&"a".repeat(MAX_ARTICLE_ID_CHARS + 1)).is_err());
    }

    #[test]
    fn a_refused_id_is_named_with_what_to_change() {
        // (id, what the message must say)
        let table = [
            ("", "empty"),
            ("bad id!", "contains ' '"),
            ("café", "contains 'é'"),
            (&*"x".repeat(MAX_ARTICLE_ID_CHARS + 1), "201 characters"),
        ];
        for (id, says) in table {
            let message = ArticleId::parse(id).expect_err(id).to_string();
            assert!(message.contains("cannot be an article id") && message.contains(says), "{message}");
            assert!(message.chars().count() < 250, "a long id is cut in the message: {message}");
        }
    }

    #[test]
    fn any_file_name_gives_an_id_the_rule_accepts() {
        // (file name without .md, id)
        let table = [
            ("000_729a53cc0895712a", "000_729a53cc0895712a"),
            ("my article (draft)", "my_article__draft_"),
            ("économie.v2", "_conomie.v2"),
            ("", "article"),
        ];
        for (stem, id) in table {
            let made = ArticleId::from_file_stem(stem);
            assert_eq!(made.as_str(), id);
            assert_eq!(ArticleId::parse(made.as_str()), Ok(made));
        }
        assert_eq!(ArticleId::from_file_stem(&"y".repeat(300)).as_str().len(), MAX_ARTICLE_ID_CHARS);
    }
}
