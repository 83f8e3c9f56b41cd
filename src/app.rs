use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::drop_import::DropImport;
use crate::components::header::SiteHeader;
use crate::components::notices::Notices;
use crate::route::{switch, Route};
use crate::state::annotations::AnnotationsProvider;
use crate::state::prefs::PrefsProvider;

#[component(App)]
pub fn app() -> Html {
    // The skip link moves focus itself: with hash routing, following
    // `href="#main"` would be read as a route.
    let skip = Callback::from(|event: MouseEvent| {
        event.prevent_default();
        let main = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("main"));
        if let Some(main) = main.and_then(|m| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(m).ok()) {
            let _ = main.focus();
        }
    });
    html! {
        <PrefsProvider>
            <AnnotationsProvider>
                <HashRouter>
                    <a class="skip-link" href="#main" onclick={skip}>{ "Skip to content" }</a>
                    <SiteHeader />
                    <main id="main" tabindex="-1">
                        <Switch<Route> render={switch} />
                    </main>
                    <Notices />
                    <DropImport />
                </HashRouter>
            </AnnotationsProvider>
        </PrefsProvider>
    }
}
