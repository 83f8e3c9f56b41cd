//! The furniture lexicon (`lexicons/boilerplate.txt`): which short lines of a
//! scrape are the site's, not the article's. Kept as data so that a new kind
//! of widget is one line to add, and read once.

use std::sync::OnceLock;

use crate::extracted::DropReason;

const LEXICON: &str = include_str!("../../lexicons/boilerplate.txt");

/// Prefix and substring rules only look at lines this short: a paragraph
/// that happens to mention cookies or "read more" is the article's.
const MAX_WORDS_FOR_PARTIAL: usize = 30;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Match {
    Line,
    Prefix,
    Contains,
}

struct Rule {
    reason: DropReason,
    how: Match,
    phrase: String,
}

fn rules() -> &'static [Rule] {
    static RULES: OnceLock<Vec<Rule>> = OnceLock::new();
    RULES.get_or_init(|| LEXICON.lines().filter_map(parse_rule).collect())
}

fn parse_rule(line: &str) -> Option<Rule> {
    let line = line.trim();
    if line.is_empty() || line.starts_with('#') {
        return None;
    }
    let mut parts = line.splitn(3, ' ');
    let (reason, how, phrase) = (parts.next()?, parts.next()?, parts.next()?);
    let reason = match reason {
        "navigation" => DropReason::Navigation,
        "share" => DropReason::Share,
        "read_more" => DropReason::ReadMore,
        "reading_time" => DropReason::ReadingTime,
        "other_stories" => DropReason::OtherStories,
        "comments" => DropReason::Comments,
        "promotion" => DropReason::Promotion,
        _ => panic!("boilerplate.txt: unknown reason in '{line}'"),
    };
    let how = match how {
        "line" => Match::Line,
        "prefix" => Match::Prefix,
        "contains" => Match::Contains,
        _ => panic!("boilerplate.txt: unknown match in '{line}'"),
    };
    Some(Rule { reason, how, phrase: fold(phrase) })
}

/// Lower case, punctuation to spaces, bare numbers removed, single spaces.
pub fn fold(text: &str) -> String {
    let lowered: String =
        text.chars().map(|c| if c.is_alphanumeric() { c.to_lowercase().next().unwrap_or(c) } else { ' ' }).collect();
    let words: Vec<&str> = lowered.split_whitespace().filter(|w| !w.chars().all(|c| c.is_ascii_digit())).collect();
    words.join(" ")
}

/// The reason a line is page furniture, if it is.
pub fn furniture(line: &str) -> Option<DropReason> {
    let folded = fold(line);
    if folded.is_empty() {
        return None;
    }
    let short = folded.split(' ').count() <= MAX_WORDS_FOR_PARTIAL;
    let padded = format!(" {folded} ");
    rules()
        .iter()
        .find(|rule| match rule.how {
            Match::Line => folded == rule.phrase,
            Match::Prefix => short && (folded == rule.phrase || folded.starts_with(&format!("{} ", rule.phrase))),
            Match::Contains => short && padded.contains(&format!(" {} ", rule.phrase)),
        })
        .map(|rule| rule.reason)
}

/// Whether everything after a line of this kind is furniture too: lists of
/// other stories and comment sections close a page.
pub fn ends_article(reason: DropReason) -> bool {
    matches!(reason, DropReason::OtherStories | DropReason::Comments | DropReason::AppendedStory)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_parse_and_match_in_any_case() {
        assert!(rules().len() > 50);
        for rule in rules() {
            assert!(!rule.phrase.is_empty());
            assert_eq!(furniture(&rule.phrase), furniture(&rule.phrase.to_uppercase()));
        }
    }
}
