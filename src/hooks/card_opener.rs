//! A click on (or keyboard focus of) an annotation in the text opens its
//! card; names and cues inside it open their own card instead (reader.rs).
//! A press on any highlight still starts a selection (`highlight_focus`).

use lector_annotations::AnnotationId;
use yew::prelude::*;

use crate::browser::events::use_element_event;
use crate::browser::highlight_focus::use_presses_select;
use crate::browser::{dom, selection};
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
    use_presses_select(page);
    card
}
