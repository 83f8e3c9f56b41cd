//! The note's text field with its Preview switch: Markdown source while
//! writing, the note as it will appear (rendered safely, `note_text.rs`)
//! while previewing. Focused when it appears, so writing starts at once.

use yew::prelude::*;

use crate::browser::dom;
use crate::components::note_text::NoteText;

#[derive(Properties, PartialEq)]
pub struct NoteFieldProps {
    /// The field's element id.
    pub id: AttrValue,
    pub note: AttrValue,
    pub on_input: Callback<String>,
}

#[component(NoteField)]
pub fn note_field(props: &NoteFieldProps) -> Html {
    let preview = use_state(|| false);
    let field = use_node_ref();
    {
        let field = field.clone();
        use_effect_with((), move |_| {
            dom::focus_ref(&field);
        });
    }
    let oninput = {
        let on_input = props.on_input.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(value) = dom::value_of(&event) {
                on_input.emit(value);
            }
        })
    };
    let toggle_preview = {
        let preview = preview.clone();
        Callback::from(move |_| preview.set(!*preview))
    };
    html! {
        <div class="note-field">
            <div class="note-field-head">
                <label for={props.id.clone()}>{ "Note" }</label>
                <button type="button" class="link-button" aria-pressed={preview.to_string()} onclick={toggle_preview}>
                    { if *preview { "Edit" } else { "Preview" } }
                </button>
            </div>
            if *preview {
                <div class="note-preview" aria-live="polite">
                    if props.note.trim().is_empty() {
                        <p class="muted">{ "Nothing written yet." }</p>
                    } else {
                        <NoteText note={props.note.clone()} />
                    }
                </div>
            }
            <textarea id={props.id.clone()} ref={field} class="note-area" rows="4" hidden={*preview}
                placeholder="What should you remember about this? Markdown works: **bold**, *italic*, [links](https://…)"
                value={props.note.clone()} {oninput} />
        </div>
    }
}
