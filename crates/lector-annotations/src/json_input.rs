//! Turning untrusted text into JSON, within limits.
//!
//! Size and nesting are checked *before* serde_json sees the text: a file of
//! 100,000 `[` would otherwise hit serde_json's recursion limit (128) only
//! after allocating, and its message ("recursion limit exceeded") tells the
//! reader nothing. The pre-scan is one pass over the bytes.

use serde_json::Value;

use crate::error::DecodeError;
use crate::limits::{MAX_INPUT_BYTES, MAX_NESTING};

#[cfg(test)]
fn parse_limited(raw: &str) -> Result<Value, DecodeError> {
    parse_checked(check_limits(raw)?)
}

/// Size and nesting checks; returns the text without a byte order mark
/// (editors on Windows save JSON with one; it is not content).
pub(crate) fn check_limits(raw: &str) -> Result<&str, DecodeError> {
    if raw.len() > MAX_INPUT_BYTES {
        return Err(DecodeError::TooLarge { bytes: raw.len(), limit: MAX_INPUT_BYTES });
    }
    let raw = raw.strip_prefix('\u{feff}').unwrap_or(raw);
    check_nesting(raw)?;
    Ok(raw)
}

/// Parses text that passed [`check_limits`].
pub(crate) fn parse_checked(raw: &str) -> Result<Value, DecodeError> {
    serde_json::from_str(raw).map_err(|error| {
        let message = error.to_string();
        let detail = match message.rfind(" at line ") {
            Some(cut) => message[..cut].to_owned(),
            None => message,
        };
        DecodeError::NotJson { line: error.line(), column: error.column(), detail }
    })
}

/// Fails if brackets outside strings nest deeper than [`MAX_NESTING`].
fn check_nesting(raw: &str) -> Result<(), DecodeError> {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for &byte in raw.as_bytes() {
        if in_string {
            match byte {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match byte {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                if depth > MAX_NESTING {
                    return Err(DecodeError::TooDeep { limit: MAX_NESTING });
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nesting_is_refused_before_parsing() {
        let deep = format!("{}{}", "[".repeat(MAX_NESTING + 1), "]".repeat(MAX_NESTING + 1));
        assert_eq!(parse_limited(&deep), Err(DecodeError::TooDeep { limit: MAX_NESTING }));
        let ok = format!("{}{}", "[".repeat(MAX_NESTING), "]".repeat(MAX_NESTING));
        assert!(parse_limited(&ok).is_ok());
        // Far beyond serde_json's own limit, unbalanced: still our clear error, no stack overflow.
        assert_eq!(parse_limited(&"{\"a\":".repeat(100_000)), Err(DecodeError::TooDeep { limit: MAX_NESTING }));
    }

    #[test]
    fn brackets_inside_strings_do_not_count() {
        let text = format!("{{\"note\": \"{}\\\"]]\"}}", "[".repeat(1000));
        assert!(parse_limited(&text).is_ok());
    }

    #[test]
    fn size_is_refused_before_parsing() {
        let big = " ".repeat(MAX_INPUT_BYTES + 1);
        assert!(matches!(parse_limited(&big), Err(DecodeError::TooLarge { .. })));
    }

    #[test]
    fn broken_json_reports_where() {
        match parse_limited("{\n  \"schema\": \"lector-annotations\",\n  \"version\": 1,") {
            Err(DecodeError::NotJson { line: 3, detail, .. }) => assert!(detail.contains("EOF"), "{detail}"),
            other => panic!("{other:?}"),
        }
        assert!(parse_limited("\u{feff}{}").is_ok());
    }
}
