//! Tags: free words or phrases, with completion from the tags the reader
//! already uses (so "anonymous" does not become "anon", "Anonymous" and
//! "anonymity" over a month of work). An ARIA combobox: type, pick a
//! suggestion with the arrow keys and Enter, or type a comma to end a tag.

use lector_annotations::{same_tag, split_tag_input};
use yew::prelude::*;

use crate::browser::dom;
use crate::state::annotations::AnnotationsContext;

#[derive(Properties, PartialEq)]
pub struct TagInputProps {
    pub tags: Vec<String>,
    /// What is typed but not yet a tag; saved with the tags if the reader saves now.
    pub pending: AttrValue,
    pub on_tags: Callback<Vec<String>>,
    pub on_pending: Callback<String>,
    /// Prefix for element ids, unique on the page.
    pub id: AttrValue,
}

const MAX_SUGGESTIONS: usize = 8;

#[component(TagInput)]
pub fn tag_input(props: &TagInputProps) -> Html {
    let annotations = use_context::<AnnotationsContext>().expect("rendered inside AnnotationsProvider");
    let active = use_state(|| None::<usize>);
    let open = use_state(|| false);
    let typed = props.pending.trim().to_string();
    let suggestions: Vec<String> = if *open && !typed.is_empty() {
        annotations
            .store()
            .complete_tag(&typed, MAX_SUGGESTIONS + props.tags.len())
            .into_iter()
            .filter(|s| !props.tags.iter().any(|t| same_tag(t, s)) && !same_tag(s, &typed))
            .take(MAX_SUGGESTIONS)
            .collect()
    } else {
        Vec::new()
    };
    let add = {
        let tags = props.tags.clone();
        let on_tags = props.on_tags.clone();
        let on_pending = props.on_pending.clone();
        let active = active.clone();
        move |new: Vec<String>| {
            let mut next = tags.clone();
            for tag in new {
                if !next.iter().any(|t| same_tag(t, &tag)) {
                    next.push(tag);
                }
            }
            on_tags.emit(next);
            on_pending.emit(String::new());
            active.set(None);
        }
    };
    let oninput = {
        let add = add.clone();
        let on_pending = props.on_pending.clone();
        let open = open.clone();
        let active = active.clone();
        Callback::from(move |event: InputEvent| {
            let Some(value) = dom::value_of(&event) else { return };
            open.set(true);
            active.set(None);
            // A comma ends a tag; what follows the last comma is still being typed.
            match value.rfind(',') {
                Some(i) => {
                    let done = split_tag_input(&value[..i]);
                    let rest = value[i + 1..].to_string();
                    add(done);
                    on_pending.emit(rest);
                }
                None => on_pending.emit(value),
            }
        })
    };
    let onkeydown = {
        let add = add.clone();
        let suggestions = suggestions.clone();
        let active = active.clone();
        let open = open.clone();
        let tags = props.tags.clone();
        let on_tags = props.on_tags.clone();
        let pending = props.pending.to_string();
        Callback::from(move |event: KeyboardEvent| {
            let count = suggestions.len();
            match event.key().as_str() {
                "ArrowDown" if count > 0 => {
                    event.prevent_default();
                    active.set(Some(active.map_or(0, |i| (i + 1) % count)));
                }
                "ArrowUp" if count > 0 => {
                    event.prevent_default();
                    active.set(Some(active.map_or(count - 1, |i| (i + count - 1) % count)));
                }
                "Enter" if !event.ctrl_key() && !event.meta_key() => {
                    let chosen = active.and_then(|i| suggestions.get(i).cloned());
                    if let Some(tag) = chosen {
                        event.prevent_default();
                        add(vec![tag]);
                    } else if !pending.trim().is_empty() {
                        event.prevent_default();
                        add(split_tag_input(&pending));
                    }
                }
                "Escape" if count > 0 => {
                    // Closes the suggestions, not the editor around them.
                    event.prevent_default();
                    event.stop_propagation();
                    open.set(false);
                }
                "Backspace" if pending.is_empty() && !tags.is_empty() => {
                    let mut next = tags.clone();
                    next.pop();
                    on_tags.emit(next);
                }
                _ => {}
            }
        })
    };
    let list_id = format!("{}-suggestions", props.id);
    let input_id = format!("{}-input", props.id);
    let option_id = |i: usize| format!("{}-option-{i}", props.id);
    html! {
        <div class="tag-input">
            <label for={input_id.clone()}>{ "Tags" }</label>
            <ul class="tag-chips" aria-label="Tags on this annotation">
                { for props.tags.iter().enumerate().map(|(i, tag)| {
                    let tags = props.tags.clone();
                    let on_tags = props.on_tags.clone();
                    let remove = Callback::from(move |_| {
                        let mut next = tags.clone();
                        next.remove(i);
                        on_tags.emit(next);
                    });
                    html! {
                        <li class="tag-chip">
                            <span>{ tag }</span>
                            <button type="button" class="tag-remove" onclick={remove}
                                aria-label={format!("Remove tag {tag}")}>{ "×" }</button>
                        </li>
                    }
                }) }
            </ul>
            <input id={input_id} type="text" class="tag-field" role="combobox" autocomplete="off"
                aria-autocomplete="list" aria-expanded={(!suggestions.is_empty()).to_string()}
                aria-controls={list_id.clone()} aria-describedby={format!("{}-hint", props.id)}
                aria-activedescendant={active.and_then(|i| (i < suggestions.len()).then(|| option_id(i)))}
                placeholder="add a tag" value={props.pending.clone()} {oninput} {onkeydown}
                onblur={{ let open = open.clone(); Callback::from(move |_| open.set(false)) }} />
            <p class="field-hint" id={format!("{}-hint", props.id)}>{ "Enter or a comma ends a tag; ↓ picks from tags you used before." }</p>
            <ul id={list_id} class="tag-suggestions" role="listbox" aria-label="Tags you used before"
                hidden={suggestions.is_empty()}>
                { for suggestions.iter().enumerate().map(|(i, tag)| {
                    let add = add.clone();
                    let chosen = tag.clone();
                    // mousedown, not click: the field must not lose focus (and close the list) first.
                    let onmousedown = Callback::from(move |event: MouseEvent| {
                        event.prevent_default();
                        add(vec![chosen.clone()]);
                    });
                    html! {
                        <li id={option_id(i)} role="option" aria-selected={(*active == Some(i)).to_string()}
                            class={classes!("tag-suggestion", (*active == Some(i)).then_some("active"))} {onmousedown}>
                            { tag }
                        </li>
                    }
                }) }
            </ul>
        </div>
    }
}
