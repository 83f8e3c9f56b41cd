//! Follows the reader's text selection in the article, whatever made it:
//! mouse, touch handles, or the keyboard caret.

use std::cell::Cell;
use std::rc::Rc;

use gloo::events::EventListener;
use lector_text::Span;
use yew::prelude::*;

use crate::browser::selection;
use crate::components::highlight_popover::Anchor;

/// A non-empty selection in the article, and where it is drawn (relative to the reader page).
#[derive(Clone, Debug, PartialEq)]
pub struct ArticleSelection {
    pub span: Span,
    pub anchor: Anchor,
}

/// The current selection inside the `article.reader` under `page`. While a
/// pointer is down the selection is still being dragged: it is read when the
/// pointer is released, so the popover does not chase the mouse.
#[hook]
pub fn use_article_selection(page: NodeRef) -> Option<ArticleSelection> {
    let current = use_state_eq(|| None::<ArticleSelection>);
    {
        let current = current.clone();
        use_effect_with((), move |_| {
            let pointer_down = Rc::new(Cell::new(false));
            let update = {
                let pointer_down = pointer_down.clone();
                Rc::new(move || {
                    if pointer_down.get() {
                        return;
                    }
                    current.set(read(&page));
                })
            };
            let window = gloo::utils::window();
            let document = gloo::utils::document();
            let on_change = update.clone();
            let on_up = update.clone();
            let on_cancel = update;
            let (down_flag, up_flag, cancel_flag) = (pointer_down.clone(), pointer_down.clone(), pointer_down);
            let listeners = [
                EventListener::new(&document, "selectionchange", move |_| on_change()),
                EventListener::new(&window, "pointerdown", move |_| down_flag.set(true)),
                EventListener::new(&window, "pointerup", move |_| {
                    up_flag.set(false);
                    on_up();
                }),
                // Touch selection (long press, handles) often ends in a cancel, not an up.
                EventListener::new(&window, "pointercancel", move |_| {
                    cancel_flag.set(false);
                    on_cancel();
                }),
            ];
            move || drop(listeners)
        });
    }
    (*current).clone()
}

/// The selection as it is right now (a shortcut may come before the
/// `selectionchange` event that [`use_article_selection`] waits for).
pub fn read(page: &NodeRef) -> Option<ArticleSelection> {
    let (span, (top, left, bottom)) = selection::in_reader(&page.cast::<web_sys::Element>()?)?;
    Some(ArticleSelection { span, anchor: Anchor { top, left, bottom } })
}
