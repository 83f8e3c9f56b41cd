//! Where the article lies in a scrape: the longest run of prose. A page's
//! text copied whole (Ctrl+A, Ctrl+C) holds menus, teasers and promotions
//! before the article, some of them a sentence long; the article is the
//! stretch where prose follows prose, with at most a few short lines
//! (subheadings, "Read more" links, captions) between paragraphs.

use super::lines::Unit;
use super::shapes::{strip_bullet, words};

/// More menu-like lines than this in a row end a run of prose (a menu, a
/// list of links).
const MAX_GAP: usize = 4;
/// Lines of at most this many words are menu-like; longer lines that are not
/// prose (subheadings, code, table rows, list items) do not break a run.
const MENU_WORDS: usize = 4;

/// The article's stretch of units: from its first to its last prose unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Run {
    pub start: usize,
    pub end: usize,
}

/// The run with the most prose words, given which units are prose.
pub fn main_run(units: &[Unit], prose: &[bool]) -> Option<Run> {
    let mut best: Option<(Run, usize)> = None;
    let mut current: Option<(Run, usize)> = None;
    let mut gap = 0;
    for (index, unit) in units.iter().enumerate() {
        if prose[index] {
            let (run, size) = current.get_or_insert((Run { start: index, end: index }, 0));
            run.end = index;
            *size += words(&unit.text);
            gap = 0;
        } else if words(&unit.text) <= MENU_WORDS && strip_bullet(&unit.text).len() == unit.text.len() {
            gap += 1;
            if gap > MAX_GAP {
                if let Some(done) = current.take() {
                    best = Some(best.filter(|b| b.1 >= done.1).unwrap_or(done));
                }
            }
        }
    }
    if let Some(done) = current {
        best = Some(best.filter(|b| b.1 >= done.1).unwrap_or(done));
    }
    best.map(|(run, _)| run)
}

#[cfg(test)]
mod tests {
    use super::super::shapes::is_prose;
    use super::*;

    #[test]
    fn the_longest_run_of_prose_wins() {
        let prose = "A sentence of article prose that goes on for a while.";
        let promo = "Our newsletter brings you the best stories every single morning.";
        type Case<'a> = (&'a [&'a str], Option<(usize, usize)>);
        let cases: &[Case] = &[
            (&[prose, prose, prose], Some((0, 2))),
            // A promotional sentence in the menu, then a menu, then the article.
            (&[promo, "Home", "World", "Sport", "Opinion", "Culture", prose, prose], Some((6, 7))),
            // A short list inside the article does not split it.
            (&[prose, "• one", "• two", "• three", "• four", "• five", prose], Some((0, 6))),
            // Subheadings and a link between paragraphs do not split it either.
            (&[prose, "The vote", prose, "Read more: elsewhere", "What next", prose], Some((0, 5))),
            (&["Home", "World"], None),
        ];
        for (lines, expected) in cases {
            let units: Vec<Unit> = lines.iter().map(|t| Unit { text: t.to_string(), line: 0 }).collect();
            let prose: Vec<bool> = units.iter().map(|u| is_prose(&u.text)).collect();
            assert_eq!(main_run(&units, &prose).map(|r| (r.start, r.end)), *expected, "{lines:?}");
        }
    }
}
