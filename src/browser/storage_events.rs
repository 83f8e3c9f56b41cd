//! The `storage` event: another tab of this site wrote to localStorage.
//! Browsers fire it only in the *other* tabs, never in the one that wrote, so
//! reacting to it cannot echo a tab's own saves back to itself.

use gloo::events::EventListener;
use wasm_bindgen::JsCast;

/// Calls `on_change` with the new value (`None`: removed) whenever another
/// tab changes `key`. Listening stops when the returned listener is dropped.
pub fn listen(key: &'static str, on_change: impl Fn(Option<String>) + 'static) -> EventListener {
    EventListener::new(&gloo::utils::window(), "storage", move |event| {
        let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else { return };
        // `key` is null when another tab cleared all of the site's storage.
        if event.key().as_deref() == Some(key) {
            on_change(event.new_value());
        }
    })
}

/// [`listen`] for as long as the component is mounted.
#[yew::hook]
pub fn use_storage_changes(key: &'static str, on_change: impl Fn(Option<String>) + 'static) {
    let on_change = std::rc::Rc::new(on_change);
    yew::use_effect_with(key, move |key| {
        let listener = listen(key, move |value| on_change(value));
        move || drop(listener)
    });
}
