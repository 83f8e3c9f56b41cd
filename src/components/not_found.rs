use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::page_help::PageHelp;
use crate::hooks::page_arrival::{use_page_arrival, Arrival};
use crate::route::Route;

#[component(NotFound)]
pub fn not_found() -> Html {
    let arrival = Arrival { heading: "h1", quiet_on_first_load: false, keep_scroll: false };
    use_page_arrival(AttrValue::Static("Nothing here"), arrival);
    html! {
        <section class="notice" role="alert">
            <h1 tabindex="-1">{ "Nothing here" }</h1>
            <p>{ "This address does not lead to an article in this library." }</p>
            <p><Link<Route> to={Route::Library}>{ "Back to the library" }</Link<Route>></p>
            <PageHelp />
        </section>
    }
}
