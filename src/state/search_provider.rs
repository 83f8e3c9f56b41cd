//! Provides the corpus (`state/search.rs`) and indexes the library in the
//! background: one article per browser task (its text read, analysed and
//! indexed, ~10–20 ms in WebAssembly for a news article), with a yield to the
//! page before and after the analysis, so reading and typing stay
//! responsive while the library is indexed. Each article is analysed once:
//! what its analysis gave is kept in the browser (`corpus_record`,
//! `browser::corpus_db`), so a reload reads it back instead (for as long as
//! the analysis and the text are the same). A changed copy (same id, new
//! metadata) is indexed again.

use yew::prelude::*;

use crate::article_source;
use crate::browser::{corpus_db, task};
use crate::corpus_article::CorpusArticle;
use crate::corpus_record;
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
                    // No kept record (or no storage) only means analysing.
                    let kept = corpus_db::get(&entry.meta.id).await.ok().flatten();
                    task::yield_now().await;
                    let indexed = loaded
                        .and_then(|source| CorpusArticle::index_or_reuse(&entry, &source, &analyzer, kept.as_deref()));
                    let (action, to_keep) = match indexed {
                        Ok((article, index, reused)) => {
                            let raw = (!reused)
                                .then(|| corpus_record::encode(&article, &index, corpus_record::ANALYSIS_VERSION));
                            (CorpusAction::Indexed(Box::new(article), index), raw)
                        }
                        Err(message) => (CorpusAction::Failed { id: entry.meta.id.clone(), message }, None),
                    };
                    *busy.borrow_mut() = false;
                    corpus.dispatch(action);
                    if let Some(raw) = to_keep {
                        // A full quota or no storage: analysed again next time.
                        let _ = corpus_db::put(&entry.meta.id, &raw).await;
                    }
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
