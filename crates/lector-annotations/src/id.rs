//! Identifiers: an annotation's UUID (the article it belongs to is a
//! [`lector_article::ArticleId`], whose rule is the article's).
//!
//! Both are validated at construction so the rest of the crate (and the UI)
//! can put them into JSON, IRIs, file names and `data-annotation-id`
//! attributes without escaping.

use std::fmt;

use serde::{Serialize, Serializer};

use crate::error::FieldError;

/// An annotation's identity: a random (version 4) UUID in lowercase
/// canonical form, or the `http(s)` IRI an annotation server gave it.
///
/// The crate has no random number generator on purpose (it runs on the host
/// and in WebAssembly alike): the browser makes the id with
/// `crypto.randomUUID()` and [`AnnotationId::parse`] checks it. Random ids
/// are what lets two tabs, or two colleagues, create annotations without
/// ever colliding, which the merge relies on.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct AnnotationId(String);

const UUID_EXAMPLE: &str = "3f2b8c1e-9d4a-4c6b-8e21-5a7d9f0c1b2e";

impl AnnotationId {
    /// Accepts the 36-character form (`8-4-4-4-12` hex digits, any case) of a
    /// version 4 UUID, as `crypto.randomUUID()` returns it, with or without a
    /// `urn:uuid:` prefix; or an `http://` / `https://` IRI (server-style ids
    /// such as `https://example.org/anno/42`), kept as written.
    pub fn parse(text: &str) -> Result<Self, FieldError> {
        if let Some(iri) = http_id(text) {
            return iri;
        }
        let bare = text.strip_prefix("urn:uuid:").unwrap_or(text);
        let bytes = bare.as_bytes();
        let well_formed = bytes.len() == 36
            && bytes.iter().enumerate().all(|(i, &b)| match i {
                8 | 13 | 18 | 23 => b == b'-',
                _ => b.is_ascii_hexdigit(),
            });
        if !well_formed {
            return Err(FieldError::new(format!(
                "{} is not a UUID (expected 36 characters like {UUID_EXAMPLE})",
                quoted(text)
            )));
        }
        let version = bytes[14];
        let variant = bytes[19].to_ascii_lowercase();
        if version != b'4' || !matches!(variant, b'8' | b'9' | b'a' | b'b') {
            return Err(FieldError::new(format!(
                "{} is a UUID but not a random (version 4) one; ids must come from crypto.randomUUID()",
                quoted(text)
            )));
        }
        Ok(AnnotationId(bare.to_ascii_lowercase()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The id as an IRI, as the W3C export writes it.
    pub fn to_urn(&self) -> String {
        if self.is_http() {
            self.0.clone()
        } else {
            format!("urn:uuid:{}", self.0)
        }
    }

    /// Whether the id is an `http(s)` IRI from an annotation server rather than a UUID.
    pub fn is_http(&self) -> bool {
        self.0.starts_with("http://") || self.0.starts_with("https://")
    }
}

/// Longest accepted `http(s)` annotation id, in bytes.
const MAX_HTTP_ID_BYTES: usize = 2000;

/// `None` if `text` is not an `http(s)` IRI at all; else the id or why it is refused.
/// Only printable ASCII without quotes, spaces, `<`, `>`, `\`, `` ` ``, `{`, `}`, `|` or `^`
/// (RFC 3986's characters), so the id can go into HTML attributes and file names as the UUIDs do.
fn http_id(text: &str) -> Option<Result<AnnotationId, FieldError>> {
    let lower = text.get(..8).unwrap_or(text).to_ascii_lowercase();
    let rest = if lower.starts_with("https://") {
        &text[8..]
    } else if lower.starts_with("http://") {
        &text[7..]
    } else {
        return None;
    };
    let allowed = |c: char| c.is_ascii_graphic() && !matches!(c, '"' | '<' | '>' | '\\' | '`' | '{' | '}' | '|' | '^');
    Some(if rest.is_empty() || rest.starts_with('/') {
        Err(FieldError::new(format!("{} has no host; an http(s) id names its server", quoted(text))))
    } else if text.len() > MAX_HTTP_ID_BYTES {
        Err(FieldError::new(format!(
            "the id is {} bytes long; http(s) ids have at most {MAX_HTTP_ID_BYTES}",
            text.len()
        )))
    } else if let Some(bad) = text.chars().find(|&c| !allowed(c)) {
        Err(FieldError::new(format!("{} contains {bad:?}, which an IRI must percent-encode", quoted(text))))
    } else {
        Ok(AnnotationId(text.to_owned()))
    })
}

/// Shows a user's value in an error message without flooding it.
pub(crate) fn quoted(text: &str) -> String {
    const MAX: usize = 60;
    if text.chars().count() <= MAX {
        format!("{text:?}")
    } else {
        let head: String = text.chars().take(MAX).collect();
        format!("{head:?}…")
    }
}

impl fmt::Display for AnnotationId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Serialize for AnnotationId {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn annotation_ids() {
        // (input, accepted canonical form or None)
        let table: &[(&str, Option<&str>)] = &[
            ("3f2b8c1e-9d4a-4c6b-8e21-5a7d9f0c1b2e", Some("3f2b8c1e-9d4a-4c6b-8e21-5a7d9f0c1b2e")),
            ("3F2B8C1E-9D4A-4C6B-AE21-5A7D9F0C1B2E", Some("3f2b8c1e-9d4a-4c6b-ae21-5a7d9f0c1b2e")),
            ("urn:uuid:3f2b8c1e-9d4a-4c6b-8e21-5a7d9f0c1b2e", Some("3f2b8c1e-9d4a-4c6b-8e21-5a7d9f0c1b2e")),
            ("", None),
            ("3f2b8c1e9d4a4c6b8e215a7d9f0c1b2e", None),
            ("3f2b8c1e-9d4a-1c6b-8e21-5a7d9f0c1b2e", None), // version 1
            ("3f2b8c1e-9d4a-4c6b-7e21-5a7d9f0c1b2e", None), // wrong variant
            ("3f2b8c1e-9d4a-4c6b-8e21-5a7d9f0c1b2g", None),
            ("<script>alert(1)</script>-4c6b-8e21-5", None),
            ("3f2b8c1e-9d4a-4c6b-8e21-5a7d9f0c1b2é", None),
            // Server-style ids are kept as written.
            ("https://anno.example.org/anno/42", Some("https://anno.example.org/anno/42")),
            ("http://example.org/a?b=c#d", Some("http://example.org/a?b=c#d")),
            ("https://", None),
            ("https:///path", None),
            ("https://example.org/a b", None),
            ("https://example.org/\"><script>", None),
            ("javascript:alert(1)", None),
        ];
        for &(input, want) in table {
            let got = AnnotationId::parse(input).ok();
            assert_eq!(got.as_ref().map(AnnotationId::as_str), want, "{input:?}");
        }
    }

    #[test]
    fn rejection_names_the_value_and_the_expected_form() {
        let err = AnnotationId::parse("abc").unwrap_err().to_string();
        assert!(err.contains("\"abc\"") && err.contains("36 characters"), "{err}");
    }
}
