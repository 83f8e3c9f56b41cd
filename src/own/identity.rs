//! What an own article is called: its id (in URLs and annotations) and the
//! stable IRI exports name it by.

use lector_annotations::article_text_iri;

/// Longest slug part of an id, in characters: enough to recognise a title
/// in a URL, short enough to keep links readable.
const SLUG_CHARS: usize = 48;

/// The id of an article: a slug of its title and a short hash of its text,
/// so the same article added twice is the same article (and keeps its
/// annotations), while two articles with one headline stay apart. Always
/// passes [`ArticleId::parse`] (letters, digits, `-`).
pub fn article_id(title: &str, text: &str) -> String {
    let mut slug = String::new();
    for c in title.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
        if slug.len() >= SLUG_CHARS {
            break;
        }
    }
    let slug = slug.trim_end_matches('-');
    let iri = article_text_iri(text);
    let hex = iri.rsplit(':').next().unwrap_or_default();
    let hash = &hex[..hex.len().min(10)];
    if slug.is_empty() {
        format!("own-{hash}")
    } else {
        format!("{slug}-{hash}")
    }
}

/// The IRI exports name an article by: one rule for the app and library
/// files, `lector_library::stable_iri` (the page's address, else its text's IRI).
pub use lector_library::stable_iri;
