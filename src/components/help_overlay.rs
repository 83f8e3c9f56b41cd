//! The `?` overlay: every keyboard shortcut of the reader, from the
//! [`KEYMAP`](crate::keymap::KEYMAP) the keys themselves run on.

use yew::prelude::*;

use crate::browser::{dom, page_focus};
use crate::keymap::{Group, KEYMAP};

#[derive(Properties, PartialEq)]
pub struct HelpOverlayProps {
    pub on_close: Callback<()>,
}

#[component(HelpOverlay)]
pub fn help_overlay(props: &HelpOverlayProps) -> Html {
    let close_ref = use_node_ref();
    let dialog_ref = use_node_ref();
    {
        // Focus goes back where it was (the button or the text) on close.
        let close_ref = close_ref.clone();
        use_effect_with((), move |_| {
            let opener = dom::active_element();
            dom::focus_ref(&close_ref);
            move || {
                if let Some(opener) = opener {
                    page_focus::return_focus_to(&opener);
                }
            }
        });
    }
    let close = {
        let on_close = props.on_close.clone();
        Callback::from(move |_| on_close.emit(()))
    };
    let onkeydown = {
        let on_close = props.on_close.clone();
        let dialog_ref = dialog_ref.clone();
        Callback::from(move |event: KeyboardEvent| {
            // A modal dialog holds focus: Tab cycles inside it.
            if event.key() == "Tab" {
                let trapped = dom::element(&dialog_ref).is_some_and(|d| page_focus::trap_tab(&d, event.shift_key()));
                if trapped {
                    event.prevent_default();
                }
            } else if event.key() == "Escape" || event.key() == "?" {
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
            <div class="help-overlay" role="dialog" aria-modal="true" aria-labelledby="help-title" {onkeydown} ref={dialog_ref}
                onclick={Callback::from(|event: MouseEvent| event.stop_propagation())}>
                <button type="button" class="popover-close" ref={close_ref} onclick={close} aria-label="Close">{ "×" }</button>
                <h2 id="help-title">{ "Keyboard shortcuts" }</h2>
                { for Group::ALL.iter().map(|group| html! {
                    <section>
                        <h3>{ group.title() }</h3>
                        <dl class="shortcut-list">
                            { for KEYMAP.iter().filter(|b| b.group == *group).map(|b| html! {
                                <div class="shortcut"><dt><kbd>{ b.shown }</kbd></dt><dd>{ b.does }</dd></div>
                            }) }
                        </dl>
                    </section>
                }) }
                <p class="panel-hint">{ "Shortcuts do nothing while you type in a field." }</p>
            </div>
        </div>
    }
}
