//! The document model between Markdown and the screen.
//!
//! Markdown is parsed once into blocks whose text lives in one string, the
//! *rendered text*; blocks and inline runs point into it with character spans.
//! Renderers walk the blocks; analyzers and annotation anchors see only the
//! text. Keeping both views in one structure is what makes a highlight found
//! by an analyzer land on exactly the characters the reader sees.

use lector_text::Span;

/// Separates leaf blocks in the rendered text: a paragraph break.
pub const BLOCK_SEPARATOR: &str = "\n\n";

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Document {
    /// The rendered text: leaf blocks' text joined by [`BLOCK_SEPARATOR`].
    pub text: String,
    pub blocks: Vec<Block>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    Text(TextBlock),
    Quote(Vec<Block>),
    /// `start` is the first number of an ordered list, `None` for bullets.
    List {
        start: Option<u64>,
        items: Vec<Vec<Block>>,
    },
    Rule,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextRole {
    /// The article's headline (from the front matter), always the first block.
    Title,
    Heading(u8),
    Paragraph,
    /// A photo caption: Markdown `![caption](...)` alone in a paragraph. The
    /// reader never loads remote images (no request leaves the machine), so a
    /// picture is shown as its caption.
    Caption,
    /// Preformatted text: code blocks, and raw HTML shown as the text it is.
    Preformatted,
}

/// A block of text the reader can select and the analyzers read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TextBlock {
    pub role: TextRole,
    /// Where the block's text sits in [`Document::text`].
    pub span: Span,
    /// Consecutive, non-overlapping pieces covering `span` exactly.
    pub runs: Vec<Run>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Run {
    pub span: Span,
    pub kind: RunKind,
    pub emphasis: bool,
    pub strong: bool,
    pub strikethrough: bool,
    /// Only `http`, `https` and `mailto` destinations survive parsing.
    pub link: Option<String>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum RunKind {
    #[default]
    Text,
    /// Inline code, or inline HTML shown literally.
    Code,
    /// A hard line break; its text is "\n".
    LineBreak,
}

impl Document {
    /// Every text block in reading order, however deeply nested.
    pub fn text_blocks(&self) -> Vec<&TextBlock> {
        fn walk<'a>(blocks: &'a [Block], out: &mut Vec<&'a TextBlock>) {
            for block in blocks {
                match block {
                    Block::Text(text) => out.push(text),
                    Block::Quote(inner) => walk(inner, out),
                    Block::List { items, .. } => items.iter().for_each(|item| walk(item, out)),
                    Block::Rule => {}
                }
            }
        }
        let mut out = Vec::new();
        walk(&self.blocks, &mut out);
        out
    }

    /// Number of characters in the rendered text.
    pub fn char_len(&self) -> usize {
        self.text.chars().count()
    }
}
