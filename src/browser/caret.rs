//! Keyboard selection: a caret the arrow keys move through the article, and
//! Shift+arrows to extend the selection from it.
//!
//! Browsers show no caret in text that is not editable (caret browsing is an
//! off-by-default browser setting), and making the article `contenteditable`
//! would let keystrokes change it. Instead the DOM selection itself is moved
//! with `Selection.modify` (Chromium, Firefox and Safari all have it, and it
//! knows words and visual lines), and the app draws the caret where the
//! selection's focus is.

use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::NodeRef;

use crate::browser::dom;
use crate::geometry::CaretBox;
use crate::keymap::Step;

/// `Selection.modify`'s name for how far a step goes.
fn granularity(step: Step) -> &'static str {
    match step {
        Step::Character => "character",
        Step::Word => "word",
        Step::Line => "line",
        Step::LineBoundary => "lineboundary",
    }
}

fn selection() -> Option<web_sys::Selection> {
    web_sys::window()?.get_selection().ok().flatten()
}

/// Moves the caret (`extend` false) or the selection's focus (`extend`
/// true) one `step` forward or backward. False when the browser cannot.
fn step(forward: bool, step: Step, extend: bool) -> bool {
    let Some(selection) = selection() else { return false };
    let alter = if extend { "extend" } else { "move" };
    let direction = if forward { "forward" } else { "backward" };
    selection.modify(alter, direction, granularity(step)).is_ok()
}

/// Whether the selection's focus lies inside `root`.
fn is_inside(root: &Element) -> bool {
    selection().and_then(|s| s.focus_node()).is_some_and(|node| root.contains(Some(&node)))
}

/// Puts the caret at the start of the first text block of `root` that shows
/// on screen, so the reader starts where they are reading.
fn place_in_view(root: &Element) -> bool {
    let Some(selection) = selection() else { return false };
    let Ok(blocks) = root.query_selector_all("[data-start]") else { return false };
    let height = gloo::utils::window().inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0);
    let blocks: Vec<Element> = (0..blocks.length()).filter_map(|i| blocks.item(i)?.dyn_into().ok()).collect();
    let visible = blocks.iter().find(|b| {
        let rect = b.get_bounding_client_rect();
        rect.bottom() > 0.0 && rect.top() < height
    });
    let Some(block) = visible.or(blocks.first()) else { return false };
    selection.collapse_with_offset(Some(block), 0).is_ok()
}

/// The caret's box in client coordinates.
fn focus_box() -> Option<CaretBox> {
    let selection = selection()?;
    let node = selection.focus_node()?;
    let range = gloo::utils::document().create_range().ok()?;
    range.set_start(&node, selection.focus_offset()).ok()?;
    range.collapse_with_to_start(true);
    let rect = range.get_bounding_client_rect();
    if rect.height() > 0.0 {
        return Some(CaretBox { top: rect.top(), left: rect.left(), height: rect.height() });
    }
    // At an element boundary a collapsed range has no box: use the element's.
    let element = node.dyn_ref::<Element>().cloned().or_else(|| node.parent_element())?;
    let rect = element.get_bounding_client_rect();
    Some(CaretBox { top: rect.top(), left: rect.left(), height: rect.height().min(28.0) })
}

/// Scrolls the page so that the caret (client coordinates) stays visible as it moves.
fn keep_in_view(CaretBox { top, height, .. }: CaretBox) {
    let window = gloo::utils::window();
    let view = window.inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0);
    let margin = 48.0;
    if top < margin {
        window.scroll_by_with_x_and_y(0.0, top - margin);
    } else if top + height > view - margin {
        window.scroll_by_with_x_and_y(0.0, top + height - view + margin);
    }
}

/// Where the caret is, relative to the reader `page`'s top-left corner, for
/// drawing it there.
pub fn box_in(page: &NodeRef) -> Option<CaretBox> {
    let caret = focus_box()?;
    let base = dom::element(page)?.get_bounding_client_rect();
    Some(CaretBox { top: caret.top - base.top(), left: caret.left - base.left(), height: caret.height })
}

/// Caret mode begins: the caret stays where it is if it is in the article
/// shown in `page`, else it goes to the first block on screen. Where it is
/// then, relative to `page`.
pub fn start_in(page: &NodeRef) -> Option<CaretBox> {
    let article = dom::article_in(page)?;
    if !is_inside(&article) {
        place_in_view(&article);
    }
    box_in(page)
}

/// One caret step (see [`step`]), scrolling to keep the caret in view; where
/// it is then, relative to `page`.
pub fn step_in(page: &NodeRef, forward: bool, by: Step, extend: bool) -> Option<CaretBox> {
    step(forward, by, extend);
    if let Some(caret) = focus_box() {
        keep_in_view(caret);
    }
    box_in(page)
}
