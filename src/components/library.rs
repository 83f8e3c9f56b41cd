use lector_article::ArticleMeta;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::browser::dom;
use crate::components::same_story::SameStory;
use crate::hooks::analysed::use_analysed;
use crate::route::Route;
use crate::state::annotations::AnnotationsContext;
use crate::state::library::LibraryContext;

#[component(LibraryView)]
pub fn library_view() -> Html {
    use_effect_with((), |_| dom::set_title("Library · Lector"));
    let library = use_context::<LibraryContext>().expect("rendered inside LibraryProvider");
    // The "same story" lines come from the analysed library, read in the background.
    use_analysed();
    let articles = library.entries();
    let annotations = use_context::<AnnotationsContext>().expect("rendered inside AnnotationsProvider");
    let noted: Vec<(String, usize)> =
        annotations.store().articles().into_iter().map(|(id, n)| (id.as_str().to_string(), n)).collect();
    let count_for = |id: &str| noted.iter().find(|(article, _)| article == id).map_or(0, |(_, n)| *n);
    html! {
        <section class="library" aria-labelledby="library-heading">
            <h1 id="library-heading">{ "Library" }</h1>
            <p class="library-intro">
                { format!("{} articles. Open one to see who it is about and how sure it is.", articles.len()) }
            </p>
            <ol class="article-list">
                { for articles.iter().map(|entry| article_card(&entry.meta, count_for(&entry.meta.id))) }
            </ol>
        </section>
    }
}

fn article_card(meta: &ArticleMeta, annotations: usize) -> Html {
    let date = meta.date.map(|d| {
        html! { <time datetime={d.to_string()}>{ d.human() }</time> }
    });
    html! {
        <li class="article-card" data-article-id={meta.id.clone()}>
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
                if annotations > 0 {
                    <span class="sep" aria-hidden="true">{ " · " }</span>
                    <span class="annotation-count">
                        { format!("{annotations} annotation{}", if annotations == 1 { "" } else { "s" }) }
                    </span>
                }
            </p>
        </li>
    }
}
