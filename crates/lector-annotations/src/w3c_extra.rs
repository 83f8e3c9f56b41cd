//! What a W3C annotation from another tool says that Lector does not model
//! (its `creator`, `audience`, a `RangeSelector`, a body's `creator`…),
//! kept as it came so that exporting writes it back: an annotation passed
//! through Lector loses nothing.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct W3cExtra {
    /// The annotation's own keys.
    #[serde(default, skip_serializing_if = "Map::is_empty")]
    pub annotation: Map<String, Value>,
    /// Keys of the target.
    #[serde(default, skip_serializing_if = "Map::is_empty")]
    pub target: Map<String, Value>,
    /// Selectors other than the quote and position ones, in their order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub selectors: Vec<Value>,
    /// Keys of the note's body.
    #[serde(default, skip_serializing_if = "Map::is_empty")]
    pub note: Map<String, Value>,
}

impl W3cExtra {
    pub(crate) fn is_empty(&self) -> bool {
        self.annotation.is_empty() && self.target.is_empty() && self.selectors.is_empty() && self.note.is_empty()
    }
}
