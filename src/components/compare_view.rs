//! The comparison page (`#/compare/<a>/<b>`): waits for both articles in the
//! analysed library, compares them once, and hands the result to
//! `ComparedView`.

use std::rc::Rc;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::browser::dom;
use crate::comparing::compared::compared;
use crate::components::compared_view::ComparedView;
use crate::components::not_found::NotFound;
use crate::hooks::analysed::use_analysed;
use crate::route::Route;
use crate::state::library::LibraryContext;

#[derive(Properties, PartialEq)]
pub struct CompareProps {
    pub a: String,
    pub b: String,
}

#[component(CompareView)]
pub fn compare_view(props: &CompareProps) -> Html {
    let library = use_context::<LibraryContext>().expect("rendered inside LibraryProvider");
    let analysed = use_analysed();
    let from = analysed.articles.get(&props.a).cloned();
    let other = analysed.articles.get(&props.b).cloned();
    let result = use_memo((from, other), |(from, other)| match (from, other) {
        (Some(from), Some(other)) => Some(Rc::new(compared(from.clone(), other.clone()))),
        _ => None,
    });
    {
        let titles = (library.find(&props.a).map(|e| e.meta.title.clone()), props.b.clone());
        use_effect_with(titles, |(title, _)| {
            dom::set_title(&format!("Comparing {} · Lector", title.as_deref().unwrap_or("articles")));
        });
    }
    let missing = [&props.a, &props.b].into_iter().find(|id| library.surely_missing(id) || props.a == props.b);
    let failed = [&props.a, &props.b].into_iter().find_map(|id| analysed.failed.get(id.as_str()));
    let body = match (&*result, missing, failed) {
        (_, Some(_), _) => return html! { <NotFound /> },
        (Some(result), _, _) => html! { <ComparedView compared={result.clone()} from={props.a.clone()} /> },
        (None, _, Some(message)) => {
            html! { <p class="notice" role="alert">{ format!("Cannot compare: {message}") }</p> }
        }
        (None, _, None) => html! { <p class="loading" aria-live="polite">{ "Comparing the articles…" }</p> },
    };
    html! {
        <div class="compare-page">
            <nav class="reader-nav" aria-label="Breadcrumb">
                <Link<Route> to={Route::Library} classes="back-link">{ "← Library" }</Link<Route>>
                <span class="sep" aria-hidden="true">{ " · " }</span>
                <Link<Route> to={Route::Article { id: props.a.clone() }} classes="back-link">{ "Back to the article" }</Link<Route>>
            </nav>
            { body }
        </div>
    }
}
