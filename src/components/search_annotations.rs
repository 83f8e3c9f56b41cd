//! Your annotations across the library (`#/annotations`): every annotation,
//! found by the words of its note or quote, by tag and by colour (in the
//! address), each linking to its place in its article; those that no longer
//! fit their article's text (orphans) are listed too, and marked.

use std::collections::HashMap;

use lector_annotations::{Annotation, AnnotationId, ArticleId, ArticleText, Colour};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::annotation_search::{tags_in_use, AnnotationQuery};
use crate::browser::dom;
use crate::components::search_progress::SearchProgress;
use crate::hooks::annotations::use_annotations;
use crate::route::Route;
use crate::state::library::{Library, LibraryContext};
use crate::state::search::{Corpus, CorpusContext};

/// Where an annotation stands in its article's current text.
#[derive(Clone, Debug, PartialEq)]
enum Place {
    Placed,
    /// Why it no longer fits.
    Orphaned(String),
    /// Its article is not in this library.
    NoArticle,
    /// Its article is not indexed yet.
    Unknown,
}

/// The query of a link to an annotation: `?annotation=UUID`.
#[derive(Clone, PartialEq, serde::Serialize)]
struct AnnotationLink {
    annotation: String,
}

fn places(
    store: &lector_annotations::AnnotationStore,
    corpus: &Corpus,
    library: &Library,
) -> HashMap<AnnotationId, Place> {
    let mut out = HashMap::new();
    for (article, _) in store.articles() {
        let Some(indexed) = corpus.article(article.as_str()) else {
            let place = if library.surely_missing(article.as_str()) { Place::NoArticle } else { Place::Unknown };
            out.extend(store.for_article(article).into_iter().map(|a| (a.id().clone(), place.clone())));
            continue;
        };
        let anchored = store.anchor_article(article, &ArticleText::new(&indexed.text));
        out.extend(anchored.placed.into_iter().map(|p| (p.annotation.id().clone(), Place::Placed)));
        out.extend(
            anchored.orphaned.into_iter().map(|o| (o.annotation.id().clone(), Place::Orphaned(o.reason.explanation()))),
        );
    }
    out
}

#[component(AnnotationsView)]
pub fn annotations_view() -> Html {
    use_effect_with((), |_| dom::set_title("Your annotations · Lector"));
    let library = use_context::<LibraryContext>().expect("rendered inside LibraryProvider");
    let corpus = use_context::<CorpusContext>().expect("rendered inside SearchProvider");
    let annotations = use_annotations();
    let navigator = use_navigator();
    let query = use_location().and_then(|l| l.query::<AnnotationQuery>().ok()).unwrap_or_default();
    let store = annotations.shared_store();
    let placed = use_memo((store.clone(), (*corpus).clone(), library.clone()), |(store, corpus, library)| {
        places(store, corpus, library)
    });
    let go = move |next: AnnotationQuery, replace: bool| {
        let Some(navigator) = &navigator else { return };
        let _ = if replace {
            navigator.replace_with_query(&Route::Annotations, next)
        } else {
            navigator.push_with_query(&Route::Annotations, next)
        };
    };
    let on_words = {
        let (query, go) = (query.clone(), go.clone());
        Callback::from(move |event: InputEvent| {
            let q = dom::value_of(&event).filter(|v| !v.is_empty());
            go(AnnotationQuery { q, ..query.clone() }, true);
        })
    };
    let on_tag = {
        let (query, go) = (query.clone(), go.clone());
        Callback::from(move |event: Event| {
            go(AnnotationQuery { tag: dom::value_of(&event).filter(|v| !v.is_empty()), ..query.clone() }, false)
        })
    };
    let on_colour = {
        let query = query.clone();
        Callback::from(move |event: Event| {
            go(AnnotationQuery { colour: dom::value_of(&event).filter(|v| !v.is_empty()), ..query.clone() }, false)
        })
    };
    let tags = tags_in_use(store.iter());
    let mut shown: Vec<&Annotation> = store.iter().filter(|a| query.matches(a)).collect();
    shown.sort_by_key(|a| std::cmp::Reverse(a.modified()));
    html! {
        <section class="annotations-page" aria-labelledby="annotations-heading">
            <nav class="reader-nav" aria-label="Breadcrumb">
                <Link<Route> to={Route::Library} classes="back-link">{ "← Library" }</Link<Route>>
            </nav>
            <h1 id="annotations-heading">{ "Your annotations" }</h1>
            <form class="library-filters" aria-label="Find annotations" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                <div class="filter filter-words">
                    <label for="annotation-q">{ "Words in the note or the quote" }</label>
                    <input id="annotation-q" type="search" value={query.q.clone().unwrap_or_default()} oninput={on_words} autocomplete="off" />
                </div>
                <div class="filter">
                    <label for="annotation-tag">{ "Tag" }</label>
                    <select id="annotation-tag" onchange={on_tag}>
                        <option value="" selected={query.tag.is_none()}>{ "Any" }</option>
                        { for tags.iter().map(|t| html! {
                            <option value={t.clone()} selected={query.tag.as_deref().is_some_and(|q| q.eq_ignore_ascii_case(t))}>{ t }</option>
                        }) }
                    </select>
                </div>
                <div class="filter">
                    <label for="annotation-colour">{ "Colour" }</label>
                    <select id="annotation-colour" onchange={on_colour}>
                        <option value="" selected={query.colour.is_none()}>{ "Any" }</option>
                        { for Colour::ALL.iter().map(|c| html! {
                            <option value={c.name()} selected={query.colour.as_deref().is_some_and(|q| q.eq_ignore_ascii_case(c.name()))}>{ c.name() }</option>
                        }) }
                    </select>
                </div>
            </form>
            <SearchProgress />
            <p class="library-count" role="status">{ format!("{} of {} annotations", shown.len(), store.len()) }</p>
            <ol class="annotation-results">
                { for shown.into_iter().map(|a| annotation_item(a, placed.get(a.id()).unwrap_or(&Place::Unknown), &library)) }
            </ol>
        </section>
    }
}

fn annotation_item(annotation: &Annotation, place: &Place, library: &Library) -> Html {
    let article: &ArticleId = annotation.article();
    let title = library.find(article.as_str()).map_or_else(|| article.as_str().to_string(), |e| e.meta.title.clone());
    let body = annotation.body();
    let link = AnnotationLink { annotation: annotation.id().as_str().to_string() };
    let status = match place {
        Place::Placed => html! {},
        Place::Orphaned(why) => html! { <p class="annotation-orphan"><strong>{ "Orphaned: " }</strong>{ why }</p> },
        Place::NoArticle => {
            html! { <p class="annotation-orphan"><strong>{ "Orphaned: " }</strong>{ "its article is not in this library." }</p> }
        }
        Place::Unknown => html! {},
    };
    html! {
        <li class="annotation-result" data-annotation-id={annotation.id().as_str().to_string()}>
            if *place == Place::NoArticle {
                <span class="search-hit-title">{ title }</span>
            } else {
                <Link<Route, AnnotationLink> to={Route::Article { id: article.as_str().to_string() }} query={Some(link)} classes="search-hit-title">
                    { title }
                </Link<Route, AnnotationLink>>
            }
            <p class="annotation-result-quote">
                <span class={classes!("annotation", format!("annotation-{}", body.colour().name()))}>{ annotation.target().quote().exact() }</span>
            </p>
            if !body.note_text().is_empty() {
                <p class="annotation-result-note">{ body.note_text().to_string() }</p>
            }
            if !body.tags().is_empty() {
                <ul class="tag-chips" aria-label="Tags">
                    { for body.tags().iter().map(|t| html! { <li class="tag-chip">{ t }</li> }) }
                </ul>
            }
            { status }
        </li>
    }
}
