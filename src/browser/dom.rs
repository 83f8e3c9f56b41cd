//! Small DOM queries the reader needs: which highlight an event hit, where an
//! element sits, moving focus. Kept here so components stay free of web-sys
//! plumbing.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::NodeRef;

use crate::geometry::{Anchor, AtAnchor};

/// The nearest element at or above the event's target that has `attribute`.
pub fn closest_with(event: &web_sys::Event, attribute: &str) -> Option<Element> {
    let target = event.target()?.dyn_into::<Element>().ok().or_else(|| {
        // Text nodes are not elements: start from their parent.
        event.target()?.dyn_into::<web_sys::Node>().ok()?.parent_element()
    })?;
    target.closest(&format!("[{attribute}]")).ok().flatten()
}

/// Where `element` sits relative to `container`'s top-left corner, for
/// placing a popover under it.
pub fn position_within(element: &Element, container: &Element) -> Anchor {
    let rect = element.get_bounding_client_rect();
    let base = container.get_bounding_client_rect();
    Anchor { top: rect.top() - base.top(), left: rect.left() - base.left(), bottom: rect.bottom() - base.top() }
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

/// The element a component's `NodeRef` points to, once mounted.
pub fn element(node: &NodeRef) -> Option<Element> {
    node.cast::<Element>()
}

/// The article shown in the reader `page` (its `article.reader`).
pub fn article_in(page: &NodeRef) -> Option<Element> {
    element(page)?.query_selector("article.reader").ok().flatten()
}

/// What an event in the reader `page` hit: the value of `attribute` on the
/// nearest element carrying it, and where that element is drawn.
pub fn hit(event: &web_sys::Event, page: &NodeRef, attribute: &str) -> Option<AtAnchor<String>> {
    let page = element(page)?;
    let found = closest_with(event, attribute)?;
    Some(AtAnchor { item: found.get_attribute(attribute)?, anchor: position_within(&found, &page) })
}

/// Whether an event happened on (or inside) an element carrying `attribute`.
pub fn hit_any(event: &web_sys::Event, attribute: &str) -> bool {
    closest_with(event, attribute).is_some()
}

/// Moves keyboard focus to the element `node` refers to (a field or button
/// that should take it when it appears), without scrolling.
pub fn focus_ref(node: &NodeRef) {
    if let Some(element) = node.cast::<HtmlElement>() {
        let _ = element.focus();
    }
}

/// Moves keyboard focus to the element with this id, without scrolling.
pub fn focus_id(id: &str) {
    let element = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id));
    if let Some(element) = element.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

/// Focuses (and brings into view) the first element matching `selector`.
pub fn focus_selector(selector: &str) -> bool {
    let Some(element) = query(selector) else { return false };
    focus(&element);
    true
}

/// Moves focus to the next (`forward`) or previous element matching
/// `selector` inside `page`, from the one focused now (the first or last
/// when none is). False when there is none.
pub fn step_focus(page: &NodeRef, selector: &str, forward: bool) -> bool {
    element(page).is_some_and(|page| step_focus_within(&page, selector, forward))
}

/// [`step_focus`] among the elements under `root`.
pub fn step_focus_within(root: &Element, selector: &str, forward: bool) -> bool {
    let stops = query_all(root, selector);
    if stops.is_empty() {
        return false;
    }
    let current = active_element().and_then(|active| stops.iter().position(|el| *el == active));
    let next = match (current, forward) {
        (Some(i), true) => (i + 1).min(stops.len() - 1),
        (Some(i), false) => i.saturating_sub(1),
        (None, true) => 0,
        (None, false) => stops.len() - 1,
    };
    focus(&stops[next]);
    true
}

/// The page's title (the browser tab, history entries).
pub fn set_title(title: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(title);
    }
}

/// The key of a keyboard event pressed without Shift (None with Shift),
/// for handlers that see a plain `Event`.
pub fn unshifted_key(event: &web_sys::Event) -> Option<String> {
    let event = event.dyn_ref::<web_sys::KeyboardEvent>()?;
    (!event.shift_key()).then(|| event.key())
}

/// The text value of the `<input>`, `<textarea>` or `<select>` an event came from.
pub fn value_of(event: &web_sys::Event) -> Option<String> {
    let target = event.target()?;
    if let Some(input) = target.dyn_ref::<web_sys::HtmlInputElement>() {
        return Some(input.value());
    }
    if let Some(area) = target.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        return Some(area.value());
    }
    target.dyn_ref::<web_sys::HtmlSelectElement>().map(|select| select.value())
}

/// Whether the checkbox an event came from is ticked.
pub fn checked_of(event: &web_sys::Event) -> bool {
    event.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()).is_some_and(|input| input.checked())
}

/// Whether focus is moving to somewhere outside `node` (a `focusout`).
pub fn focus_leaves(event: &web_sys::FocusEvent, node: &NodeRef) -> bool {
    let next = event.related_target().and_then(|t| t.dyn_into::<web_sys::Node>().ok());
    match (node.cast::<web_sys::Node>(), next) {
        (Some(container), Some(next)) => !container.contains(Some(&next)),
        _ => true,
    }
}

/// The element the pre-rendered page's boot script keeps for the app
/// (`window.lectorAppRoot`, web/boot.js swaps it in for the pre-rendered page
/// once the app shows the same view), if the page has one.
pub fn prerendered_app_root() -> Option<Element> {
    web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &"lectorAppRoot".into()).ok())
        .and_then(|root| root.dyn_into::<Element>().ok())
}
