//! Named-entity recognition: people, organizations, places and other names
//! in news text.
//!
//! A statistical model, not a list of names: an averaged structured
//! perceptron over hashed features (`features`) with gazetteers of general
//! world knowledge (`gazetteer`), decoded with Viterbi under BILOU
//! constraints (`decode`, `tags`). It is trained by `lector train-ner`
//! (crate `lector-train`) from CoNLL-2003 files and shipped as a quantized
//! weights file compiled into the binary (`model`), loaded once.

use serde::Serialize;

// What the trainer (`lector-train`) builds on: public with the `training`
// feature, private to the crate otherwise, so the runtime API stays
// `analyze` and its results.
crate::training_visible! {
    mod decode;
    mod document;
    mod features;
    mod forms;
    mod gazetteer;
    mod golomb;
    mod hashing;
    mod model;
    mod range_coder;
    mod recognizer;
    mod tags;
}
mod live_rows;
mod scope;
mod short_names;
mod spans;

pub(crate) use recognizer::{Mention, Recognizer};

/// CoNLL-2003 entity types. The UI calls them Person, Organization, Place, Other.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum EntityLabel {
    #[serde(rename = "PER")]
    Per,
    #[serde(rename = "ORG")]
    Org,
    #[serde(rename = "LOC")]
    Loc,
    #[serde(rename = "MISC")]
    Misc,
}

impl EntityLabel {
    pub const ALL: [EntityLabel; 4] = [EntityLabel::Per, EntityLabel::Org, EntityLabel::Loc, EntityLabel::Misc];

    /// The CoNLL code, used in `data-entity` attributes and JSON output.
    pub fn code(self) -> &'static str {
        match self {
            EntityLabel::Per => "PER",
            EntityLabel::Org => "ORG",
            EntityLabel::Loc => "LOC",
            EntityLabel::Misc => "MISC",
        }
    }

    /// What a reader sees.
    pub fn display_name(self) -> &'static str {
        match self {
            EntityLabel::Per => "Person",
            EntityLabel::Org => "Organization",
            EntityLabel::Loc => "Place",
            EntityLabel::Misc => "Other",
        }
    }
}
