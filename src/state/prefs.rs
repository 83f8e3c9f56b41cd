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
    /// One click for a whole view: every layer on or off at once.
    ApplyPreset(Preset),
}

/// The legend's one-click views (issue 14: calm by default, sourcing
/// first). Each is a set of layers shown; it is remembered as the layers
/// themselves, so a reader can start from a preset and change one switch.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Preset {
    /// Hedges and sources only: what Lector is for.
    Sourcing,
    /// Names only.
    Names,
    /// Every highlight.
    All,
    /// No highlight from the analyzers (the reader's own annotations stay).
    PlainText,
}

impl Preset {
    pub const ALL: [Preset; 4] = [Preset::Sourcing, Preset::Names, Preset::All, Preset::PlainText];

    pub fn label(self) -> &'static str {
        match self {
            Preset::Sourcing => "Sourcing",
            Preset::Names => "Names",
            Preset::All => "All",
            Preset::PlainText => "Plain text",
        }
    }

    /// Whether this view shows `layer`.
    pub fn shows(self, layer: Layer) -> bool {
        match (self, layer) {
            (Preset::All, _) => true,
            (Preset::PlainText, _) => false,
            (Preset::Sourcing, Layer::Cue(_)) | (Preset::Names, Layer::Entity(_)) => true,
            (Preset::Sourcing, Layer::Entity(_)) | (Preset::Names, Layer::Cue(_)) => false,
        }
    }

    fn hidden_layers(self) -> BTreeSet<Layer> {
        Layer::all().filter(|&layer| !self.shows(layer)).collect()
    }
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
            PrefsAction::ApplyPreset(preset) => {
                next.hidden_layers = preset.hidden_layers();
                if preset == Preset::PlainText {
                    next.tint_hedged_sentences = false;
                }
            }
        }
        Rc::new(next)
    }
}

impl Prefs {
    pub fn shows(&self, layer: Layer) -> bool {
        !self.hidden_layers.contains(&layer)
    }

    /// The preset the layers shown now match, if any.
    pub fn preset(&self) -> Option<Preset> {
        Preset::ALL.into_iter().find(|preset| Layer::all().all(|layer| preset.shows(layer) == self.shows(layer)))
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

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use lector_analysis::{CueKind, EntityLabel};

    use super::*;

    fn apply(prefs: Prefs, action: PrefsAction) -> Prefs {
        (*Rc::new(prefs).reduce(action)).clone()
    }

    #[test]
    fn each_preset_shows_its_layers_and_is_recognised_after_a_reload() {
        let person = Layer::Entity(EntityLabel::Per);
        let denial = Layer::Cue(CueKind::Denial);
        // (preset, shows a name, shows a hedge)
        let table = [
            (Preset::Sourcing, false, true),
            (Preset::Names, true, false),
            (Preset::All, true, true),
            (Preset::PlainText, false, false),
        ];
        for (preset, name, hedge) in table {
            // From a mixed start: one name type and one cue kind switched off.
            let mut start = Prefs::default();
            start.hidden_layers.extend([Layer::Entity(EntityLabel::Loc), Layer::Cue(CueKind::Allegation)]);
            let prefs = apply(start, PrefsAction::ApplyPreset(preset));
            assert_eq!((prefs.shows(person), prefs.shows(denial)), (name, hedge), "{preset:?}");
            assert_eq!(prefs.preset(), Some(preset), "{preset:?}");
            let stored = serde_json::to_string(&prefs).expect("prefs serialize");
            let read: Prefs = serde_json::from_str(&stored).expect("prefs read");
            assert_eq!(read.preset(), Some(preset), "{preset:?} remembered as {stored}");
        }
    }

    #[test]
    fn changing_one_switch_leaves_the_preset_and_plain_text_drops_the_tint() {
        let tinted = Prefs { tint_hedged_sentences: true, ..Prefs::default() };
        assert_eq!(tinted.preset(), Some(Preset::All), "everything shows by default");
        let sourcing = apply(tinted, PrefsAction::ApplyPreset(Preset::Sourcing));
        assert!(sourcing.tint_hedged_sentences, "a preset of layers keeps the tint");
        let changed = apply(sourcing, PrefsAction::ToggleLayer(Layer::Entity(EntityLabel::Org)));
        assert_eq!(changed.preset(), None);
        let plain = apply(changed, PrefsAction::ApplyPreset(Preset::PlainText));
        assert!(!plain.tint_hedged_sentences, "plain text shades nothing");
    }
}
