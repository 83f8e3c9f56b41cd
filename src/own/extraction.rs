//! What the importer (the extractor running in its own WebAssembly module,
//! `crates/lector-extract-web`) sends back for a file: the article's blocks,
//! the blocks it left out with the reason, and the metadata the page states.
//! It travels as JSON between the two modules; this is the app's reading of
//! it.

use serde::Deserialize;

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Extraction {
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub byline: Option<String>,
    #[serde(default)]
    pub outlet: Option<String>,
    /// `YYYY-MM-DD`, only when the page states it.
    #[serde(default)]
    pub published: Option<String>,
    /// The page's own address (its canonical link), when it states one.
    #[serde(default)]
    pub url: Option<String>,
    pub blocks: Vec<ExtractedBlock>,
    #[serde(default)]
    pub dropped: Vec<DroppedBlock>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct ExtractedBlock {
    /// `paragraph`, `heading`, `quote`, `list_item`, `caption`, `preformatted`.
    pub kind: String,
    /// For headings: 2–6.
    #[serde(default)]
    pub level: u8,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct DroppedBlock {
    pub text: String,
    /// Why it was left out, in words for the reader.
    pub why: String,
    /// How many kept blocks stand before it on the page.
    pub at: usize,
}

/// The importer's answer for one file.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reply {
    Extracted(Extraction),
    /// Why the file gave no article, in words the reader can act on.
    Refused(String),
}

/// Reads the importer's answer; a reply this app cannot read is reported as
/// a refusal (it would mean the two modules come from different builds).
pub fn read_reply(json: &str) -> Reply {
    serde_json::from_str(json)
        .unwrap_or_else(|e| Reply::Refused(format!("the importer's answer could not be read ({e}); reload the page")))
}
