use std::rc::Rc;

use lector_article::ArticleMeta;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::browser::fetch;
use crate::components::article_body::ArticleBody;
use crate::components::library::set_title;
use crate::components::not_found::NotFound;
use crate::highlights;
use crate::manifest;
use crate::opened::OpenedArticle;
use crate::route::Route;
use crate::state::prefs::PrefsContext;

#[derive(Properties, PartialEq)]
pub struct ReaderProps {
    pub id: String,
}

#[derive(Clone, PartialEq)]
enum Load {
    Loading,
    Ready(Rc<OpenedArticle>),
    Failed(String),
}

#[component(ReaderView)]
pub fn reader_view(props: &ReaderProps) -> Html {
    let meta = manifest::find(&props.id);
    let load = use_state(|| Load::Loading);
    {
        let load = load.clone();
        use_effect_with(props.id.clone(), move |id| {
            load.set(Load::Loading);
            if let Some(meta) = manifest::find(id) {
                set_title(&format!("{} · Lector", meta.title));
                let id = id.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let result = fetch::text(&manifest::article_url(&id)).await.and_then(|source| {
                        OpenedArticle::open(&id, &source).map_err(|e| format!("this article cannot be shown: {e}"))
                    });
                    load.set(match result {
                        Ok(opened) => Load::Ready(Rc::new(opened)),
                        Err(message) => Load::Failed(message),
                    });
                });
            }
        });
    }
    let Some(meta) = meta else {
        return html! { <NotFound /> };
    };
    let body = match &*load {
        Load::Loading => html! { <p class="loading" aria-live="polite">{ "Loading the article…" }</p> },
        Load::Failed(message) => html! {
            <section class="notice" role="alert">
                <h1>{ &meta.title }</h1>
                <p>{ message }</p>
            </section>
        },
        Load::Ready(opened) => html! { <OpenedReader opened={opened.clone()} /> },
    };
    html! {
        <div class="reader-page">
            <nav class="reader-nav" aria-label="Breadcrumb">
                <Link<Route> to={Route::Library} classes="back-link">{ "← Library" }</Link<Route>>
            </nav>
            { body }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct OpenedReaderProps {
    opened: Rc<OpenedArticle>,
}

#[component(OpenedReader)]
fn opened_reader(props: &OpenedReaderProps) -> Html {
    let prefs = use_context::<PrefsContext>().expect("rendered inside PrefsProvider");
    let highlights = {
        let opened = props.opened.clone();
        use_memo(((*prefs).clone(), opened), |(prefs, opened)| highlights::collect(opened, prefs))
    };
    let meta = &props.opened.article.meta;
    html! {
        <article class={classes!("reader", prefs.tint_hedged_sentences.then_some("tint-hedged"))}
            data-article-id={meta.id.clone()}>
            <ArticleBody opened={props.opened.clone()} {highlights} after_title={byline(meta)} />
        </article>
    }
}

fn byline(meta: &ArticleMeta) -> Html {
    let parts: Vec<Html> = [
        meta.author.as_ref().map(|a| html! { <span class="author">{ format!("By {a}") }</span> }),
        meta.outlet.as_ref().map(|o| html! { <span class="outlet">{ o }</span> }),
        meta.date.map(|d| html! { <time datetime={d.to_string()}>{ d.human() }</time> }),
        Some(html! { <span class="reading-time">{ format!("{} min read", meta.reading_minutes) }</span> }),
    ]
    .into_iter()
    .flatten()
    .collect();
    html! {
        <p class="byline">
            { for parts.into_iter().enumerate().map(|(i, part)| html! {
                <>{ if i > 0 { html! { <span class="sep" aria-hidden="true">{ " · " }</span> } } else { html! {} } }{ part }</>
            }) }
        </p>
    }
}
