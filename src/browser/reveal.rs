//! Bringing an annotation into view: scrolling the text to it and flashing
//! it, so the eye finds it (a deep link, a click in the sidebar).

use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::NodeRef;

use crate::browser::dom;

/// How long the flash class stays (the CSS animation runs twice 1.2 s).
const FLASH_MILLIS: u32 = 2600;

/// The marks of annotation `id`, in the page or, before the boot script has
/// swapped the app in for the pre-rendered page, in the app's own root (they
/// flash there, and web/boot.js scrolls to them once they are on screen).
fn marks_of(id: &str) -> Vec<Element> {
    // `id` is a validated UUID (hex digits and dashes): safe inside the selector.
    let selector = format!("mark[data-annotation-id=\"{id}\"]");
    let in_page = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .map(|root| dom::query_all(&root, &selector))
        .unwrap_or_default();
    if !in_page.is_empty() {
        return in_page;
    }
    dom::prerendered_app_root().map(|root| dom::query_all(&root, &selector)).unwrap_or_default()
}

/// Scrolls to annotation `id` and flashes every fragment of it. False when
/// it is not drawn in the page (orphaned, or another article).
pub fn reveal_annotation(id: &str) -> bool {
    let marks = marks_of(id);
    let Some(first) = marks.first() else { return false };
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Center);
    first.scroll_into_view_with_scroll_into_view_options(&options);
    for mark in &marks {
        let classes = mark.class_list();
        let _ = classes.remove_1("flash");
        // Reading layout restarts the animation when the class comes back at once.
        if let Some(html) = mark.dyn_ref::<web_sys::HtmlElement>() {
            let _ = html.offset_width();
        }
        let _ = classes.add_1("flash");
    }
    gloo::timers::callback::Timeout::new(FLASH_MILLIS, move || {
        for mark in marks {
            let _ = mark.class_list().remove_1("flash");
        }
    })
    .forget();
    true
}

/// Moves keyboard focus to the next (`forward`) or previous annotation in
/// the article shown in `page`, from the one focused now.
pub fn step_annotation(page: &NodeRef, forward: bool) -> bool {
    let Some(article) = dom::article_in(page) else { return false };
    dom::step_focus_within(&article, "mark[data-annotation-id]:not(.cont-start)", forward)
}

/// Scrolls an element (by its id) into view, e.g. an orphan's sidebar entry.
pub fn scroll_to_id(element_id: &str) -> bool {
    let Some(element) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(element_id))
    else {
        return false;
    };
    dom::focus(&element);
    true
}

/// Scrolls to the first element matching `selector` (a highlight the app
/// drew, e.g. `[data-cue="4"]`), moves focus to it and flashes it. False
/// when there is no such element (its layer is hidden).
pub fn reveal_highlight(selector: &str) -> bool {
    let Some(element) = dom::query(selector) else { return false };
    dom::focus(&element);
    let classes = element.class_list();
    let _ = classes.remove_1("flash");
    if let Some(html) = element.dyn_ref::<web_sys::HtmlElement>() {
        let _ = html.offset_width();
    }
    let _ = classes.add_1("flash");
    gloo::timers::callback::Timeout::new(FLASH_MILLIS, move || {
        let _ = element.class_list().remove_1("flash");
    })
    .forget();
    true
}

/// Scrolls the article to the text block holding character `span.start` (a
/// search result or a mention opened from another page) and flashes it.
/// False when the article is not drawn yet.
pub fn reveal_passage(span: lector_text::Span) -> bool {
    let roots =
        [web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()), dom::prerendered_app_root()];
    let block = roots.into_iter().flatten().find_map(|root| {
        dom::query_all(&root, ".reader [data-start][data-end]").into_iter().find(|block| {
            let bound = |name| block.get_attribute(name).and_then(|v| v.parse::<usize>().ok());
            matches!((bound("data-start"), bound("data-end")), (Some(s), Some(e)) if s <= span.start && span.start < e.max(s + 1))
        })
    });
    let Some(block) = block else { return false };
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Center);
    block.scroll_into_view_with_scroll_into_view_options(&options);
    let _ = block.class_list().add_1("passage-flash");
    gloo::timers::callback::Timeout::new(FLASH_MILLIS, move || {
        let _ = block.class_list().remove_1("passage-flash");
    })
    .forget();
    true
}
