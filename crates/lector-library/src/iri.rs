//! What a story is called across copies of Lector.

use lector_annotations::article_text_iri;

/// The IRI exports name an article by: the page's own address when it
/// states one (an http(s) URL), else the IRI of its rendered text
/// (`urn:x-lector:text:sha256:…`), the samples' rule too, so an annotation
/// travels with the story, not with one copy of Lector.
pub fn stable_iri(address: Option<&str>, rendered_text: &str) -> String {
    match address.filter(|a| is_web_address(a)) {
        Some(url) => url.to_string(),
        None => article_text_iri(rendered_text),
    }
}

/// The same rule for an article kept in several versions (oldest first, each
/// its stated address and rendered text): the address the newest version
/// stating one gives, else the first version's text, so the name stays when
/// a version is added. `None` without versions.
pub fn versions_stable_iri<'v>(versions: &[(Option<&'v str>, &'v str)]) -> Option<String> {
    let address = versions.iter().rev().find_map(|&(address, _)| address.filter(|a| is_web_address(a)));
    match (address, versions.first()) {
        (Some(url), _) => Some(url.to_string()),
        (None, Some(&(_, first_text))) => Some(article_text_iri(first_text)),
        (None, None) => None,
    }
}

fn is_web_address(address: &str) -> bool {
    address.starts_with("https://") || address.starts_with("http://")
}
