//! The small toolbar that appears over selected text: make a highlight, or
//! a note. The same actions are on the keyboard (h, a), so the toolbar never
//! takes focus away from the selection.

use yew::prelude::*;

use crate::components::highlight_popover::Anchor;

#[derive(Properties, PartialEq)]
pub struct SelectionPopoverProps {
    pub anchor: Anchor,
    pub on_highlight: Callback<()>,
    pub on_note: Callback<()>,
}

#[component(SelectionPopover)]
pub fn selection_popover(props: &SelectionPopoverProps) -> Html {
    let style = format!("top: {}px; left: {}px;", props.anchor.bottom + 8.0, props.anchor.left.max(0.0));
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
