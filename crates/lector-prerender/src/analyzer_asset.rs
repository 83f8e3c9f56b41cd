//! The analyzer's model and word lists as their own file beside the app
//! (`analyzer-<hash>.bin`, [`lector_analysis::AnalyzerData::to_bytes`]), and
//! the `<link rel="preload">` that has the browser fetch it in parallel with
//! the WebAssembly. The app finds the file by that link's id
//! (src/browser/analyzer_data.rs).
//!
//! Why a file of its own: the data is most of a first visit's bytes, so the
//! app's code starts while it streams in (the page says highlights are
//! coming), and the name carries a hash of the content, so a browser keeps it
//! for as long as the model does not change.

use std::path::Path;

use crate::error::PrerenderError;

/// The id of the preload link; the app reads the file's address from it.
pub const LINK_ID: &str = "lector-analyzer-data";

/// Writes the packed data into `dir` and returns the file's name.
pub fn write(dir: &Path) -> Result<String, PrerenderError> {
    let bytes = lector_analysis::AnalyzerData::embedded().to_bytes();
    let name = file_name(&bytes);
    let path = dir.join(&name);
    std::fs::write(&path, &bytes).map_err(|error| PrerenderError::Write { path, error })?;
    Ok(name)
}

/// `analyzer-<16 hex digits of a hash of the content>.bin`.
pub fn file_name(bytes: &[u8]) -> String {
    let hash =
        bytes.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3));
    format!("analyzer-{hash:016x}.bin")
}

/// Puts the preload link for `name` before `</body>`, after the page's
/// other preloads (the text comes first, then code and data side by side).
/// `crossorigin` makes the preload match the app's `fetch`, so the file is
/// downloaded once.
pub fn link_into_page(page: &str, name: &str) -> Result<String, String> {
    let end = page.rfind("</body>").ok_or("the page has no </body> tag")?;
    let link = format!(
        "<link rel=\"preload\" id=\"{LINK_ID}\" href=\"{name}\" as=\"fetch\" type=\"application/octet-stream\" \
         crossorigin=\"anonymous\">"
    );
    let mut page = page.to_string();
    page.insert_str(end, &link);
    Ok(page)
}
