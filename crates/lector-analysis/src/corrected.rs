//! The analysis as the reader corrected it. The reader's corrections (kept
//! and anchored by `lector_annotations::corrections`) become [`Edit`]s at
//! character spans of the current text; [`Analysis::corrected`] applies them
//! and derives again everything that depends on cues and names (hedged
//! sentences, who is cited, the profile), with the same code as
//! [`crate::analyze`], so the highlights, the legend's counts, the profile
//! and the panel all agree with each other.

use lector_text::Span;

use crate::analysis::{attributions, Analysis, Cue, EntityMention, Sentence};
use crate::hedges::CueKind;
use crate::ner::EntityLabel;
use crate::profile::SourcingProfile;

/// One correction, placed in the current text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Edit {
    /// Removes the cue of `kind` at exactly `span`.
    DismissCue { span: Span, kind: CueKind },
    /// Removes the name of type `label` at exactly `span`.
    DismissEntity { span: Span, label: EntityLabel },
    /// Gives the name at exactly `span` the type `to`.
    RelabelEntity { span: Span, to: EntityLabel },
    /// The attribution at exactly `span` cites `source`; a named source makes
    /// it an `attribution` cue, an unnamed one an `anonymous_source` cue.
    SetSource { span: Span, source: String, named: bool },
    /// A cue the analyzer missed.
    AddCue { span: Span, kind: CueKind },
    /// An attribution the analyzer missed.
    AddAttribution { span: Span, source: String, named: bool },
}

fn source_kind(named: bool) -> CueKind {
    if named {
        CueKind::Attribution
    } else {
        CueKind::AnonymousSource
    }
}

impl Analysis {
    /// This analysis with `edits` applied. An edit whose cue or name is not
    /// there (the text or the analyzer changed) changes nothing.
    pub fn corrected(&self, edits: &[Edit]) -> Analysis {
        if edits.is_empty() {
            return self.clone();
        }
        let (entities, entity_groups) = self.corrected_entities(edits);
        let cues = self.corrected_cues(edits);
        let sentences: Vec<Sentence> = self
            .sentences
            .iter()
            .map(|s| Sentence {
                span: s.span,
                hedged: cues
                    .iter()
                    .any(|c| c.kind.is_hedge() && c.span.start >= s.span.start && c.span.start < s.span.end),
            })
            .collect();
        let attributions = attributions(&cues, &sentences);
        let profile = SourcingProfile::new(
            self.profile.words,
            sentences.iter().map(|s| s.hedged),
            cues.iter().map(|c| c.kind),
            attributions.iter().map(|a| (a.source.as_str(), a.named)),
        );
        Analysis { entities, entity_groups, cues, attributions, sentences, profile }
    }

    fn corrected_entities(&self, edits: &[Edit]) -> (Vec<EntityMention>, Vec<crate::Entity>) {
        // Old mention index → new one (None: dismissed).
        let mut new_index = Vec::with_capacity(self.entities.len());
        let mut entities = Vec::with_capacity(self.entities.len());
        for mention in &self.entities {
            let dismissed = edits.iter().any(
                |e| matches!(e, Edit::DismissEntity { span, label } if *span == mention.span && *label == mention.label),
            );
            if dismissed {
                new_index.push(None);
                continue;
            }
            let mut mention = mention.clone();
            for edit in edits {
                if let Edit::RelabelEntity { span, to } = edit {
                    if *span == mention.span {
                        mention.label = *to;
                    }
                }
            }
            new_index.push(Some(entities.len()));
            entities.push(mention);
        }
        let groups = self
            .entity_groups
            .iter()
            .filter_map(|group| {
                let mentions: Vec<usize> =
                    group.mentions.iter().filter_map(|&m| new_index.get(m).copied().flatten()).collect();
                let first = *mentions.first()?;
                // A group takes the type of its first mention, the reader's if relabelled.
                Some(crate::Entity { canonical: group.canonical.clone(), label: entities[first].label, mentions })
            })
            .collect();
        (entities, groups)
    }

    fn corrected_cues(&self, edits: &[Edit]) -> Vec<Cue> {
        let mut cues: Vec<Cue> = self
            .cues
            .iter()
            .filter(|cue| {
                !edits
                    .iter()
                    .any(|e| matches!(e, Edit::DismissCue { span, kind } if *span == cue.span && *kind == cue.kind))
            })
            .cloned()
            .collect();
        for edit in edits {
            match edit {
                Edit::SetSource { span, source, named } => {
                    for cue in cues.iter_mut().filter(|c| c.span == *span && c.source.is_some()) {
                        cue.source = Some(source.clone());
                        if matches!(cue.kind, CueKind::Attribution | CueKind::AnonymousSource) {
                            cue.kind = source_kind(*named);
                        }
                    }
                }
                Edit::AddCue { span, kind } if !cues.iter().any(|c| c.span == *span && c.kind == *kind) => {
                    cues.push(Cue { span: *span, kind: *kind, source: None });
                }
                Edit::AddAttribution { span, source, named } => {
                    cues.retain(|c| !(c.span == *span && c.source.is_some()));
                    cues.push(Cue { span: *span, kind: source_kind(*named), source: Some(source.clone()) });
                }
                _ => {}
            }
        }
        cues.sort_by_key(|c| (c.span.start, std::cmp::Reverse(c.span.end)));
        cues
    }
}

#[cfg(test)]
mod tests;
