//! The article in a file someone brings to Lector: a page saved from the
//! browser, text copied out of a site, or a Markdown file. The output is the
//! article's own words in blocks, the metadata the page states (never a
//! guess), and what was left out with the reason, for the reader to check.
//!
//! No I/O and no web types: the app (in WebAssembly) and the `lector extract`
//! command pass the bytes in.

mod date;
mod decode;
mod error;
mod extracted;
mod format;
mod html;
mod markdown;
mod scrape;

// The behaviour tests feed bytes, as the CLI does.
#[cfg(all(test, feature = "encodings"))]
mod tests;

pub use decode::{declared_charset, MAX_INPUT_BYTES};
pub use error::ExtractError;
pub use extracted::{Block, BlockKind, DropReason, Dropped, Extracted, BLOCK_SEPARATOR};
pub use format::Format;

/// Extracts the article from a file's bytes, read as `format`, decoded as
/// the page declares (the `encodings` feature, on by default).
#[cfg(feature = "encodings")]
pub fn extract(bytes: &[u8], format: Format) -> Result<Extracted, ExtractError> {
    let text = decode::decode(bytes, format == Format::Html)?;
    extract_decoded(&text, format)
}

/// Extracts the article from text already decoded, as the browser does with
/// `TextDecoder` and [`declared_charset`] (so the WebAssembly bundle need not
/// carry every legacy encoding's tables).
pub fn extract_text(text: &str, format: Format) -> Result<Extracted, ExtractError> {
    decode::check_bytes(text.as_bytes())?;
    extract_decoded(text.trim_start_matches('\u{feff}'), format)
}

fn extract_decoded(text: &str, format: Format) -> Result<Extracted, ExtractError> {
    match format {
        Format::Html => html::extract_html(text),
        Format::Text => scrape::extract_scrape(text),
        Format::Markdown => markdown::extract_markdown(text),
    }
}
