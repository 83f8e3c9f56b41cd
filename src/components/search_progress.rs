//! How far the background indexing of the library has come, while it runs.

use yew::prelude::*;

use crate::state::library::LibraryContext;
use crate::state::search::CorpusContext;

#[component(SearchProgress)]
pub fn search_progress() -> Html {
    let library = use_context::<LibraryContext>().expect("rendered inside LibraryProvider");
    let corpus = use_context::<CorpusContext>().expect("rendered inside SearchProvider");
    let progress = corpus.progress(&library);
    html! {
        <p class="search-progress" role="status">
            if !progress.finished() {
                <progress max={progress.total.to_string()} value={progress.done.to_string()}
                    aria-label="Articles indexed for search" />
                { format!(" Indexing for search: {} of {} articles…", progress.done, progress.total) }
            }
        </p>
    }
}
