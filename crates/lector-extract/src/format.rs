//! Which reader a file goes to. The file name decides when it says; otherwise
//! the first bytes do, because pasted text and stdin have no name.

/// The kinds of file Lector imports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// A saved web page.
    Html,
    /// Text copied or scraped from a page: one block per line.
    Text,
    /// Markdown, plain or with Lector's front matter.
    Markdown,
}

impl Format {
    /// The format a file name's extension names, if any.
    pub fn from_name(name: &str) -> Option<Format> {
        let extension = name.rsplit_once('.')?.1.to_ascii_lowercase();
        match extension.as_str() {
            "html" | "htm" | "xhtml" | "shtml" => Some(Format::Html),
            "txt" | "text" => Some(Format::Text),
            "md" | "markdown" => Some(Format::Markdown),
            _ => None,
        }
    }

    /// Guesses from the content: markup near the start means HTML, a `---`
    /// line opening front matter means Markdown, anything else is a scrape.
    pub fn sniff(bytes: &[u8]) -> Format {
        let head = &bytes[..bytes.len().min(2048)];
        let head = String::from_utf8_lossy(head);
        let start = head.trim_start_matches('\u{feff}').trim_start();
        let lower = start.to_ascii_lowercase();
        const MARKUP: [&str; 6] = ["<!doctype html", "<html", "<head", "<body", "<meta", "<?xml"];
        if MARKUP.iter().any(|m| lower.starts_with(m))
            || (lower.starts_with("<!--") && lower.contains("<html"))
            || lower.contains("<html")
        {
            return Format::Html;
        }
        if start.starts_with("---\n") || start.starts_with("---\r\n") {
            return Format::Markdown;
        }
        Format::Text
    }

    /// The extension when it names a format, else what the content looks like.
    pub fn detect(name: Option<&str>, bytes: &[u8]) -> Format {
        name.and_then(Format::from_name).unwrap_or_else(|| Format::sniff(bytes))
    }
}
