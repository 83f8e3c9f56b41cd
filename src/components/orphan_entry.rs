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

/// What one orphan's entry shows and does.
pub struct OrphanEntry<'a> {
    pub annotation: &'a Annotation,
    /// Why it is orphaned, for the reader.
    pub explanation: String,
    /// Best first; empty when nothing resembles the quote.
    pub places: &'a [OfferedPlace],
    /// The reader's selection in the article, if any.
    pub selection: Option<Span>,
    /// Attaches the annotation to these characters of the current text.
    pub on_attach: Callback<Span>,
}

/// The entry as markup: a plain function, not a component (the sidebar
/// re-renders it with the anchors anyway, and a component costs code size
/// the first visit pays for).
pub fn orphan_entry(props: OrphanEntry) -> Html {
    let id = props.annotation.id();
    let onkeydown = {
        let spans: Vec<Span> = props.places.iter().map(|place| place.span).collect();
        let on_attach = props.on_attach.clone();
        Callback::from(move |event: KeyboardEvent| {
            // A digit typed into the card's note editor is text.
            if dom::typing_in_field() {
                return;
            }
            if let Some(Command::AttachPlace(rank)) = keymap::command(&events::key_press(&event)) {
                if let Some(&span) = spans.get(rank) {
                    event.prevent_default();
                    on_attach.emit(span);
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
        <li key={id.to_string()} id={entry_id(id)} tabindex="-1" {onkeydown}>
            <AnnotationCard id_prefix="orphan" annotation={props.annotation.clone()}
                quote={AttrValue::from(props.annotation.target().quote().exact().to_string())}
                status={Some(AttrValue::from(props.explanation))}>
                if props.places.is_empty() {
                    <p class="panel-hint orphan-no-place">
                        { "No similar words are left in the article." }
                    </p>
                } else {
                    <p class="panel-hint orphan-places-hint" id={hint_id.clone()}>
                        { "Attach it here, likeliest first (or press its number):" }
                    </p>
                    <ol class="orphan-places" aria-labelledby={hint_id}>
                        { for props.places.iter().enumerate().map(|(rank, place)| html! {
                            // The key stays out of the button: its name must hold the text it shows.
                            <li>
                                <kbd class="place-key" aria-hidden="true">{ rank + 1 }</kbd>
                                <button type="button" class="reattach-place" aria-label={place.label()}
                                    aria-keyshortcuts={(rank + 1).to_string()} onclick={attach(place.span)}>
                                    <span class="place-context">
                                        { &place.before }<mark class="place-words search-match">{ &place.words }</mark>{ &place.after }
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
