//! An article as the reader page shows it with the analyzers' highlights:
//! the same elements, classes and `data-start`/`data-end` offsets as the
//! app's `ArticleBody` and `ReaderView` (src/components/article_body.rs,
//! reader.rs), so nothing moves when the app takes over. The text comes from
//! `lector-article`'s document model through the same `layer_tree` walk the
//! app uses, so it is the app's text character for character.

use lector_article::{layer_tree, Article, ArticleMeta, Block, LayerNode, Run, RunKind, TextBlock, TextRole};
use lector_text::CharIndex;

use crate::highlights::Highlights;
use crate::markup::Markup;

/// Shown while the WebAssembly loads; fixed-position, so it takes no space in
/// the page and its removal moves nothing.
pub const APP_COMING: &str = "Entity cards, the sourcing profile and your notes are coming…";

/// The reader page (`div.reader-page`) for one article, hidden unless the
/// boot script picks it for the URL's `#/article/<id>`.
pub fn reader_page(m: &mut Markup, article: &Article, highlights: Option<&Highlights>) {
    let meta = &article.meta;
    let route = format!("article:{}", meta.id);
    let title = format!("{} · Lector", meta.title);
    m.open(
        "div",
        &[
            ("class", Some("reader-page")),
            ("data-prerender", Some(&route)),
            ("data-title", Some(&title)),
            ("hidden", Some("")),
        ],
    );
    m.open("nav", &[("class", Some("reader-nav")), ("aria-label", Some("Breadcrumb"))]);
    m.element("a", &[("class", Some("back-link")), ("href", Some("#/"))], "← Library");
    // The app's way to the panel on a phone (src/components/reader.rs), here
    // disabled: the panel arrives with the app.
    m.element(
        "button",
        &[("type", Some("button")), ("class", Some("link-button panel-jump")), ("disabled", Some(""))],
        "Sourcing and legend ↓",
    );
    m.close("nav");
    m.open("div", &[("class", Some("reader-layout"))]);
    // A stand-in for the app's `<article class="reader" data-article-id>`:
    // styled alike (the CSS knows only the class), but scripts and tests that
    // look for the app's reader find it only once the app is in, with its
    // cards, selection and notes working.
    m.open("div", &[("class", Some("reader")), ("role", Some("article"))]);
    article_body(m, article, highlights);
    m.close("div");
    m.open("aside", &[("class", Some("reader-panel")), ("aria-label", Some("About this article"))]).close("aside");
    m.open("div", &[("class", Some("reader-overlays"))]).close("div");
    m.close("div");
    m.element("p", &[("class", Some("prerender-status")), ("role", Some("status"))], APP_COMING);
    m.close("div");
}

/// The headline, byline and text blocks, as `ArticleBody` renders them,
/// with `highlights` when given.
pub fn article_body(m: &mut Markup, article: &Article, highlights: Option<&Highlights>) {
    let text = Text { full: &article.document.text, chars: CharIndex::new(&article.document.text), highlights };
    let blocks = &article.document.blocks;
    let (title, body) = match blocks.split_first() {
        Some((Block::Text(title), rest)) if title.role == TextRole::Title => (Some(title), rest),
        _ => (None, &blocks[..]),
    };
    m.open("header", &[("class", Some("article-header"))]);
    if let Some(title) = title {
        text.text_block(m, title);
    }
    byline(m, &article.meta);
    m.close("header");
    m.open("div", &[("class", Some("article-text"))]);
    for block in body {
        text.block(m, block);
    }
    m.close("div");
}

fn byline(m: &mut Markup, meta: &ArticleMeta) {
    m.open("p", &[("class", Some("byline"))]);
    let mut first = true;
    let mut sep = |m: &mut Markup| {
        if !std::mem::take(&mut first) {
            m.element("span", &[("class", Some("sep")), ("aria-hidden", Some("true"))], " · ");
        }
    };
    if let Some(author) = &meta.author {
        sep(m);
        m.element("span", &[("class", Some("author"))], &format!("By {author}"));
    }
    if let Some(outlet) = &meta.outlet {
        sep(m);
        m.element("span", &[("class", Some("outlet"))], outlet);
    }
    if let Some(date) = meta.date {
        sep(m);
        m.element("time", &[("datetime", Some(&date.to_string()))], &date.human());
    }
    sep(m);
    m.element("span", &[("class", Some("reading-time"))], &format!("{} min read", meta.reading_minutes));
    m.close("p");
}

struct Text<'a> {
    full: &'a str,
    chars: CharIndex,
    highlights: Option<&'a Highlights>,
}

impl Text<'_> {
    fn block(&self, m: &mut Markup, block: &Block) {
        match block {
            Block::Text(text) => self.text_block(m, text),
            Block::Quote(inner) => {
                m.open("blockquote", &[]);
                inner.iter().for_each(|b| self.block(m, b));
                m.close("blockquote");
            }
            Block::List { start, items } => {
                let start = start.map(|s| s.to_string());
                let tag = if start.is_some() { "ol" } else { "ul" };
                m.open(tag, &[("start", start.as_deref())]);
                for item in items {
                    m.open("li", &[]);
                    item.iter().for_each(|b| self.block(m, b));
                    m.close("li");
                }
                m.close(tag);
            }
            Block::Rule => {
                m.trusted("<hr>");
            }
        }
    }

    fn text_block(&self, m: &mut Markup, block: &TextBlock) {
        let start = block.span.start.to_string();
        let end = block.span.end.to_string();
        let offsets = |class: Option<&'static str>| -> [(&'static str, Option<String>); 3] {
            [("class", class.map(str::to_string)), ("data-start", Some(start.clone())), ("data-end", Some(end.clone()))]
        };
        let (wrapper, tag, attrs) = match block.role {
            TextRole::Title => (None, "h1".to_string(), offsets(Some("article-title text-block"))),
            TextRole::Heading(level) => (None, format!("h{}", (level + 1).min(6)), offsets(Some("text-block"))),
            TextRole::Paragraph => (None, "p".to_string(), offsets(Some("text-block"))),
            TextRole::Caption => (Some("figure"), "figcaption".to_string(), offsets(Some("text-block"))),
            TextRole::Preformatted => (None, "pre".to_string(), offsets(Some("text-block"))),
        };
        if let Some(wrapper) = wrapper {
            m.open(wrapper, &[("class", Some("caption"))]);
        }
        let attrs: Vec<(&str, Option<&str>)> = attrs.iter().map(|(k, v)| (*k, v.as_deref())).collect();
        m.open(&tag, &attrs);
        let marks = self.highlights.map_or(&[][..], |h| &h.marks[..]);
        self.nodes(m, block, &layer_tree(block, marks));
        m.close(&tag);
        if let Some(wrapper) = wrapper {
            m.close(wrapper);
        }
    }
}

impl Text<'_> {
    fn nodes(&self, m: &mut Markup, block: &TextBlock, nodes: &[LayerNode]) {
        for node in nodes {
            match node {
                LayerNode::Text { span, run } => {
                    let slice = &self.full[self.chars.byte_of_char(span.start)..self.chars.byte_of_char(span.end)];
                    run_markup(m, &block.runs[*run], slice);
                }
                LayerNode::Mark { mark, starts, ends, children, .. } => match self.highlights {
                    Some(highlights) => {
                        let tag = highlights.open(m, *mark, *starts, *ends);
                        self.nodes(m, block, children);
                        m.close(tag);
                    }
                    None => self.nodes(m, block, children),
                },
            }
        }
    }
}

/// One inline run, nested as the app's `run_html` nests it (link outermost).
fn run_markup(m: &mut Markup, run: &Run, text: &str) {
    if run.kind == RunKind::LineBreak {
        m.trusted("<br>");
        return;
    }
    type Wrapper<'a> = (&'a str, Vec<(&'a str, Option<&'a str>)>);
    let mut wrappers: Vec<Wrapper> = Vec::new();
    if let Some(href) = &run.link {
        wrappers.push((
            "a",
            vec![
                ("href", Some(href.as_str())),
                ("target", Some("_blank")),
                ("rel", Some("noopener noreferrer nofollow")),
            ],
        ));
    }
    if run.strong {
        wrappers.push(("strong", vec![]));
    }
    if run.emphasis {
        wrappers.push(("em", vec![]));
    }
    if run.strikethrough {
        wrappers.push(("del", vec![]));
    }
    if run.kind == RunKind::Code {
        wrappers.push(("code", vec![]));
    }
    for (tag, attrs) in &wrappers {
        m.open(tag, attrs);
    }
    m.text(text);
    for (tag, _) in wrappers.iter().rev() {
        m.close(tag);
    }
}
