//! Bytes to text, refusing what is not a readable page before any parsing.
//!
//! Pages saved from a browser keep the bytes the site sent, in whatever
//! encoding its `<meta charset>` declares, so the declaration is honoured as a
//! browser would (WHATWG encoding labels, via `encoding_rs`), with two
//! exceptions that favour the page's real words over its label: bytes that are
//! valid UTF-8 with non-ASCII text are read as UTF-8 whatever a single-byte
//! label says (a Latin-1 text is almost never valid UTF-8, a mislabelled
//! UTF-8 page is common), and a page that is mostly undecodable in its
//! declared encoding is refused rather than shown as garbage.

#[cfg(feature = "encodings")]
use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

use crate::error::ExtractError;

/// Larger files are refused: a saved article page is well under this even
/// with inline styles and scripts, and parsing a bigger one in the browser
/// would freeze the tab.
pub const MAX_INPUT_BYTES: usize = 16_000_000;

/// How far into the page the `<meta charset>` declaration is looked for
/// (browsers look at 1,024 bytes; saved pages often put scripts first).
const PRESCAN_BYTES: usize = 8192;

/// The leading bytes of common non-text files people might drop by mistake.
const BINARY_MAGIC: [&[u8]; 8] =
    [b"%PDF-", b"PK\x03\x04", b"\x1f\x8b", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"\x7fELF", b"Rar!"];

/// Refuses what no decoding can make an article of: too large, or binary.
/// A file with a byte-order mark is text whatever its bytes look like.
pub fn check_bytes(bytes: &[u8]) -> Result<(), ExtractError> {
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(ExtractError::TooLarge { bytes: bytes.len(), limit: MAX_INPUT_BYTES });
    }
    let has_bom =
        bytes.starts_with(b"\xef\xbb\xbf") || bytes.starts_with(b"\xff\xfe") || bytes.starts_with(b"\xfe\xff");
    if !has_bom && looks_binary(bytes) {
        return Err(ExtractError::Binary);
    }
    Ok(())
}

/// Decodes a file. `html` says whether to look for a charset declaration.
#[cfg(feature = "encodings")]
pub fn decode(bytes: &[u8], html: bool) -> Result<String, ExtractError> {
    check_bytes(bytes)?;
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        return decode_as(encoding, &bytes[bom_len..]);
    }
    let declared = match html.then(|| declared_charset(bytes)).flatten() {
        Some(label) => match Encoding::for_label(label.as_bytes()) {
            // A page cannot be UTF-16 if its tag could be read as ASCII.
            Some(encoding) => Some(encoding.output_encoding()),
            None => return Err(ExtractError::UnknownEncoding { label }),
        },
        None => None,
    };
    let valid_utf8 = std::str::from_utf8(bytes).is_ok();
    let encoding = match declared {
        Some(encoding) if encoding != UTF_8 && valid_utf8 && !bytes.is_ascii() => UTF_8,
        Some(encoding) => encoding,
        None if valid_utf8 => UTF_8,
        None => WINDOWS_1252,
    };
    decode_as(encoding, bytes)
}

#[cfg(feature = "encodings")]
fn decode_as(encoding: &'static Encoding, bytes: &[u8]) -> Result<String, ExtractError> {
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    if had_errors {
        let replaced = text.chars().filter(|&c| c == '\u{fffd}').count();
        let chars = text.chars().count();
        // A few bad bytes (a truncated save, one odd character) still leave a
        // readable article; a page mostly in the wrong encoding does not.
        if replaced > 16 && replaced * 100 > chars {
            return Err(ExtractError::Undecodable { encoding: encoding.name().to_string() });
        }
    }
    Ok(text.into_owned())
}

fn looks_binary(bytes: &[u8]) -> bool {
    if BINARY_MAGIC.iter().any(|magic| bytes.starts_with(magic)) {
        return true;
    }
    let head = &bytes[..bytes.len().min(8192)];
    let controls = head.iter().filter(|&&b| b == 0 || (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c))).count();
    head.contains(&0) || controls * 100 > head.len()
}

/// The encoding label a page declares in a `<meta charset>` or
/// `<meta http-equiv="Content-Type" content="…; charset=…">` near its start,
/// lower-cased. The browser shell hands it to `TextDecoder`; the `encodings`
/// feature resolves it with `encoding_rs`.
pub fn declared_charset(bytes: &[u8]) -> Option<String> {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(PRESCAN_BYTES)]).to_ascii_lowercase();
    let mut rest = head.as_str();
    while let Some(at) = rest.find("<meta") {
        let tag = &rest[at..];
        let tag = &tag[..tag.find('>').unwrap_or(tag.len())];
        if let Some(label) = charset_in(tag) {
            return Some(label.to_string());
        }
        rest = &rest[at + 5..];
    }
    None
}

fn charset_in(tag: &str) -> Option<&str> {
    let at = tag.find("charset")?;
    let value = tag[at + "charset".len()..].trim_start().strip_prefix('=')?.trim_start();
    let value = value.trim_start_matches(['"', '\'']);
    let end =
        value.find(|c: char| c == '"' || c == '\'' || c == ';' || c == '/' || c.is_whitespace()).unwrap_or(value.len());
    let label = value[..end].trim();
    (!label.is_empty()).then_some(label)
}
