//! What extraction produces: the article's blocks in reading order, the
//! metadata the page states, and every block left out with the reason, so a
//! reader can check the judgement and take a block back.

use std::fmt;

use lector_article::IsoDate;

/// Separates blocks in [`Extracted::text`], as in the reader's rendered text.
pub const BLOCK_SEPARATOR: &str = "\n\n";

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Extracted {
    /// The headline, as the page states it.
    pub title: Option<String>,
    pub byline: Option<String>,
    pub outlet: Option<String>,
    pub published: Option<IsoDate>,
    /// The page's own address, as its canonical link (or `og:url`) states
    /// it: what exports name the article by.
    pub url: Option<String>,
    /// The article body, without the headline.
    pub blocks: Vec<Block>,
    pub dropped: Vec<Dropped>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    pub kind: BlockKind,
    /// The block's words as the page has them; whitespace runs collapsed.
    pub text: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    Paragraph,
    /// A subheading inside the article (level 2–6 in HTML terms).
    Heading(u8),
    Quote,
    ListItem,
    /// A photo caption: the reader shows captions, never remote images.
    Caption,
    Preformatted,
}

/// A block of the page that is not part of the article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dropped {
    pub text: String,
    pub reason: DropReason,
    /// Where it stood: the number of kept blocks before it on the page, so a
    /// preview can show it in place and a block taken back returns there.
    pub at: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DropReason {
    /// Site navigation, skip links, section labels, address blocks.
    Navigation,
    /// The headline again (it is the title, shown once).
    Headline,
    /// A block that already appeared (photo captions are often doubled).
    Repeated,
    /// The line that gave the publication date.
    Timestamp,
    /// The line that gave the byline.
    Byline,
    /// "3 min read" and similar page furniture.
    ReadingTime,
    /// Share and follow buttons.
    Share,
    /// A "Read more: …" or "See also" link to another story.
    ReadMore,
    /// "Recommended", "Most read", "Related" lists of other stories.
    OtherStories,
    /// Comment counts, rating and comment forms.
    Comments,
    /// Cookie notices, subscription and newsletter prompts, advertising.
    Promotion,
    /// A syndication or "originally published" footer (it gave the outlet).
    Syndication,
    /// Another story that follows the article on the same page.
    AppendedStory,
    /// Page text outside the article body: around the part of an HTML page
    /// the extractor chose, or after a scrape's run of prose.
    OutsideArticle,
}

impl DropReason {
    /// A stable name for scripts (`lector extract` prints it).
    pub fn code(self) -> &'static str {
        match self {
            DropReason::Navigation => "navigation",
            DropReason::Headline => "headline",
            DropReason::Repeated => "repeated",
            DropReason::Timestamp => "timestamp",
            DropReason::Byline => "byline",
            DropReason::ReadingTime => "reading_time",
            DropReason::Share => "share",
            DropReason::ReadMore => "read_more",
            DropReason::OtherStories => "other_stories",
            DropReason::Comments => "comments",
            DropReason::Promotion => "promotion",
            DropReason::Syndication => "syndication",
            DropReason::AppendedStory => "appended_story",
            DropReason::OutsideArticle => "outside_article",
        }
    }
}

impl fmt::Display for DropReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            DropReason::Navigation => "site navigation or page chrome",
            DropReason::Headline => "the headline again",
            DropReason::Repeated => "a repeat of an earlier block",
            DropReason::Timestamp => "the timestamp line (it gave the date)",
            DropReason::Byline => "the byline (it gave the author)",
            DropReason::ReadingTime => "a reading-time label",
            DropReason::Share => "share or follow buttons",
            DropReason::ReadMore => "a link to another story",
            DropReason::OtherStories => "a list of other stories",
            DropReason::Comments => "the comment section",
            DropReason::Promotion => "a cookie, subscription or advertising notice",
            DropReason::Syndication => "a syndication footer (it gave the outlet)",
            DropReason::AppendedStory => "another story appended after the article",
            DropReason::OutsideArticle => "page text outside the article",
        })
    }
}

impl Extracted {
    /// The article body as the reader shows it below the headline.
    pub fn text(&self) -> String {
        let texts: Vec<&str> = self.blocks.iter().map(|b| b.text.as_str()).collect();
        texts.join(BLOCK_SEPARATOR)
    }
}

/// Collapses whitespace runs to one space (a line break inside a block is
/// layout, not words) and trims.
pub fn squash(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}
