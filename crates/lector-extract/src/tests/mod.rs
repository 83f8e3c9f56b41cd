//! Behaviour a reader would notice, on small invented pages: what is kept,
//! what is dropped and why, and which metadata is (never) filled in. One
//! file per kind of input; the invented article they share is here.

mod html;
mod input;
mod scrape;

use crate::{extract, DropReason, Extracted, Format};

/// Invented article prose, long enough for any page to be an article.
pub const STORY: [&str; 4] = [
    "The harbour board of Eastmere voted on Tuesday to close the old swing bridge for repairs, a decision that residents of the east bank had opposed for months at public meetings.",
    "Engineers told the board that corrosion in the bridge's lower girders had advanced faster than a survey two years ago predicted, and that heavy lorries would be barred from next week.",
    "“We cannot keep patching it and hoping for the best,” said Mara Quell, who chairs the board. She said the repairs would take about eighteen months and cost far less than a new crossing.",
    "Shop owners on Quay Street said the closure would halve the number of people passing their doors, and asked the council for help with rents while the work goes on.",
];

pub fn page(head: &str, body: &str) -> String {
    format!("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Bridge to close for repairs</title>{head}</head><body>{body}</body></html>")
}

pub fn article_html(extra_in_article: &str) -> String {
    let paragraphs: String = STORY.iter().map(|p| format!("<p>{p}</p>")).collect();
    format!("<article><h1>Bridge to close for repairs</h1>{extra_in_article}{paragraphs}</article>")
}

pub fn run(bytes: &[u8], format: Format) -> Extracted {
    extract(bytes, format).unwrap_or_else(|e| panic!("extraction failed: {e}"))
}

pub fn reasons_of(out: &Extracted, needle: &str) -> Vec<DropReason> {
    out.dropped.iter().filter(|d| d.text.contains(needle)).map(|d| d.reason).collect()
}
