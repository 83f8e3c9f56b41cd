use std::fmt;

/// Why a file gave no article. Each message says what to do about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExtractError {
    TooLarge {
        bytes: usize,
        limit: usize,
    },
    Binary,
    /// The bytes are not text in the encoding the page declares (or, with no
    /// declaration, in UTF-8 or Windows-1252).
    Undecodable {
        encoding: String,
    },
    /// The declared encoding is not one browsers know.
    UnknownEncoding {
        label: String,
    },
    NoArticleText,
    /// More elements than a news page ever has.
    TooComplex {
        elements: usize,
    },
    /// A Markdown file whose front matter Lector cannot read.
    FrontMatter(String),
}

impl fmt::Display for ExtractError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ExtractError::TooLarge { bytes, limit } => write!(
                f,
                "the file is {:.1} MB; pages over {} MB are refused (save the page as \"HTML only\", without images, or copy the article's text)",
                *bytes as f64 / 1e6,
                limit / 1_000_000
            ),
            ExtractError::Binary => write!(
                f,
                "this is not a web page or a text file (it holds binary data): choose a saved .html page, a .txt or a .md file"
            ),
            ExtractError::Undecodable { encoding } => write!(
                f,
                "the text is not valid {encoding}: the page declares a wrong encoding or the file is damaged; save the page again from the browser"
            ),
            ExtractError::UnknownEncoding { label } => write!(
                f,
                "the page declares the encoding '{label}', which is not a known web encoding; save the page again as UTF-8"
            ),
            ExtractError::NoArticleText => write!(
                f,
                "no article text was found: the file holds no paragraphs of prose (is it a front page, a list or an empty page?)"
            ),
            ExtractError::TooComplex { elements } => write!(
                f,
                "the page has {elements} elements, far more than an article page; save just the article page, or copy its text"
            ),
            ExtractError::FrontMatter(message) => write!(f, "the Markdown front matter is not readable: {message}"),
        }
    }
}

impl std::error::Error for ExtractError {}
