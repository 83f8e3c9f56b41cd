//! URLs. Hash routing (`#/article/ID`) was chosen over a 404.html fallback
//! because it works on every static host, including a plain folder server
//! and a GitHub Pages project sub-path, with no server configuration: the
//! server only ever sees the page's own path, so a reload or a shared deep
//! link always loads the app, and the back button is the browser's own.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::library::LibraryView;
use crate::components::not_found::NotFound;
use crate::components::reader::ReaderView;

#[derive(Clone, Debug, PartialEq, Eq, Routable)]
pub enum Route {
    #[at("/")]
    Library,
    #[at("/article/:id")]
    Article { id: String },
    #[not_found]
    #[at("/not-found")]
    NotFound,
}

pub fn switch(route: Route) -> Html {
    match route {
        Route::Library => html! { <LibraryView /> },
        Route::Article { id } => html! { <ReaderView {id} /> },
        Route::NotFound => html! { <NotFound /> },
    }
}
