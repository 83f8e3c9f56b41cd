//! Small DOM queries the reader needs: which highlight an event hit, where an
//! element sits, moving focus. Kept here so components stay free of web-sys
//! plumbing.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// The nearest element at or above the event's target that has `attribute`.
pub fn closest_with(event: &web_sys::Event, attribute: &str) -> Option<Element> {
    let target = event.target()?.dyn_into::<Element>().ok().or_else(|| {
        // Text nodes are not elements: start from their parent.
        event.target()?.dyn_into::<web_sys::Node>().ok()?.parent_element()
    })?;
    target.closest(&format!("[{attribute}]")).ok().flatten()
}

pub fn attribute_usize(element: &Element, attribute: &str) -> Option<usize> {
    element.get_attribute(attribute)?.parse().ok()
}

/// Where `element` sits relative to `container`'s top-left corner, as
/// (top, left, bottom) in CSS pixels, for placing a popover under it.
pub fn position_within(element: &Element, container: &Element) -> (f64, f64, f64) {
    let rect = element.get_bounding_client_rect();
    let base = container.get_bounding_client_rect();
    (rect.top() - base.top(), rect.left() - base.left(), rect.bottom() - base.top())
}

pub fn query(selector: &str) -> Option<Element> {
    web_sys::window()?.document()?.query_selector(selector).ok().flatten()
}

pub fn query_all(root: &Element, selector: &str) -> Vec<Element> {
    let Ok(list) = root.query_selector_all(selector) else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<Element>().ok()).collect()
}

/// Moves keyboard focus to `element` and brings it into view.
pub fn focus(element: &Element) {
    if let Some(html) = element.dyn_ref::<HtmlElement>() {
        let _ = html.focus();
    }
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Center);
    element.scroll_into_view_with_scroll_into_view_options(&options);
}

pub fn active_element() -> Option<Element> {
    web_sys::window()?.document()?.active_element()
}

/// True while the user types in a field, when single-key shortcuts must not fire.
pub fn typing_in_field() -> bool {
    active_element().is_some_and(|el| {
        let tag = el.tag_name().to_ascii_lowercase();
        tag == "input" || tag == "textarea" || tag == "select" || el.has_attribute("contenteditable")
    })
}
