//! Where keyboard focus goes when the page changes under it (issue 14):
//! to the new page's heading, announced in a polite live region, and back
//! to the highlight that opened a card once the card closes. Without this,
//! focus fell to `<body>` and a screen-reader user heard nothing.

use std::cell::Cell;

use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::{Element, FocusOptions, HtmlElement, ScrollIntoViewOptions, ScrollLogicalPosition};

use crate::browser::dom;

/// The live region `App` renders once, outside `<main>`.
pub const ANNOUNCER_ID: &str = "page-announcer";
/// Marks an element focus was handed back to: its `focusin` must not reopen
/// the card that just closed (see [`is_returned_focus`]).
const RETURNED: &str = "data-focus-returned";
/// How often, and how many times, to look for a heading that is not on the
/// page yet (the app renders off the page until web/boot.js swaps it in).
const RETRY_MILLIS: u32 = 100;
const RETRIES: u32 = 100;

thread_local! {
    static ARRIVED_BEFORE: Cell<bool> = const { Cell::new(false) };
}

/// A page (`title`) has arrived, its heading matching `heading`: sets the
/// document's title, and unless this is the library shown on the very first
/// load (where focus belongs at the top of the page), moves focus to the
/// heading and announces the title. `keep_scroll` leaves the view where it
/// is (a deep link to an annotation has scrolled there).
pub fn arrive(title: &str, heading: &'static str, first_load_quiet: bool, keep_scroll: bool) {
    dom::set_title(&format!("{title} · Lector"));
    let first = !ARRIVED_BEFORE.with(|before| before.replace(true));
    if first && first_load_quiet {
        return;
    }
    let title = title.to_string();
    focus_when_on_page(heading, keep_scroll, RETRIES, move || announce(&title));
}

fn focus_when_on_page(selector: &'static str, keep_scroll: bool, tries: u32, then: impl FnOnce() + 'static) {
    let heading = dom::query(&format!("main {selector}"));
    match heading.and_then(|h| h.dyn_into::<HtmlElement>().ok()) {
        Some(heading) => {
            let options = FocusOptions::new();
            options.set_prevent_scroll(keep_scroll);
            let _ = heading.focus_with_options(&options);
            then();
        }
        None if tries > 0 => {
            Timeout::new(RETRY_MILLIS, move || focus_when_on_page(selector, keep_scroll, tries - 1, then)).forget();
        }
        None => then(),
    }
}

/// Says `message` through the polite live region (emptied first, so the
/// same words twice are announced twice).
pub fn announce(message: &str) {
    let Some(region) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(ANNOUNCER_ID))
    else {
        return;
    };
    region.set_text_content(None);
    let region_later = region.clone();
    let message = message.to_string();
    // A change in a later task is one screen readers notice.
    Timeout::new(50, move || region_later.set_text_content(Some(&message))).forget();
}

/// Hands focus back to the first element matching `selector` (a highlight
/// whose card closed), without scrolling; its `focusin` is marked so that
/// it does not open the card again. False when there is no such element.
pub fn return_focus(selector: &str) -> bool {
    let Some(element) = dom::query(selector) else { return false };
    return_focus_to(&element)
}

/// [`return_focus`] to a known element.
pub fn return_focus_to(element: &Element) -> bool {
    let Some(html) = element.dyn_ref::<HtmlElement>() else { return false };
    if matches!(element.tag_name().as_str(), "BODY" | "HTML") || !element.is_connected() {
        return false;
    }
    if dom::active_element().as_ref() == Some(element) {
        return true;
    }
    // `focus()` dispatches `focusin` at once: the mark is there for exactly
    // the handlers of this one event.
    let _ = element.set_attribute(RETURNED, "");
    let options = FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = html.focus_with_options(&options);
    let _ = element.remove_attribute(RETURNED);
    true
}

/// Whether a `focusin` is focus handed back by [`return_focus`]: then it
/// must not open the card that just closed.
pub fn is_returned_focus(event: &web_sys::Event) -> bool {
    dom::closest_with(event, RETURNED).is_some()
}

/// Keeps Tab and Shift+Tab inside `root` (a modal dialog): from its last
/// focusable element Tab goes to the first, from the first Shift+Tab to the
/// last. True when it moved focus (the key's default must then be prevented).
pub fn trap_tab(root: &Element, backwards: bool) -> bool {
    let stops = dom::query_all(root, FOCUSABLE);
    let (Some(first), Some(last)) = (stops.first(), stops.last()) else { return false };
    let active = dom::active_element();
    let at_edge = if backwards { active.as_ref() == Some(first) } else { active.as_ref() == Some(last) };
    let outside = !active.as_ref().is_some_and(|a| root.contains(Some(a)));
    if !(at_edge || outside) {
        return false;
    }
    let target = if backwards { last } else { first };
    if let Some(html) = target.dyn_ref::<HtmlElement>() {
        let _ = html.focus();
    }
    true
}

/// Brings the element matching `selector` to the top of the view and
/// focuses it (a panel reached from a button at the top of a phone's page).
pub fn show_and_focus(selector: &str) -> bool {
    let Some(element) = dom::query(selector) else { return false };
    let options = ScrollIntoViewOptions::new();
    options.set_block(ScrollLogicalPosition::Start);
    element.scroll_into_view_with_scroll_into_view_options(&options);
    let focus = FocusOptions::new();
    focus.set_prevent_scroll(true);
    element.dyn_ref::<HtmlElement>().is_some_and(|html| html.focus_with_options(&focus).is_ok())
}

/// Moves focus to the first focusable element inside the first element
/// matching `selector` (a card beside the text). False when there is none.
pub fn focus_first_in(selector: &str) -> bool {
    let Some(root) = dom::query(selector) else { return false };
    let Some(first) = dom::query_all(&root, FOCUSABLE).into_iter().next() else { return false };
    first.dyn_ref::<HtmlElement>().is_some_and(|html| html.focus().is_ok())
}

const FOCUSABLE: &str = "a[href], button:not([disabled]), input:not([disabled]), textarea:not([disabled]), \
                         select:not([disabled]), [tabindex]:not([tabindex=\"-1\"])";
