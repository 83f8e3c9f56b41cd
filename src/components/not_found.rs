use yew::prelude::*;
use yew_router::prelude::*;

use crate::route::Route;

#[component(NotFound)]
pub fn not_found() -> Html {
    html! {
        <section class="notice" role="alert">
            <h1>{ "Nothing here" }</h1>
            <p>{ "This address does not lead to an article in this library." }</p>
            <p><Link<Route> to={Route::Library}>{ "Back to the library" }</Link<Route>></p>
        </section>
    }
}
