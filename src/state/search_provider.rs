//! Provides the corpus (`state/search.rs`) and indexes the library in the
//! background: one article per browser task (its text read, analysed and
//! indexed, ~10–20 ms in WebAssembly for a news article), with a yield to the
//! page before and after the analysis, so reading and typing stay
//! responsive while the library is indexed. Each article is indexed once a
//! session; a changed copy (same id, new metadata) is indexed again.

use yew::prelude::*;

use crate::article_source;
use crate::browser::task;
use crate::corpus_article::CorpusArticle;
use crate::hooks::analyzer::use_analyzer;
use crate::state::library::LibraryContext;
use crate::state::search::{Corpus, CorpusAction, CorpusContext};

#[derive(Properties, PartialEq)]
pub struct SearchProviderProps {
    pub children: Html,
}

#[component(SearchProvider)]
pub fn search_provider(props: &SearchProviderProps) -> Html {
    let library = use_context::<LibraryContext>().expect("rendered inside LibraryProvider");
    let corpus = use_reducer(Corpus::default);
    // One article at a time: the next starts when this one's result is in.
    let busy = use_mut_ref(|| false);
    // Indexing waits for the analyzer's data (its own file, fetched at start).
    let analyzer = use_analyzer().and_then(Result::ok);
    {
        let corpus = corpus.clone();
        use_effect_with((library.clone(), (*corpus).clone(), analyzer.is_some()), move |(library, state, _)| {
            let stale = state.stale(library);
            if !stale.is_empty() {
                corpus.dispatch(CorpusAction::Forget(stale));
            }
            let next = library.entries().iter().find(|entry| state.needs_indexing(entry)).cloned();
            let idle = !*busy.borrow();
            if let (Some(entry), true, Some(analyzer)) = (next, idle, analyzer.clone()) {
                *busy.borrow_mut() = true;
                task::spawn(async move {
                    task::yield_now().await;
                    let loaded = article_source::load(&entry).await;
                    task::yield_now().await;
                    let action = match loaded.and_then(|source| CorpusArticle::index(&entry, &source, &analyzer)) {
                        Ok((article, index)) => CorpusAction::Indexed(Box::new(article), index),
                        Err(message) => CorpusAction::Failed { id: entry.meta.id.clone(), message },
                    };
                    *busy.borrow_mut() = false;
                    corpus.dispatch(action);
                });
            }
        });
    }
    html! {
        <ContextProvider<CorpusContext> context={corpus}>
            { props.children.clone() }
        </ContextProvider<CorpusContext>>
    }
}
