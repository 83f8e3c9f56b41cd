//! A page arriving (the library, an article, "not found"): the tab's title,
//! and focus on the page's heading with its title announced, so keyboard
//! and screen-reader users land at the start of what they opened.

use yew::prelude::*;

use crate::browser::page_focus;

/// How a page arrives.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Arrival {
    /// The heading that takes focus (a selector inside `<main>`, the element
    /// with `tabindex="-1"`).
    pub heading: &'static str,
    /// Shown as the first page of a visit, leave focus at the top of the
    /// page (the library: the skip link and header come first).
    pub quiet_on_first_load: bool,
    /// Focus without scrolling (a deep link to an annotation scrolled to it).
    pub keep_scroll: bool,
}

#[hook]
pub fn use_page_arrival(title: AttrValue, arrival: Arrival) {
    use_effect_with(title, move |title| {
        page_focus::arrive(title, arrival.heading, arrival.quiet_on_first_load, arrival.keep_scroll);
    });
}
