//! Writing an article file (front matter and Markdown, the samples' format)
//! from blocks of plain text, so that the reader shows exactly the words the
//! page had: every character Markdown would read as markup is escaped.

use lector_article::IsoDate;

/// A block of the article body, as the preview kept it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Paragraph,
    Heading(u8),
    Quote,
    ListItem,
    Caption,
}

impl Kind {
    /// The importer's names (`own::extraction`); anything else is a paragraph.
    pub fn from_name(name: &str, level: u8) -> Kind {
        match name {
            "heading" => Kind::Heading(level.clamp(2, 6)),
            "quote" => Kind::Quote,
            "list_item" => Kind::ListItem,
            "caption" => Kind::Caption,
            _ => Kind::Paragraph,
        }
    }
}

/// What the front matter says. Only what the page stated or the reader typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Front {
    pub title: String,
    pub outlet: Option<String>,
    pub author: Option<String>,
    pub date: Option<IsoDate>,
    /// The page's address, when it states one.
    pub source: Option<String>,
}

/// The article file.
pub fn article_file(front: &Front, blocks: &[(Kind, &str)]) -> String {
    let mut out = String::from("---\n");
    let mut field = |key: &str, value: &str| {
        // Quoted always: the front matter strips one pair of quotes, so any
        // value (even one starting with a quote or holding a colon) survives.
        out.push_str(&format!("{key}: \"{}\"\n", one_line(value)));
    };
    field("title", &front.title);
    if let Some(outlet) = &front.outlet {
        field("outlet", outlet);
    }
    if let Some(author) = &front.author {
        field("author", author);
    }
    if let Some(source) = &front.source {
        field("source", source);
    }
    if let Some(date) = front.date {
        out.push_str(&format!("date: {date}\n"));
    }
    out.push_str("---\n");
    for (kind, text) in blocks {
        let text = escape(&one_line(text));
        if text.is_empty() {
            continue;
        }
        out.push('\n');
        match kind {
            Kind::Heading(level) => out.push_str(&format!("{} {text}", "#".repeat(usize::from(*level)))),
            Kind::Quote => out.push_str(&format!("> {text}")),
            Kind::ListItem => out.push_str(&format!("- {text}")),
            // The reader shows a picture as its caption and never loads it.
            Kind::Caption => out.push_str(&format!("![{text}]()")),
            Kind::Paragraph => out.push_str(&text),
        }
        out.push('\n');
    }
    out
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Escapes what CommonMark would read as markup: inline markers anywhere,
/// block markers at the start, entities and raw HTML.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '&' | '~') {
            out.push('\\');
        }
        out.push(c);
    }
    let first = out.chars().next();
    if matches!(first, Some('#' | '+' | '-' | '=' | '>')) {
        out.insert(0, '\\');
    }
    // "1. " or "2) " would start an ordered list.
    let digits = out.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && matches!(out[digits..].chars().next(), Some('.' | ')')) {
        out.insert(digits, '\\');
    }
    out
}
