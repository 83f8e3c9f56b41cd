//! One search result: the article's title, linking to the article opened at
//! the matching passage, and the passage with the matches marked.

use std::rc::Rc;

use lector_search::Hit;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::corpus_article::CorpusArticle;
use crate::hooks::deep_link::PassageLink;
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct SearchHitProps {
    pub hit: Hit,
    pub article: Rc<CorpusArticle>,
}

#[component(SearchHitView)]
pub fn search_hit_view(props: &SearchHitProps) -> Html {
    let meta = &props.article.meta;
    let to = Route::Article { id: meta.id.clone() };
    let query = props.hit.passage.as_ref().map(|p| PassageLink::to(p.span));
    let byline: Vec<String> = [meta.outlet.clone(), meta.date.map(|d| d.human())].into_iter().flatten().collect();
    html! {
        <li class="search-hit" data-article-id={meta.id.clone()}>
            <Link<Route, PassageLink> {to} {query} classes="search-hit-title">{ &meta.title }</Link<Route, PassageLink>>
            if !byline.is_empty() {
                <span class="search-hit-meta">{ byline.join(" · ") }</span>
            }
            if let Some(passage) = &props.hit.passage {
                <p class="search-hit-passage">
                    { for passage.pieces(&props.article.text).into_iter().map(|(words, marked)| if marked {
                        html! { <mark class="search-match">{ words }</mark> }
                    } else {
                        html! { words }
                    }) }
                </p>
            }
        </li>
    }
}
