//! The library's search index: every article's terms in one inverted index,
//! grown and shrunk one article at a time, queried with BM25.
//!
//! Postings point back into each article's [`ArticleIndex`], which keeps the
//! positions, so phrases, prefixes and passages are answered from the one
//! copy the app also stores.

use std::collections::{BTreeSet, HashMap};
use std::ops::Bound;

use serde::{Deserialize, Serialize};

use crate::article_index::ArticleIndex;
use crate::bm25;
use crate::fx_hash::FxHashMap;
use crate::passage::{self, Occurrence, Passage};
use crate::query::{Clause, Query};

/// Most terms a prefix stands for (the most frequent ones): "s" alone would
/// otherwise touch every article for nothing.
pub const MAX_EXPANSIONS: usize = 64;

#[derive(Default)]
pub struct SearchIndex {
    docs: Vec<Option<Doc>>,
    slots: HashMap<String, u32>,
    terms: FxHashMap<Box<str>, Vec<Posting>>,
    /// The same terms in order, for prefixes.
    sorted: BTreeSet<Box<str>>,
    total_tokens: u64,
}

struct Doc {
    id: String,
    index: ArticleIndex,
}

/// An article holding a term; postings are sorted by slot.
#[derive(Clone, Copy)]
struct Posting {
    slot: u32,
    /// Headline-weighted occurrences.
    tf: f32,
}

/// One found article.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Hit {
    pub id: String,
    pub score: f32,
    pub passage: Option<Passage>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Results {
    /// The best hits, best first.
    pub hits: Vec<Hit>,
    /// How many articles match in all.
    pub total: usize,
}

impl SearchIndex {
    pub fn new() -> SearchIndex {
        SearchIndex::default()
    }

    /// Adds an article (replacing one with the same id).
    pub fn add(&mut self, id: &str, index: ArticleIndex) {
        self.remove(id);
        let slot = self.docs.len() as u32;
        for i in 0..index.term_count() {
            let (term, positions) = (index.term(i), index.positions_of(i));
            let posting = Posting { slot, tf: index.weighted_count(positions) };
            match self.terms.get_mut(term) {
                Some(list) => list.push(posting),
                None => {
                    self.terms.insert(term.into(), vec![posting]);
                    self.sorted.insert(term.into());
                }
            }
        }
        self.total_tokens += index.len() as u64;
        self.slots.insert(id.to_string(), slot);
        self.docs.push(Some(Doc { id: id.to_string(), index }));
    }

    /// Removes an article; false when it was not indexed.
    pub fn remove(&mut self, id: &str) -> bool {
        let Some(slot) = self.slots.remove(id) else { return false };
        let Some(doc) = self.docs[slot as usize].take() else { return false };
        for i in 0..doc.index.term_count() {
            let term = doc.index.term(i);
            if let Some(list) = self.terms.get_mut(term) {
                if let Ok(i) = list.binary_search_by_key(&slot, |p| p.slot) {
                    list.remove(i);
                }
                if list.is_empty() {
                    self.terms.remove(term);
                    self.sorted.remove(term);
                }
            }
        }
        self.total_tokens -= doc.index.len() as u64;
        true
    }

    pub fn len(&self) -> usize {
        self.slots.len()
    }

    pub fn is_empty(&self) -> bool {
        self.slots.is_empty()
    }

    pub fn contains(&self, id: &str) -> bool {
        self.slots.contains_key(id)
    }

    /// The articles matching every clause of `query` that `keep` accepts,
    /// ranked; passages for the first `limit`.
    pub fn search(&self, query: &Query, limit: usize, keep: impl Fn(&str) -> bool) -> Results {
        if query.is_empty() || self.is_empty() {
            return Results::default();
        }
        let average_len = self.total_tokens as f32 / self.len() as f32;
        // Dense per slot: the score so far and how many clauses matched; an
        // article stays a candidate only while it matched every clause.
        let mut scores = vec![0.0f32; self.docs.len()];
        let mut matched = vec![0u16; self.docs.len()];
        let mut weights = Vec::with_capacity(query.clauses.len());
        for (k, clause) in query.clauses.iter().enumerate() {
            let k = k as u16;
            let mut found = Vec::new();
            let weight =
                self.score_clause(clause, average_len, &matched, k, &mut |slot, score| found.push((slot, score)));
            for (slot, score) in found {
                let slot = slot as usize;
                if matched[slot] == k {
                    scores[slot] += score;
                    matched[slot] = k + 1;
                }
            }
            weights.push(weight);
        }
        let all = query.clauses.len() as u16;
        let mut ranked: Vec<(u32, f32)> = (0..self.docs.len())
            .filter(|&slot| matched[slot] == all)
            .filter(|&slot| self.doc(slot as u32).is_some_and(|d| keep(&d.id)))
            .map(|slot| (slot as u32, scores[slot]))
            .collect();
        ranked.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        let total = ranked.len();
        let hits = ranked
            .into_iter()
            .take(limit)
            .filter_map(|(slot, score)| {
                let doc = self.doc(slot)?;
                let occurrences = occurrences(&doc.index, query, &weights);
                Some(Hit { id: doc.id.clone(), score, passage: passage::best(&doc.index, &occurrences) })
            })
            .collect();
        Results { hits, total }
    }

    fn doc(&self, slot: u32) -> Option<&Doc> {
        self.docs.get(slot as usize).and_then(Option::as_ref)
    }

    /// Calls `found` once per article matching `clause` with its score, and
    /// returns the clause's weight (its idf) for choosing passages. Phrases
    /// are checked only in articles that matched the `k` clauses before.
    fn score_clause(
        &self,
        clause: &Clause,
        average_len: f32,
        matched: &[u16],
        k: u16,
        found: &mut dyn FnMut(u32, f32),
    ) -> f32 {
        let n = self.len();
        let score = |idf: f32, p: &Posting| bm25::score(idf, p.tf, self.doc_len(p.slot), average_len);
        match clause {
            Clause::Word(term) => {
                let postings = self.postings(term);
                let idf = bm25::idf(n, postings.len());
                postings.iter().for_each(|p| found(p.slot, score(idf, p)));
                idf
            }
            Clause::Prefix(prefix) => {
                let mut expansions: Vec<&Vec<Posting>> = self
                    .sorted
                    .range::<str, _>((Bound::Included(prefix.as_str()), Bound::Unbounded))
                    .take_while(|t| t.starts_with(prefix.as_str()))
                    .filter_map(|t| self.terms.get(t))
                    .collect();
                expansions.sort_by_key(|list| std::cmp::Reverse(list.len()));
                expansions.truncate(MAX_EXPANSIONS);
                // An article counts once, with its best-scoring expansion.
                let mut best: HashMap<u32, f32> = HashMap::new();
                let mut weight: f32 = 0.0;
                for postings in expansions {
                    let idf = bm25::idf(n, postings.len());
                    weight = weight.max(idf);
                    for p in postings.iter().filter(|p| matched[p.slot as usize] == k) {
                        let s = score(idf, p);
                        let b = best.entry(p.slot).or_insert(0.0);
                        *b = b.max(s);
                    }
                }
                best.into_iter().for_each(|(slot, s)| found(slot, s));
                weight
            }
            Clause::Phrase(words) => {
                let lists: Vec<&[Posting]> = words.iter().map(|w| self.postings(w)).collect();
                let idf: f32 = lists.iter().map(|l| bm25::idf(n, l.len())).sum();
                let Some(rarest) = lists.iter().min_by_key(|l| l.len()) else { return 0.0 };
                for p in rarest.iter().filter(|p| matched[p.slot as usize] == k) {
                    let Some(doc) = self.doc(p.slot) else { continue };
                    let starts = phrase_starts(&doc.index, words);
                    if !starts.is_empty() {
                        let tf = doc.index.weighted_count(&starts);
                        found(p.slot, bm25::score(idf, tf, doc.index.len(), average_len));
                    }
                }
                idf
            }
        }
    }

    fn postings(&self, term: &str) -> &[Posting] {
        self.terms.get(term).map(Vec::as_slice).unwrap_or(&[])
    }

    fn doc_len(&self, slot: u32) -> usize {
        self.doc(slot).map_or(0, |d| d.index.len())
    }

    /// Bytes of heap the index holds: the inverted index plus every article's
    /// own index (an estimate from capacities; the bench also counts the
    /// allocator's figure).
    pub fn heap_bytes(&self) -> usize {
        // Each term is held twice (map and ordered set), with some overhead.
        let postings: usize =
            self.terms.iter().map(|(t, l)| 2 * t.len() + l.capacity() * std::mem::size_of::<Posting>() + 80).sum();
        let docs: usize = self.docs.iter().flatten().map(|d| d.id.capacity() + d.index.heap_bytes()).sum();
        postings + docs + self.docs.capacity() * std::mem::size_of::<Option<Doc>>() + self.slots.capacity() * 40
    }
}

/// Positions where `words` occur one after another.
fn phrase_starts(index: &ArticleIndex, words: &[String]) -> Vec<u32> {
    let lists: Option<Vec<&[u32]>> = words.iter().map(|w| index.positions(w)).collect();
    let Some(lists) = lists else { return Vec::new() };
    lists[0]
        .iter()
        .copied()
        .filter(|&start| lists[1..].iter().enumerate().all(|(k, l)| l.binary_search(&(start + k as u32 + 1)).is_ok()))
        .collect()
}

/// Every match of every clause in one article, by position.
fn occurrences(index: &ArticleIndex, query: &Query, weights: &[f32]) -> Vec<Occurrence> {
    let mut out = Vec::new();
    for (clause_index, clause) in query.clauses.iter().enumerate() {
        let weight = weights[clause_index];
        let mut push = |position: u32, len: u32| out.push(Occurrence { position, len, clause: clause_index, weight });
        match clause {
            Clause::Word(term) => index.positions(term).unwrap_or(&[]).iter().for_each(|&p| push(p, 1)),
            Clause::Prefix(prefix) => index.with_prefix(prefix).flat_map(|(_, ps)| ps.iter()).for_each(|&p| push(p, 1)),
            Clause::Phrase(words) => phrase_starts(index, words).into_iter().for_each(|p| push(p, words.len() as u32)),
        }
    }
    out.sort_by_key(|o| o.position);
    out
}
