//! The highlight layers a reader can show or hide: one per entity label and
//! one per cue kind. The preferences store them by their codes ("PER",
//! "uncertainty"), the codes the page's `data-*` attributes use.

use lector_analysis::{CueKind, EntityLabel};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Layer {
    Entity(EntityLabel),
    Cue(CueKind),
}

impl Layer {
    pub fn code(self) -> &'static str {
        match self {
            Layer::Entity(label) => label.code(),
            Layer::Cue(kind) => kind.code(),
        }
    }

    /// Every layer: the entity labels, then the cue kinds.
    pub fn all() -> impl Iterator<Item = Layer> {
        EntityLabel::ALL.into_iter().map(Layer::Entity).chain(CueKind::ALL.into_iter().map(Layer::Cue))
    }

    pub fn from_code(code: &str) -> Option<Layer> {
        let entity = EntityLabel::ALL.into_iter().find(|label| label.code() == code);
        entity.map(Layer::Entity).or_else(|| CueKind::from_code(code).map(Layer::Cue))
    }
}

/// The small mark drawn before a hedge cue (in the text, the legend and the
/// chart); named attributions have none.
pub fn cue_icon(kind: CueKind) -> &'static str {
    match kind {
        // Plain glyphs that every font has: the icon must never be a tofu box.
        CueKind::AnonymousSource => "?",
        CueKind::Uncertainty => "~",
        CueKind::Allegation => "!",
        CueKind::Denial => "✕",
        CueKind::Attribution => "",
    }
}

/// A set of layers as the list of their codes; codes this version does not
/// know (a newer Lector's) are dropped rather than failing the whole value.
pub mod codes {
    use std::collections::BTreeSet;

    use serde::{Deserialize, Deserializer, Serializer};

    use super::Layer;

    pub fn serialize<S: Serializer>(layers: &BTreeSet<Layer>, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(layers.iter().map(|layer| layer.code()))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<BTreeSet<Layer>, D::Error> {
        let codes = Vec::<String>::deserialize(deserializer)?;
        Ok(codes.iter().filter_map(|code| Layer::from_code(code)).collect())
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::state::prefs::Prefs;

    #[test]
    fn every_layer_reads_back_from_its_code() {
        let all = EntityLabel::ALL.map(Layer::Entity).into_iter().chain(CueKind::ALL.map(Layer::Cue));
        for layer in all {
            assert_eq!(Layer::from_code(layer.code()), Some(layer));
        }
        assert_eq!(Layer::from_code("per"), None, "codes are exact");
    }

    #[test]
    fn hidden_layers_are_stored_by_code_and_unknown_codes_are_dropped() {
        let mut prefs = Prefs::default();
        prefs.hidden_layers.insert(Layer::Entity(EntityLabel::Per));
        prefs.hidden_layers.insert(Layer::Cue(CueKind::Denial));
        let json = serde_json::to_string(&prefs).expect("prefs serialize");
        assert!(json.contains(r#""hidden_layers":["PER","denial"]"#), "{json}");
        let read: Prefs = serde_json::from_str(&json.replace(r#""PER""#, r#""PER","SPARKLE""#)).expect("prefs read");
        assert_eq!(read, prefs);
        assert!(!read.shows(Layer::Entity(EntityLabel::Per)));
        assert!(read.shows(Layer::Entity(EntityLabel::Org)));
    }

    #[test]
    fn only_hedges_have_an_icon() {
        for kind in CueKind::ALL {
            assert_eq!(cue_icon(kind).is_empty(), !kind.is_hedge(), "{kind:?}");
        }
    }
}
