//! The library as related stories: which pairs of articles are worth
//! aligning sentence by sentence (the closest by fingerprint), how much
//! each pair shares, the "Compare with…" ranking and the "same story"
//! grouping, all read from the comparisons the library state keeps.

use std::collections::BTreeMap;
use std::rc::Rc;

use lector_compare::{rank, Comparison, Fingerprint};

use super::analysed::Analysed;
use super::compared::REUSES;
use crate::state::library::Entry;

/// Articles aligned with each article: its closest by fingerprint. Ten
/// keeps a 500-article library's ranking within the crate's measured time.
pub const CANDIDATES: usize = 10;

/// Comparisons of library articles, keyed by the pair's ids in order; the
/// comparison has the first id as A.
pub type Comparisons = BTreeMap<(String, String), Rc<Comparison>>;

pub fn key(a: &str, b: &str) -> (String, String) {
    if a <= b {
        (a.to_owned(), b.to_owned())
    } else {
        (b.to_owned(), a.to_owned())
    }
}

/// Pairs to align (indices into `articles`, first id before second), each
/// once: every article with its [`CANDIDATES`] closest that share any
/// content word pair or word at all.
pub fn candidate_pairs(articles: &[Rc<Analysed>]) -> Vec<(usize, usize)> {
    let fingerprints: Vec<Fingerprint> = articles.iter().map(|a| a.fingerprint.clone()).collect();
    let mut pairs = Vec::new();
    for (i, article) in articles.iter().enumerate() {
        for (j, similarity) in
            rank(&article.fingerprint, &fingerprints).into_iter().filter(|(j, _)| *j != i).take(CANDIDATES)
        {
            if similarity <= 0.0 {
                continue;
            }
            let pair = if articles[i].id() <= articles[j].id() { (i, j) } else { (j, i) };
            if !pairs.contains(&pair) {
                pairs.push(pair);
            }
        }
    }
    pairs
}

/// The share of `id`'s sentences with a counterpart in `other`, and of
/// `other`'s in `id`, when the pair was compared.
pub fn shares(comparisons: &Comparisons, id: &str, other: &str) -> Option<(f32, f32)> {
    let comparison = comparisons.get(&key(id, other))?;
    let (a, b) = (comparison.reuse.share_of_a, comparison.reuse.share_of_b);
    Some(if id <= other { (a, b) } else { (b, a) })
}

/// The library's other articles for "Compare with…", most shared first
/// (the share of `id`'s sentences with a counterpart there); articles not
/// compared (not among the closest) follow in library order, without a share.
pub fn ranked(entries: &[Entry], comparisons: &Comparisons, id: &str) -> Vec<(Entry, Option<f32>)> {
    let mut out: Vec<(Entry, Option<f32>)> = entries
        .iter()
        .filter(|e| e.meta.id != id)
        .map(|e| (e.clone(), shares(comparisons, id, &e.meta.id).map(|(here, there)| here.max(there))))
        .collect();
    out.sort_by(|x, y| y.1.unwrap_or(-1.0).total_cmp(&x.1.unwrap_or(-1.0)));
    out
}

/// The articles that tell the same story as `id`: one of the two reuses at
/// least [`REUSES`] of the other's sentences.
pub fn same_story<'e>(entries: &'e [Entry], comparisons: &Comparisons, id: &str) -> Vec<&'e Entry> {
    entries
        .iter()
        .filter(|e| e.meta.id != id)
        .filter(|e| shares(comparisons, id, &e.meta.id).is_some_and(|(here, there)| here.max(there) >= REUSES))
        .collect()
}
