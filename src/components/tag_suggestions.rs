//! The tag field's list of tags the reader used before (an ARIA listbox).

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TagSuggestionsProps {
    /// The tag field's id prefix: options are `{id}-option-{i}`.
    pub id: AttrValue,
    pub list_id: String,
    pub suggestions: Vec<String>,
    /// The option the arrow keys are on.
    pub active: Option<usize>,
    pub on_choose: Callback<String>,
}

#[component(TagSuggestions)]
pub fn tag_suggestions(props: &TagSuggestionsProps) -> Html {
    html! {
        <ul id={props.list_id.clone()} class="tag-suggestions" role="listbox" aria-label="Tags you used before"
            hidden={props.suggestions.is_empty()}>
            { for props.suggestions.iter().enumerate().map(|(i, tag)| {
                let on_choose = props.on_choose.clone();
                let chosen = tag.clone();
                // mousedown, not click: the field must not lose focus (and close the list) first.
                let onmousedown = Callback::from(move |event: MouseEvent| {
                    event.prevent_default();
                    on_choose.emit(chosen.clone());
                });
                let active = props.active == Some(i);
                html! {
                    <li id={format!("{}-option-{i}", props.id)} role="option" aria-selected={active.to_string()}
                        class={classes!("tag-suggestion", active.then_some("active"))} {onmousedown}>
                        { tag }
                    </li>
                }
            }) }
        </ul>
    }
}
