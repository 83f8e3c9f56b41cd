//! A click on (or keyboard focus of) an annotation in the text opens its
//! card; names and cues inside it open their own card instead (reader.rs).
//! A press on any highlight still starts a selection (`highlight_focus`).

use lector_annotations::AnnotationId;
use yew::prelude::*;

use crate::browser::events::use_element_event;
use crate::browser::highlight_focus::use_presses_select;
use crate::browser::{dom, page_focus, selection};
use crate::geometry::AtAnchor;

/// The annotation whose card is open, and where it hangs.
pub type OpenCard = UseStateHandle<Option<AtAnchor<AnnotationId>>>;

#[hook]
pub fn use_card_opener(page: NodeRef) -> OpenCard {
    let card: OpenCard = use_state(|| None);
    let open = {
        let (card, page) = (card.clone(), page.clone());
        move |event: &Event| {
            if dom::hit_any(event, "data-mention") || dom::hit_any(event, "data-cue") {
                return;
            }
            // Focus handed back after the card closed does not reopen it.
            if page_focus::is_returned_focus(event) {
                return;
            }
            let Some(hit) = dom::hit(event, &page, "data-annotation-id") else { return };
            if let Ok(id) = AnnotationId::parse(&hit.item) {
                card.set(Some(AtAnchor { item: id, anchor: hit.anchor }));
            }
        }
    };
    let on_click = open.clone();
    use_element_event(page.clone(), "click", move |event| {
        // A drag that selected text is for annotating, not for a card.
        if selection::is_empty() {
            on_click(event);
        }
    });
    use_element_event(page.clone(), "focusin", open);
    // The card sits after the panel in the page: Tab from its annotation
    // goes straight into it.
    let is_open = card.is_some();
    use_element_event(page.clone(), "keydown", move |event| {
        let Some(key) = dom::unshifted_key(event) else { return };
        let on_mark = !dom::hit_any(event, "data-mention")
            && !dom::hit_any(event, "data-cue")
            && dom::hit_any(event, "data-annotation-id");
        if key == "Tab" && is_open && on_mark && page_focus::focus_first_in(".reader-overlays .annotation-popover") {
            event.prevent_default();
        }
    });
    use_presses_select(page);
    card
}

/// The first fragment of annotation `id`'s mark in the text.
pub fn mark_selector(id: &AnnotationId) -> String {
    // A validated UUID (hex digits and dashes): safe inside the selector.
    format!("mark[data-annotation-id=\"{}\"]:not(.cont-start)", id.as_str())
}

/// Closes the open card, handing focus back to its annotation in the text
/// (so `]` goes on from there and nothing scrolls).
pub fn close(card: &OpenCard) {
    if let Some(open) = &**card {
        page_focus::return_focus(&mark_selector(&open.item));
    }
    card.set(None);
}
