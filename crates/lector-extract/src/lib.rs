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

#[cfg(test)]
mod tests;

pub use decode::MAX_INPUT_BYTES;
pub use error::ExtractError;
pub use extracted::{Block, BlockKind, DropReason, Dropped, Extracted, BLOCK_SEPARATOR};
pub use format::Format;

/// Extracts the article from a file's bytes, read as `format`.
pub fn extract(bytes: &[u8], format: Format) -> Result<Extracted, ExtractError> {
    let text = decode::decode(bytes, format == Format::Html)?;
    match format {
        Format::Html => html::extract_html(&text),
        Format::Text => scrape::extract_scrape(&text),
        Format::Markdown => markdown::extract_markdown(&text),
    }
}
