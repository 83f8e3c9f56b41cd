//! Highlights (entities, cues, annotations) are focusable from the keyboard
//! (`tabindex="-1"`: n / p and ] / [ move focus to them, which opens their
//! card), yet a mouse press on one must start a text selection: most
//! selections in news text begin on a name or a hedge phrase.
//!
//! Chromium does not start a selection when the press lands on a focusable
//! element: it focuses the element instead. So for the duration of a press
//! the highlights under the pointer lose their `tabindex`, and get it back on
//! release; a click still opens their card (that is a `click`, not a focus).

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions, EventListenerPhase};
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

use crate::browser::dom;

/// Installs the press handling on `root` (the article). Dropping the
/// listeners removes it.
pub fn let_presses_select(root: &Element) -> [EventListener; 3] {
    let taken: Rc<RefCell<Vec<Element>>> = Rc::default();
    // Capture phase: before the press's default action decides what to focus.
    let capture = EventListenerOptions { phase: EventListenerPhase::Capture, passive: true };
    let press = {
        let taken = taken.clone();
        let root = root.clone();
        EventListener::new_with_options(root.clone().as_ref(), "pointerdown", capture, move |event| {
            if event.dyn_ref::<web_sys::PointerEvent>().is_some_and(|e| e.pointer_type() == "mouse" && e.button() != 0)
            {
                return;
            }
            let mut current = event.target().and_then(|t| {
                t.dyn_ref::<Element>().cloned().or_else(|| t.dyn_ref::<web_sys::Node>()?.parent_element())
            });
            let mut taken = taken.borrow_mut();
            while let Some(element) = current {
                if element == root {
                    break;
                }
                if element.get_attribute("tabindex").as_deref() == Some("-1") {
                    let _ = element.remove_attribute("tabindex");
                    taken.push(element.clone());
                }
                current = element.parent_element();
            }
        })
    };
    let give_back = |kind: &'static str| {
        let taken = taken.clone();
        EventListener::new(&gloo::utils::window(), kind, move |_| {
            for element in taken.borrow_mut().drain(..) {
                let _ = element.set_attribute("tabindex", "-1");
            }
        })
    };
    [press, give_back("pointerup"), give_back("pointercancel")]
}

/// [`let_presses_select`] on the element `root` refers to, while mounted.
#[hook]
pub fn use_presses_select(root: NodeRef) {
    use_effect_with(root, |root| {
        let listeners = dom::element(root).map(|root| let_presses_select(&root));
        move || drop(listeners)
    });
}
