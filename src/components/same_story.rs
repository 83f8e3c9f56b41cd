//! The library's "Same story as …" line on an article's card: the articles
//! that reuse, or are reused by, this one (by the comparisons of
//! `state/analysed.rs`), each a link to the comparison.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::comparing::related::same_story;
use crate::route::Route;
use crate::state::analysed::AnalysedContext;
use crate::state::library::LibraryContext;

#[derive(Properties, PartialEq)]
pub struct SameStoryProps {
    pub id: String,
}

#[component(SameStory)]
pub fn same_story_line(props: &SameStoryProps) -> Html {
    let library = use_context::<LibraryContext>().expect("rendered inside LibraryProvider");
    let analysed = use_context::<AnalysedContext>().expect("rendered inside AnalysedProvider");
    let same = same_story(library.entries(), &analysed.comparisons, &props.id);
    if same.is_empty() {
        return html! {};
    }
    html! {
        <p class="same-story">
            <span class="same-story-label">{ "Same story as " }</span>
            { for same.iter().enumerate().map(|(i, entry)| html! {
                <>
                    { if i > 0 { ", " } else { "" } }
                    <Link<Route> to={Route::Compare { a: props.id.clone(), b: entry.meta.id.clone() }}>
                        { &entry.meta.title }
                    </Link<Route>>
                </>
            }) }
        </p>
    }
}
