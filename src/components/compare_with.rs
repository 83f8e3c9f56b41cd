//! "Compare with…" beside an article: the library's other articles, those
//! sharing the most sentences with it first, each a link to the comparison.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::comparing::related::ranked;
use crate::hooks::analysed::use_analysed;
use crate::route::Route;
use crate::state::library::LibraryContext;

#[derive(Properties, PartialEq)]
pub struct CompareWithProps {
    pub id: String,
}

#[component(CompareWith)]
pub fn compare_with(props: &CompareWithProps) -> Html {
    let library = use_context::<LibraryContext>().expect("rendered inside LibraryProvider");
    let analysed = use_analysed();
    let ranked = ranked(library.entries(), &analysed.comparisons, &props.id);
    html! {
        <section class="compare-with" aria-labelledby="compare-with-heading">
            <h2 id="compare-with-heading">{ "Compare with…" }</h2>
            if !analysed.done {
                <p class="compare-with-status" aria-live="polite">{ "Reading the library to find shared sentences…" }</p>
            }
            <ol class="compare-with-list">
                { for ranked.into_iter().map(|(entry, share)| {
                    let meta = &entry.meta;
                    let share = match share {
                        Some(share) if share >= 0.01 => format!("{}% in common", (share * 100.0).round()),
                        Some(_) => "nothing in common".to_owned(),
                        None if analysed.done => "little in common".to_owned(),
                        None => "…".to_owned(),
                    };
                    html! {
                        <li data-compare-with={meta.id.clone()}>
                            <Link<Route> to={Route::Compare { a: props.id.clone(), b: meta.id.clone() }}>{ &meta.title }</Link<Route>>
                            <span class="compare-with-meta">
                                { format!("{} · {share}", meta.outlet.clone().unwrap_or_else(|| "Outlet not stated".into())) }
                            </span>
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}
