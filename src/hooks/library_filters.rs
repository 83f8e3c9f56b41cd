//! The library's filters live in the address (`#/?q=kirby&anonymous=1`), so
//! a narrowed library can be shared, survives a reload and the back button
//! steps through it. A part of a shared link that cannot be read is named in
//! `error` and the library shows unfiltered.

use lector_search::Filters;
use yew::prelude::*;
use yew_router::prelude::*;
use yew_router::query::Raw;

use crate::route::Route;

#[derive(Clone, PartialEq)]
pub struct LibraryFilters {
    pub filters: Filters,
    pub error: Option<String>,
    /// New filters: pushed as a history entry, or (`true`: typing in a
    /// field) replacing the current one.
    pub set: Callback<(Filters, bool)>,
}

#[hook]
pub fn use_library_filters() -> LibraryFilters {
    let location = use_location();
    let navigator = use_navigator();
    let query = location.map(|l| l.query_str().to_string()).unwrap_or_default();
    let (filters, error) = match Filters::from_query_string(&query) {
        Ok(filters) => (filters, None),
        Err(e) => (Filters::default(), Some(e.to_string())),
    };
    let set = Callback::from(move |(filters, replace): (Filters, bool)| {
        let Some(navigator) = &navigator else { return };
        let query = filters.to_query_string();
        match (query.is_empty(), replace) {
            (true, false) => navigator.push(&Route::Library),
            (true, true) => navigator.replace(&Route::Library),
            (false, false) => {
                let _ = navigator.push_with_query(&Route::Library, Raw(query));
            }
            (false, true) => {
                let _ = navigator.replace_with_query(&Route::Library, Raw(query));
            }
        }
    });
    LibraryFilters { filters, error, set }
}
