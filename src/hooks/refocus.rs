//! Focus that must not fall to `<body>` when a form closes: saving or
//! cancelling an edit leaves focus on the control that opened it.

use yew::prelude::*;

use crate::browser::dom;

/// Focuses `target` each time `open` turns false (not on the first render).
#[hook]
pub fn use_refocus_on_close(open: bool, target: NodeRef) {
    let was_open = use_mut_ref(|| false);
    use_effect_with(open, move |open| {
        if !*open && *was_open.borrow() {
            dom::focus_ref(&target);
        }
        *was_open.borrow_mut() = *open;
    });
}
