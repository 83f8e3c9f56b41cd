//! All the reader's corrections, and one article's placed in its current text.

use std::collections::BTreeMap;

use lector_text::Span;

use crate::anchoring::{anchor, Anchoring};
use crate::article_text::ArticleText;
use crate::id::AnnotationId;
use crate::ArticleId;

use super::correction::Correction;

/// The reader's corrections by id. Small (a reader corrects a handful of
/// places per article), so a plain ordered map.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CorrectionSet {
    entries: BTreeMap<AnnotationId, Correction>,
}

/// A correction found in the article's current text, or not (`span` `None`:
/// its words are gone; it is kept, listed, and applies to nothing).
#[derive(Clone, Debug, PartialEq)]
pub struct PlacedCorrection {
    pub correction: Correction,
    pub span: Option<Span>,
}

impl CorrectionSet {
    pub fn new() -> CorrectionSet {
        CorrectionSet::default()
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &Correction> {
        self.entries.values()
    }

    pub fn get(&self, id: &AnnotationId) -> Option<&Correction> {
        self.entries.get(id)
    }

    /// Adds `correction`, replacing the reader's earlier correction of the
    /// same words and layer (a name relabelled twice keeps the last type).
    /// Returns what it replaced, for undo.
    pub fn add(&mut self, correction: Correction) -> Vec<Correction> {
        let layer = correction.fix.layer();
        let same: Vec<AnnotationId> = self
            .entries
            .values()
            .filter(|c| {
                c.article == correction.article
                    && c.fix.layer() == layer
                    && c.target.position() == correction.target.position()
                    && c.target.quote() == correction.target.quote()
            })
            .map(|c| c.id.clone())
            .collect();
        let replaced = same.iter().filter_map(|id| self.entries.remove(id)).collect();
        self.entries.insert(correction.id.clone(), correction);
        replaced
    }

    /// Removes a correction (the analyzer's output shows again); returns it, for undo.
    pub fn remove(&mut self, id: &AnnotationId) -> Option<Correction> {
        self.entries.remove(id)
    }

    pub fn for_article<'a>(&'a self, article: &'a ArticleId) -> impl Iterator<Item = &'a Correction> + 'a {
        self.entries.values().filter(move |c| &c.article == article)
    }

    /// `article`'s corrections found again in its current `text`, with the
    /// anchoring of annotations; in text order, those not found last.
    pub fn anchor_article(&self, article: &ArticleId, text: &ArticleText) -> Vec<PlacedCorrection> {
        let mut placed: Vec<PlacedCorrection> = self
            .for_article(article)
            .map(|c| PlacedCorrection {
                correction: c.clone(),
                span: match anchor(text, &c.target) {
                    Anchoring::Placed { span, .. } => Some(span),
                    Anchoring::Orphaned(_) => None,
                },
            })
            .collect();
        placed.sort_by_key(|p| (p.span.is_none(), p.span.map(|s| (s.start, s.end)), p.correction.created));
        placed
    }

    /// Adds the corrections of `other` this set does not hold (by id;
    /// corrections are never edited, only replaced, so an id names one
    /// content). Returns how many were added.
    pub fn merge(&mut self, other: CorrectionSet) -> usize {
        let mut added = 0;
        for (id, correction) in other.entries {
            if !self.entries.contains_key(&id) {
                self.add(correction);
                added += 1;
            }
        }
        added
    }
}

impl FromIterator<Correction> for CorrectionSet {
    fn from_iter<I: IntoIterator<Item = Correction>>(iter: I) -> Self {
        let mut set = CorrectionSet::new();
        for correction in iter {
            set.add(correction);
        }
        set
    }
}
