//! What a story is called across copies of Lector.

use lector_annotations::article_text_iri;

/// The IRI exports name an article by: the page's own address when it
/// states one (an http(s) URL), else the IRI of its rendered text
/// (`urn:x-lector:text:sha256:…`), the samples' rule too, so an annotation
/// travels with the story, not with one copy of Lector.
pub fn stable_iri(address: Option<&str>, rendered_text: &str) -> String {
    match address {
        Some(url) if url.starts_with("https://") || url.starts_with("http://") => url.to_string(),
        _ => article_text_iri(rendered_text),
    }
}
