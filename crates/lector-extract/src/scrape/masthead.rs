//! The lines above a scrape's first paragraph: headline, byline, timestamp,
//! and the site's navigation around them.

use super::boilerplate::furniture;
use super::lines::Unit;
use super::shapes::{byline, is_headline_like, words};
use crate::date::find_date;
use crate::extracted::{squash, DropReason, Dropped, Extracted};

/// A timestamp line holds a date and at most this many other words
/// ("2024-09-08 03:34 Last Updated At:03:40", "Published March 3, 2024").
const MAX_TIMESTAMP_WORDS: usize = 6;
/// Words allowed before a date that prefixes a headline ("date", "Updated").
const MAX_DATE_LABEL_WORDS: usize = 1;
/// A dated line is a headline, not a timestamp, when this many words follow
/// the date ("Last Updated At:03:40" is a label).
const MIN_DATED_HEADLINE_WORDS: usize = 4;

/// What one masthead line is.
enum Role {
    Furniture(DropReason),
    Timestamp,
    /// A headline candidate: the headline text, and a date stated before it.
    Headline(String, Option<lector_article::IsoDate>),
    Other,
}

pub fn read(units: &[Unit], out: &mut Extracted) {
    let roles: Vec<Role> = units.iter().map(|u| role(&squash(&u.text))).collect();
    // The headline is the most substantial headline-like line: navigation
    // labels and addresses are shorter, and a scrape often repeats it.
    let mut title_at = None;
    for (index, role) in roles.iter().enumerate() {
        if let Role::Headline(text, _) = role {
            let best = title_at.and_then(|i: usize| match &roles[i] {
                Role::Headline(t, _) => Some(words(t)),
                _ => None,
            });
            if best.is_none_or(|b| words(text) > b) {
                title_at = Some(index);
            }
        }
    }
    if let Some(Role::Headline(title, date)) = title_at.map(|i| &roles[i]) {
        out.title = Some(title.clone());
        if date.is_some() {
            out.published = *date;
        }
    }
    for (index, (unit, role)) in units.iter().zip(&roles).enumerate() {
        if Some(index) == title_at {
            continue;
        }
        let text = squash(&unit.text);
        let reason = match role {
            Role::Furniture(reason) => *reason,
            Role::Timestamp => {
                if out.published.is_none() {
                    out.published = find_date(&text).map(|(date, _)| date);
                }
                DropReason::Timestamp
            }
            _ if out.title.as_deref() == Some(text.as_str()) => DropReason::Headline,
            _ if title_at.is_some_and(|t| index > t) && out.byline.is_none() && byline(&text).is_some() => {
                out.byline = byline(&text).map(str::to_string);
                DropReason::Byline
            }
            _ => DropReason::Navigation,
        };
        out.dropped.push(Dropped { text, reason, at: out.blocks.len() });
    }
}

/// A line that states when the article was published and little else.
pub fn is_timestamp(text: &str) -> bool {
    matches!(role(text), Role::Timestamp)
}

fn role(text: &str) -> Role {
    if let Some(reason) = furniture(text) {
        return Role::Furniture(reason);
    }
    if let Some((date, range)) = find_date(text) {
        let label = &text[..range.start];
        let rest = skip_time(&text[range.end..]);
        let headline_follows = words(rest) >= MIN_DATED_HEADLINE_WORDS && is_headline_like(rest);
        if words(label) <= MAX_DATE_LABEL_WORDS && headline_follows {
            return Role::Headline(rest.to_string(), Some(date));
        }
        if words(label) + words(rest) <= MAX_TIMESTAMP_WORDS {
            return Role::Timestamp;
        }
    }
    if is_headline_like(text) {
        return Role::Headline(text.to_string(), None);
    }
    Role::Other
}

/// The text after a date, past a clock time ("03:34", "3:34 p.m.", "T03:34Z").
fn skip_time(rest: &str) -> &str {
    let rest = rest.trim_start_matches([',', ' ', 'T']);
    let clock = rest.find(|c: char| !(c.is_ascii_digit() || c == ':')).unwrap_or(rest.len());
    if clock == 0 || !rest[..clock].contains(':') {
        return rest.trim();
    }
    let rest = rest[clock..].trim_start();
    let rest = ["a.m.", "p.m.", "am", "pm", "AM", "PM", "GMT", "UTC", "ET", "Z"]
        .iter()
        .find_map(|s| rest.strip_prefix(s))
        .unwrap_or(rest);
    rest.trim()
}
