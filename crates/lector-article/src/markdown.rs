//! Markdown to [`Document`], through pulldown-cmark's event stream.
//!
//! Safety by construction: raw HTML never becomes markup. Block and inline
//! HTML are kept as literal text (the reader sees exactly what the file says,
//! and no `<script>` or `onerror=` can run), link destinations other than
//! http(s) and mailto are dropped, and image sources are never loaded.

use lector_text::Span;
use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use crate::document::{Block, Document, Run, RunKind, TextBlock, TextRole, BLOCK_SEPARATOR};

/// Parses a Markdown body. `title`, when given, becomes the first block (a
/// headline is part of what a reader reads, and of what gets analyzed).
pub fn parse_markdown(title: Option<&str>, markdown: &str) -> Document {
    let mut builder = Builder::default();
    if let Some(title) = title {
        builder.open_text(TextRole::Title);
        builder.push_text(title.trim(), RunKind::Text);
        builder.close_text();
    }
    // No smart punctuation: the article's quotes and dashes stay as written.
    let options = Options::ENABLE_STRIKETHROUGH;
    for event in Parser::new_ext(markdown, options) {
        builder.event(event);
    }
    builder.finish()
}

#[derive(Default)]
struct Builder {
    text: String,
    char_len: usize,
    /// Open containers: each collects the blocks it holds.
    stack: Vec<Container>,
    top: Vec<Block>,
    current: Option<TextBlock>,
    emphasis: u32,
    strong: u32,
    strikethrough: u32,
    links: Vec<Option<String>>,
    /// Inside an image: its alt text is the image's text.
    image_depth: u32,
    /// What the open text block holds, to tell a caption from a paragraph.
    holds_image_text: bool,
    holds_other_text: bool,
}

enum Container {
    Quote(Vec<Block>),
    List { start: Option<u64>, items: Vec<Vec<Block>> },
    Item(Vec<Block>),
}

impl Builder {
    fn event(&mut self, event: Event<'_>) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(text) => self.inline_text(&text, RunKind::Text),
            Event::Code(text) => self.inline_text(&text, RunKind::Code),
            Event::InlineHtml(html) | Event::InlineMath(html) | Event::DisplayMath(html) => {
                self.inline_text(&html, RunKind::Code)
            }
            Event::Html(html) => {
                // Block HTML arrives line by line inside an HtmlBlock.
                if self.current.is_none() {
                    self.open_text(TextRole::Preformatted);
                }
                self.push_text(&html, RunKind::Text);
            }
            Event::SoftBreak => self.inline_text(" ", RunKind::Text),
            Event::HardBreak => self.inline_text("\n", RunKind::LineBreak),
            Event::Rule => {
                self.close_text();
                self.push_block(Block::Rule);
            }
            Event::FootnoteReference(label) => self.inline_text(&format!("[{label}]"), RunKind::Text),
            Event::TaskListMarker(done) => self.inline_text(if done { "[x] " } else { "[ ] " }, RunKind::Text),
        }
    }

    fn start(&mut self, tag: Tag<'_>) {
        match tag {
            Tag::Paragraph => self.open_text(TextRole::Paragraph),
            Tag::Heading { level, .. } => self.open_text(TextRole::Heading(heading_level(level))),
            Tag::CodeBlock(_) | Tag::HtmlBlock => self.open_text(TextRole::Preformatted),
            Tag::BlockQuote(_) => {
                self.close_text();
                self.stack.push(Container::Quote(Vec::new()));
            }
            Tag::List(start) => {
                self.close_text();
                self.stack.push(Container::List { start, items: Vec::new() });
            }
            Tag::Item => {
                self.close_text();
                self.stack.push(Container::Item(Vec::new()));
            }
            Tag::Emphasis => self.emphasis += 1,
            Tag::Strong => self.strong += 1,
            Tag::Strikethrough => self.strikethrough += 1,
            Tag::Link { dest_url, .. } => self.links.push(safe_link(&dest_url)),
            Tag::Image { .. } => self.image_depth += 1,
            // Tables, footnotes, definition lists and metadata are not enabled
            // in the parser options, so their content arrives as plain text.
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::CodeBlock | TagEnd::HtmlBlock => self.close_text(),
            TagEnd::BlockQuote(_) => {
                self.close_text();
                if let Some(Container::Quote(blocks)) = self.stack.pop() {
                    self.push_block(Block::Quote(blocks));
                }
            }
            TagEnd::List(_) => {
                self.close_text();
                if let Some(Container::List { start, items }) = self.stack.pop() {
                    self.push_block(Block::List { start, items });
                }
            }
            TagEnd::Item => {
                self.close_text();
                if let Some(Container::Item(blocks)) = self.stack.pop() {
                    if let Some(Container::List { items, .. }) = self.stack.last_mut() {
                        items.push(blocks);
                    }
                }
            }
            TagEnd::Emphasis => self.emphasis = self.emphasis.saturating_sub(1),
            TagEnd::Strong => self.strong = self.strong.saturating_sub(1),
            TagEnd::Strikethrough => self.strikethrough = self.strikethrough.saturating_sub(1),
            TagEnd::Link => {
                self.links.pop();
            }
            TagEnd::Image => self.image_depth = self.image_depth.saturating_sub(1),
            _ => {}
        }
    }

    /// Text inside a paragraph-like block; text outside one (a tight list
    /// item) opens an implicit paragraph.
    fn inline_text(&mut self, text: &str, kind: RunKind) {
        if self.current.is_none() {
            self.open_text(TextRole::Paragraph);
        }
        self.push_text(text, kind);
    }

    fn open_text(&mut self, role: TextRole) {
        self.close_text();
        if !self.text.is_empty() {
            self.text.push_str(BLOCK_SEPARATOR);
            self.char_len += BLOCK_SEPARATOR.len();
        }
        let at = self.char_len;
        self.holds_image_text = false;
        self.holds_other_text = false;
        self.current = Some(TextBlock { role, span: Span::new(at, at), runs: Vec::new() });
    }

    fn push_text(&mut self, text: &str, kind: RunKind) {
        let Some(block) = self.current.as_mut() else { return };
        if text.is_empty() {
            return;
        }
        if self.image_depth > 0 {
            self.holds_image_text = true;
        } else if !text.trim().is_empty() {
            self.holds_other_text = true;
        }
        let start = self.char_len;
        let len = text.chars().count();
        self.text.push_str(text);
        self.char_len += len;
        let run = Run {
            span: Span::new(start, start + len),
            kind,
            emphasis: self.emphasis > 0,
            strong: self.strong > 0,
            strikethrough: self.strikethrough > 0,
            link: self.links.last().cloned().flatten(),
        };
        match block.runs.last_mut() {
            Some(last) if last.span.end == start && same_style(last, &run) && run.kind == RunKind::Text => {
                last.span.end = run.span.end
            }
            _ => block.runs.push(run),
        }
        block.span.end = self.char_len;
    }

    fn close_text(&mut self) {
        let Some(mut block) = self.current.take() else { return };
        trim_block_end(&mut self.text, &mut self.char_len, &mut block);
        if block.runs.is_empty() {
            // Nothing visible: take back the separator written for it.
            if self.text.ends_with(BLOCK_SEPARATOR) {
                self.text.truncate(self.text.len() - BLOCK_SEPARATOR.len());
                self.char_len -= BLOCK_SEPARATOR.len();
            }
            return;
        }
        if block.role == TextRole::Paragraph && self.holds_image_text && !self.holds_other_text {
            block.role = TextRole::Caption;
        }
        self.push_block(Block::Text(block));
    }

    fn push_block(&mut self, block: Block) {
        match self.stack.last_mut() {
            Some(Container::Quote(blocks)) | Some(Container::Item(blocks)) => blocks.push(block),
            // Blocks directly in a list (loose items arrive inside Item).
            Some(Container::List { items, .. }) => items.push(vec![block]),
            None => self.top.push(block),
        }
    }

    fn finish(mut self) -> Document {
        self.close_text();
        while let Some(container) = self.stack.pop() {
            let block = match container {
                Container::Quote(blocks) | Container::Item(blocks) => Block::Quote(blocks),
                Container::List { start, items } => Block::List { start, items },
            };
            self.push_block(block);
        }
        Document { text: self.text, blocks: self.top }
    }
}

fn same_style(a: &Run, b: &Run) -> bool {
    a.kind == b.kind
        && a.emphasis == b.emphasis
        && a.strong == b.strong
        && a.strikethrough == b.strikethrough
        && a.link == b.link
}

/// Trailing whitespace (the newline that ends a code block, spaces before a
/// paragraph end) is not part of what the reader reads.
fn trim_block_end(text: &mut String, char_len: &mut usize, block: &mut TextBlock) {
    while let Some(last) = block.runs.last_mut() {
        let trailing = text.len() - text.trim_end().len();
        let trailing_chars = text[text.len() - trailing..].chars().count().min(last.span.len());
        if trailing_chars == 0 {
            break;
        }
        let keep_bytes = text.len() - text[..].chars().rev().take(trailing_chars).map(char::len_utf8).sum::<usize>();
        text.truncate(keep_bytes);
        *char_len -= trailing_chars;
        last.span.end -= trailing_chars;
        if last.span.is_empty() {
            block.runs.pop();
        }
    }
    block.span.end = *char_len;
}

fn heading_level(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

/// Only destinations that cannot run code or reach the machine's own files.
fn safe_link(dest: &str) -> Option<String> {
    let lower = dest.trim().to_ascii_lowercase();
    let safe = ["http://", "https://", "mailto:"].iter().any(|scheme| lower.starts_with(scheme));
    safe.then(|| dest.trim().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roles(document: &Document) -> Vec<TextRole> {
        document.text_blocks().iter().map(|b| b.role).collect()
    }

    #[test]
    fn rendered_text_is_what_a_reader_reads() {
        use TextRole::*;
        let table: [(&str, &str, &[TextRole]); 10] = [
            ("One.\n\nTwo.", "One.\n\nTwo.", &[Paragraph, Paragraph]),
            ("Soft\nbreak", "Soft break", &[Paragraph]),
            ("Hard  \nbreak", "Hard\nbreak", &[Paragraph]),
            ("## Sub\n\nText", "Sub\n\nText", &[Heading(2), Paragraph]),
            ("> Quoted *words*\n>\n> again", "Quoted words\n\nagain", &[Paragraph, Paragraph]),
            ("- one\n- two", "one\n\ntwo", &[Paragraph, Paragraph]),
            ("“Curly” — dashes -- and 'straight' quotes", "“Curly” — dashes -- and 'straight' quotes", &[Paragraph]),
            ("![FILE - A caption. (AP Photo)]()", "FILE - A caption. (AP Photo)", &[Caption]),
            ("Text with ![an image](x.png) inside", "Text with an image inside", &[Paragraph]),
            ("```\nlet x = 1;\n```", "let x = 1;", &[Preformatted]),
        ];
        for (markdown, text, want_roles) in table {
            let document = parse_markdown(None, markdown);
            assert_eq!(document.text, text, "{markdown:?}");
            assert_eq!(roles(&document), want_roles, "{markdown:?}");
        }
    }

    #[test]
    fn the_title_is_the_first_block() {
        let document = parse_markdown(Some("Headline"), "Body.");
        assert_eq!(document.text, "Headline\n\nBody.");
        assert_eq!(roles(&document), [TextRole::Title, TextRole::Paragraph]);
    }

    #[test]
    fn block_and_run_spans_point_at_their_text() {
        let document =
            parse_markdown(Some("Zelenskyy’s plea"), "Iran’s *mission* 🎉 to the [UN](https://un.org).\n\n> “Quote”");
        let chars: Vec<char> = document.text.chars().collect();
        let slice = |s: Span| chars[s.start..s.end].iter().collect::<String>();
        let blocks = document.text_blocks();
        assert_eq!(
            blocks.iter().map(|b| slice(b.span)).collect::<Vec<_>>(),
            ["Zelenskyy’s plea", "Iran’s mission 🎉 to the UN.", "“Quote”"]
        );
        for block in &blocks {
            let joined: String = block.runs.iter().map(|r| slice(r.span)).collect();
            assert_eq!(joined, slice(block.span));
        }
        let link = blocks[1].runs.iter().find(|r| r.link.is_some()).expect("a link run");
        assert_eq!((slice(link.span).as_str(), link.link.as_deref()), ("UN", Some("https://un.org")));
    }

    #[test]
    fn raw_html_stays_text_and_unsafe_links_are_dropped() {
        let hostile = "<script>alert('block')</script>\n\nA <img src=x onerror=alert(1)> tag and [a link](javascript:alert(2)) and [mail](MAILTO:a@b.c).";
        let document = parse_markdown(None, hostile);
        assert!(document.text.contains("<script>alert('block')</script>"), "{}", document.text);
        assert!(document.text.contains("<img src=x onerror=alert(1)>"));
        let runs: Vec<&Run> = document.text_blocks().iter().flat_map(|b| b.runs.iter()).collect();
        let links: Vec<&str> = runs.iter().filter_map(|r| r.link.as_deref()).collect();
        assert_eq!(links, ["MAILTO:a@b.c"]);
        assert_eq!(roles(&document)[0], TextRole::Preformatted);
    }

    #[test]
    fn empty_blocks_leave_no_stray_separators() {
        let document = parse_markdown(None, "---\n\n![]()\n\nText\n\n***");
        assert_eq!(document.text, "Text");
    }
}
