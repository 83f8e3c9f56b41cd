//! The library's search index: every article's terms in one inverted index,
//! grown and shrunk one article at a time, queried with BM25.
//!
//! Postings point back into each article's [`ArticleIndex`], which keeps the
//! positions, so phrases, prefixes and passages are answered from the one
//! copy the app also stores.

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};

use crate::article_index::ArticleIndex;
use crate::bm25;
use crate::passage::{self, Occurrence, Passage};
use crate::query::{Clause, Query};

/// Most terms a prefix stands for (the most frequent ones): "s" alone would
/// otherwise touch every article for nothing.
pub const MAX_EXPANSIONS: usize = 64;

#[derive(Default)]
pub struct SearchIndex {
    docs: Vec<Option<Doc>>,
    slots: HashMap<String, u32>,
    terms: BTreeMap<Box<str>, Vec<Posting>>,
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
        for (term, positions) in &index.terms {
            let posting = Posting { slot, tf: index.weighted_count(positions) };
            match self.terms.get_mut(term.as_str()) {
                Some(list) => list.push(posting),
                None => {
                    self.terms.insert(term.as_str().into(), vec![posting]);
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
        for (term, _) in &doc.index.terms {
            if let Some(list) = self.terms.get_mut(term.as_str()) {
                if let Ok(i) = list.binary_search_by_key(&slot, |p| p.slot) {
                    list.remove(i);
                }
                if list.is_empty() {
                    self.terms.remove(term.as_str());
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
        let mut scores: Option<HashMap<u32, f32>> = None;
        let mut weights = Vec::with_capacity(query.clauses.len());
        for clause in &query.clauses {
            let (matches, weight) = self.clause_scores(clause, average_len, scores.as_ref());
            weights.push(weight);
            scores = Some(match scores {
                None => matches,
                Some(so_far) => {
                    so_far.into_iter().filter_map(|(slot, s)| matches.get(&slot).map(|m| (slot, s + m))).collect()
                }
            });
        }
        let mut ranked: Vec<(u32, f32)> = scores
            .unwrap_or_default()
            .into_iter()
            .filter(|(slot, _)| self.doc(*slot).is_some_and(|d| keep(&d.id)))
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

    /// Scores per article for one clause, and the clause's weight (its idf)
    /// for choosing passages. `within` limits phrase checks to articles that
    /// matched the clauses before.
    fn clause_scores(
        &self,
        clause: &Clause,
        average_len: f32,
        within: Option<&HashMap<u32, f32>>,
    ) -> (HashMap<u32, f32>, f32) {
        let n = self.len();
        let mut out = HashMap::new();
        let score = |idf: f32, p: &Posting| bm25::score(idf, p.tf, self.doc_len(p.slot), average_len);
        match clause {
            Clause::Word(term) => {
                let postings = self.postings(term);
                let idf = bm25::idf(n, postings.len());
                for p in postings {
                    out.insert(p.slot, score(idf, p));
                }
                (out, idf)
            }
            Clause::Prefix(prefix) => {
                let mut expansions: Vec<&Vec<Posting>> = self
                    .terms
                    .range::<str, _>((std::ops::Bound::Included(prefix.as_str()), std::ops::Bound::Unbounded))
                    .take_while(|(t, _)| t.starts_with(prefix.as_str()))
                    .map(|(_, list)| list)
                    .collect();
                expansions.sort_by_key(|list| std::cmp::Reverse(list.len()));
                expansions.truncate(MAX_EXPANSIONS);
                let mut weight: f32 = 0.0;
                for postings in expansions {
                    let idf = bm25::idf(n, postings.len());
                    weight = weight.max(idf);
                    for p in postings {
                        let s = score(idf, p);
                        let best = out.entry(p.slot).or_insert(0.0f32);
                        *best = best.max(s);
                    }
                }
                (out, weight)
            }
            Clause::Phrase(words) => {
                let lists: Vec<&[Posting]> = words.iter().map(|w| self.postings(w)).collect();
                let idf: f32 = lists.iter().map(|l| bm25::idf(n, l.len())).sum();
                let Some(rarest) = lists.iter().min_by_key(|l| l.len()) else { return (out, 0.0) };
                for p in rarest.iter() {
                    if within.is_some_and(|w| !w.contains_key(&p.slot)) {
                        continue;
                    }
                    let Some(doc) = self.doc(p.slot) else { continue };
                    let starts = phrase_starts(&doc.index, words);
                    if !starts.is_empty() {
                        let tf = doc.index.weighted_count(&starts);
                        out.insert(p.slot, bm25::score(idf, tf, doc.index.len(), average_len));
                    }
                }
                (out, idf)
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
        let postings: usize =
            self.terms.iter().map(|(t, l)| t.len() + l.capacity() * std::mem::size_of::<Posting>() + 48).sum();
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
