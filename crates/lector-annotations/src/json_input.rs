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
        // serde_json names a lone surrogate only sometimes ("unexpected end of hex escape" otherwise).
        match lone_surrogate(raw) {
            Some((line, column, escape)) => {
                DecodeError::NotJson { line, column, detail: format!("lone surrogate {escape}") }
            }
            None => DecodeError::NotJson { line: error.line(), column: error.column(), detail },
        }
    })
}

/// The first `\uD800`–`\uDFFF` escape not part of a high-then-low pair: line, column and the escape.
fn lone_surrogate(raw: &str) -> Option<(usize, usize, String)> {
    let bytes = raw.as_bytes();
    let hex_at = |at: usize| -> Option<u16> {
        let digits = raw.get(at..at + 4)?;
        u16::from_str_radix(digits, 16).ok()
    };
    let (mut at, mut in_string, mut line, mut line_start) = (0, false, 1, 0);
    while at < bytes.len() {
        match bytes[at] {
            b'\n' => {
                line += 1;
                line_start = at + 1;
            }
            b'"' => in_string = !in_string,
            b'\\' if in_string => {
                if bytes.get(at + 1) != Some(&b'u') {
                    at += 2;
                    continue;
                }
                let unit = hex_at(at + 2);
                let pair = bytes.get(at + 6..at + 8) == Some(b"\\u".as_slice())
                    && hex_at(at + 8).is_some_and(|low| (0xDC00..0xE000).contains(&low));
                match unit {
                    Some(0xD800..=0xDBFF) if pair => at += 12,
                    Some(unit @ 0xD800..=0xDFFF) => {
                        let column = raw[line_start..at].chars().count() + 1;
                        return Some((line, column, format!("\\u{unit:04X}")));
                    }
                    _ => at += 6,
                }
                continue;
            }
            _ => {}
        }
        at += 1;
    }
    None
}

/// Fails if brackets outside strings nest deeper than [`MAX_NESTING`], or
/// if the text holds a control character (JSON has none outside escapes):
/// then it is a binary file, and saying so beats "nests too deep", which
/// is what the brackets scattered through random bytes would cause.
fn check_nesting(raw: &str) -> Result<(), DecodeError> {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let mut too_deep = false;
    let (mut line, mut line_start) = (1usize, 0usize);
    for (at, &byte) in raw.as_bytes().iter().enumerate() {
        if byte == b'\n' {
            line += 1;
            line_start = at + 1;
        } else if byte < 0x20 && byte != b'\t' && byte != b'\r' {
            let column = raw[line_start..at].chars().count() + 1;
            let detail = format!("control character U+{byte:04X}, which JSON text never holds ({BINARY_HINT})");
            return Err(DecodeError::NotJson { line, column, detail });
        }
        if too_deep {
            continue;
        }
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
                too_deep = depth > MAX_NESTING;
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    if too_deep {
        return Err(DecodeError::TooDeep { limit: MAX_NESTING });
    }
    Ok(())
}

/// Marks a [`DecodeError::NotJson`] detail as "binary file" (the message then says so).
pub(crate) const BINARY_HINT: &str = "a binary file";

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
    fn each_kind_of_broken_text_is_named() {
        // (text, what the message must say, what it must not)
        let binary: String = (0u8..=255).cycle().take(20_000).map(char::from).collect();
        let brackets_and_bytes = format!("{}\u{1}", "[{".repeat(40));
        let table: &[(&str, &str, &str)] = &[
            (&binary, "binary file", "nests"),
            (&brackets_and_bytes, "binary file", "nests"),
            ("{\"note\": \"\\ud83d\"}", "lone surrogate", "cut off"),
            ("{\"note\": \"\\udc00 x\"}", "lone surrogate", "cut off"),
            ("{\"schema\": \"lector-annotations\", \"annotations\": [", "cut off", "binary"),
            ("{\"a\": tru}", "not valid JSON", "cut off"),
        ];
        for &(text, says, not) in table {
            let message = parse_limited(text).unwrap_err().to_string();
            assert!(message.contains(says) && !message.contains(not), "{text:.40?}: {message}");
        }
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
