use yew::prelude::*;

use crate::browser::theme;
use crate::state::prefs::{PrefsAction, PrefsContext, ThemeChoice};

/// One button that flips between light and dark. The first press turns the
/// system-following default into an explicit, remembered choice.
#[component(ThemeToggle)]
pub fn theme_toggle() -> Html {
    let prefs = use_context::<PrefsContext>().expect("ThemeToggle is rendered inside PrefsProvider");
    let dark = theme::is_dark(prefs.theme);
    let onclick = {
        let prefs = prefs.clone();
        Callback::from(move |_| {
            prefs.dispatch(PrefsAction::SetTheme(if dark { ThemeChoice::Light } else { ThemeChoice::Dark }))
        })
    };
    let label = if dark { "Switch to light theme" } else { "Switch to dark theme" };
    html! {
        <button type="button" class="theme-toggle" {onclick} aria-label={label} title={label}
            aria-pressed={if dark { "true" } else { "false" }}>
            <span aria-hidden="true">{ if dark { "☀" } else { "☾" } }</span>
            <span class="theme-toggle-text">{ if dark { "Light" } else { "Dark" } }</span>
        </button>
    }
}
