//! Who and what (`#/entities`): every person, organisation and place across
//! the library, merged by canonical name, with how often each is the source
//! of a hedged or anonymous claim; sortable and filterable by type (in the
//! address), and one entity's mentions in context, each linking to its place.

use lector_search::entity_index::{self, EntityIndex, SortBy};
use lector_search::{Kind, LibraryEntity, Passage};
use serde::{Deserialize, Serialize};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::browser::dom;
use crate::components::search_progress::SearchProgress;
use crate::hooks::deep_link::PassageLink;
use crate::route::Route;
use crate::state::library::LibraryContext;
use crate::state::search::{Corpus, CorpusContext};

/// Most rows drawn at once (the rest are counted).
const ROWS: usize = 300;

/// The page's address query: `?kind=PER&sort=articles&name=John%20Kirby`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct EntityQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

const SORTS: [(SortBy, &str, &str); 4] = [
    (SortBy::Mentions, "mentions", "Most mentioned"),
    (SortBy::Articles, "articles", "In most articles"),
    (SortBy::DoubtfulClaims, "doubtful", "Most hedged or anonymous claims"),
    (SortBy::Name, "name", "Name, A to Z"),
];

fn kind_label(kind: Kind) -> &'static str {
    match kind {
        Kind::Person => "Person",
        Kind::Organization => "Organisation",
        Kind::Place => "Place",
        Kind::Other => "Other",
    }
}

#[component(EntitiesView)]
pub fn entities_view() -> Html {
    use_effect_with((), |_| dom::set_title("Who and what · Lector"));
    let library = use_context::<LibraryContext>().expect("rendered inside LibraryProvider");
    let corpus = use_context::<CorpusContext>().expect("rendered inside SearchProvider");
    let navigator = use_navigator();
    let query = use_location().and_then(|l| l.query::<EntityQuery>().ok()).unwrap_or_default();
    let index = use_memo(((*corpus).clone(), library.clone()), |(corpus, library)| corpus.entities(library));
    let kind = query.kind.as_deref().and_then(Kind::from_code);
    let sort = SORTS.iter().find(|(_, code, _)| Some(*code) == query.sort.as_deref()).map_or(SortBy::Mentions, |s| s.0);
    let rows = entity_index::list(&index.entities, kind, sort);
    let go = {
        let navigator = navigator.clone();
        move |next: EntityQuery| {
            if let Some(navigator) = &navigator {
                let _ = navigator.push_with_query(&Route::Entities, next);
            }
        }
    };
    let on_kind = {
        let (query, go) = (query.clone(), go.clone());
        Callback::from(move |event: Event| {
            let kind = dom::value_of(&event).filter(|v| !v.is_empty());
            go(EntityQuery { kind, name: None, ..query.clone() });
        })
    };
    let on_sort = {
        let query = query.clone();
        Callback::from(move |event: Event| go(EntityQuery { sort: dom::value_of(&event), ..query.clone() }))
    };
    let chosen = query.name.as_deref().and_then(|name| index.find(name));
    html! {
        <section class="entities-page" aria-labelledby="entities-heading">
            <nav class="reader-nav" aria-label="Breadcrumb">
                <Link<Route> to={Route::Library} classes="back-link">{ "← Library" }</Link<Route>>
            </nav>
            <h1 id="entities-heading">{ "Who and what" }</h1>
            <p class="library-intro">
                { format!("{} people, organisations, places and other names across the library, merged by name. \
                           A claim is hedged when its sentence hedges; anonymous when an unnamed source is cited around the name.",
                           index.entities.len()) }
            </p>
            <SearchProgress />
            if let Some(i) = chosen {
                { entity_mentions(&index, i, &corpus, EntityQuery { name: None, ..query.clone() }) }
            }
            <div class="entity-controls">
                <div class="filter">
                    <label for="entity-kind">{ "Type" }</label>
                    <select id="entity-kind" onchange={on_kind}>
                        <option value="" selected={kind.is_none()}>{ "All" }</option>
                        { for Kind::ALL.iter().map(|k| html! {
                            <option value={k.code()} selected={kind == Some(*k)}>{ kind_label(*k) }</option>
                        }) }
                    </select>
                </div>
                <div class="filter">
                    <label for="entity-sort">{ "Sort" }</label>
                    <select id="entity-sort" onchange={on_sort}>
                        { for SORTS.iter().map(|(s, code, label)| html! {
                            <option value={*code} selected={sort == *s}>{ *label }</option>
                        }) }
                    </select>
                </div>
            </div>
            <div class="entity-table-wrap" role="region" aria-label="Entities" tabindex="0">
                <table class="entity-table">
                    <thead>
                        <tr>
                            <th scope="col">{ "Name" }</th>
                            <th scope="col">{ "Type" }</th>
                            <th scope="col" class="num">{ "Articles" }</th>
                            <th scope="col" class="num">{ "Mentions" }</th>
                            <th scope="col" class="num">{ "Hedged / anonymous claims" }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for rows.iter().take(ROWS).map(|&i| entity_row(&index.entities[i], &query)) }
                    </tbody>
                </table>
            </div>
            if rows.len() > ROWS {
                <p class="search-more">{ format!("Showing {ROWS} of {}: choose a type to see others.", rows.len()) }</p>
            }
        </section>
    }
}

fn entity_row(entity: &LibraryEntity, query: &EntityQuery) -> Html {
    let link = EntityQuery { name: Some(entity.name.clone()), ..query.clone() };
    html! {
        <tr data-entity={entity.name.clone()}>
            <th scope="row">
                <Link<Route, EntityQuery> to={Route::Entities} query={Some(link)}>{ &entity.name }</Link<Route, EntityQuery>>
            </th>
            <td>{ kind_label(entity.kind) }</td>
            <td class="num">{ entity.articles }</td>
            <td class="num">{ entity.mentions }</td>
            <td class="num">{ format!("{} / {}", entity.hedged_claims, entity.anonymous_claims) }</td>
        </tr>
    }
}

/// One entity's mentions in context, in library order.
fn entity_mentions(index: &EntityIndex, i: usize, corpus: &Corpus, back: EntityQuery) -> Html {
    let Some(entity) = index.entities.get(i) else { return html! {} };
    let mentions = index.mentions(i);
    html! {
        <section class="entity-mentions" aria-labelledby="entity-heading">
            <h2 id="entity-heading">{ &entity.name }</h2>
            <p class="entity-facts">
                { format!("{} · {} mention{} in {} article{}", kind_label(entity.kind), entity.mentions,
                    if entity.mentions == 1 { "" } else { "s" }, entity.articles, if entity.articles == 1 { "" } else { "s" }) }
                if !entity.aliases.is_empty() {
                    { format!(" · also written {}", entity.aliases.join(", ")) }
                }
            </p>
            <ol class="search-hits">
                { for mentions.iter().filter_map(|m| {
                    let article = corpus.article(&m.article)?;
                    let passage = Passage { span: m.context, highlights: vec![m.span] };
                    Some(html! {
                        <li class="search-hit" data-article-id={m.article.clone()}>
                            <Link<Route, PassageLink> to={Route::Article { id: m.article.clone() }}
                                query={Some(PassageLink::to(m.span))} classes="search-hit-title">
                                { &article.meta.title }
                            </Link<Route, PassageLink>>
                            <p class="search-hit-passage">
                                { for passage.pieces(&article.text).into_iter().map(|(words, marked)| if marked {
                                    html! { <mark class="search-match">{ words }</mark> }
                                } else {
                                    html! { words }
                                }) }
                            </p>
                        </li>
                    })
                }) }
            </ol>
            <Link<Route, EntityQuery> to={Route::Entities} query={Some(back)} classes="back-link">
                { "Back to every name" }
            </Link<Route, EntityQuery>>
        </section>
    }
}
