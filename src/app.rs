use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::header::SiteHeader;
use crate::route::{switch, Route};
use crate::state::prefs::PrefsProvider;

#[component(App)]
pub fn app() -> Html {
    html! {
        <PrefsProvider>
            <HashRouter>
                <a class="skip-link" href="#main">{ "Skip to content" }</a>
                <SiteHeader />
                <main id="main" tabindex="-1">
                    <Switch<Route> render={switch} />
                </main>
            </HashRouter>
        </PrefsProvider>
    }
}
