//! The reader's keyboard shortcuts, as plain data: a key press as the page
//! sees it, free of browser types, so what each key does can be tested on
//! the host.

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
