//! Which story an export is about, and who made it.
//!
//! An annotation is worth most outside Lector, so every export names the
//! article by an address that means the same thing wherever the file is
//! opened: the story's original URL when it is known, else a `urn:` made
//! from its text, never the address of this copy of Lector (which serves
//! the app shell, and differs between a laptop and GitHub Pages). The app's
//! own address travels alongside, as the scope in which the reader saw it.

use crate::sha256::sha256_hex;

/// What the app knows of one article; the caller builds it from its metadata.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ArticleInfo {
    /// A stable IRI: the original URL (the page's address or canonical
    /// link, a sample's source), else [`article_text_iri`] of its text.
    pub iri: String,
    pub title: Option<String>,
    /// The publication, e.g. "The Daily Example".
    pub outlet: Option<String>,
    /// Publication date as the source gives it (ISO 8601 preferred).
    pub date: Option<String>,
    /// The article in this copy of Lector (`…/#/article/<id>`), if served.
    pub app_url: Option<String>,
    /// The article's language (BCP 47, e.g. `en`), if known.
    pub language: Option<String>,
}

impl ArticleInfo {
    /// Only an IRI: what an export says when the app knows nothing else.
    pub fn from_iri(iri: impl Into<String>) -> ArticleInfo {
        ArticleInfo { iri: iri.into(), ..ArticleInfo::default() }
    }
}

/// `urn:x-lector:text:sha256:<hex>`: the IRI of an article that has no
/// known URL, from its rendered text, so that two copies of Lector holding
/// the same story name it alike (and an annotation made in one attaches to
/// the story when the other adds it).
pub fn article_text_iri(rendered: &str) -> String {
    format!("{TEXT_IRI_PREFIX}{}", sha256_hex(rendered.as_bytes()))
}

pub(crate) const TEXT_IRI_PREFIX: &str = "urn:x-lector:text:sha256:";

/// A person or program credited in an export (`creator`, `generator`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Agent {
    /// An IRI: a profile URL, `mailto:`, or a `urn:uuid:` the app made once for this reader.
    pub id: String,
    pub kind: AgentKind,
    pub name: String,
    /// A short handle, e.g. a user name.
    pub nickname: String,
    pub homepage: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AgentKind {
    Person,
    Software,
}

impl AgentKind {
    pub(crate) fn name(self) -> &'static str {
        match self {
            AgentKind::Person => "Person",
            AgentKind::Software => "Software",
        }
    }
}

impl Agent {
    /// Lector itself, as the generator; `home` is where this copy is served (its base URL), if known.
    pub fn lector(home: Option<&str>) -> Agent {
        Agent {
            id: home.unwrap_or("urn:x-lector:app").to_owned(),
            kind: AgentKind::Software,
            name: "Lector".into(),
            nickname: "lector".into(),
            homepage: home.map(str::to_owned),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_text_iri_depends_on_the_text_only() {
        let a = article_text_iri("Officials said the talks had stalled.");
        assert_eq!(a, article_text_iri("Officials said the talks had stalled."));
        assert_ne!(a, article_text_iri("Officials said the talks had stalled!"));
        assert!(a.starts_with(TEXT_IRI_PREFIX) && a.len() == TEXT_IRI_PREFIX.len() + 64, "{a}");
    }
}
