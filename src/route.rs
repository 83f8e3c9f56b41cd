//! URLs. Hash routing (`#/article/ID`) was chosen over a 404.html fallback
//! because it works on every static host, including a plain folder server
//! and a GitHub Pages project sub-path, with no server configuration: the
//! server only ever sees the page's own path, so a reload or a shared deep
//! link always loads the app, and the back button is the browser's own.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::compare_view::CompareView;
use crate::components::library::LibraryView;
use crate::components::not_found::NotFound;
use crate::components::reader::ReaderView;
use crate::components::search_annotations::AnnotationsView;
use crate::components::search_entities::EntitiesView;
use crate::components::version_changes::VersionChangesView;

#[derive(Clone, Debug, PartialEq, Eq, Routable)]
pub enum Route {
    #[at("/")]
    Library,
    #[at("/article/:id")]
    Article { id: String },
    /// An earlier (or any) version of an article, 1-based, oldest first.
    #[at("/article/:id/version/:number")]
    Version { id: String, number: usize },
    /// What changed from version `number` to the newest.
    #[at("/article/:id/changes/:number")]
    Changes { id: String, number: usize },
    /// Every person, organisation and place across the library.
    #[at("/entities")]
    Entities,
    /// Every annotation across the library.
    #[at("/annotations")]
    Annotations,
    /// Two articles side by side: `a` the one the reader came from.
    #[at("/compare/:a/:b")]
    Compare { a: String, b: String },
    #[not_found]
    #[at("/not-found")]
    NotFound,
}

pub fn switch(route: Route) -> Html {
    match route {
        Route::Library => html! { <LibraryView /> },
        Route::Article { id } => html! { <ReaderView {id} /> },
        Route::Version { id, number } => html! { <ReaderView {id} version={Some(number)} /> },
        Route::Changes { id, number } => html! { <VersionChangesView {id} {number} /> },
        Route::Entities => html! { <EntitiesView /> },
        Route::Annotations => html! { <AnnotationsView /> },
        Route::Compare { a, b } => html! { <CompareView {a} {b} /> },
        Route::NotFound => html! { <NotFound /> },
    }
}

/// The hash to show instead of `hash` (`location.hash`, with its `#`) when
/// the router cannot read it, else `None`. The router resolves the hash as a
/// URL against the page: `#//`, `#///x` or `#/\/` name another host (or none)
/// and made it throw, leaving a blank page; a hash not starting with `/` is
/// refused by it as relative. Those show "not found" like any unknown page.
pub fn repaired_hash(hash: &str) -> Option<&'static str> {
    let path = hash.strip_prefix('#').unwrap_or(hash);
    if path.is_empty() {
        return None;
    }
    // URL parsers read `\` as `/` in http(s) paths, and skip tabs and newlines.
    let mut normalised =
        path.chars().filter(|c| !matches!(c, '\t' | '\n' | '\r')).map(|c| if c == '\\' { '/' } else { c });
    let malformed = normalised.next() != Some('/') || normalised.next() == Some('/');
    malformed.then_some(NOT_FOUND_HASH)
}

/// Where a malformed address is sent: the router's own "not found" page.
pub const NOT_FOUND_HASH: &str = "#/not-found";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn malformed_hashes_lead_to_not_found() {
        let table: &[(&str, bool)] = &[
            ("", false),
            ("#", false),
            ("#/", false),
            ("#/article/abc", false),
            ("#/article/abc?annotation=x", false),
            ("#/not-found", false),
            ("#/a//b", false),
            ("#//", true),
            ("#///", true),
            ("#///x", true),
            ("#/\\/", true),
            ("#\\\\", true),
            ("#//example.com/article/abc", true),
            ("#main", true),
            ("#/\t/", true),
        ];
        for &(hash, malformed) in table {
            assert_eq!(repaired_hash(hash).is_some(), malformed, "hash {hash:?}");
        }
    }
}
