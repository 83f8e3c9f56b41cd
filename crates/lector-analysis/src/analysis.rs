use lector_text::{CharIndex, Span};
use serde::Serialize;

use crate::entities::{self, Entity};
use crate::hedges::{self, CueKind};
use crate::ner::{self, EntityLabel};
use crate::profile::SourcingProfile;
use crate::sentences;
use crate::tokenize;

/// Everything the analyzers found in one text, in character offsets.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Analysis {
    pub entities: Vec<EntityMention>,
    /// Mentions grouped into entities ("John Kirby" and "Kirby"); each lists
    /// indices into `entities`.
    pub entity_groups: Vec<Entity>,
    pub cues: Vec<Cue>,
    pub sentences: Vec<Sentence>,
    /// How hedged the text is and whom it cites, for the profile chart.
    pub profile: SourcingProfile,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct EntityMention {
    pub span: Span,
    pub label: EntityLabel,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Cue {
    pub span: Span,
    pub kind: CueKind,
    /// Who is cited, for `attribution` cues ("Sean Savett", "the White House").
    pub source: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Sentence {
    pub span: Span,
    pub hedged: bool,
}

/// Runs every analyzer over `text` once: tokenise, split sentences, recognise
/// entities, find cues, judge sentences.
pub fn analyze(text: &str) -> Analysis {
    let tokens = tokenize::tokenize(text);
    let sentence_bytes = sentences::split(text);
    let mentions = ner::Recognizer::shipped().recognize(text, &tokens, &sentence_bytes);
    let cues = hedges::find_cues(text, &tokens, &sentence_bytes, &mentions);

    let index = CharIndex::new(text);
    let span = |r: &std::ops::Range<usize>| Span::new(index.char_of_byte(r.start), index.char_of_byte(r.end));

    let entities: Vec<EntityMention> =
        mentions.iter().map(|m| EntityMention { span: span(&m.bytes), label: m.label }).collect();
    let entity_groups = entities::group(text, &mentions);
    // A sentence is hedged when a hedge cue (not a named attribution) starts in it.
    let sentences: Vec<Sentence> = sentence_bytes
        .iter()
        .map(|s| Sentence {
            span: span(s),
            hedged: cues.iter().any(|c| c.kind.is_hedge() && c.bytes.start >= s.start && c.bytes.start < s.end),
        })
        .collect();
    let words = tokens.iter().filter(|t| t.is_word() && !t.text(text).starts_with(['\'', '\u{2019}'])).count();
    let profile = SourcingProfile::new(
        words,
        sentences.iter().map(|s| s.hedged),
        cues.iter().map(|c| (c.kind, c.source.as_deref())),
    );
    let cues = cues.into_iter().map(|c| Cue { span: span(&c.bytes), kind: c.kind, source: c.source }).collect();
    Analysis { entities, entity_groups, cues, sentences, profile }
}
