//! Keyboard stepping through the highlights of the open article: `n` moves
//! to the next entity mention or cue, `p` (or `N`) to the previous one; focus
//! opens its card. `Escape` closes the card. Highlights are not tab stops (an
//! article has hundreds), so this is how a keyboard reaches them.

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::KeyboardEvent;
use yew::prelude::*;

use crate::browser::dom;

/// The first fragment of each entity mention and cue, in text order.
const STEP_SELECTOR: &str = "[data-mention]:not(.cont-start), [data-cue]:not(.cont-start)";

#[hook]
pub fn use_highlight_keys(page: NodeRef, on_escape: Callback<()>) {
    use_effect_with((), move |_| {
        // Not passive: the keys must not also reach the page (type-ahead find).
        let options = EventListenerOptions::enable_prevent_default();
        let listener = EventListener::new_with_options(&gloo::utils::window(), "keydown", options, move |event| {
            let Some(event) = event.dyn_ref::<KeyboardEvent>() else { return };
            if dom::typing_in_field()
                || event.default_prevented()
                || event.ctrl_key()
                || event.meta_key()
                || event.alt_key()
            {
                return;
            }
            let forward = match event.key().as_str() {
                "n" => true,
                "p" | "N" => false,
                "Escape" => {
                    on_escape.emit(());
                    return;
                }
                _ => return,
            };
            let Some(page) = page.cast::<web_sys::Element>() else { return };
            let stops = dom::query_all(&page, STEP_SELECTOR);
            if stops.is_empty() {
                return;
            }
            let current = dom::active_element().and_then(|active| stops.iter().position(|el| *el == active));
            let next = match (current, forward) {
                (Some(i), true) => (i + 1).min(stops.len() - 1),
                (Some(i), false) => i.saturating_sub(1),
                (None, true) => 0,
                (None, false) => stops.len() - 1,
            };
            event.prevent_default();
            dom::focus(&stops[next]);
        });
        move || drop(listener)
    });
}
