use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::search_box::SearchBox;
use crate::components::theme_toggle::ThemeToggle;
use crate::route::Route;

#[component(SiteHeader)]
pub fn site_header() -> Html {
    html! {
        <header class="site-header">
            <Link<Route> to={Route::Library} classes="brand">
                <span class="brand-name">{ "Lector" }</span>
                <span class="brand-tag">{ "let the reader beware" }</span>
            </Link<Route>>
            <SearchBox />
            <nav class="site-tools" aria-label="Display">
                <ThemeToggle />
            </nav>
        </header>
    }
}
