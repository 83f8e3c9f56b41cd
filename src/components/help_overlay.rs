//! The `?` overlay: every keyboard shortcut of the reader, in one place.

use yew::prelude::*;

use crate::browser::dom;

#[derive(Properties, PartialEq)]
pub struct HelpOverlayProps {
    pub on_close: Callback<()>,
}

/// (keys, what they do), grouped.
const SHORTCUTS: &[(&str, &[(&str, &str)])] = &[
    (
        "Selecting text with the keyboard",
        &[
            ("c", "Caret mode on or off: a caret appears in the text you are reading"),
            ("← → ↑ ↓", "Move the caret (in caret mode)"),
            ("Shift + arrows", "Select from the caret, or extend a selection"),
            ("Ctrl + ← →  (⌥ on Mac)", "Move or select by word"),
            ("Home / End", "To the start or end of the line"),
        ],
    ),
    (
        "Annotating",
        &[
            ("h", "Highlight the selected words"),
            ("a", "Add a note (and tags, colour) to the selected words"),
            ("Ctrl + Enter", "Save the note"),
            ("Esc", "Cancel, close a card, leave caret mode"),
            ("Ctrl + Z", "Undo the last delete"),
        ],
    ),
    (
        "Moving around",
        &[
            ("] / [", "Next / previous annotation (opens its card)"),
            ("n / p (or N)", "Next / previous highlighted name or cue"),
            ("?", "This list"),
        ],
    ),
];

#[component(HelpOverlay)]
pub fn help_overlay(props: &HelpOverlayProps) -> Html {
    let close_ref = use_node_ref();
    {
        let close_ref = close_ref.clone();
        use_effect_with((), move |_| {
            dom::focus_ref(&close_ref);
        });
    }
    let close = {
        let on_close = props.on_close.clone();
        Callback::from(move |_| on_close.emit(()))
    };
    let onkeydown = {
        let on_close = props.on_close.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" || event.key() == "?" {
                event.prevent_default();
                event.stop_propagation();
                on_close.emit(());
            }
        })
    };
    let backdrop_close = {
        let on_close = props.on_close.clone();
        Callback::from(move |_| on_close.emit(()))
    };
    html! {
        <div class="overlay-backdrop" onclick={backdrop_close}>
            <div class="help-overlay" role="dialog" aria-modal="true" aria-labelledby="help-title" {onkeydown}
                onclick={Callback::from(|event: MouseEvent| event.stop_propagation())}>
                <button type="button" class="popover-close" ref={close_ref} onclick={close} aria-label="Close">{ "×" }</button>
                <h2 id="help-title">{ "Keyboard shortcuts" }</h2>
                { for SHORTCUTS.iter().map(|(group, rows)| html! {
                    <section>
                        <h3>{ *group }</h3>
                        <dl class="shortcut-list">
                            { for rows.iter().map(|(keys, what)| html! {
                                <div class="shortcut"><dt><kbd>{ *keys }</kbd></dt><dd>{ *what }</dd></div>
                            }) }
                        </dl>
                    </section>
                }) }
                <p class="panel-hint">{ "Shortcuts do nothing while you type in a field." }</p>
            </div>
        </div>
    }
}
