//! The preview of an article before it is saved: every block of the page in
//! order, kept or dropped (the importer's judgement, which the reader can
//! reverse block by block), and the metadata, which the reader can correct.
//! Nothing is filled in that the page did not state.

use lector_article::{Article, ArticleMeta, IsoDate};

use crate::own::extraction::Extraction;
use crate::own::identity::article_id;
use crate::own::writing::{article_file, Front, Kind};

#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    /// The file name, or "Pasted text".
    pub from: String,
    pub title: String,
    pub outlet: String,
    pub author: String,
    /// As typed: `YYYY-MM-DD` or empty.
    pub date: String,
    pub url: Option<String>,
    pub items: Vec<Item>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    pub kind: Kind,
    pub text: String,
    pub kept: bool,
    /// Why the importer left it out; `None` for blocks it kept.
    pub why: Option<String>,
}

/// An article ready to store.
#[derive(Clone, Debug, PartialEq)]
pub struct Finished {
    pub meta: ArticleMeta,
    /// The article file (front matter and Markdown).
    pub source: String,
}

/// Why the draft cannot be saved yet; each says what to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DraftError {
    NoTitle,
    NoText,
    BadDate(String),
}

impl std::fmt::Display for DraftError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DraftError::NoTitle => write!(f, "The page states no title: type the article's title."),
            DraftError::NoText => write!(f, "No block is kept: keep at least one block of the article."),
            DraftError::BadDate(date) => {
                write!(f, "\u{201c}{date}\u{201d} is not a date: write it as YYYY-MM-DD, or leave it empty.")
            }
        }
    }
}

impl Draft {
    pub fn new(from: &str, extraction: Extraction) -> Draft {
        let mut items = Vec::new();
        let mut dropped = extraction.dropped.into_iter().peekable();
        for (kept_before, block) in extraction.blocks.into_iter().enumerate() {
            while let Some(d) = dropped.next_if(|d| d.at <= kept_before) {
                items.push(Item { kind: Kind::Paragraph, text: d.text, kept: false, why: Some(d.why) });
            }
            items.push(Item {
                kind: Kind::from_name(&block.kind, block.level),
                text: block.text,
                kept: true,
                why: None,
            });
        }
        items.extend(dropped.map(|d| Item { kind: Kind::Paragraph, text: d.text, kept: false, why: Some(d.why) }));
        Draft {
            from: from.to_string(),
            title: extraction.title.unwrap_or_default(),
            outlet: extraction.outlet.unwrap_or_default(),
            author: extraction.byline.unwrap_or_default(),
            date: extraction.published.unwrap_or_default(),
            url: extraction.url.filter(|u| u.starts_with("https://") || u.starts_with("http://")),
            items,
        }
    }

    /// Keeps a dropped block or drops a kept one.
    pub fn toggle(&mut self, index: usize) {
        if let Some(item) = self.items.get_mut(index) {
            item.kept = !item.kept;
        }
    }

    pub fn kept(&self) -> usize {
        self.items.iter().filter(|i| i.kept).count()
    }

    /// The article as it will be saved.
    pub fn finish(&self) -> Result<Finished, DraftError> {
        let title = self.title.trim();
        if title.is_empty() {
            return Err(DraftError::NoTitle);
        }
        if self.kept() == 0 {
            return Err(DraftError::NoText);
        }
        let date = self.date.trim();
        let date = match date {
            "" => None,
            _ => Some(IsoDate::parse(date).ok_or_else(|| DraftError::BadDate(date.to_string()))?),
        };
        let stated = |value: &str| Some(value.trim().to_string()).filter(|v| !v.is_empty());
        let front = Front {
            title: title.to_string(),
            outlet: stated(&self.outlet),
            author: stated(&self.author),
            date,
            source: self.url.clone(),
        };
        let blocks: Vec<(Kind, &str)> =
            self.items.iter().filter(|i| i.kept).map(|i| (i.kind, i.text.as_str())).collect();
        let source = article_file(&front, &blocks);
        // The id depends on the text the reader will see, so it is made from
        // the parsed file (a placeholder id first).
        let parsed = Article::parse("draft", &source).map_err(|_| DraftError::NoTitle)?;
        let id = article_id(title, &parsed.document.text);
        let meta = ArticleMeta { id, ..parsed.meta };
        Ok(Finished { meta, source })
    }
}
