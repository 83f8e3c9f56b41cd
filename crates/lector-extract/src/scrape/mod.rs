//! Plain-text scrapes: the lines copied or scraped from a news page, with the
//! site's furniture around the article. The judgement, in order:
//!
//! 1. The article is the longest run of prose lines (sentences of some
//!    length ending like one; `run.rs`). The lines just before it are the
//!    masthead: the headline (the most substantial line there that is not
//!    prose, the one a scrape repeats), the byline and the timestamp become
//!    metadata; the rest, and everything further up, is navigation.
//! 2. From there every line is kept, verbatim, except: lines of furniture
//!    (`lexicons/boilerplate.txt`: share and "Read more" lines, cookie and
//!    subscription prompts), repeats of an earlier line or of the headline
//!    (doubled captions), and a syndication footer (which names the outlet).
//! 3. A list of other stories, a comment section, or a second dateline (an
//!    unrelated story appended to the page) ends the article: everything
//!    after it is dropped; so is what follows the run of prose, past a
//!    couple of closing lines (a credit, a tagline).

mod boilerplate;
mod lines;
mod masthead;
mod run;
mod shapes;

use std::collections::HashSet;

use crate::error::ExtractError;
use crate::extracted::{squash, Block, BlockKind, DropReason, Dropped, Extracted};
use boilerplate::ends_article;
pub use boilerplate::furniture;
use lines::{units, Unit};
use shapes::{block_kind, dateline_agency, is_credit, is_dateline, is_prose, syndication_outlet};

/// How many paragraphs an article must have before a new dateline can start
/// another story (a short article quoting a dateline is not two stories), or
/// a comment count or "Related" line can end it.
const PARAGRAPHS_BEFORE_NEW_STORY: usize = 3;
/// How far above the article the headline, byline and timestamp are looked
/// for; a page's menus further up are navigation.
const MASTHEAD_UNITS: usize = 12;
/// Credit lines kept after the last paragraph of the run ("Source: AP",
/// "Reporting by …; Editing by …") before the page's own text begins.
const CLOSING_UNITS: usize = 2;

pub fn extract_scrape(text: &str) -> Result<Extracted, ExtractError> {
    let units = units(text);
    let prose: Vec<bool> = units
        .iter()
        .map(|u| is_prose(&u.text) && furniture(&u.text).is_none() && !masthead::is_timestamp(&u.text))
        .collect();
    let Some(run) = run::main_run(&units, &prose) else {
        return Err(ExtractError::NoArticleText);
    };
    let masthead_start = run.start.saturating_sub(MASTHEAD_UNITS);
    let mut out = Extracted::default();
    for unit in &units[..masthead_start] {
        let text = squash(&unit.text);
        let reason = furniture(&text).unwrap_or(DropReason::Navigation);
        out.dropped.push(Dropped { text, reason, at: out.blocks.len() });
    }
    masthead::read(&units[masthead_start..run.start], &mut out);
    read_body(&units[run.start..], run.end - run.start, &mut out);
    if !out.blocks.iter().any(|b| is_prose(&b.text)) {
        return Err(ExtractError::NoArticleText);
    }
    Ok(out)
}

/// Reads the article from its first paragraph on; `last` is the index of
/// the run's last paragraph.
fn read_body(units: &[Unit], last: usize, out: &mut Extracted) {
    let title = out.title.as_deref().map(squash);
    let mut seen: HashSet<String> = HashSet::new();
    let mut paragraphs = 0;
    let mut closed: Option<DropReason> = None;
    for (index, unit) in units.iter().enumerate() {
        let text = squash(&unit.text);
        if closed.is_none() && index > last && (index > last + CLOSING_UNITS || !is_credit(&text)) {
            closed = Some(DropReason::OutsideArticle);
        }
        if let Some(reason) = closed {
            // Past the article, a line of known furniture says what it is.
            let reason = match reason {
                DropReason::OutsideArticle => furniture(&text).unwrap_or(reason),
                _ => reason,
            };
            out.dropped.push(Dropped { text, reason, at: out.blocks.len() });
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
                // "2 comments" or "Related" beside the headline is a link,
                // not the end of the article.
                if ends_article(reason) && paragraphs >= PARAGRAPHS_BEFORE_NEW_STORY {
                    closed = Some(reason);
                }
                out.dropped.push(Dropped { text, reason, at: out.blocks.len() });
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
