//! Writing or changing an annotation's note, tags and colour. The note is
//! Markdown source (or plain text); Preview shows it as it will appear
//! (`note_field.rs`). Ctrl+Enter saves, Escape cancels.
//!
//! The editor validates through `lector_annotations::Body` before handing
//! the body over, so a refused note (too long, a bad tag) is reported here
//! with the text still in the field, never lost.

use lector_annotations::{split_tag_input, Body, Colour};
use yew::prelude::*;

use crate::components::colour_palette::ColourPalette;
use crate::components::note_field::NoteField;
use crate::components::tag_input::TagInput;

#[derive(Properties, PartialEq)]
pub struct NoteEditorProps {
    /// Unique on the page: prefixes the editor's element ids.
    pub id: AttrValue,
    #[prop_or_default]
    pub note: AttrValue,
    #[prop_or_default]
    pub tags: Vec<String>,
    pub colour: Colour,
    pub on_save: Callback<Body>,
    pub on_cancel: Callback<()>,
    #[prop_or(AttrValue::Static("Save"))]
    pub save_label: AttrValue,
}

#[component(NoteEditor)]
pub fn note_editor(props: &NoteEditorProps) -> Html {
    let note = use_state(|| props.note.to_string());
    let tags = use_state(|| props.tags.clone());
    let pending = use_state(String::new);
    let colour = use_state(|| props.colour);
    let error = use_state(|| None::<String>);
    let save = {
        let (note, tags, pending, colour, error) =
            (note.clone(), tags.clone(), pending.clone(), colour.clone(), error.clone());
        let on_save = props.on_save.clone();
        move || {
            let mut all = (*tags).clone();
            all.extend(split_tag_input(&pending));
            match Body::new((*note).clone(), all, *colour) {
                Ok(body) => on_save.emit(body),
                Err(problem) => error.set(Some(problem.to_string())),
            }
        }
    };
    let onsubmit = {
        let save = save.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            save();
        })
    };
    let onkeydown = {
        let on_cancel = props.on_cancel.clone();
        Callback::from(move |event: KeyboardEvent| match event.key().as_str() {
            "Enter" if event.ctrl_key() || event.meta_key() => {
                event.prevent_default();
                save();
            }
            "Escape" => {
                event.prevent_default();
                event.stop_propagation();
                on_cancel.emit(());
            }
            _ => {}
        })
    };
    let cancel = {
        let on_cancel = props.on_cancel.clone();
        Callback::from(move |_| on_cancel.emit(()))
    };
    html! {
        <form class="note-editor" {onsubmit} {onkeydown}>
            <NoteField id={format!("{}-note", props.id)} note={AttrValue::from((*note).clone())}
                on_input={{ let note = note.clone(); Callback::from(move |n| note.set(n)) }} />
            <TagInput id={format!("{}-tags", props.id)} tags={(*tags).clone()} pending={AttrValue::from((*pending).clone())}
                on_tags={{ let tags = tags.clone(); Callback::from(move |t| tags.set(t)) }}
                on_pending={{ let pending = pending.clone(); Callback::from(move |p| pending.set(p)) }} />
            <ColourPalette name={format!("{}-colour", props.id)} selected={*colour}
                on_select={{ let colour = colour.clone(); Callback::from(move |c| colour.set(c)) }} />
            if let Some(problem) = &*error {
                <p class="field-error" role="alert">{ problem }</p>
            }
            <div class="editor-actions">
                <button type="submit" class="primary">{ props.save_label.clone() }</button>
                <button type="button" onclick={cancel}>{ "Cancel" }</button>
                <span class="field-hint">{ "Ctrl+Enter saves · Esc cancels" }</span>
            </div>
        </form>
    }
}
