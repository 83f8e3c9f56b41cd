use yew::prelude::*;
use yew_router::prelude::*;

use crate::browser::{dom, page_focus};
use crate::components::drop_import::DropImport;
use crate::components::header::SiteHeader;
use crate::components::notices::Notices;
use crate::route::{switch, Route};
use crate::state::analysed_provider::AnalysedProvider;
use crate::state::annotations_provider::AnnotationsProvider;
use crate::state::corrections_provider::CorrectionsProvider;
use crate::state::library_provider::LibraryProvider;
use crate::state::prefs::PrefsProvider;
use crate::state::search_provider::SearchProvider;

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
                <CorrectionsProvider>
                    <SearchProvider>
                    <AnalysedProvider>
                    <HashRouter>
                        <a class="skip-link" href="#main" onclick={skip}>{ "Skip to content" }</a>
                        <SiteHeader />
                        <main id="main" tabindex="-1">
                            <Switch<Route> render={switch} />
                        </main>
                        // Page changes are announced here (browser/page_focus.rs).
                        <p id={page_focus::ANNOUNCER_ID} class="visually-hidden" role="status" aria-atomic="true"></p>
                        <Notices />
                        <DropImport />
                    </HashRouter>
                    </AnalysedProvider>
                    </SearchProvider>
                </CorrectionsProvider>
                </LibraryProvider>
            </AnnotationsProvider>
        </PrefsProvider>
    }
}
