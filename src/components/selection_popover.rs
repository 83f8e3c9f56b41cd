//! The small toolbar that appears over selected text: make a highlight, or
//! a note. The same actions are on the keyboard (h, a), so the toolbar never
//! takes focus away from the selection.

use yew::prelude::*;

use crate::geometry::Anchor;

/// Places a popover `width` wide under `anchor`, kept inside the reader
/// page so that it never makes a phone screen scroll sideways.
pub fn below(anchor: Anchor, width: &str) -> String {
    format!(
        "top: {}px; left: max(0px, min({}px, calc(100% - min({width}, 100vw - 2rem))));",
        anchor.bottom + 8.0,
        anchor.left.max(0.0)
    )
}

#[derive(Properties, PartialEq)]
pub struct SelectionPopoverProps {
    pub anchor: Anchor,
    pub on_highlight: Callback<()>,
    pub on_note: Callback<()>,
}

#[component(SelectionPopover)]
pub fn selection_popover(props: &SelectionPopoverProps) -> Html {
    let style = below(props.anchor, "12rem");
    // Pressing a button must not collapse the selection it acts on.
    let keep_selection = Callback::from(|event: MouseEvent| event.prevent_default());
    let highlight = {
        let on_highlight = props.on_highlight.clone();
        Callback::from(move |_| on_highlight.emit(()))
    };
    let note = {
        let on_note = props.on_note.clone();
        Callback::from(move |_| on_note.emit(()))
    };
    html! {
        <div class="popover selection-popover" role="toolbar" aria-label="Annotate the selected text" {style}>
            <button type="button" class="annotate-highlight" onmousedown={keep_selection.clone()} onclick={highlight}>
                { "Highlight" }<kbd aria-hidden="true">{ "h" }</kbd>
            </button>
            <button type="button" class="annotate-note" onmousedown={keep_selection} onclick={note}>
                { "Note" }<kbd aria-hidden="true">{ "a" }</kbd>
            </button>
        </div>
    }
}
