//! The library analysed for comparing (issue 12): every article read,
//! analysed and fingerprinted, and the closest pairs compared, so that
//! "Compare with…", the library's "same story" badges and "this claim
//! elsewhere" read one set of results. Work starts only when a view asks
//! (`Want`) and is done in the background by `analysed_provider.rs`; this
//! reducer only keeps what arrives.

use std::collections::BTreeMap;
use std::rc::Rc;

use lector_compare::Comparison;
use yew::prelude::*;

use crate::comparing::analysed::Analysed;
use crate::comparing::related::{key, Comparisons};

#[derive(Clone, Default)]
pub struct AnalysedLibrary {
    /// Whether a view has asked for the library to be analysed.
    pub wanted: bool,
    pub articles: Rc<BTreeMap<String, Rc<Analysed>>>,
    /// Articles that could not be read, with the reason.
    pub failed: Rc<BTreeMap<String, String>>,
    pub comparisons: Rc<Comparisons>,
    /// Every article read and every candidate pair compared.
    pub done: bool,
}

impl PartialEq for AnalysedLibrary {
    fn eq(&self, other: &Self) -> bool {
        self.wanted == other.wanted
            && self.done == other.done
            && Rc::ptr_eq(&self.articles, &other.articles)
            && Rc::ptr_eq(&self.failed, &other.failed)
            && Rc::ptr_eq(&self.comparisons, &other.comparisons)
    }
}

pub enum AnalysedAction {
    Want,
    Loaded(Rc<Analysed>),
    Failed(String, String),
    Compared(String, String, Rc<Comparison>),
    /// The background work started over (the library changed).
    Working,
    Finished,
}

impl Reducible for AnalysedLibrary {
    type Action = AnalysedAction;

    fn reduce(self: Rc<Self>, action: AnalysedAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            AnalysedAction::Want if self.wanted => return self,
            AnalysedAction::Want => next.wanted = true,
            AnalysedAction::Loaded(article) => {
                let mut articles = (*self.articles).clone();
                // A newer copy of an article makes its comparisons stale.
                let id = article.id().to_owned();
                if articles.insert(id.clone(), article).is_some() {
                    let mut comparisons = (*self.comparisons).clone();
                    comparisons.retain(|(a, b), _| *a != id && *b != id);
                    next.comparisons = Rc::new(comparisons);
                }
                next.articles = Rc::new(articles);
            }
            AnalysedAction::Failed(id, message) => {
                let mut failed = (*self.failed).clone();
                failed.insert(id, message);
                next.failed = Rc::new(failed);
            }
            AnalysedAction::Compared(a, b, comparison) => {
                let mut comparisons = (*self.comparisons).clone();
                comparisons.insert(key(&a, &b), comparison);
                next.comparisons = Rc::new(comparisons);
            }
            AnalysedAction::Working => next.done = false,
            AnalysedAction::Finished => next.done = true,
        }
        Rc::new(next)
    }
}

pub type AnalysedContext = UseReducerHandle<AnalysedLibrary>;
