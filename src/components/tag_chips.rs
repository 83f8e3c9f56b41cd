//! The tags already on an annotation being written, each with a button
//! that removes it.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TagChipsProps {
    pub tags: Vec<String>,
    pub on_tags: Callback<Vec<String>>,
}

#[component(TagChips)]
pub fn tag_chips(props: &TagChipsProps) -> Html {
    html! {
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
    }
}
