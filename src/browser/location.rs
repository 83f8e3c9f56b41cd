//! The page's location: absolute URLs of the app's own pages (links a reader
//! shares, the W3C export's article addresses), and reloading.

/// The absolute URL of a hash route (`/article/ID?annotation=…`), under
/// whatever origin and sub-path the site is served from.
pub fn of_route(route: &str) -> String {
    let location = gloo::utils::window().location();
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    format!("{origin}{path}#{route}")
}

/// Reloads the page (to pick up a newer Lector that wrote the stored data).
pub fn reload() {
    let _ = gloo::utils::window().location().reload();
}

/// Keeps the router from ever reading an address it cannot parse: rewrites
/// the hash now and, before the router sees it, after every navigation
/// (`popstate` listeners run in the order added, and this one is added
/// before the app mounts). `repair` says what to show instead of a hash.
pub fn guard_hash(repair: fn(&str) -> Option<&'static str>) {
    let fix = move || {
        let window = gloo::utils::window();
        let hash = window.location().hash().unwrap_or_default();
        if let Some(replacement) = repair(&hash) {
            // Replaces (not pushes) so that Back does not return to the bad address.
            let _ = window.history().and_then(|history| {
                history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(replacement))
            });
        }
    };
    fix();
    gloo::events::EventListener::new(&gloo::utils::window(), "popstate", move |_| fix()).forget();
}
