//! The library as a corpus: every article analysed and indexed once, shared
//! by the search box, the library's filters, the entity index and the
//! annotations view.
//!
//! The search index is large and grows one article at a time, so it is kept
//! behind a shared cell that an action extends in place (copying it per
//! article would make indexing quadratic); `generation` counts the changes,
//! so views compare states in O(1) and re-render exactly when an article was
//! added or removed. Everything else is plain values, and the reducer runs on
//! the host.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use lector_annotations::AnnotationStore;
use lector_search::{
    entity_index, ArticleIndex, ArticleSummary, EntityIndex, Facets, Filters, Origin, Query, Results, SearchIndex,
};
use yew::prelude::*;

use crate::corpus_article::CorpusArticle;
use crate::state::library::{self, Entry, Library};

#[derive(Clone, Default)]
pub struct Corpus {
    index: Rc<RefCell<SearchIndex>>,
    articles: Rc<HashMap<String, Rc<CorpusArticle>>>,
    /// Articles that could not be read or parsed, with why.
    failed: Rc<HashMap<String, String>>,
    pub generation: u64,
}

impl PartialEq for Corpus {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.index, &other.index) && self.generation == other.generation
    }
}

impl std::fmt::Debug for Corpus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Corpus")
            .field("articles", &self.articles.len())
            .field("failed", &self.failed)
            .field("generation", &self.generation)
            .finish()
    }
}

pub enum CorpusAction {
    Indexed(Box<CorpusArticle>, ArticleIndex),
    /// The article could not be indexed; it is not tried again this session.
    Failed {
        id: String,
        message: String,
    },
    /// Articles no longer in the library.
    Forget(Vec<String>),
}

impl Reducible for Corpus {
    type Action = CorpusAction;

    fn reduce(self: Rc<Self>, action: CorpusAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            CorpusAction::Indexed(article, index) => {
                let id = article.meta.id.clone();
                next.index.borrow_mut().add(&id, index);
                Rc::make_mut(&mut next.articles).insert(id.clone(), Rc::new(*article));
                Rc::make_mut(&mut next.failed).remove(&id);
            }
            CorpusAction::Failed { id, message } => {
                Rc::make_mut(&mut next.failed).insert(id, message);
            }
            CorpusAction::Forget(ids) => {
                if ids.is_empty() {
                    return self;
                }
                for id in ids {
                    next.index.borrow_mut().remove(&id);
                    Rc::make_mut(&mut next.articles).remove(&id);
                    Rc::make_mut(&mut next.failed).remove(&id);
                }
            }
        }
        next.generation += 1;
        Rc::new(next)
    }
}

/// How far indexing the library has come.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    /// Articles indexed or given up on.
    pub done: usize,
    pub total: usize,
}

impl Progress {
    pub fn finished(&self) -> bool {
        self.done >= self.total
    }
}

impl Corpus {
    /// Whether `entry` still has to be analysed: never seen, or changed since.
    pub fn needs_indexing(&self, entry: &Entry) -> bool {
        !self.failed.contains_key(&entry.meta.id)
            && self.articles.get(&entry.meta.id).is_none_or(|a| a.meta != entry.meta)
    }

    /// Indexed articles the library no longer has.
    pub fn stale(&self, library: &Library) -> Vec<String> {
        let mut ids: Vec<String> = self.articles.keys().filter(|id| library.find(id).is_none()).cloned().collect();
        ids.sort();
        ids
    }

    pub fn progress(&self, library: &Library) -> Progress {
        let entries = library.entries();
        let done = entries.iter().filter(|e| !self.needs_indexing(e)).count();
        Progress { done, total: entries.len() }
    }

    pub fn article(&self, id: &str) -> Option<&Rc<CorpusArticle>> {
        self.articles.get(id)
    }

    /// The indexed articles' filter values in library order, with the
    /// reader's annotations counted in.
    pub fn summaries(&self, library: &Library, store: &AnnotationStore) -> Vec<ArticleSummary> {
        let mut tags: HashMap<&str, (usize, Vec<String>)> = HashMap::new();
        for annotation in store.iter() {
            let slot = tags.entry(annotation.article().as_str()).or_default();
            slot.0 += 1;
            for tag in annotation.body().tags() {
                if !slot.1.iter().any(|t| lector_annotations::same_tag(t, tag)) {
                    slot.1.push(tag.clone());
                }
            }
        }
        library
            .entries()
            .iter()
            .filter_map(|entry| self.articles.get(&entry.meta.id))
            .map(|article| {
                let mut summary = article.summary.clone();
                if let Some((count, tags)) = tags.get(summary.id.as_str()) {
                    summary.annotations = *count;
                    summary.tags = tags.clone();
                }
                summary
            })
            .collect()
    }

    /// The filters' counts for `summaries` (see [`Corpus::summaries`]).
    /// Outlets, dates and where articles came from are in the library's
    /// metadata, so they count every article from the start: the filters
    /// have their final size before indexing ends, and the list below them
    /// does not move when it does (issue 13). Sourcing, annotations and tags
    /// count the indexed articles.
    pub fn facets(library: &Library, summaries: &[ArticleSummary]) -> Facets {
        let indexed: HashSet<&str> = summaries.iter().map(|s| s.id.as_str()).collect();
        let pending: Vec<ArticleSummary> = library
            .entries()
            .iter()
            .filter(|entry| !indexed.contains(entry.meta.id.as_str()))
            .map(|entry| ArticleSummary {
                id: entry.meta.id.clone(),
                outlet: entry.meta.outlet.clone(),
                date: entry.meta.date,
                origin: match entry.origin {
                    library::Origin::Sample => Origin::Sample,
                    library::Origin::Own => Origin::Own,
                },
                anonymous_sources: 0,
                hedged_share: 0.0,
                annotations: 0,
                tags: Vec::new(),
            })
            .collect();
        lector_search::facets(summaries.iter().chain(&pending))
    }

    /// The library narrowed by `filters` (search box included), best first.
    pub fn find(&self, filters: &Filters, summaries: &[ArticleSummary], limit: usize) -> Results {
        lector_search::find(&self.index.borrow(), filters, summaries, limit)
    }

    /// As-you-type search over every indexed article.
    pub fn search(&self, input: &str, limit: usize) -> Results {
        self.index.borrow().search(&Query::parse(input, true), limit, |_| true)
    }

    /// Every entity across the library, merged by canonical name, articles
    /// in library order.
    pub fn entities(&self, library: &Library) -> EntityIndex {
        entity_index::build(
            library
                .entries()
                .iter()
                .filter_map(|entry| self.articles.get(&entry.meta.id))
                .map(|article| (article.meta.id.as_str(), &article.entities)),
        )
    }
}

pub type CorpusContext = UseReducerHandle<Corpus>;

#[cfg(test)]
mod tests;
