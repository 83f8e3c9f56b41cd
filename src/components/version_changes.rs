//! "What changed since you annotated" (`#/article/<id>/changes/<n>`):
//! version `n` of an own article against its newest, through the comparison
//! view every two versions of a story get (`ComparedView`: verdict, both
//! texts with counterparts linked and changed words marked, hedges and
//! sources added, dropped or changed), then the edits sentence by sentence.

use std::rc::Rc;

use lector_text::Span;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::browser::{analyzer_data, dom, task};
use crate::comparing::versions::{versions_compared, VersionsCompared};
use crate::components::compared_view::ComparedView;
use crate::components::not_found::NotFound;
use crate::opened::OpenedArticle;
use crate::own_library;
use crate::route::Route;
use crate::state::library::{LibraryContext, Origin};

#[derive(Properties, PartialEq)]
pub struct VersionChangesProps {
    pub id: String,
    /// The older version, 1-based.
    pub number: usize,
}

#[derive(Clone, PartialEq)]
enum Load {
    Loading,
    Ready(Rc<VersionsCompared>),
    Failed(String),
}

async fn load(id: String, number: usize, newest: usize) -> Load {
    let analyzer = analyzer_data::loaded().await.ok();
    let open = |n: usize, source: Result<String, String>| {
        source.and_then(|source| {
            OpenedArticle::open(&id, &source, analyzer.as_deref())
                .map(|opened| (n, opened))
                .map_err(|e| format!("version {n} cannot be read: {e}"))
        })
    };
    let older = open(number, own_library::version_source(&id, number).await);
    let newer = open(newest, own_library::version_source(&id, newest).await);
    match (older, newer) {
        (Ok(older), Ok(newer)) => {
            task::yield_now().await;
            Load::Ready(Rc::new(versions_compared(older, newer, newest)))
        }
        (Err(why), _) | (_, Err(why)) => Load::Failed(why),
    }
}

#[component(VersionChangesView)]
pub fn version_changes_view(props: &VersionChangesProps) -> Html {
    let library = use_context::<LibraryContext>().expect("rendered inside LibraryProvider");
    let entry = library.find(&props.id).cloned();
    let state = use_state(|| Load::Loading);
    {
        let state = state.clone();
        let key = (props.id.clone(), props.number, entry.as_ref().map(|e| e.versions));
        use_effect_with(key, move |(id, number, versions)| {
            state.set(Load::Loading);
            if let Some(newest) = *versions {
                let (id, number) = (id.clone(), *number);
                task::spawn(async move { state.set(load(id, number, newest).await) });
            }
        });
    }
    {
        let title = entry.as_ref().map(|e| e.meta.title.clone());
        use_effect_with(title, |title| {
            dom::set_title(&format!("What changed · {} · Lector", title.as_deref().unwrap_or("article")));
        });
    }
    let wrong = match &entry {
        Some(e) => e.origin != Origin::Own || props.number == 0 || props.number >= e.versions,
        None => library.surely_missing(&props.id),
    };
    if wrong {
        return html! { <NotFound /> };
    }
    let body = match &*state {
        Load::Loading => html! { <p class="loading" aria-live="polite">{ "Comparing the versions…" }</p> },
        Load::Failed(why) => {
            html! { <p class="notice" role="alert">{ format!("Cannot compare the versions: {why}.") }</p> }
        }
        Load::Ready(result) => html! {
            <>
                <ComparedView compared={result.compared.clone()} from={String::new()}
                    heading={AttrValue::from(format!("What changed from version {} to the newest", props.number))} />
                { edits(result) }
            </>
        },
    };
    html! {
        <div class="compare-page version-changes-page">
            <nav class="reader-nav" aria-label="Breadcrumb">
                <Link<Route> to={Route::Library} classes="back-link">{ "← Library" }</Link<Route>>
                <span class="sep" aria-hidden="true">{ " · " }</span>
                <Link<Route> to={Route::Article { id: props.id.clone() }} classes="back-link">{ "The newest version" }</Link<Route>>
                <span class="sep" aria-hidden="true">{ " · " }</span>
                <Link<Route> to={Route::Version { id: props.id.clone(), number: props.number }} classes="back-link">
                    { format!("Version {}", props.number) }
                </Link<Route>>
            </nav>
            { body }
        </div>
    }
}

/// The edits sentence by sentence: what each edited sentence said and says,
/// and the sentences added and cut.
fn edits(result: &VersionsCompared) -> Html {
    let (older, newer) = (&result.compared.first.opened, &result.compared.second.opened);
    let c = &result.changes;
    let sentence = |text: &OpenedArticle, span: Span| text.slice(span).trim().to_string();
    html! {
        <section class="version-edits" aria-labelledby="version-edits-heading">
            <h2 id="version-edits-heading">{ "Edits" }</h2>
            <p class="version-edits-summary">{ c.summary() }</p>
            <ul>
                { for c.edited.iter().map(|e| html! {
                    <li class="version-edit version-edit-changed">
                        <span class="version-edit-kind">{ "Edited: " }</span>
                        <del>{ sentence(older, e.before) }</del>{ " \u{2192} " }<ins>{ sentence(newer, e.after) }</ins>
                    </li>
                }) }
                { for c.added.iter().map(|span| html! {
                    <li class="version-edit version-edit-added">
                        <span class="version-edit-kind">{ format!("Added in {}: ", result.newer_label.to_lowercase()) }</span>
                        <ins>{ sentence(newer, *span) }</ins>
                    </li>
                }) }
                { for c.cut.iter().map(|span| html! {
                    <li class="version-edit version-edit-cut">
                        <span class="version-edit-kind">{ format!("Cut from {}: ", result.older_label.to_lowercase()) }</span>
                        <del>{ sentence(older, *span) }</del>
                    </li>
                }) }
            </ul>
        </section>
    }
}
