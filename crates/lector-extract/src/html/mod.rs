//! Saved web pages. The article body is found by `dom_smoothie`, a port of
//! Mozilla's Readability (the algorithm behind Firefox's reader view; see
//! ARCHITECTURE.md for why it was chosen), on an html5ever parse of the page.
//! Its result is turned into blocks here; the page's other text becomes the
//! dropped blocks, so a reader can take back what the algorithm left out.

mod blocks;
mod stated;

use std::collections::HashSet;

use dom_query::Document;
use dom_smoothie::{Config, Readability, ReadabilityError};

use crate::date::parse_stated;
use crate::error::ExtractError;
use crate::extracted::{squash, Block, BlockKind, DropReason, Dropped, Extracted};
use crate::scrape::furniture;

/// Pages with more elements are refused rather than freezing the tab: a
/// long article page has a few thousand.
const MAX_ELEMENTS: usize = 200_000;

/// What the article kept, to tell which of the page's blocks it holds even
/// where the page and the article cut blocks differently (Readability turns
/// a `<div>` of text into paragraphs): a block of three words or more is
/// held when every run of three of its words is in the article.
struct ArticleText<'a> {
    blocks: HashSet<&'a str>,
    shingles: HashSet<[&'a str; 3]>,
}

impl<'a> ArticleText<'a> {
    fn new(kept: &'a [Block]) -> Self {
        let words: Vec<&str> = kept.iter().flat_map(|b| b.text.split_whitespace()).collect();
        let shingles = words.windows(3).map(|w| [w[0], w[1], w[2]]).collect();
        ArticleText { blocks: kept.iter().map(|b| b.text.as_str()).collect(), shingles }
    }

    fn holds(&self, text: &str) -> bool {
        if self.blocks.contains(text) {
            return true;
        }
        let words: Vec<&str> = text.split_whitespace().collect();
        words.len() >= 3 && words.windows(3).all(|w| self.shingles.contains(&[w[0], w[1], w[2]]))
    }
}

/// Less text than this is not an article (a "Test" page, an empty shell
/// whose content a script would have loaded).
const MIN_ARTICLE_LETTERS: usize = 25;

pub fn extract_html(html: &str) -> Result<Extracted, ExtractError> {
    let document = Document::from(html);
    let page = blocks::blocks(&document.root(), true);
    let stated = stated::read(&document);
    let config = Config { max_elements_to_parse: MAX_ELEMENTS, ..Config::default() };
    let article = Readability::with_document(document, None, Some(config))
        .and_then(|mut readability| readability.parse())
        .map_err(|error| match error {
            ReadabilityError::TooManyElements(found, _) => ExtractError::TooComplex { elements: found },
            _ => ExtractError::NoArticleText,
        })?;
    let content = Document::from(article.content.as_ref());
    let mut kept: Vec<_> = blocks::blocks(&content.root(), false).into_iter().map(|b| b.block).collect();

    let mut out = Extracted {
        title: Some(squash(&article.title)).filter(|t| !t.is_empty()).or(stated.title),
        byline: article.byline.map(|b| squash(&b)).filter(|b| !b.is_empty()).or(stated.byline),
        outlet: article.site_name.map(|s| squash(&s)).filter(|s| !s.is_empty()).or(stated.outlet),
        published: article.published_time.as_deref().and_then(parse_stated).or(stated.published),
        url: stated.url,
        ..Extracted::default()
    };
    // The headline is shown once, as the title, not again as the body's
    // first block.
    if let (Some(title), Some(first)) = (&out.title, kept.first()) {
        if matches!(first.kind, BlockKind::Heading(_)) && first.text.eq_ignore_ascii_case(title) {
            kept.remove(0);
        }
    }
    let letters: usize = kept.iter().map(|b| b.text.chars().filter(|c| c.is_alphanumeric()).count()).sum();
    if letters < MIN_ARTICLE_LETTERS {
        return Err(ExtractError::NoArticleText);
    }

    let article_text = ArticleText::new(&kept);
    let mut seen = HashSet::new();
    // Page blocks the article holds, so far: where a dropped block stood.
    let mut held = 0;
    for page_block in page {
        let text = page_block.block.text;
        if article_text.holds(&text) {
            held += 1;
            continue;
        }
        if out.title.as_deref() == Some(text.as_str()) || !seen.insert(text.clone()) {
            continue;
        }
        let reason = page_block.region.or_else(|| furniture(&text)).unwrap_or(DropReason::OutsideArticle);
        out.dropped.push(Dropped { text, reason, at: held.min(kept.len()) });
    }
    out.blocks = kept;
    Ok(out)
}
