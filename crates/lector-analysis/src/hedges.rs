//! Placeholder cue finder (finds nothing); replaced by the lexicon-driven
//! matcher of the hedging issue.

use std::ops::Range;

use serde::Serialize;

use crate::ner::Mention;
use crate::tokenize::Token;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CueKind {
    AnonymousSource,
    Uncertainty,
    Allegation,
    Denial,
    /// A named source ("Kirby said"): shown, but not a hedge.
    Attribution,
}

impl CueKind {
    pub const ALL: [CueKind; 5] =
        [CueKind::AnonymousSource, CueKind::Uncertainty, CueKind::Allegation, CueKind::Denial, CueKind::Attribution];

    /// Whether a cue of this kind makes its sentence hedged.
    pub fn is_hedge(self) -> bool {
        self != CueKind::Attribution
    }

    /// The code used in `data-hedge` attributes and JSON output.
    pub fn code(self) -> &'static str {
        match self {
            CueKind::AnonymousSource => "anonymous_source",
            CueKind::Uncertainty => "uncertainty",
            CueKind::Allegation => "allegation",
            CueKind::Denial => "denial",
            CueKind::Attribution => "attribution",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FoundCue {
    pub bytes: Range<usize>,
    pub kind: CueKind,
    pub source: Option<String>,
}

pub fn find_cues(_text: &str, _tokens: &[Token], _sentences: &[Range<usize>], _mentions: &[Mention]) -> Vec<FoundCue> {
    Vec::new()
}
