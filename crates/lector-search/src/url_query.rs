//! Filters in the URL, so a narrowed library can be shared and survives a
//! reload: `q=white%20house&outlet=AP&anonymous=1&hedged=30`.
//!
//! Parameters other than the filters' are left alone (the app may have its
//! own); a filter's value that cannot be read is an error naming it, so the
//! app can say which part of a shared link is broken.

use std::fmt;

use lector_article::IsoDate;

use crate::filters::Filters;
use crate::summary::Origin;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UrlError {
    /// A `%` not followed by two hex digits, or bytes that are not UTF-8.
    Encoding { parameter: String },
    /// A value the filter cannot take.
    Value { parameter: String, value: String, expected: &'static str },
}

impl fmt::Display for UrlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UrlError::Encoding { parameter } => {
                write!(f, "the link's '{parameter}' is not properly encoded; copy the link again")
            }
            UrlError::Value { parameter, value, expected } => {
                write!(f, "the link's '{parameter}' is '{value}', but it should be {expected}")
            }
        }
    }
}

impl std::error::Error for UrlError {}

impl Filters {
    /// The filters as a URL query string (without `?`), set ones only, in a
    /// fixed order.
    pub fn to_query_string(&self) -> String {
        let mut pairs: Vec<(&str, String)> = Vec::new();
        if !self.query.is_empty() {
            pairs.push(("q", self.query.clone()));
        }
        if let Some(o) = &self.outlet {
            pairs.push(("outlet", o.clone()));
        }
        if let Some(d) = self.from {
            pairs.push(("from", d.to_string()));
        }
        if let Some(d) = self.to {
            pairs.push(("to", d.to_string()));
        }
        if let Some(o) = self.origin {
            pairs.push(("origin", o.code().to_string()));
        }
        if self.anonymous {
            pairs.push(("anonymous", "1".into()));
        }
        if let Some(p) = self.min_hedged_percent {
            pairs.push(("hedged", p.to_string()));
        }
        if self.annotated {
            pairs.push(("annotated", "1".into()));
        }
        if let Some(t) = &self.tag {
            pairs.push(("tag", t.clone()));
        }
        pairs.iter().map(|(k, v)| format!("{k}={}", encode(v))).collect::<Vec<_>>().join("&")
    }

    /// Reads filters from a URL query string (with or without `?`).
    pub fn from_query_string(query: &str) -> Result<Filters, UrlError> {
        let mut filters = Filters::default();
        for pair in query.trim_start_matches('?').split('&').filter(|p| !p.is_empty()) {
            let (key, raw) = pair.split_once('=').unwrap_or((pair, ""));
            let value = decode(raw).ok_or_else(|| UrlError::Encoding { parameter: key.to_string() })?;
            let bad = |expected| UrlError::Value { parameter: key.to_string(), value: value.clone(), expected };
            let flag = || match value.as_str() {
                "1" | "true" | "" => Ok(true),
                "0" | "false" => Ok(false),
                _ => Err(bad("1 or 0")),
            };
            match key {
                "q" => filters.query = value.clone(),
                "outlet" => filters.outlet = Some(value.clone()).filter(|v| !v.is_empty()),
                "from" => filters.from = Some(IsoDate::parse(&value).ok_or_else(|| bad("a date like 2024-09-08"))?),
                "to" => filters.to = Some(IsoDate::parse(&value).ok_or_else(|| bad("a date like 2024-09-08"))?),
                "origin" => filters.origin = Some(Origin::from_code(&value).ok_or_else(|| bad("'own' or 'sample'"))?),
                "anonymous" => filters.anonymous = flag()?,
                "hedged" => {
                    let p: u8 =
                        value.parse().ok().filter(|p| *p <= 100).ok_or_else(|| bad("a percentage from 0 to 100"))?;
                    filters.min_hedged_percent = Some(p);
                }
                "annotated" => filters.annotated = flag()?,
                "tag" => filters.tag = Some(value.clone()).filter(|v| !v.is_empty()),
                _ => {}
            }
        }
        Ok(filters)
    }
}

/// Percent-encodes everything but the unreserved characters of RFC 3986.
fn encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Undoes [`encode`]; also reads `+` as a space, as forms write it.
fn decode(value: &str) -> Option<String> {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = bytes.get(i + 1..i + 3).filter(|h| h.iter().all(u8::is_ascii_hexdigit))?;
                out.push(u8::from_str_radix(std::str::from_utf8(hex).ok()?, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}
