//! The reader's keyboard shortcuts, as one table ([`KEYMAP`]) that the
//! page's single keydown listener, the `?` overlay and the README's key
//! table all come from (a test holds the README to it). Plain data, free of
//! browser types, so what each key does is tested on the host.

/// A key pressed outside text fields.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyPress {
    /// `KeyboardEvent.key`: "h", "?", "Escape", "ArrowLeft".
    pub key: String,
    /// Ctrl, or Cmd on macOS.
    pub command: bool,
    pub alt: bool,
    pub shift: bool,
}

impl KeyPress {
    pub fn new(key: impl Into<String>, command: bool, alt: bool, shift: bool) -> KeyPress {
        KeyPress { key: key.into(), command, alt, shift }
    }

    /// A key pressed alone (Shift aside, which makes "?" and "N").
    pub fn is_plain(&self) -> bool {
        !self.command && !self.alt
    }
}

/// How far one caret step goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Character,
    Word,
    Line,
    LineBoundary,
}

/// A caret movement: arrows move the caret, Shift+arrows extend the selection.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CaretMove {
    pub forward: bool,
    pub by: Step,
    pub extend: bool,
}

/// What a shortcut asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    ToggleCaret,
    /// Only in caret mode, or with Shift on a selection.
    Caret(CaretMove),
    Highlight,
    Note,
    /// Handled by the note editor, where the reader types.
    SaveNote,
    /// Close a card, cancel a note, leave caret mode, dismiss the selection.
    Escape,
    Undo,
    /// Attach the orphan whose entry holds focus to the place offered at
    /// this rank (0 = first); answered by that entry, not the page.
    AttachPlace(usize),
    /// The next (true) or previous annotation.
    StepAnnotation(bool),
    /// The next (true) or previous entity mention or cue.
    StepHighlight(bool),
    /// The next (true) or previous place the source chosen in "Who is cited" is cited.
    StepSource(bool),
    /// In a comparison: the next (true) or previous pair of counterparts.
    StepPair(bool),
    Help,
    /// Focus the search box (on every page).
    FocusSearch,
}

/// Which key presses a binding answers to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Keys {
    /// Each key alone (Shift aside), with its command.
    Plain(&'static [(&'static str, Command)]),
    /// Ctrl (Cmd on macOS) and the key, without Shift, Alt aside.
    WithCommand(&'static str, Command),
    /// Arrows, Home and End: a caret step; Shift extends; Ctrl or ⌥ go by word.
    Caret,
}

/// The overlay's groups, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    Selecting,
    Annotating,
    MovingAround,
}

impl Group {
    pub const ALL: [Group; 3] = [Group::Selecting, Group::Annotating, Group::MovingAround];

    pub fn title(self) -> &'static str {
        match self {
            Group::Selecting => "Selecting text with the keyboard",
            Group::Annotating => "Annotating",
            Group::MovingAround => "Moving around",
        }
    }
}

/// One row of the shortcut list: the keys as a reader reads them, what they
/// do, and the presses they stand for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Binding {
    pub group: Group,
    pub shown: &'static str,
    pub does: &'static str,
    pub keys: Keys,
}

const fn row(group: Group, shown: &'static str, does: &'static str, keys: Keys) -> Binding {
    Binding { group, shown, does, keys }
}

/// Every shortcut of the reader.
pub const KEYMAP: &[Binding] = &[
    row(
        Group::Selecting,
        "c",
        "Caret mode on or off: a caret appears in the text you are reading",
        Keys::Plain(&[("c", Command::ToggleCaret)]),
    ),
    row(
        Group::Selecting,
        "arrows, Home / End",
        "Move the caret in caret mode; with Shift, select from it or extend a selection; with Ctrl (⌥ on Mac), by word",
        Keys::Caret,
    ),
    row(Group::Annotating, "h", "Highlight the selected words", Keys::Plain(&[("h", Command::Highlight)])),
    row(
        Group::Annotating,
        "a",
        "Add a note (and tags, colour) to the selected words",
        Keys::Plain(&[("a", Command::Note)]),
    ),
    row(Group::Annotating, "Ctrl + Enter", "Save the note", Keys::WithCommand("Enter", Command::SaveNote)),
    row(
        Group::Annotating,
        "Esc",
        "Close a card, cancel a note, leave caret mode, dismiss the selection",
        Keys::Plain(&[("Escape", Command::Escape)]),
    ),
    row(
        Group::Annotating,
        "1 / 2 / 3",
        "On an orphaned annotation in the sidebar: attach it to the first / second / third place offered",
        Keys::Plain(&[("1", Command::AttachPlace(0)), ("2", Command::AttachPlace(1)), ("3", Command::AttachPlace(2))]),
    ),
    row(
        Group::Annotating,
        "Ctrl + Z",
        "Undo the last delete or re-attachment",
        Keys::WithCommand("z", Command::Undo),
    ),
    row(
        Group::MovingAround,
        "] / [",
        "Next / previous annotation (opens its card)",
        Keys::Plain(&[("]", Command::StepAnnotation(true)), ("[", Command::StepAnnotation(false))]),
    ),
    row(
        Group::MovingAround,
        "n / p (or N)",
        "Next / previous highlighted name or cue (opens its card)",
        Keys::Plain(&[
            ("n", Command::StepHighlight(true)),
            ("p", Command::StepHighlight(false)),
            ("N", Command::StepHighlight(false)),
        ]),
    ),
    row(
        Group::MovingAround,
        "s / S",
        "Next / previous place the source chosen in \u{201c}Who is cited\u{201d} is cited (Enter on a source chooses it)",
        Keys::Plain(&[("s", Command::StepSource(true)), ("S", Command::StepSource(false))]),
    ),
    row(
        Group::MovingAround,
        "j / k",
        "Next / previous pair of counterparts (comparing two articles)",
        Keys::Plain(&[("j", Command::StepPair(true)), ("k", Command::StepPair(false))]),
    ),
    row(Group::MovingAround, "/", "Search the library", Keys::Plain(&[("/", Command::FocusSearch)])),
    row(Group::MovingAround, "?", "All shortcuts", Keys::Plain(&[("?", Command::Help)])),
];

/// What `press` asks for, by [`KEYMAP`].
pub fn command(press: &KeyPress) -> Option<Command> {
    KEYMAP.iter().find_map(|binding| binding.keys.command(press))
}

impl Keys {
    fn command(self, press: &KeyPress) -> Option<Command> {
        match self {
            Keys::Plain(keys) if press.is_plain() => {
                keys.iter().find(|(key, _)| *key == press.key).map(|(_, command)| *command)
            }
            Keys::Plain(_) => None,
            Keys::WithCommand(key, command) => {
                (press.command && !press.shift && press.key.eq_ignore_ascii_case(key)).then_some(command)
            }
            Keys::Caret => caret_move(press).map(Command::Caret),
        }
    }
}

/// The caret movement of an arrow key: Ctrl/Alt+←/→ go by word (Windows,
/// Linux / macOS conventions), ↑/↓ by line, Home/End to the line's ends.
fn caret_move(press: &KeyPress) -> Option<CaretMove> {
    let sideways = if press.command || press.alt { Step::Word } else { Step::Character };
    let (forward, by) = match press.key.as_str() {
        "ArrowLeft" => (false, sideways),
        "ArrowRight" => (true, sideways),
        "ArrowUp" => (false, Step::Line),
        "ArrowDown" => (true, Step::Line),
        "Home" => (false, Step::LineBoundary),
        "End" => (true, Step::LineBoundary),
        _ => return None,
    };
    Some(CaretMove { forward, by, extend: press.shift })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
