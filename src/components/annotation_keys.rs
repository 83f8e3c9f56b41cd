//! The reader's annotation shortcuts (listed in the `?` overlay, see
//! `help_overlay.rs`). Single keys that do not clash with the highlight
//! stepping keys (n, p, N) or Escape, and never fire while the reader types
//! in a field.

use yew::prelude::*;

use crate::browser::caret::Step;
use crate::browser::events::use_keydown;

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
    use_keydown(move |press| {
        let key = press.key.as_str();
        if press.command && !press.shift && key.eq_ignore_ascii_case("z") {
            actions.undo.emit(());
            return true;
        }
        if let Some((forward, step)) = arrow(key, press.command || press.alt) {
            if caret_mode || (press.shift && has_selection) {
                actions.caret_step.emit((forward, step, press.shift));
                return true;
            }
            return false;
        }
        if !press.is_plain() {
            return false;
        }
        match key {
            "h" => actions.highlight.emit(()),
            "a" => actions.note.emit(()),
            "c" => actions.toggle_caret.emit(()),
            "?" => actions.help.emit(()),
            "]" => actions.step_annotation.emit(1),
            "[" => actions.step_annotation.emit(-1),
            "Escape" => {
                actions.escape.emit(());
                return false;
            }
            _ => return false,
        }
        true
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
