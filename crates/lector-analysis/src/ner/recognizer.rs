//! The recognizer: the shipped model and gazetteers applied to a text's
//! tokens, sentence by sentence, then the post-decoding passes.

use std::borrow::Cow;
use std::ops::Range;

use super::decode::{viterbi, Lattice};
use super::document::{self, Occurrence};
use super::features::{Extractor, SentenceFeatures};
use super::forms::Case;
use super::gazetteer::{Gazetteer, List};
use super::model::Model;
#[cfg(feature = "embedded")]
use super::model::ModelError;
use super::tags::{self, Position, COUNT};
use super::{scope, short_names, spans, EntityLabel};
use crate::tokenize::Token;

/// The weights file native builds embed; `scripts/train-ner.sh` rewrites it.
#[cfg(feature = "embedded")]
pub const SHIPPED_MODEL: &[u8] = include_bytes!("../../model/ner.bin");

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    pub bytes: Range<usize>,
    pub label: EntityLabel,
}

/// A trained model with the gazetteer it was trained with.
pub struct Recognizer {
    model: Model,
    /// The embedded lists, or lists loaded at run time.
    gazetteer: Cow<'static, Gazetteer>,
}

impl Recognizer {
    /// The model compiled into this build, loaded once.
    ///
    /// # Panics
    /// If the embedded weights do not match this build's features or
    /// gazetteers: a build mistake that the crate's tests catch, never
    /// something a reader's input can cause.
    #[cfg(feature = "embedded")]
    pub fn shipped() -> &'static Recognizer {
        crate::data::AnalyzerData::embedded().recognizer()
    }

    /// Loads a weights file written by `lector train-ner`, for the embedded
    /// lists.
    #[cfg(feature = "embedded")]
    pub fn from_bytes(bytes: &[u8]) -> Result<Recognizer, ModelError> {
        let gazetteer = Gazetteer::shipped();
        Ok(Recognizer { model: Model::from_bytes(bytes, gazetteer.fingerprint())?, gazetteer: Cow::Borrowed(gazetteer) })
    }

    /// A model with the lists it was trained with (checked by the caller).
    pub fn from_parts(model: Model, gazetteer: Gazetteer) -> Recognizer {
        Recognizer { model, gazetteer: Cow::Owned(gazetteer) }
    }

    #[cfg(feature = "training")]
    pub fn from_model(model: Model) -> Recognizer {
        Recognizer { model, gazetteer: Cow::Borrowed(Gazetteer::shipped()) }
    }

    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }

    #[cfg_attr(not(feature = "training"), allow(dead_code))] // lector-train uses it
    pub fn model(&self) -> &Model {
        &self.model
    }

    /// Entity mentions in `text`, in text order. Decoding is sentence by
    /// sentence (`sentences` are byte ranges; tokens outside every sentence
    /// form runs of their own), in two passes: the second sees how the first
    /// labelled other occurrences of each word ([`document`]).
    pub fn recognize(&self, text: &str, tokens: &[Token], sentences: &[Range<usize>]) -> Vec<Mention> {
        let runs = runs(tokens, sentences);
        let extractor = Extractor { gazetteer: &self.gazetteer, bits: self.model.bits };
        let mut work = Work::default();
        let (model, n) = (&self.model, tokens.len());
        let mut local = Vec::with_capacity(n);
        let mut first_pass = Vec::with_capacity(n);
        let mut occurrences = Vec::with_capacity(n);
        let mut cases = Vec::with_capacity(n);
        let mut acronyms = Vec::with_capacity(n);
        let mut keys = Vec::with_capacity(n);
        let mut sentence_cases = Vec::with_capacity(runs.len());
        for run in &runs {
            extractor.extract(text, &tokens[run.clone()], &mut work.features);
            let start = local.len();
            model.emissions(&work.features, &mut local);
            viterbi(&local[start..], &model.transitions, &model.start, &mut work.lattice, &mut work.tags);
            for (form, &tag) in work.features.forms().iter().zip(&work.tags) {
                occurrences.push(Occurrence {
                    key: if form.case == Case::NoLetters { 0 } else { form.lower },
                    capitalized: form.starts_upper(),
                    label: tag.parts().map(|(_, label)| label),
                    in_longer: matches!(tag.parts(), Some((Position::Begin | Position::Inside | Position::Last, _))),
                });
                cases.push(form.case);
                keys.push(form.lower);
            }
            acronyms.extend((0..work.tags.len()).map(|i| work.features.is_listed(i, List::Acronym)));
            first_pass.extend_from_slice(&work.tags);
            sentence_cases.push(work.features.sentence_case());
        }
        let mut evidence = Vec::new();
        document::gather(&runs, &occurrences, model.window, &mut evidence);

        let mut mentions = Vec::new();
        let mut rows = Vec::new();
        for (run, &sentence_case) in runs.iter().zip(&sentence_cases) {
            work.emissions.clear();
            for t in run.clone() {
                rows.clear();
                extractor.document_rows(cases[t], sentence_case, first_pass[t], &evidence[t], &mut rows);
                let mut scores = local[t];
                model.add_rows(&rows, &mut scores);
                work.emissions.push(scores);
            }
            viterbi(&work.emissions, &model.transitions, &model.start, &mut work.lattice, &mut work.tags);
            for (range, label) in tags::decode(&work.tags) {
                // "AI", "CEO", "GDP" alone name no entity, however the
                // model reads their capitals; inside a longer name
                // ("Stability AI") they stay.
                if range.len() == 1 && acronyms[run.start + range.start] {
                    continue;
                }
                let (first, last) = (&tokens[run.start + range.start], &tokens[run.start + range.end - 1]);
                mentions.push(Mention { bytes: first.bytes.start..last.bytes.end, label });
            }
        }
        let scope = scope::Scope { runs: &runs, cases: &sentence_cases, keys: &keys, window: model.window };
        spans::trim_starts(text, tokens, &scope, &mut mentions);
        short_names::resolve(text, tokens, &scope, &self.gazetteer, &mut mentions);
        mentions
    }
}

/// Token index ranges to decode one at a time: the tokens of each sentence,
/// and each stretch of tokens between sentences.
pub fn runs(tokens: &[Token], sentences: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut runs = Vec::with_capacity(sentences.len() + 1);
    let mut next = 0;
    for sentence in sentences {
        let start = scope::token_at(tokens, sentence.start).max(next);
        let end = scope::token_at(tokens, sentence.end).max(start);
        if next < start {
            runs.push(next..start);
        }
        if start < end {
            runs.push(start..end);
        }
        next = end;
    }
    if next < tokens.len() {
        runs.push(next..tokens.len());
    }
    runs
}

/// Buffers reused across the sentences of one text.
#[derive(Default)]
struct Work {
    features: SentenceFeatures,
    emissions: Vec<[i32; COUNT]>,
    lattice: Lattice<i32>,
    tags: Vec<tags::Tag>,
}

/// Every entity mention the whole analysis finds in `text`, as its text and
/// label: what the post-decoding passes' tests compare.
#[cfg(test)]
pub(crate) fn analyzed_mentions(text: &str) -> Vec<(String, &'static str)> {
    let chars: Vec<char> = text.chars().collect();
    crate::analysis::analyze(text)
        .entities
        .iter()
        .map(|e| (chars[e.span.start..e.span.end].iter().collect(), e.label.code()))
        .collect()
}

#[cfg(all(test, feature = "embedded"))]
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
        let found =
            mentions("German Chancellor Angela Merkel told Reuters in Paris on Monday that talks would continue.");
        for expected in [("German", "MISC"), ("Angela Merkel", "PER"), ("Reuters", "ORG"), ("Paris", "LOC")] {
            assert!(found.contains(&expected), "{expected:?} missing from {found:?}");
        }
        assert!(!found.iter().any(|(t, _)| *t == "Monday" || *t == "Chancellor"), "{found:?}");
    }

    #[test]
    fn title_case_headline_capitals_are_not_names() {
        for (headline, names) in [
            ("Canada Says Brazil Blocked High-Speed Rail Deal With Mexico", ["Canada", "Brazil", "Mexico"]),
            ("Japan Warns China Over Long-Range Missile Tests Near Taiwan", ["Japan", "China", "Taiwan"]),
        ] {
            assert_eq!(mentions(headline), names.map(|n| (n, "LOC")), "{headline}");
        }
    }

    #[test]
    fn only_the_name_in_a_hyphenated_compound_is_marked() {
        let found = mentions("The Iran-made drones and Western-supplied missiles hit the city.");
        assert!(found.contains(&("Iran", "LOC")), "{found:?}");
        assert!(found.contains(&("Western", "MISC")), "{found:?}");
        assert!(found.iter().all(|(t, _)| !t.contains('-')), "{found:?}");
        // GUIDELINES.md: "Iran" in "Iran-made", whatever follows the hyphen.
        for (text, expected) in [
            (
                "The China-made turbines arrived in a Germany-based shipment.",
                &[("China", "LOC"), ("Germany", "LOC")][..],
            ),
            ("Russia-backed separatists shelled the town.", &[("Russia", "LOC")]),
            ("U.S.-led forces withdrew from the base.", &[("U.S.", "LOC")]),
            ("NATO-led troops patrolled the border.", &[("NATO", "ORG")]),
            ("Soviet-era tanks rolled through the square.", &[("Soviet", "MISC")]),
        ] {
            assert_eq!(mentions(text), expected, "{text}");
        }
    }

    #[test]
    fn a_hyphenated_name_is_one_person() {
        for (text, person) in [
            ("Foreign Minister Marie-Claire Dubois arrived in Brussels on Tuesday.", "Marie-Claire Dubois"),
            ("The report was written by Ali Reza-Tabrizi, a researcher at the institute.", "Ali Reza-Tabrizi"),
            ("Police said Jean-Baptiste Okello was arrested on Sunday.", "Jean-Baptiste Okello"),
            ("Officials said Reza-Tabrizi would testify next week.", "Reza-Tabrizi"),
        ] {
            let found = mentions(text);
            let people: Vec<_> = found.iter().filter(|(_, label)| *label == "PER").map(|(t, _)| *t).collect();
            assert_eq!(people, [person], "{text}: {found:?}");
        }
    }

    #[test]
    fn a_hyphenated_name_stays_whole_beside_a_hyphenated_compound() {
        // The same hyphen joins a name's parts and cuts a place from "-born".
        let found = mentions("Pakistan-born engineer Ali Reza-Tabrizi designed the bridge.");
        assert_eq!(found, [("Pakistan", "LOC"), ("Ali Reza-Tabrizi", "PER")]);
        let found = mentions("Kenyan-born runner Grace Otieno-Mwangi won the race in Paris.");
        assert_eq!(found, [("Kenyan", "MISC"), ("Grace Otieno-Mwangi", "PER"), ("Paris", "LOC")]);
        // A later mention of the hyphenated surname alone is the person too.
        let found = mentions("Ali Reza-Tabrizi flew to Vienna. Reza-Tabrizi said the talks had stalled.");
        assert_eq!(found, [("Ali Reza-Tabrizi", "PER"), ("Vienna", "LOC"), ("Reza-Tabrizi", "PER")]);
    }

    #[test]
    fn a_later_surname_is_a_person_like_the_full_name() {
        let text = "Spokesman John Kirby spoke to reporters on Monday. Kirby said the talks would go on.";
        let found = mentions(text);
        assert!(found.contains(&("John Kirby", "PER")), "{found:?}");
        assert!(found.contains(&("Kirby", "PER")), "{found:?}");
    }

    #[test]
    fn odd_input_yields_mentions_inside_the_text() {
        for text in crate::tokenize::tests::ODD_INPUTS {
            for m in Recognizer::shipped().recognize(text, &tokenize(text), &[]) {
                assert!(text.get(m.bytes.clone()).is_some_and(|s| !s.trim().is_empty()), "{text:?}: {m:?}");
            }
        }
    }

    #[test]
    fn a_photo_credit_is_not_read_as_a_headline() {
        let text = "Firefighters battle a blaze near a warehouse in Lyon on Monday. (AP Photo/Lena Varga)";
        let tokens = tokenize(text);
        let credit = text.find('(').unwrap_or(0)..text.len();
        let found: Vec<(&str, &str)> = Recognizer::shipped()
            .recognize(text, &tokens, &[0..credit.start - 1, credit])
            .into_iter()
            .map(|m| (&text[m.bytes], m.label.code()))
            .collect();
        assert!(found.contains(&("AP", "ORG")), "{found:?}");
        assert!(found.contains(&("Lena Varga", "PER")), "{found:?}");
    }

    #[test]
    fn a_place_before_a_comma_and_a_state_is_a_place() {
        for (text, place) in [
            ("Crews restored power in Portland, Oregon, on Monday.", "Portland"),
            ("The plant in Smyrna, Tenn., will add 500 jobs.", "Smyrna"),
            ("Officials in Everett, Wash., said the storm had passed.", "Everett"),
        ] {
            let found = mentions(text);
            assert!(found.contains(&(place, "LOC")), "{text}: {found:?}");
        }
    }

    #[test]
    fn common_acronyms_alone_are_not_entities() {
        let found = mentions("The CEO said AI and EVs would lift GDP, NATO officials told the BBC.");
        assert!(found.iter().all(|(t, _)| !["CEO", "AI", "EVs", "GDP"].contains(t)), "{found:?}");
        assert!(found.contains(&("NATO", "ORG")), "{found:?}");
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
