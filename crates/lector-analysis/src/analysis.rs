use lector_text::{CharIndex, Span};
use serde::Serialize;

use crate::data::AnalyzerData;
use crate::entities::{self, Entity};
use crate::hedges::{self, CueKind};
use crate::ner::EntityLabel;
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
    /// Who is cited, where: one list for named and anonymous sources.
    pub attributions: Vec<Attribution>,
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
    /// Who is cited: for `attribution` cues the name ("Sean Savett", "White
    /// House"), for `anonymous_source` cues a description ("two people
    /// familiar with the matter").
    pub source: Option<String>,
}

/// One place where the text says who a claim comes from. Named ones are the
/// `attribution` cues; anonymous ones have the span of their
/// `anonymous_source` cue, one per unnamed source and sentence ("Two
/// officials, who spoke on condition of anonymity, said" cites them once).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Attribution {
    pub span: Span,
    /// As a reader names it: "John Kirby", "Iran's mission to the United
    /// Nations", "two people familiar with the matter".
    pub source: String,
    pub named: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Sentence {
    pub span: Span,
    pub hedged: bool,
}

/// Runs every analyzer over `text` once with the model and word lists
/// compiled into this build: tokenise, split sentences, recognise entities,
/// find cues, judge sentences.
#[cfg(feature = "embedded")]
pub fn analyze(text: &str) -> Analysis {
    analyze_with(AnalyzerData::embedded(), text)
}

/// [`analyze`] with a model and word lists loaded at run time (the app's
/// `analyzer-<hash>.bin`).
pub fn analyze_with(data: &AnalyzerData, text: &str) -> Analysis {
    let tokens = tokenize::tokenize(text);
    let sentence_bytes = sentences::split(text);
    let mentions = data.recognizer().recognize(text, &tokens, &sentence_bytes);
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
    let cues: Vec<Cue> =
        cues.into_iter().map(|c| Cue { span: span(&c.bytes), kind: c.kind, source: c.source }).collect();
    let attributions = attributions(&cues, &sentences);
    let profile = SourcingProfile::new(
        words,
        sentences.iter().map(|s| s.hedged),
        cues.iter().map(|c| c.kind),
        attributions.iter().map(|a| (a.source.as_str(), a.named)),
    );
    Analysis { entities, entity_groups, cues, attributions, sentences, profile }
}

/// Who is cited, from the cues: named ones are the cues carrying a source
/// name; an unnamed source is counted once per sentence. Shared by
/// [`analyze`] and [`Analysis::corrected`], so the reader's corrections are
/// counted as the analyzer's own findings are.
pub(crate) fn attributions(cues: &[Cue], sentences: &[Sentence]) -> Vec<Attribution> {
    let sentence_of = |start: usize| sentences.partition_point(|s| s.span.end <= start);
    let mut out: Vec<(usize, Attribution)> = Vec::new();
    for c in cues {
        let named = match c.kind {
            CueKind::Attribution => true,
            CueKind::AnonymousSource => false,
            // An allegation or denial that is also its source's attribution
            // ("…, claiming that").
            _ if c.source.is_some() => true,
            _ => continue,
        };
        let Some(source) = c.source.clone() else { continue };
        let sentence = sentence_of(c.span.start);
        let repeated = out.iter().any(|(s, a)| *s == sentence && !a.named && !named && a.source == source);
        if !repeated {
            out.push((sentence, Attribution { span: c.span, source, named }));
        }
    }
    out.into_iter().map(|(_, a)| a).collect()
}
