//! Named-entity recognition: people, organizations, places and other names
//! in news text.
//!
//! A statistical model, not a list of names: an averaged structured
//! perceptron over hashed features ([`features`]) with gazetteers of general
//! world knowledge ([`gazetteer`]), decoded with Viterbi under BILOU
//! constraints ([`decode`], [`tags`]). It is trained by `lector train-ner`
//! ([`train`]) from CoNLL-2003 files ([`conll`]) and shipped as a quantized
//! weights file compiled into the binary ([`model`]), loaded once.

use std::ops::Range;
use std::sync::OnceLock;

use serde::Serialize;

use crate::tokenize::Token;

pub mod augment;
pub mod conll;
pub mod decode;
pub mod evaluate;
pub mod features;
pub mod forms;
pub mod gazetteer;
pub mod hashing;
pub mod model;
pub mod tags;
pub mod train;

use decode::{viterbi, Lattice};
use features::{Extractor, SentenceFeatures};
use gazetteer::Gazetteer;
use model::{Model, ModelError};
use tags::COUNT;

/// The weights file the build embeds; `scripts/train-ner.sh` rewrites it.
const SHIPPED_MODEL: &[u8] = include_bytes!("../../model/ner.bin");

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

/// A trained model with the gazetteer it was trained with.
pub struct Recognizer {
    model: Model,
    gazetteer: &'static Gazetteer,
}

impl Recognizer {
    /// The model compiled into this build, loaded once.
    ///
    /// # Panics
    /// If the embedded weights do not match this build's features or
    /// gazetteers: a build mistake that the crate's tests catch, never
    /// something a reader's input can cause.
    pub fn shipped() -> &'static Recognizer {
        static SHIPPED: OnceLock<Recognizer> = OnceLock::new();
        SHIPPED.get_or_init(|| match Recognizer::from_bytes(SHIPPED_MODEL) {
            Ok(r) => r,
            Err(e) => panic!("the embedded entity model cannot be used: {e}"),
        })
    }

    /// Loads a weights file written by `lector train-ner`.
    pub fn from_bytes(bytes: &[u8]) -> Result<Recognizer, ModelError> {
        let gazetteer = Gazetteer::shipped();
        Ok(Recognizer { model: Model::from_bytes(bytes, gazetteer.fingerprint())?, gazetteer })
    }

    pub fn from_model(model: Model) -> Recognizer {
        Recognizer { model, gazetteer: Gazetteer::shipped() }
    }

    pub fn model(&self) -> &Model {
        &self.model
    }

    /// Entity mentions in `text`, decoded sentence by sentence (`sentences`
    /// are byte ranges; tokens outside every sentence are decoded as runs of
    /// their own), in text order.
    pub fn recognize(&self, text: &str, tokens: &[Token], sentences: &[Range<usize>]) -> Vec<Mention> {
        let mut work = Work::default();
        let mut mentions = Vec::new();
        let mut next = 0;
        for sentence in sentences {
            let start = tokens.partition_point(|t| t.bytes.start < sentence.start).max(next);
            let end = tokens.partition_point(|t| t.bytes.start < sentence.end).max(start);
            if next < start {
                self.recognize_run(text, &tokens[next..start], &mut work, &mut mentions);
            }
            self.recognize_run(text, &tokens[start..end], &mut work, &mut mentions);
            next = end;
        }
        if next < tokens.len() {
            self.recognize_run(text, &tokens[next..], &mut work, &mut mentions);
        }
        mentions
    }

    fn recognize_run(&self, text: &str, tokens: &[Token], work: &mut Work, out: &mut Vec<Mention>) {
        if tokens.is_empty() {
            return;
        }
        let extractor = Extractor { gazetteer: self.gazetteer, bits: self.model.bits };
        extractor.extract(text, tokens, &mut work.features);
        self.model.emissions(&work.features, &mut work.emissions);
        viterbi(&work.emissions, &self.model.transitions, &self.model.start, &mut work.lattice, &mut work.tags);
        for (range, label) in tags::decode(&work.tags) {
            out.push(Mention { bytes: tokens[range.start].bytes.start..tokens[range.end - 1].bytes.end, label });
        }
    }
}

/// Buffers reused across the sentences of one text.
#[derive(Default)]
struct Work {
    features: SentenceFeatures,
    emissions: Vec<[i32; COUNT]>,
    lattice: Lattice<i32>,
    tags: Vec<tags::Tag>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize::tokenize;

    fn mentions(text: &str) -> Vec<(&str, &'static str)> {
        let tokens = tokenize(text);
        Recognizer::shipped()
            .recognize(text, &tokens, std::slice::from_ref(&(0..text.len())))
            .into_iter()
            .map(|m| (&text[m.bytes], m.label.code()))
            .collect()
    }

    #[test]
    fn the_shipped_model_loads_and_matches_this_build() {
        let recognizer = Recognizer::from_bytes(SHIPPED_MODEL).expect("embedded model loads");
        assert!(recognizer.model().live_rows() > 10_000, "a trained model, not a stub");
    }

    #[test]
    fn finds_each_kind_of_entity_in_an_obvious_sentence() {
        let found = mentions("German Chancellor Angela Merkel met executives of Siemens in Paris on Monday.");
        for expected in [("German", "MISC"), ("Angela Merkel", "PER"), ("Siemens", "ORG"), ("Paris", "LOC")] {
            assert!(found.contains(&expected), "{expected:?} missing from {found:?}");
        }
        assert!(!found.iter().any(|(t, _)| *t == "Monday" || *t == "Chancellor"), "{found:?}");
    }

    #[test]
    fn finds_nothing_in_text_without_names() {
        assert_eq!(mentions("the weather was cold and the roads were icy ."), []);
        assert_eq!(mentions(""), []);
    }

    #[test]
    fn mentions_exclude_possessives_and_keep_abbreviations_whole() {
        let found = mentions("Iran's mission to the United Nations rejected the U.S. claims.");
        assert!(found.contains(&("Iran", "LOC")), "{found:?}");
        assert!(found.contains(&("U.S.", "LOC")), "{found:?}");
    }
}
