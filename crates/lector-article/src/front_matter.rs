//! The front matter of an article file: a deliberately small subset of YAML
//! (`key: value` lines between `---` fences) so that a hand-edited file can
//! only mean one thing, and so the parser needs no YAML dependency in the
//! WebAssembly bundle.

use std::fmt;

use crate::date::IsoDate;

/// Metadata an article states about itself. `outlet`, `author` and `date` are
/// optional because Lector never invents what a document does not say.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FrontMatter {
    pub title: String,
    pub outlet: Option<String>,
    pub author: Option<String>,
    pub date: Option<IsoDate>,
    /// The scraped file the article was cleaned from.
    pub source: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FrontMatterError {
    /// The file does not start with a `---` line.
    Missing,
    /// No closing `---` line.
    Unterminated,
    /// A line inside the fences that is not `key: value`.
    Malformed {
        line: usize,
        text: String,
    },
    UnknownKey {
        line: usize,
        key: String,
    },
    DuplicateKey {
        line: usize,
        key: String,
    },
    BadDate {
        line: usize,
        value: String,
    },
    MissingTitle,
}

impl fmt::Display for FrontMatterError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FrontMatterError::Missing => write!(f, "the file must start with a '---' line opening the front matter"),
            FrontMatterError::Unterminated => write!(f, "the front matter has no closing '---' line"),
            FrontMatterError::Malformed { line, text } => {
                write!(f, "line {line}: expected 'key: value', found '{text}'")
            }
            FrontMatterError::UnknownKey { line, key } => {
                write!(f, "line {line}: unknown key '{key}' (known keys: title, outlet, author, date, source)")
            }
            FrontMatterError::DuplicateKey { line, key } => write!(f, "line {line}: '{key}' is given twice"),
            FrontMatterError::BadDate { line, value } => {
                write!(f, "line {line}: date '{value}' is not a calendar date of the form YYYY-MM-DD")
            }
            FrontMatterError::MissingTitle => write!(f, "the front matter has no 'title'"),
        }
    }
}

impl std::error::Error for FrontMatterError {}

/// Splits a file into its front matter and its Markdown body (the text after
/// the closing fence, with the blank line that usually follows removed).
pub fn split_front_matter(source: &str) -> Result<(FrontMatter, &str), FrontMatterError> {
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    let mut lines = source.split_inclusive('\n');
    let first = lines.next().ok_or(FrontMatterError::Missing)?;
    if first.trim_end() != "---" {
        return Err(FrontMatterError::Missing);
    }
    let mut offset = first.len();
    let mut meta = FrontMatter::default();
    let mut title = None;
    for (index, raw) in lines.enumerate() {
        let line_number = index + 2;
        offset += raw.len();
        let line = raw.trim_end_matches(['\n', '\r']);
        if line.trim_end() == "---" {
            let body = &source[offset..];
            meta.title = title.ok_or(FrontMatterError::MissingTitle)?;
            return Ok((meta, body));
        }
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        let Some((key, value)) = line.split_once(':') else {
            return Err(FrontMatterError::Malformed { line: line_number, text: line.to_string() });
        };
        let key = key.trim();
        let value = unquote(value.trim());
        let duplicate = || FrontMatterError::DuplicateKey { line: line_number, key: key.to_string() };
        let slot = match key {
            "title" => &mut title,
            "outlet" => &mut meta.outlet,
            "author" => &mut meta.author,
            "source" => &mut meta.source,
            "date" => {
                if meta.date.is_some() {
                    return Err(duplicate());
                }
                let date = IsoDate::parse(value)
                    .ok_or_else(|| FrontMatterError::BadDate { line: line_number, value: value.to_string() })?;
                meta.date = Some(date);
                continue;
            }
            _ => return Err(FrontMatterError::UnknownKey { line: line_number, key: key.to_string() }),
        };
        if slot.is_some() {
            return Err(duplicate());
        }
        if !value.is_empty() {
            *slot = Some(value.to_string());
        }
    }
    Err(FrontMatterError::Unterminated)
}

/// Values may be wrapped in matching quotes (as YAML allows) when they start
/// with a character YAML would read differently; the quotes are not content.
fn unquote(value: &str) -> &str {
    for quote in ['"', '\''] {
        if value.len() >= 2 && value.starts_with(quote) && value.ends_with(quote) {
            return &value[1..value.len() - 1];
        }
    }
    value
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_keys_and_body() {
        let file =
            "---\ntitle: US believes Iran: a story\noutlet: AP\ndate: 2024-09-08\nsource: 000.txt\n---\n\nBody.\n";
        let (meta, body) = split_front_matter(file).expect("valid front matter");
        assert_eq!(meta.title, "US believes Iran: a story");
        assert_eq!(meta.outlet.as_deref(), Some("AP"));
        assert_eq!(meta.author, None);
        assert_eq!(meta.date.map(|d| d.to_string()).as_deref(), Some("2024-09-08"));
        assert_eq!(meta.source.as_deref(), Some("000.txt"));
        assert_eq!(body.trim(), "Body.");
    }

    #[test]
    fn quotes_around_a_value_are_not_part_of_it() {
        let (meta, _) = split_front_matter("---\ntitle: \"'Israel' provides intel\"\n---\n").expect("valid");
        assert_eq!(meta.title, "'Israel' provides intel");
    }

    #[test]
    fn rejects_what_it_cannot_read_with_the_line() {
        let table: [(&str, FrontMatterError); 7] = [
            ("Body only", FrontMatterError::Missing),
            ("---\ntitle: x\n", FrontMatterError::Unterminated),
            ("---\ntitle x\n---\n", FrontMatterError::Malformed { line: 2, text: "title x".into() }),
            ("---\ntitle: x\nauthr: y\n---\n", FrontMatterError::UnknownKey { line: 3, key: "authr".into() }),
            ("---\ntitle: x\ntitle: y\n---\n", FrontMatterError::DuplicateKey { line: 3, key: "title".into() }),
            (
                "---\ntitle: x\ndate: 9 Sept 2024\n---\n",
                FrontMatterError::BadDate { line: 3, value: "9 Sept 2024".into() },
            ),
            ("---\noutlet: AP\n---\n", FrontMatterError::MissingTitle),
        ];
        for (input, want) in table {
            assert_eq!(split_front_matter(input).map(|(m, _)| m), Err(want), "{input:?}");
        }
    }

    #[test]
    fn every_error_message_names_what_to_fix() {
        let err = split_front_matter("---\ntitle: x\ndate: tomorrow\n---\n").unwrap_err();
        assert!(err.to_string().contains("line 3") && err.to_string().contains("YYYY-MM-DD"), "{err}");
    }
}
