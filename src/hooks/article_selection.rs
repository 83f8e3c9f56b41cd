//! Follows the reader's text selection in the article, whatever made it:
//! mouse, touch handles, or the keyboard caret.

use std::cell::Cell;
use std::rc::Rc;

use lector_text::Span;
use yew::prelude::*;

use crate::browser::events::{use_document_event, use_window_event};
use crate::browser::selection;
use crate::geometry::Anchor;

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
    let pointer_down = use_memo((), |_| Rc::new(Cell::new(false)));
    let update = {
        let (current, pointer_down) = (current.clone(), pointer_down.clone());
        move || {
            if !pointer_down.get() {
                current.set(read(&page));
            }
        }
    };
    let released = {
        let (update, pointer_down) = (update.clone(), pointer_down.clone());
        move |_: &Event| {
            pointer_down.set(false);
            update();
        }
    };
    use_document_event("selectionchange", move |_| update());
    {
        let pointer_down = pointer_down.clone();
        use_window_event("pointerdown", move |_| pointer_down.set(true));
    }
    use_window_event("pointerup", released.clone());
    // Touch selection (long press, handles) often ends in a cancel, not an up.
    use_window_event("pointercancel", released);
    (*current).clone()
}

/// The selection as it is right now (a shortcut may come before the
/// `selectionchange` event that [`use_article_selection`] waits for).
pub fn read(page: &NodeRef) -> Option<ArticleSelection> {
    let (span, anchor) = selection::in_reader(page)?;
    Some(ArticleSelection { span, anchor })
}
