//! The page's colour theme: a `data-theme` attribute on `<html>` that the
//! stylesheet reads. Without it, the stylesheet follows `prefers-color-scheme`.
//! `theme-init.js` applies the remembered choice before the first paint.

use crate::state::prefs::ThemeChoice;

pub fn apply(choice: ThemeChoice) {
    let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) else {
        return;
    };
    let _ = match choice {
        ThemeChoice::System => root.remove_attribute("data-theme"),
        ThemeChoice::Light => root.set_attribute("data-theme", "light"),
        ThemeChoice::Dark => root.set_attribute("data-theme", "dark"),
    };
}

/// Whether the page currently shows dark colours, whatever decided it.
pub fn is_dark(choice: ThemeChoice) -> bool {
    match choice {
        ThemeChoice::Dark => true,
        ThemeChoice::Light => false,
        ThemeChoice::System => web_sys::window()
            .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
            .is_some_and(|query| query.matches()),
    }
}
