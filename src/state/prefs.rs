//! The reader's display preferences: theme and which highlight layers show.
//! Remembered in localStorage; a value that cannot be read falls back to the
//! defaults (preferences are cheap to set again, unlike annotations).

use std::collections::BTreeSet;
use std::rc::Rc;

use serde::{Deserialize, Serialize};
use yew::prelude::*;

use crate::browser::{local_storage, theme};
use crate::layer::Layer;

const KEY: &str = "lector.prefs.v1";

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ThemeChoice {
    /// Follow the system's `prefers-color-scheme`.
    #[default]
    System,
    Light,
    Dark,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    pub theme: ThemeChoice,
    /// Highlight layers the reader switched off (stored by their `data-*`
    /// codes, "PER", "uncertainty", ...). Stored as "off" so that layers added
    /// in later versions show by default.
    #[serde(with = "crate::layer::codes")]
    pub hidden_layers: BTreeSet<Layer>,
    /// Tint whole sentences that carry a hedge cue.
    pub tint_hedged_sentences: bool,
}

pub enum PrefsAction {
    SetTheme(ThemeChoice),
    ToggleLayer(Layer),
    SetTintHedged(bool),
}

impl Reducible for Prefs {
    type Action = PrefsAction;

    fn reduce(self: Rc<Self>, action: PrefsAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            PrefsAction::SetTheme(theme) => next.theme = theme,
            PrefsAction::ToggleLayer(layer) => {
                if !next.hidden_layers.remove(&layer) {
                    next.hidden_layers.insert(layer);
                }
            }
            PrefsAction::SetTintHedged(on) => next.tint_hedged_sentences = on,
        }
        Rc::new(next)
    }
}

impl Prefs {
    pub fn shows(&self, layer: Layer) -> bool {
        !self.hidden_layers.contains(&layer)
    }
}

pub type PrefsContext = UseReducerHandle<Prefs>;

#[derive(Properties, PartialEq)]
pub struct PrefsProviderProps {
    pub children: Children,
}

/// Loads the preferences once, keeps the page's theme in step with them and
/// writes every change back.
#[component(PrefsProvider)]
pub fn prefs_provider(props: &PrefsProviderProps) -> Html {
    let prefs = use_reducer(|| {
        local_storage::read(KEY)
            .ok()
            .flatten()
            .and_then(|raw| serde_json::from_str::<Prefs>(&raw).ok())
            .unwrap_or_default()
    });
    use_effect_with((*prefs).clone(), |prefs| {
        theme::apply(prefs.theme);
        if let Ok(json) = serde_json::to_string(prefs) {
            // Losing a preference to a full storage quota is harmless: the
            // page keeps working with the choice in memory.
            let _ = local_storage::write(KEY, &json);
        }
    });
    html! {
        <ContextProvider<PrefsContext> context={prefs}>
            { props.children.clone() }
        </ContextProvider<PrefsContext>>
    }
}
