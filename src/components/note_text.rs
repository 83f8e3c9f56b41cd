//! A note as the reader sees it: its Markdown rendered into elements and text
//! nodes, never parsed as HTML. Raw HTML in a note (`<script>`, `<img
//! onerror>`) is shown as the characters it is; only http(s) and mailto links
//! survive; images are shown as their description and never loaded. This is
//! the article's own rendering path (`lector_article::parse_markdown`), so a
//! note gets the same guarantees as an article.

use lector_article::{parse_markdown, Block, Document, TextBlock, TextRole};
use lector_text::CharIndex;
use yew::prelude::*;

use crate::components::article_body::run_html;

#[derive(Properties, PartialEq)]
pub struct NoteTextProps {
    /// The note's Markdown source, as the reader typed it.
    pub note: AttrValue,
}

#[component(NoteText)]
pub fn note_text(props: &NoteTextProps) -> Html {
    let document = use_memo(props.note.clone(), |note| parse_markdown(None, note));
    let chars = CharIndex::new(&document.text);
    let ctx = NoteRender { document: &document, chars: &chars };
    html! { <div class="note-text">{ for document.blocks.iter().map(|b| ctx.block(b)) }</div> }
}

struct NoteRender<'a> {
    document: &'a Document,
    chars: &'a CharIndex,
}

impl NoteRender<'_> {
    fn block(&self, block: &Block) -> Html {
        match block {
            Block::Text(text) => self.text_block(text),
            Block::Quote(inner) => html! { <blockquote>{ for inner.iter().map(|b| self.block(b)) }</blockquote> },
            Block::List { start: Some(start), items } => html! {
                <ol start={start.to_string()}>{ for items.iter().map(|item| self.item(item)) }</ol>
            },
            Block::List { start: None, items } => html! { <ul>{ for items.iter().map(|item| self.item(item)) }</ul> },
            Block::Rule => html! { <hr /> },
        }
    }

    fn item(&self, blocks: &[Block]) -> Html {
        html! { <li>{ for blocks.iter().map(|b| self.block(b)) }</li> }
    }

    fn text_block(&self, block: &TextBlock) -> Html {
        let content: Html = block
            .runs
            .iter()
            .map(|run| {
                let start = self.chars.byte_of_char(run.span.start);
                let end = self.chars.byte_of_char(run.span.end);
                run_html(run, self.document.text.get(start..end).unwrap_or_default())
            })
            .collect();
        match block.role {
            // Headings inside a note stay inside the note: no new section of the page.
            TextRole::Title | TextRole::Heading(_) => {
                html! { <p class="note-heading"><strong>{ content }</strong></p> }
            }
            TextRole::Paragraph => html! { <p>{ content }</p> },
            TextRole::Caption => {
                html! { <p class="note-image" title="An image in the note (not loaded)">{ content }</p> }
            }
            TextRole::Preformatted => html! { <pre>{ content }</pre> },
        }
    }
}
