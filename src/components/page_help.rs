//! Keyboard help on pages without the reader's tools (the library, "not
//! found"): a button and `?` open the shortcut overlay, Escape closes it.
//! The reader has its own (annotation_tools.rs); only one of the two is
//! ever mounted, so the page still has one keydown listener.

use yew::prelude::*;

use crate::components::help_overlay::HelpOverlay;
use crate::hooks::reader_keys::use_reader_keys;
use crate::keymap::Command;

#[component(PageHelp)]
pub fn page_help() -> Html {
    let open = use_state(|| false);
    {
        let open = open.clone();
        use_reader_keys(move |command| match command {
            Command::Help => {
                open.set(!*open);
                true
            }
            Command::Escape => {
                open.set(false);
                false
            }
            _ => false,
        });
    }
    let show = {
        let open = open.clone();
        Callback::from(move |_| open.set(true))
    };
    let close = {
        let open = open.clone();
        Callback::from(move |_| open.set(false))
    };
    html! {
        <>
            <button type="button" class="help-button" onclick={show}>
                { "Keyboard shortcuts " }<kbd>{ "?" }</kbd>
            </button>
            if *open {
                <HelpOverlay on_close={close} />
            }
        </>
    }
}
