//! One orphaned annotation in the sidebar: its card, why it is orphaned, and
//! how to fix it: the places offered, likeliest first, each a button showing
//! the words inside their sentence (keys `1`–`3` while focus is in the
//! entry, by the KEYMAP), or the reader's own selection.

use lector_annotations::Annotation;
use lector_text::Span;
use yew::prelude::*;

use crate::browser::{dom, events};
use crate::components::annotation_card::AnnotationCard;
use crate::hooks::orphan_attach::entry_id;
use crate::keymap::{self, Command};
use crate::orphan_fixes::OfferedPlace;

#[derive(Properties, PartialEq)]
pub struct OrphanEntryProps {
    pub annotation: Annotation,
    /// Why it is orphaned, for the reader.
    pub explanation: AttrValue,
    /// Best first; empty when nothing resembles the quote.
    pub places: Vec<OfferedPlace>,
    /// The reader's selection in the article, if any.
    pub selection: Option<Span>,
    /// Attaches the annotation to these characters of the current text.
    pub on_attach: Callback<Span>,
}

#[component(OrphanEntry)]
pub fn orphan_entry(props: &OrphanEntryProps) -> Html {
    let id = props.annotation.id();
    let onkeydown = {
        let (places, on_attach) = (props.places.clone(), props.on_attach.clone());
        Callback::from(move |event: KeyboardEvent| {
            // A digit typed into the card's note editor is text.
            if dom::typing_in_field() {
                return;
            }
            if let Some(Command::AttachPlace(rank)) = keymap::command(&events::key_press(&event)) {
                if let Some(place) = places.get(rank) {
                    event.prevent_default();
                    on_attach.emit(place.span);
                }
            }
        })
    };
    let attach = |span: Span| {
        let on_attach = props.on_attach.clone();
        Callback::from(move |_| on_attach.emit(span))
    };
    // A press on the button must not clear the selection it attaches to.
    let keep_selection = Callback::from(|event: MouseEvent| event.prevent_default());
    let selection = props.selection;
    let hint_id = format!("orphan-places-{id}");
    html! {
        <li id={entry_id(id)} tabindex="-1" {onkeydown}>
            <AnnotationCard id_prefix="orphan" annotation={props.annotation.clone()}
                quote={AttrValue::from(props.annotation.target().quote().exact().to_string())}
                status={Some(props.explanation.clone())}>
                if props.places.is_empty() {
                    <p class="orphan-no-place">
                        { "No similar words are left in the article: select the right words and re-attach it, or delete it." }
                    </p>
                } else {
                    <p class="orphan-places-hint" id={hint_id.clone()}>
                        { format!("Attach it to one of these places, likeliest first ({}):", keys_hint(props.places.len())) }
                    </p>
                    <ol class="orphan-places" aria-labelledby={hint_id}>
                        { for props.places.iter().enumerate().map(|(rank, place)| html! {
                            <li>
                                <button type="button" class="reattach-place" aria-label={place.label()}
                                    aria-keyshortcuts={(rank + 1).to_string()} onclick={attach(place.span)}>
                                    <kbd class="place-key" aria-hidden="true">{ rank + 1 }</kbd>
                                    <span class="place-context">
                                        { &place.before }<mark class="place-words">{ &place.words }</mark>{ &place.after }
                                    </span>
                                </button>
                            </li>
                        }) }
                    </ol>
                }
                <div class="orphan-actions">
                    <button type="button" class="reattach" disabled={selection.is_none()}
                        onmousedown={keep_selection}
                        onclick={selection.map(attach).unwrap_or_default()}
                        title={if selection.is_none() { "Select the words in the article first" } else { "Attach to the selected words" }}>
                        { "Re-attach to current selection" }
                    </button>
                </div>
            </AnnotationCard>
        </li>
    }
}

/// The keys for `count` places, as the hint says them.
fn keys_hint(count: usize) -> &'static str {
    match count {
        1 => "or press 1 here",
        2 => "or press 1 or 2 here",
        _ => "or press 1, 2 or 3 here",
    }
}
