//! Tags: free words or phrases, with completion from the tags the reader
//! already uses (so "anonymous" does not become "anon", "Anonymous" and
//! "anonymity" over a month of work). An ARIA combobox: type, pick a
//! suggestion with the arrow keys and Enter, or type a comma to end a tag.

use lector_annotations::{same_tag, split_tag_input};
use yew::prelude::*;

use crate::browser::dom;
use crate::components::tag_chips::TagChips;
use crate::components::tag_suggestions::TagSuggestions;
use crate::hooks::annotations::use_annotations;

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

/// The field's state and what it can do, shared by its event handlers.
#[derive(Clone)]
struct Field {
    tags: Vec<String>,
    pending: String,
    suggestions: Vec<String>,
    active: UseStateHandle<Option<usize>>,
    open: UseStateHandle<bool>,
    on_tags: Callback<Vec<String>>,
    on_pending: Callback<String>,
}

impl Field {
    /// Adds tags (a tag already there, in any case, is not added twice) and
    /// empties the field.
    fn add(&self, new: Vec<String>) {
        let mut next = self.tags.clone();
        for tag in new {
            if !next.iter().any(|t| same_tag(t, &tag)) {
                next.push(tag);
            }
        }
        self.on_tags.emit(next);
        self.on_pending.emit(String::new());
        self.active.set(None);
    }

    fn input(&self, value: String) {
        self.open.set(true);
        self.active.set(None);
        // A comma ends a tag; what follows the last comma is still being typed.
        match value.rfind(',') {
            Some(i) => {
                self.add(split_tag_input(&value[..i]));
                self.on_pending.emit(value[i + 1..].to_string());
            }
            None => self.on_pending.emit(value),
        }
    }

    fn key(&self, event: &KeyboardEvent) {
        let count = self.suggestions.len();
        match event.key().as_str() {
            "ArrowDown" if count > 0 => {
                event.prevent_default();
                self.active.set(Some(self.active.map_or(0, |i| (i + 1) % count)));
            }
            "ArrowUp" if count > 0 => {
                event.prevent_default();
                self.active.set(Some(self.active.map_or(count - 1, |i| (i + count - 1) % count)));
            }
            "Enter" if !event.ctrl_key() && !event.meta_key() => {
                let chosen = self.active.and_then(|i| self.suggestions.get(i).cloned());
                if let Some(tag) = chosen {
                    event.prevent_default();
                    self.add(vec![tag]);
                } else if !self.pending.trim().is_empty() {
                    event.prevent_default();
                    self.add(split_tag_input(&self.pending));
                }
            }
            "Escape" if count > 0 => {
                // Closes the suggestions, not the editor around them.
                event.prevent_default();
                event.stop_propagation();
                self.open.set(false);
            }
            "Backspace" if self.pending.is_empty() && !self.tags.is_empty() => {
                let mut next = self.tags.clone();
                next.pop();
                self.on_tags.emit(next);
            }
            _ => {}
        }
    }
}

#[component(TagInput)]
pub fn tag_input(props: &TagInputProps) -> Html {
    let annotations = use_annotations();
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
    let field = Field {
        tags: props.tags.clone(),
        pending: props.pending.to_string(),
        suggestions: suggestions.clone(),
        active: active.clone(),
        open: open.clone(),
        on_tags: props.on_tags.clone(),
        on_pending: props.on_pending.clone(),
    };
    let oninput = {
        let field = field.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(value) = dom::value_of(&event) {
                field.input(value);
            }
        })
    };
    let onkeydown = {
        let field = field.clone();
        Callback::from(move |event: KeyboardEvent| field.key(&event))
    };
    let on_choose = Callback::from(move |tag: String| field.add(vec![tag]));
    let list_id = format!("{}-suggestions", props.id);
    let input_id = format!("{}-input", props.id);
    let option_id = |i: usize| format!("{}-option-{i}", props.id);
    html! {
        <div class="tag-input">
            <label for={input_id.clone()}>{ "Tags" }</label>
            <TagChips tags={props.tags.clone()} on_tags={props.on_tags.clone()} />
            <input id={input_id} type="text" class="tag-field" role="combobox" autocomplete="off"
                aria-autocomplete="list" aria-expanded={(!suggestions.is_empty()).to_string()}
                aria-controls={list_id.clone()} aria-describedby={format!("{}-hint", props.id)}
                aria-activedescendant={active.and_then(|i| (i < suggestions.len()).then(|| option_id(i)))}
                placeholder="add a tag" value={props.pending.clone()} {oninput} {onkeydown}
                onblur={move |_| open.set(false)} />
            <p class="field-hint" id={format!("{}-hint", props.id)}>{ "Enter or a comma ends a tag; ↓ picks from tags you used before." }</p>
            <TagSuggestions id={props.id.clone()} {list_id} {suggestions} active={*active} {on_choose} />
        </div>
    }
}
