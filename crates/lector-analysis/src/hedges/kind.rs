//! The kinds of cue and what a reader is told about each.
//!
//! The label and explanation are data (`lexicons/kinds.txt`) so that wording
//! can be revised without touching code; the UI shows them in the legend and
//! on hover or focus.

use std::sync::OnceLock;

use serde::Serialize;

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

    /// The code used in `data-hedge` attributes, JSON output and lexicons.
    pub fn code(self) -> &'static str {
        match self {
            CueKind::AnonymousSource => "anonymous_source",
            CueKind::Uncertainty => "uncertainty",
            CueKind::Allegation => "allegation",
            CueKind::Denial => "denial",
            CueKind::Attribution => "attribution",
        }
    }

    pub fn from_code(code: &str) -> Option<CueKind> {
        CueKind::ALL.into_iter().find(|k| k.code() == code)
    }

    /// A short name for legends: "Anonymous source".
    pub fn label(self) -> &'static str {
        texts()[self as usize].0
    }

    /// One sentence for the reader: "The claim rests on people the article
    /// does not name."
    pub fn explanation(self) -> &'static str {
        texts()[self as usize].1
    }
}

/// Label and explanation per kind, in the order of [`CueKind::ALL`].
fn texts() -> &'static [(&'static str, &'static str); 5] {
    static TEXTS: OnceLock<[(&'static str, &'static str); 5]> = OnceLock::new();
    TEXTS.get_or_init(|| parse_texts(include_str!("../../lexicons/kinds.txt")))
}

/// Reads `code | label | explanation` lines. A kind the file leaves out reads
/// as its code, so a bad edit shows up in the UI (and fails a test) rather than
/// panicking in the reader.
fn parse_texts(source: &'static str) -> [(&'static str, &'static str); 5] {
    let mut texts = CueKind::ALL.map(|k| (k.code(), k.code()));
    for line in source.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
        let mut fields = line.splitn(3, '|').map(str::trim);
        if let (Some(code), Some(label), Some(explanation)) = (fields.next(), fields.next(), fields.next()) {
            if let Some(kind) = CueKind::from_code(code) {
                texts[kind as usize] = (label, explanation);
            }
        }
    }
    texts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_its_own_label_and_a_sentence_of_explanation() {
        for kind in CueKind::ALL {
            assert_ne!(kind.label(), kind.code(), "{kind:?} has no label in kinds.txt");
            assert!(kind.explanation().ends_with('.') && kind.explanation().len() > 20, "{kind:?}");
        }
        assert_eq!(CueKind::AnonymousSource.label(), "Anonymous source");
        assert!(CueKind::AnonymousSource.explanation().contains("does not name"));
    }

    #[test]
    fn codes_round_trip_and_only_attribution_is_not_a_hedge() {
        for kind in CueKind::ALL {
            assert_eq!(CueKind::from_code(kind.code()), Some(kind));
            assert_eq!(kind.is_hedge(), kind != CueKind::Attribution);
        }
        assert_eq!(CueKind::from_code("weasel"), None);
    }
}
