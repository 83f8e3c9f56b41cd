use lector_article::ArticleMeta;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::add_article::AddArticle;
use crate::components::library_transfer::LibraryTransfer;
use crate::components::page_help::PageHelp;
use crate::components::same_story::SameStory;
use crate::components::search_filters::SearchFilters;
use crate::components::search_hit::SearchHitView;
use crate::components::search_progress::SearchProgress;
use crate::hooks::analysed::use_analysed;
use crate::hooks::library_filters::use_library_filters;
use crate::hooks::own_articles::{use_dropped_pages, use_own_delete, OwnDelete};
use crate::hooks::page_arrival::{use_page_arrival, Arrival};
use crate::route::Route;
use crate::state::annotations::AnnotationsContext;
use crate::state::library::{LibraryContext, Origin};
use crate::state::search::{Corpus, CorpusContext};

/// Most results listed at once.
const LISTED: usize = 200;

#[component(LibraryView)]
pub fn library_view() -> Html {
    let arrival = Arrival { heading: "#library-heading", quiet_on_first_load: true, keep_scroll: false };
    use_page_arrival(AttrValue::Static("Library"), arrival);
    let library = use_context::<LibraryContext>().expect("rendered inside LibraryProvider");
    // The "same story" lines come from the analysed library, read in the background.
    use_analysed();
    let articles = library.entries();
    let annotations = use_context::<AnnotationsContext>().expect("rendered inside AnnotationsProvider");
    let noted: Vec<(String, usize)> =
        annotations.store().articles().into_iter().map(|(id, n)| (id.as_str().to_string(), n)).collect();
    let count_for = |id: &str| noted.iter().find(|(article, _)| article == id).map_or(0, |(_, n)| *n);
    let dropped = use_dropped_pages();
    let own = use_own_delete(library.clone());
    let on_delete = own.on_delete.clone();
    let corpus = use_context::<CorpusContext>().expect("rendered inside SearchProvider");
    let narrowed = use_library_filters();
    let summaries =
        use_memo(((*corpus).clone(), library.clone(), annotations.shared_store()), |(corpus, library, store)| {
            corpus.summaries(library, store)
        });
    let facets = Corpus::facets(&library, &summaries);
    let filters = &narrowed.filters;
    // Indexing for search changes only a filtered list (the whole library is
    // listed either way), so its progress is shown above a filtered list and
    // at the foot of the whole one: above it, the line would push the cards
    // down and up again as the app starts (issue 13,
    // tests/e2e/library-shift.test.mjs).
    let list = if filters.is_empty() {
        html! {
            <>
                <ol class="article-list">
                    { for articles.iter().map(|entry| {
                        let own = (entry.origin == Origin::Own).then(|| on_delete.clone());
                        article_card(&entry.meta, count_for(&entry.meta.id), own)
                    }) }
                </ol>
                <SearchProgress />
            </>
        }
    } else {
        let results = corpus.find(filters, &summaries, LISTED);
        let searched = !filters.query.trim().is_empty();
        html! {
            <>
                <SearchProgress />
                <p class="library-count" role="status">{ format!("{} of {} articles", results.total, articles.len()) }</p>
                <ol class={classes!(if searched { "search-hits" } else { "article-list" })}>
                    { for results.hits.iter().filter_map(|hit| {
                        let article = corpus.article(&hit.id)?.clone();
                        Some(if searched {
                            html! { <SearchHitView key={hit.id.clone()} hit={hit.clone()} {article} /> }
                        } else {
                            article_card(&article.meta, count_for(&hit.id), None)
                        })
                    }) }
                </ol>
            </>
        }
    };
    html! {
        <section class="library" aria-labelledby="library-heading">
            <h1 id="library-heading" tabindex="-1">{ "Library" }</h1>
            <p class="library-intro">
                { format!("{} articles. Open one to see who it is about and how sure it is.", articles.len()) }
            </p>
            <AddArticle {dropped} />
            { own_delete_status(&own) }
            <nav class="library-views" aria-label="Across the library">
                <Link<Route> to={Route::Entities}>{ "Who and what" }</Link<Route>>
                <Link<Route> to={Route::Annotations}>{ "Your annotations" }</Link<Route>>
            </nav>
            <SearchFilters filters={filters.clone()} {facets} on_change={narrowed.set.clone()} />
            if let Some(error) = &narrowed.error {
                <p class="notice" role="alert">{ format!("These filters cannot be used: {error}.") }</p>
            }
            { list }
            <LibraryTransfer />
            <PageHelp />
        </section>
    }
}

/// "Deleted. Undo", or why a delete or undo failed.
fn own_delete_status(own: &OwnDelete) -> Html {
    html! {
        <>
            if let Some(gone) = &own.deleted {
                <p class="own-deleted" role="status">
                    { format!("\u{201c}{}\u{201d} deleted. ", gone.title) }
                    <button type="button" class="undo" onclick={own.on_undo.clone()}>{ "Undo" }</button>
                </p>
            }
            if let Some(problem) = &own.problem {
                <p class="own-problem" role="alert">{ problem }</p>
            }
        </>
    }
}

/// `on_delete` is given for the reader's own articles (samples stay).
fn article_card(meta: &ArticleMeta, annotations: usize, on_delete: Option<Callback<ArticleMeta>>) -> Html {
    let date = meta.date.map(|d| {
        html! { <time datetime={d.to_string()}>{ d.human() }</time> }
    });
    html! {
        <li class={classes!("article-card", on_delete.is_some().then_some("own"))} data-article-id={meta.id.clone()}>
            <h2 class="article-card-title">
                <Link<Route> to={Route::Article { id: meta.id.clone() }}>{ &meta.title }</Link<Route>>
            </h2>
            <SameStory id={meta.id.clone()} />
            <p class="article-card-meta">
                <span class="outlet">{ meta.outlet.clone().unwrap_or_else(|| "Outlet not stated".into()) }</span>
                <span class="sep" aria-hidden="true">{ " · " }</span>
                { date.unwrap_or_else(|| html! { <span class="undated">{ "Undated" }</span> }) }
                <span class="sep" aria-hidden="true">{ " · " }</span>
                <span class="words">{ format!("{} words", meta.words) }</span>
                <span class="sep" aria-hidden="true">{ " · " }</span>
                <span class="reading-time">{ format!("{} min read", meta.reading_minutes) }</span>
                if on_delete.is_some() {
                    <span class="sep" aria-hidden="true">{ " · " }</span>
                    <span class="own-badge">{ "Your article" }</span>
                }
                if annotations > 0 {
                    <span class="sep" aria-hidden="true">{ " · " }</span>
                    <span class="annotation-count">
                        { format!("{annotations} annotation{}", if annotations == 1 { "" } else { "s" }) }
                    </span>
                }
            </p>
            if let Some(on_delete) = on_delete {
                <button type="button" class="own-delete" aria-label={format!("Delete \u{201c}{}\u{201d}", meta.title)}
                        onclick={let meta = meta.clone(); move |_| on_delete.emit(meta.clone())}>
                    { "Delete" }
                </button>
            }
        </li>
    }
}
