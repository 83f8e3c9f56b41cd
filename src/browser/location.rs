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
