//! The search box in the site's header, on every page (`/` focuses it): as
//! the reader types, the best articles with their matching passage appear
//! below it; Enter shows every result in the library, with its filters.

use yew::prelude::*;
use yew_router::prelude::*;
use yew_router::query::Raw;

use crate::browser::dom;
use crate::browser::events::use_keydown;
use crate::components::search_hit::SearchHitView;
use crate::components::search_progress::SearchProgress;
use crate::keymap::{self, Command};
use crate::route::Route;
use crate::state::search::CorpusContext;

/// Results shown under the box; the library shows them all.
const SHOWN: usize = 8;

#[component(SearchBox)]
pub fn search_box() -> Html {
    let corpus = use_context::<CorpusContext>().expect("rendered inside SearchProvider");
    let navigator = use_navigator();
    let query = use_state(String::new);
    let open = use_state(|| false);
    let input = use_node_ref();
    let container = use_node_ref();
    {
        let input = input.clone();
        use_keydown(move |press| {
            let wanted = keymap::command(press) == Some(Command::FocusSearch);
            if wanted {
                dom::focus_ref(&input);
            }
            wanted
        });
    }
    let results = use_memo(((*query).clone(), (*corpus).clone()), |(query, corpus)| corpus.search(query, SHOWN));
    let oninput = {
        let (query, open) = (query.clone(), open.clone());
        Callback::from(move |event: InputEvent| {
            query.set(dom::value_of(&event).unwrap_or_default());
            open.set(true);
        })
    };
    let onkeydown = {
        let (query, open) = (query.clone(), open.clone());
        Callback::from(move |event: KeyboardEvent| match event.key().as_str() {
            "Escape" => open.set(false),
            "Enter" if !query.trim().is_empty() => {
                event.prevent_default();
                open.set(false);
                let filters = lector_search::Filters { query: (*query).clone(), ..Default::default() };
                if let Some(navigator) = &navigator {
                    let _ = navigator.push_with_query(&Route::Library, Raw(filters.to_query_string()));
                }
            }
            _ => {}
        })
    };
    let onfocusin = {
        let open = open.clone();
        Callback::from(move |_: FocusEvent| open.set(true))
    };
    let onfocusout = {
        let (open, container) = (open.clone(), container.clone());
        Callback::from(move |event: FocusEvent| {
            if dom::focus_leaves(&event, &container) {
                open.set(false);
            }
        })
    };
    let close = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(false))
    };
    let shown = *open && !query.trim().is_empty();
    html! {
        <div class="site-search" role="search" ref={container} {onfocusin} {onfocusout}>
            <label for="search-input" class="visually-hidden">{ "Search the library" }</label>
            <input id="search-input" type="search" ref={input} value={(*query).clone()} {oninput} {onkeydown}
                placeholder="Search  /" autocomplete="off" aria-describedby="search-summary" />
            <div class={classes!("search-panel", (!shown).then_some("hidden"))}>
                <p id="search-summary" class="search-summary" aria-live="polite">
                    if shown {
                        { summary(results.total) }
                    }
                </p>
                if shown {
                    <SearchProgress />
                    <ol class="search-hits" onclick={close}>
                        { for results.hits.iter().filter_map(|hit| {
                            let article = corpus.article(&hit.id)?.clone();
                            Some(html! { <SearchHitView key={hit.id.clone()} hit={hit.clone()} {article} /> })
                        }) }
                    </ol>
                    if results.total > results.hits.len() {
                        <p class="search-more">{ "Press Enter to see all of them in the library." }</p>
                    }
                }
            </div>
        </div>
    }
}

fn summary(total: usize) -> String {
    match total {
        0 => "No article matches.".into(),
        1 => "1 article matches.".into(),
        n => format!("{n} articles match."),
    }
}
