//! Keyboard stepping through the highlights of the open article: `n` moves
//! to the next entity mention or cue, `p` (or `N`) to the previous one; focus
//! opens its card. `Escape` closes the card. Highlights are not tab stops (an
//! article has hundreds), so this is how a keyboard reaches them.

use yew::prelude::*;

use crate::browser::dom;
use crate::browser::events::use_keydown;

/// The first fragment of each entity mention and cue, in text order.
const STEP_SELECTOR: &str = "[data-mention]:not(.cont-start), [data-cue]:not(.cont-start)";

#[hook]
pub fn use_highlight_keys(page: NodeRef, on_escape: Callback<()>) {
    use_keydown(move |press| {
        if !press.is_plain() {
            return false;
        }
        let forward = match press.key.as_str() {
            "n" => true,
            "p" | "N" => false,
            "Escape" => {
                on_escape.emit(());
                return false;
            }
            _ => return false,
        };
        dom::step_focus(&page, STEP_SELECTOR, forward)
    });
}
