//! The library's filters: words, outlet, dates, where articles came from,
//! sourcing (anonymous sources, share of hedged sentences) and the reader's
//! own annotations and tags. Each change is a new address (see
//! `hooks/library_filters.rs`).

use lector_article::IsoDate;
use lector_search::{Facets, Filters, Origin};
use yew::prelude::*;

use crate::browser::dom;

#[derive(Properties, PartialEq)]
pub struct SearchFiltersProps {
    pub filters: Filters,
    pub facets: Facets,
    pub on_change: Callback<(Filters, bool)>,
}

/// The hedged-share thresholds offered, in percent.
const HEDGED_STEPS: [u8; 5] = [10, 20, 30, 40, 50];

#[component(SearchFilters)]
pub fn search_filters(props: &SearchFiltersProps) -> Html {
    let filters = &props.filters;
    let facets = &props.facets;
    // Each control changes one field of the current filters.
    let change = |edit: fn(&mut Filters, Option<String>, bool), replace: bool| {
        let (filters, on_change) = (filters.clone(), props.on_change.clone());
        Callback::from(move |event: Event| {
            let mut next = filters.clone();
            edit(&mut next, dom::value_of(&event).filter(|v| !v.is_empty()), dom::checked_of(&event));
            on_change.emit((next, replace));
        })
    };
    let on_words = {
        let (filters, on_change) = (filters.clone(), props.on_change.clone());
        Callback::from(move |event: InputEvent| {
            let query = dom::value_of(&event).unwrap_or_default();
            on_change.emit((Filters { query, ..filters.clone() }, true));
        })
    };
    let clear = {
        let on_change = props.on_change.clone();
        Callback::from(move |_: MouseEvent| on_change.emit((Filters::default(), false)))
    };
    let option = |value: String, label: String, selected: bool| html! { <option {value} {selected}>{ label }</option> };
    let date = |d: Option<IsoDate>| d.map(|d| d.to_string()).unwrap_or_default();
    let (min, max) = facets.dates.map_or((String::new(), String::new()), |(lo, hi)| (lo.to_string(), hi.to_string()));
    html! {
        <form class="library-filters" aria-label="Search and filter the library" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            <div class="filter filter-words">
                <label for="filter-q">{ "Words" }</label>
                <input id="filter-q" type="search" value={filters.query.clone()} oninput={on_words}
                    placeholder="a name, a word, \"a phrase\"" autocomplete="off" />
            </div>
            <div class="filter">
                <label for="filter-outlet">{ "Outlet" }</label>
                <select id="filter-outlet" onchange={change(|f, v, _| f.outlet = v, false)}>
                    { option(String::new(), "Any".into(), filters.outlet.is_none()) }
                    { for facets.outlets.iter().map(|(name, n)| option(name.clone(), format!("{name} ({n})"),
                        filters.outlet.as_deref().is_some_and(|o| o.eq_ignore_ascii_case(name)))) }
                </select>
            </div>
            <div class="filter">
                <label for="filter-from">{ "From" }</label>
                <input id="filter-from" type="date" value={date(filters.from)} min={min.clone()} max={max.clone()}
                    onchange={change(|f, v, _| f.from = v.as_deref().and_then(IsoDate::parse), false)} />
            </div>
            <div class="filter">
                <label for="filter-to">{ "To" }</label>
                <input id="filter-to" type="date" value={date(filters.to)} {min} {max}
                    onchange={change(|f, v, _| f.to = v.as_deref().and_then(IsoDate::parse), false)} />
            </div>
            <div class="filter">
                <label for="filter-origin">{ "Articles" }</label>
                <select id="filter-origin" onchange={change(|f, v, _| f.origin = v.as_deref().and_then(Origin::from_code), false)}>
                    { option(String::new(), "All".into(), filters.origin.is_none()) }
                    { option("sample".into(), format!("Samples ({})", facets.samples), filters.origin == Some(Origin::Sample)) }
                    { option("own".into(), format!("Your own ({})", facets.own), filters.origin == Some(Origin::Own)) }
                </select>
            </div>
            <div class="filter">
                <label for="filter-hedged">{ "Hedged sentences" }</label>
                <select id="filter-hedged" onchange={change(|f, v, _| f.min_hedged_percent = v.and_then(|v| v.parse().ok()), false)}>
                    { option(String::new(), "Any share".into(), filters.min_hedged_percent.is_none()) }
                    { for HEDGED_STEPS.iter().map(|p| option(p.to_string(), format!("{p}% or more"), filters.min_hedged_percent == Some(*p))) }
                </select>
            </div>
            <div class="filter">
                <label for="filter-tag">{ "Tag" }</label>
                <select id="filter-tag" onchange={change(|f, v, _| f.tag = v, false)}>
                    { option(String::new(), "Any".into(), filters.tag.is_none()) }
                    { for facets.tags.iter().map(|(tag, n)| option(tag.clone(), format!("{tag} ({n})"),
                        filters.tag.as_deref().is_some_and(|t| t.eq_ignore_ascii_case(tag)))) }
                </select>
            </div>
            <div class="filter filter-check">
                <input id="filter-anonymous" type="checkbox" checked={filters.anonymous}
                    onchange={change(|f, _, on| f.anonymous = on, false)} />
                <label for="filter-anonymous">{ format!("Uses anonymous sources ({})", facets.anonymous) }</label>
            </div>
            <div class="filter filter-check">
                <input id="filter-annotated" type="checkbox" checked={filters.annotated}
                    onchange={change(|f, _, on| f.annotated = on, false)} />
                <label for="filter-annotated">{ format!("Has my annotations ({})", facets.annotated) }</label>
            </div>
            if !filters.is_empty() {
                <button type="button" class="filter-clear" onclick={clear}>{ "Clear filters" }</button>
            }
        </form>
    }
}
