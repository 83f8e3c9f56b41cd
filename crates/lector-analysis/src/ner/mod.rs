//! Placeholder recogniser (finds nothing); replaced by the trained model of the
//! entity issue.

use std::ops::Range;

use serde::Serialize;

use crate::tokenize::Token;

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

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    pub bytes: Range<usize>,
    pub label: EntityLabel,
}

pub struct Recognizer;

impl Recognizer {
    /// The model compiled into this build, loaded once.
    pub fn shipped() -> &'static Recognizer {
        static SHIPPED: Recognizer = Recognizer;
        &SHIPPED
    }

    pub fn recognize(&self, _text: &str, _tokens: &[Token], _sentences: &[Range<usize>]) -> Vec<Mention> {
        Vec::new()
    }
}
