//! The popover in which a new note is written, under the selected words.

use lector_annotations::{Body, Colour};
use yew::prelude::*;

use crate::components::note_editor::NoteEditor;
use crate::components::selection_popover::below;
use crate::hooks::article_selection::ArticleSelection;
use crate::shared_text::SharedText;

#[derive(Properties, PartialEq)]
pub struct NoteComposerProps {
    pub text: SharedText,
    pub selected: ArticleSelection,
    pub colour: Colour,
    pub on_save: Callback<Body>,
    pub on_cancel: Callback<()>,
}

#[component(NoteComposer)]
pub fn note_composer(props: &NoteComposerProps) -> Html {
    let quote: String = props.text.slice(props.selected.span).chars().take(120).collect();
    let style = below(props.selected.anchor, "26rem");
    html! {
        <div class="popover note-popover" role="dialog" aria-label="New note" {style}>
            <p class="popover-kind">{ "New note on" }</p>
            <blockquote class="ann-quote">{ quote }</blockquote>
            <NoteEditor id="new-note" colour={props.colour} on_save={props.on_save.clone()}
                on_cancel={props.on_cancel.clone()} />
        </div>
    }
}
