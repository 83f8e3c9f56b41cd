use yew::prelude::*;
use yew_router::prelude::*;

use crate::browser::dom;
use crate::components::drop_import::DropImport;
use crate::components::header::SiteHeader;
use crate::components::notices::Notices;
use crate::route::{switch, Route};
use crate::state::analysed_provider::AnalysedProvider;
use crate::state::annotations_provider::AnnotationsProvider;
use crate::state::library_provider::LibraryProvider;
use crate::state::prefs::PrefsProvider;

#[component(App)]
pub fn app() -> Html {
    // The skip link moves focus itself: with hash routing, following
    // `href="#main"` would be read as a route.
    let skip = Callback::from(|event: MouseEvent| {
        event.prevent_default();
        dom::focus_id("main");
    });
    html! {
        <PrefsProvider>
            <AnnotationsProvider>
                <LibraryProvider>
                  <AnalysedProvider>
                    <HashRouter>
                        <a class="skip-link" href="#main" onclick={skip}>{ "Skip to content" }</a>
                        <SiteHeader />
                        <main id="main" tabindex="-1">
                            <Switch<Route> render={switch} />
                        </main>
                        <Notices />
                        <DropImport />
                    </HashRouter>
                  </AnalysedProvider>
                </LibraryProvider>
            </AnnotationsProvider>
        </PrefsProvider>
    }
}
