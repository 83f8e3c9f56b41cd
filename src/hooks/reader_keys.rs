//! The reader's one keydown listener: each key press becomes a command by
//! the [`KEYMAP`](crate::keymap::KEYMAP), and `run` says whether it did
//! something with it (then the key does nothing else).

use yew::prelude::*;

use crate::browser::events::use_keydown;
use crate::keymap::{self, Command};

#[hook]
pub fn use_reader_keys(run: impl Fn(Command) -> bool + 'static) {
    use_keydown(move |press| keymap::command(press).is_some_and(&run));
}
