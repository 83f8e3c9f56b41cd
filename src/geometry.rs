//! Where things are drawn on the reader page, in CSS pixels relative to the
//! page's top-left corner: named fields, so a popover's anchor and the
//! caret's box cannot be mixed up.

/// The box of what a popover is about: it hangs below `bottom`, from `left`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Anchor {
    pub top: f64,
    pub left: f64,
    pub bottom: f64,
}

/// The caret drawn in caret mode.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CaretBox {
    pub top: f64,
    pub left: f64,
    pub height: f64,
}

/// Something the reader opened in the text (a card, a name, a cue), with
/// where it is drawn, for the popover that shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct AtAnchor<T> {
    pub item: T,
    pub anchor: Anchor,
}
