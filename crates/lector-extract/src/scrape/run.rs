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

/// A run and what it holds.
#[derive(Clone, Copy, Debug)]
struct Found {
    run: Run,
    words: usize,
    paragraphs: usize,
}

/// A widget inside an article ("Caption", "Buy Photo", "Advertisement",
/// "Continue reading the main story") can break a run; a neighbouring run
/// this close, with at least this many paragraphs, is the same article.
const MAX_BRIDGE: usize = 12;
const MIN_BRIDGED_PARAGRAPHS: usize = 2;

/// The article: the run with the most prose words, joined with close
/// neighbours that hold paragraphs of their own.
pub fn main_run(units: &[Unit], prose: &[bool]) -> Option<Run> {
    let runs = runs(units, prose);
    let best = (0..runs.len()).max_by_key(|&i| (runs[i].words, usize::MAX - i))?;
    let (mut first, mut last) = (best, best);
    let joins = |a: &Found, b: &Found| b.run.start - a.run.end <= MAX_BRIDGE + 1;
    while last + 1 < runs.len()
        && joins(&runs[last], &runs[last + 1])
        && runs[last + 1].paragraphs >= MIN_BRIDGED_PARAGRAPHS
    {
        last += 1;
    }
    while first > 0 && joins(&runs[first - 1], &runs[first]) && runs[first - 1].paragraphs >= MIN_BRIDGED_PARAGRAPHS {
        first -= 1;
    }
    Some(Run { start: runs[first].run.start, end: runs[last].run.end })
}

/// Every run of prose, in order.
fn runs(units: &[Unit], prose: &[bool]) -> Vec<Found> {
    let mut found = Vec::new();
    let mut current: Option<Found> = None;
    let mut gap = 0;
    for (index, unit) in units.iter().enumerate() {
        if prose[index] {
            let run = current.get_or_insert(Found { run: Run { start: index, end: index }, words: 0, paragraphs: 0 });
            run.run.end = index;
            run.words += words(&unit.text);
            run.paragraphs += 1;
            gap = 0;
        } else if words(&unit.text) <= MENU_WORDS && strip_bullet(&unit.text).len() == unit.text.len() {
            gap += 1;
            if gap > MAX_GAP {
                found.extend(current.take());
            }
        }
    }
    found.extend(current);
    found
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
            // A widget of short lines inside the article: still one article.
            (&[prose, prose, "Caption", "Buy Photo", "Share", "Tweet", "Email", "Print", prose, prose], Some((0, 9))),
            // A lone promotion far above, after a long menu: not the article.
            (&[promo, "A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", prose, prose], Some((14, 15))),
        ];
        for (lines, expected) in cases {
            let units: Vec<Unit> = lines.iter().map(|t| Unit { text: t.to_string(), line: 0 }).collect();
            let prose: Vec<bool> = units.iter().map(|u| is_prose(&u.text)).collect();
            assert_eq!(main_run(&units, &prose).map(|r| (r.start, r.end)), *expected, "{lines:?}");
        }
    }
}
