//! Markdown files: Lector's own article format (front matter, then the body)
//! or plain Markdown, whose level-1 heading, when it opens the file, is the
//! headline. Nothing is dropped: Markdown is already the words someone chose.

use lector_article::{parse_markdown, Article, Block as MdBlock, TextRole};
use lector_text::CharIndex;

use crate::error::ExtractError;
use crate::extracted::{Block, BlockKind, Extracted};

pub fn extract_markdown(source: &str) -> Result<Extracted, ExtractError> {
    let trimmed = source.trim_start_matches('\u{feff}');
    let mut out = Extracted::default();
    let document = if trimmed.starts_with("---") {
        let article = Article::parse("import", trimmed).map_err(|e| match e {
            lector_article::ArticleError::FrontMatter { error, .. } => ExtractError::FrontMatter(error.to_string()),
            other => ExtractError::FrontMatter(other.to_string()),
        })?;
        out.title = Some(article.meta.title);
        out.byline = article.meta.author;
        out.outlet = article.meta.outlet;
        out.published = article.meta.date;
        article.document
    } else {
        parse_markdown(None, trimmed)
    };
    let index = CharIndex::new(&document.text);
    let text_of = |span: lector_text::Span| -> String {
        document.text[index.byte_of_char(span.start)..index.byte_of_char(span.end)].to_string()
    };
    collect(&document.blocks, None, &text_of, &mut out.blocks);
    if out.title.is_none() {
        if let Some(first) = out.blocks.first().filter(|b| b.kind == BlockKind::Heading(1)) {
            out.title = Some(first.text.clone());
            out.blocks.remove(0);
        }
    }
    if out.blocks.is_empty() {
        return Err(ExtractError::NoArticleText);
    }
    Ok(out)
}

fn collect(
    blocks: &[MdBlock],
    container: Option<BlockKind>,
    text_of: &dyn Fn(lector_text::Span) -> String,
    out: &mut Vec<Block>,
) {
    for block in blocks {
        match block {
            MdBlock::Text(text) => {
                let kind = match text.role {
                    TextRole::Title => continue,
                    TextRole::Heading(level) => BlockKind::Heading(level),
                    TextRole::Caption => BlockKind::Caption,
                    TextRole::Preformatted => BlockKind::Preformatted,
                    TextRole::Paragraph => container.unwrap_or(BlockKind::Paragraph),
                };
                out.push(Block { kind, text: text_of(text.span) });
            }
            MdBlock::Quote(inner) => collect(inner, Some(BlockKind::Quote), text_of, out),
            MdBlock::List { items, .. } => {
                for item in items {
                    collect(item, Some(BlockKind::ListItem), text_of, out);
                }
            }
            MdBlock::Rule => {}
        }
    }
}
