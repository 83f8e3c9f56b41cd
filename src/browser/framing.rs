//! Whether the page is shown inside a frame of another site. A meta
//! Content-Security-Policy cannot set `frame-ancestors`, so any site could
//! frame Lector and lure the reader into clicks (clickjacking): such a frame
//! gets the reader, not the annotation and import actions.

/// True when the page is in a frame whose parent or top window is of
/// another origin (reading its `location.origin` is then refused).
pub fn framed_by_other_origin() -> bool {
    let window = gloo::utils::window();
    let own = window.location().origin().ok();
    let foreign = |other: Option<web_sys::Window>| match other {
        None => false,
        Some(other) if other == window => false,
        Some(other) => other.location().origin().ok() != own,
    };
    foreign(window.parent().ok().flatten()) || foreign(window.top().ok().flatten())
}
