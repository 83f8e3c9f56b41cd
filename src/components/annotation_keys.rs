//! The reader's annotation shortcuts (listed in the `?` overlay, see
//! `help_overlay.rs`). Single keys that do not clash with the highlight
//! stepping keys (n, p, N) or Escape, and never fire while the reader types
//! in a field.

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::browser::caret::Step;
use crate::browser::dom;

/// What each shortcut does; the reader view wires them to its state.
#[derive(Clone, PartialEq)]
pub struct KeyActions {
    /// h: highlight the selection.
    pub highlight: Callback<()>,
    /// a: open a note on the selection.
    pub note: Callback<()>,
    /// c: caret mode on or off.
    pub toggle_caret: Callback<()>,
    /// Arrows in caret mode, or Shift+arrows on a selection: (forward, step, extend).
    pub caret_step: Callback<(bool, Step, bool)>,
    /// ] and [: the next or previous annotation.
    pub step_annotation: Callback<i32>,
    /// Ctrl+Z (Cmd+Z): undo the last delete.
    pub undo: Callback<()>,
    /// ?: the shortcut overlay.
    pub help: Callback<()>,
    /// Escape: close what is open, leave caret mode.
    pub escape: Callback<()>,
}

/// Listens for the shortcuts. `caret_mode`: arrows move the caret;
/// `has_selection`: Shift+arrows extend the reader's selection even outside caret mode.
#[hook]
pub fn use_annotation_keys(actions: KeyActions, caret_mode: bool, has_selection: bool) {
    // Re-registered after every render, so the handler always sees the current state.
    use_effect(move || {
        // Not passive: arrows in caret mode must not also scroll or move the browser's own selection.
        let options = EventListenerOptions::enable_prevent_default();
        let listener = EventListener::new_with_options(&gloo::utils::window(), "keydown", options, move |event| {
            let Some(event) = event.dyn_ref::<KeyboardEvent>() else { return };
            if dom::typing_in_field() || event.default_prevented() {
                return;
            }
            let command = event.ctrl_key() || event.meta_key();
            let key = event.key();
            if command && !event.shift_key() && key.eq_ignore_ascii_case("z") {
                event.prevent_default();
                actions.undo.emit(());
                return;
            }
            if let Some((forward, step)) = arrow(&key, command || event.alt_key()) {
                if caret_mode || (event.shift_key() && has_selection) {
                    event.prevent_default();
                    actions.caret_step.emit((forward, step, event.shift_key()));
                }
                return;
            }
            if command || event.alt_key() {
                return;
            }
            let action = match key.as_str() {
                "h" => &actions.highlight,
                "a" => &actions.note,
                "c" => &actions.toggle_caret,
                "?" => &actions.help,
                "Escape" => &actions.escape,
                "]" => {
                    event.prevent_default();
                    actions.step_annotation.emit(1);
                    return;
                }
                "[" => {
                    event.prevent_default();
                    actions.step_annotation.emit(-1);
                    return;
                }
                _ => return,
            };
            if key != "Escape" {
                event.prevent_default();
            }
            action.emit(());
        });
        move || drop(listener)
    });
}

/// The caret movement of an arrow key: Ctrl/Alt+←/→ go by word (Windows,
/// Linux / macOS conventions), ↑/↓ by line, Home/End to the line's ends.
fn arrow(key: &str, by_word: bool) -> Option<(bool, Step)> {
    let sideways = if by_word { Step::Word } else { Step::Character };
    Some(match key {
        "ArrowLeft" => (false, sideways),
        "ArrowRight" => (true, sideways),
        "ArrowUp" => (false, Step::Line),
        "ArrowDown" => (true, Step::Line),
        "Home" => (false, Step::LineBoundary),
        "End" => (true, Step::LineBoundary),
        _ => return None,
    })
}
