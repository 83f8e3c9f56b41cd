//! Provides the analysed library (`state/analysed.rs`) and does its work:
//! once a view asks, reads every library article (`article_source`),
//! analyses it, then compares the closest pairs, one article or pair per
//! turn of the event loop, so the page stays responsive meanwhile.

use std::rc::Rc;

use yew::prelude::*;

use crate::article_source;
use crate::browser::{analyzer_data, task};
use crate::comparing::analysed::{compare_pair, Analysed};
use crate::comparing::related::{candidate_pairs, key};
use crate::opened::OpenedArticle;
use crate::state::analysed::{AnalysedAction, AnalysedContext, AnalysedLibrary};
use crate::state::library::{Entry, LibraryContext};

#[derive(Properties, PartialEq)]
pub struct AnalysedProviderProps {
    pub children: Html,
}

#[component(AnalysedProvider)]
pub fn analysed_provider(props: &AnalysedProviderProps) -> Html {
    let library = use_context::<LibraryContext>().expect("rendered inside LibraryProvider");
    let analysed = use_reducer(AnalysedLibrary::default);
    {
        let handle = analysed.clone();
        let entries: Vec<Entry> = library.entries().to_vec();
        use_effect_with((analysed.wanted, entries), move |(wanted, entries)| {
            if *wanted {
                let known = handle.articles.clone();
                let compared = handle.comparisons.clone();
                task::spawn(work(handle.clone(), entries.clone(), known, compared));
            }
        });
    }
    html! {
        <ContextProvider<AnalysedContext> context={analysed}>
            { props.children.clone() }
        </ContextProvider<AnalysedContext>>
    }
}

async fn work(
    handle: AnalysedContext,
    entries: Vec<Entry>,
    known: Rc<std::collections::BTreeMap<String, Rc<Analysed>>>,
    compared: Rc<crate::comparing::related::Comparisons>,
) {
    handle.dispatch(AnalysedAction::Working);
    // Without the analyzer's data an article has nothing to compare by.
    let analyzer = analyzer_data::loaded().await.ok();
    let mut articles: Vec<Rc<Analysed>> = Vec::new();
    for entry in entries {
        if let Some(article) = known.get(&entry.meta.id).filter(|a| a.entry == entry) {
            articles.push(article.clone());
            continue;
        }
        let id = entry.meta.id.clone();
        let opened = article_source::load(&entry).await.and_then(|source| {
            OpenedArticle::open(&id, &source, analyzer.as_deref())
                .map_err(|e| format!("this article cannot be read: {e}"))
        });
        match opened {
            Ok(opened) => {
                let article = Rc::new(Analysed::new(entry, Rc::new(opened)));
                articles.push(article.clone());
                handle.dispatch(AnalysedAction::Loaded(article));
            }
            Err(message) => handle.dispatch(AnalysedAction::Failed(id, message)),
        }
        task::yield_now().await;
    }
    for (i, j) in candidate_pairs(&articles) {
        let (a, b) = (&articles[i], &articles[j]);
        let fresh =
            known.get(a.id()).is_some_and(|k| Rc::ptr_eq(k, a)) && known.get(b.id()).is_some_and(|k| Rc::ptr_eq(k, b));
        if fresh && compared.contains_key(&key(a.id(), b.id())) {
            continue;
        }
        let comparison = Rc::new(compare_pair(a, b));
        handle.dispatch(AnalysedAction::Compared(a.id().to_owned(), b.id().to_owned(), comparison));
        task::yield_now().await;
    }
    handle.dispatch(AnalysedAction::Finished);
}
