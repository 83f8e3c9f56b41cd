//! Plain-text scrapes: the lines copied or scraped from a news page, with the
//! site's furniture around the article. The judgement, in order:
//!
//! 1. The article starts at its first line of prose (a sentence of some
//!    length ending like one). What comes before is the masthead: the
//!    headline (the most substantial line there that is not prose, the one a
//!    scrape repeats), the byline and the timestamp become metadata; the
//!    rest is navigation.
//! 2. From there every line is kept, verbatim, except: lines of furniture
//!    (`lexicons/boilerplate.txt`: share and "Read more" lines, cookie and
//!    subscription prompts), repeats of an earlier line or of the headline
//!    (doubled captions), and a syndication footer (which names the outlet).
//! 3. A list of other stories, a comment section, or a second dateline (an
//!    unrelated story appended to the page) ends the article: everything
//!    after it is dropped.

mod boilerplate;
mod lines;
mod masthead;
mod shapes;

use std::collections::HashSet;

use crate::error::ExtractError;
use crate::extracted::{squash, Block, BlockKind, DropReason, Dropped, Extracted};
use boilerplate::ends_article;
pub use boilerplate::furniture;
use lines::{units, Unit};
use shapes::{block_kind, dateline_agency, is_dateline, is_prose, syndication_outlet};

/// How many paragraphs an article must have before a new dateline can start
/// another story (a short article quoting a dateline is not two stories).
const PARAGRAPHS_BEFORE_NEW_STORY: usize = 3;

pub fn extract_scrape(text: &str) -> Result<Extracted, ExtractError> {
    let units = units(text);
    let body_start = units
        .iter()
        .position(|u| is_prose(&u.text) && furniture(&u.text).is_none() && !masthead::is_timestamp(&u.text));
    let Some(body_start) = body_start else {
        return Err(ExtractError::NoArticleText);
    };
    let mut out = Extracted::default();
    masthead::read(&units[..body_start], &mut out);
    read_body(&units[body_start..], &mut out);
    if !out.blocks.iter().any(|b| is_prose(&b.text)) {
        return Err(ExtractError::NoArticleText);
    }
    Ok(out)
}

fn read_body(units: &[Unit], out: &mut Extracted) {
    let title = out.title.as_deref().map(squash);
    let mut seen: HashSet<String> = HashSet::new();
    let mut paragraphs = 0;
    let mut closed: Option<DropReason> = None;
    for (index, unit) in units.iter().enumerate() {
        let text = squash(&unit.text);
        if let Some(reason) = closed {
            out.dropped.push(Dropped { text, reason });
            continue;
        }
        if index == 0 && out.outlet.is_none() {
            out.outlet = dateline_agency(&text);
        }
        let reason = if title.as_deref() == Some(text.as_str()) {
            Some(DropReason::Headline)
        } else if seen.contains(&text) {
            Some(DropReason::Repeated)
        } else if paragraphs >= PARAGRAPHS_BEFORE_NEW_STORY && is_dateline(&text) {
            Some(DropReason::AppendedStory)
        } else if let Some(outlet) = syndication_outlet(&text) {
            out.outlet.get_or_insert(outlet);
            Some(DropReason::Syndication)
        } else {
            furniture(&text)
        };
        match reason {
            Some(reason) => {
                if ends_article(reason) {
                    closed = Some(reason);
                }
                out.dropped.push(Dropped { text, reason });
            }
            None => {
                paragraphs += usize::from(is_prose(&text));
                let next = units.get(index + 1).map(|u| u.text.as_str());
                let kind = block_kind(&text, next);
                let text = if kind == BlockKind::ListItem { shapes::strip_bullet(&text).to_string() } else { text };
                seen.insert(squash(&unit.text));
                out.blocks.push(Block { kind, text });
            }
        }
    }
}
