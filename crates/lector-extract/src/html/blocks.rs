//! An HTML tree as reader blocks: paragraphs, subheadings, quotes, list
//! items, captions. Only text nodes become text, so nothing of the page's
//! markup (scripts, event handlers, links, images) survives into the article.

use dom_query::NodeRef;

use crate::extracted::{Block, BlockKind, DropReason};

/// Elements whose content is never article text.
const SKIPPED: [&str; 19] = [
    "script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "button", "input", "select",
    "textarea", "option", "img", "video", "audio", "canvas", "head", "picture",
];

/// Elements that end the text before them and start a new block.
const BLOCK_LEVEL: [&str; 34] = [
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "aside",
    "nav",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "figure",
    "figcaption",
    "table",
    "tr",
    "caption",
    "hr",
    "address",
    "details",
    "summary",
    "center",
    "form",
];

/// A block found in a page, and for page text outside the article, the
/// kind of region it sits in (navigation, comments, …) when the markup says.
pub struct PageBlock {
    pub block: Block,
    pub region: Option<DropReason>,
}

#[derive(Default)]
struct Walker {
    out: Vec<PageBlock>,
    text: String,
}

#[derive(Clone, Copy)]
struct Context {
    kind: BlockKind,
    region: Option<DropReason>,
    /// Whether to note regions (only for the whole page, not the article).
    regions: bool,
}

/// The blocks under `root`, in document order.
pub fn blocks(root: &NodeRef, regions: bool) -> Vec<PageBlock> {
    let mut walker = Walker::default();
    let context = Context { kind: BlockKind::Paragraph, region: None, regions };
    walker.walk(root, context);
    walker.flush(context);
    walker.out
}

impl Walker {
    fn walk(&mut self, node: &NodeRef, context: Context) {
        for child in node.children_it(false) {
            if child.is_text() {
                self.push_text(&child.text(), context.kind == BlockKind::Preformatted);
                continue;
            }
            if !child.is_element() {
                continue;
            }
            let name = child.node_name().map(|n| n.to_ascii_lowercase()).unwrap_or_default();
            if SKIPPED.contains(&name.as_str()) || child.has_attr("hidden") {
                continue;
            }
            if name == "br" {
                self.text.push('\n');
                continue;
            }
            if name == "td" || name == "th" {
                self.text.push(' ');
            }
            if !BLOCK_LEVEL.contains(&name.as_str()) {
                self.walk(&child, context);
                continue;
            }
            self.flush(context);
            let mut inner = context;
            inner.kind = match name.as_str() {
                "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => BlockKind::Heading(name.as_bytes()[1] - b'0'),
                "li" | "dt" | "dd" => BlockKind::ListItem,
                "blockquote" => BlockKind::Quote,
                "figcaption" | "caption" => BlockKind::Caption,
                "pre" => BlockKind::Preformatted,
                _ => context.kind,
            };
            if context.regions && context.region.is_none() {
                inner.region = region_of(&child, &name);
            }
            self.walk(&child, inner);
            self.flush(inner);
        }
    }

    fn push_text(&mut self, text: &str, preformatted: bool) {
        if preformatted {
            self.text.push_str(text);
            return;
        }
        for (i, piece) in text.split(|c: char| c.is_whitespace()).enumerate() {
            if i > 0 && !self.text.ends_with([' ', '\n']) {
                self.text.push(' ');
            }
            self.text.push_str(piece);
        }
    }

    fn flush(&mut self, context: Context) {
        let text = if context.kind == BlockKind::Preformatted {
            self.text.trim_matches('\n').trim_end().to_string()
        } else {
            tidy(&self.text)
        };
        self.text.clear();
        if text.chars().any(char::is_alphanumeric) {
            self.out.push(PageBlock { block: Block { kind: context.kind, text }, region: context.region });
        }
    }
}

/// Single spaces, line breaks (from `<br>`) kept once, no space around them.
fn tidy(raw: &str) -> String {
    let lines: Vec<String> = raw.split('\n').map(crate::extracted::squash).filter(|l| !l.is_empty()).collect();
    lines.join("\n")
}

/// The kind of page region an element is, from its tag, ARIA role, id and
/// class: how sites mark their furniture.
fn region_of(node: &NodeRef, name: &str) -> Option<DropReason> {
    match name {
        "nav" | "header" | "footer" => return Some(DropReason::Navigation),
        "aside" => return Some(DropReason::OutsideArticle),
        _ => {}
    }
    let role = node.attr("role").map(|r| r.to_ascii_lowercase()).unwrap_or_default();
    if matches!(role.as_str(), "navigation" | "banner" | "contentinfo" | "menu" | "menubar") {
        return Some(DropReason::Navigation);
    }
    let mut names = node.attr("class").map(|c| c.to_ascii_lowercase()).unwrap_or_default();
    names.push(' ');
    names.push_str(&node.attr("id").map(|c| c.to_ascii_lowercase()).unwrap_or_default());
    let has = |words: &[&str]| words.iter().any(|w| names.contains(w));
    if has(&["comment", "disqus", "discussion", "respond"]) {
        Some(DropReason::Comments)
    } else if has(&[
        "related",
        "recommend",
        "most-read",
        "mostread",
        "popular",
        "trending",
        "read-more",
        "more-stories",
    ]) {
        Some(DropReason::OtherStories)
    } else if has(&["share", "social"]) {
        Some(DropReason::Share)
    } else if has(&["cookie", "consent", "newsletter", "subscribe", "paywall", "promo", "advert", "sponsor"]) {
        Some(DropReason::Promotion)
    } else if has(&["breadcrumb", "menu", "navbar", "masthead", "site-header", "site-footer"]) {
        Some(DropReason::Navigation)
    } else {
        None
    }
}
