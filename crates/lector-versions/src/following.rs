//! How the reader's annotations followed onto a version: each annotation is
//! anchored by its quote and context (`lector_annotations::anchoring`); this
//! sorts the outcome the way a reader checks it.

use std::borrow::Borrow;

use lector_annotations::{Annotation, AnnotationId, ArticleAnchors, Placement};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Followed {
    /// The same words, where they were or elsewhere in the text.
    Exactly,
    /// Similar words: the quoted text itself was edited.
    Approximately,
    /// Not placed: kept, listed for the reader to re-attach.
    Orphaned,
}

impl Followed {
    /// Heading words for the reader.
    pub fn label(self) -> &'static str {
        match self {
            Followed::Exactly => "moved exactly",
            Followed::Approximately => "re-found approximately",
            Followed::Orphaned => "orphaned",
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Followed::Exactly => "exact",
            Followed::Approximately => "approximate",
            Followed::Orphaned => "orphaned",
        }
    }
}

/// One annotation's outcome, with its quote as the reader wrote it.
#[derive(Clone, Debug, PartialEq)]
pub struct FollowedAnnotation {
    pub id: AnnotationId,
    pub quote: String,
    pub followed: Followed,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct FollowReport {
    /// Exactly first, then approximately, then orphaned; text order within.
    pub items: Vec<FollowedAnnotation>,
}

impl FollowReport {
    pub fn of<A: Borrow<Annotation>>(anchors: &ArticleAnchors<A>) -> FollowReport {
        let item = |a: &A, followed| {
            let a = a.borrow();
            FollowedAnnotation { id: a.id().clone(), quote: a.target().quote().exact().to_string(), followed }
        };
        let mut items: Vec<FollowedAnnotation> = anchors
            .placed
            .iter()
            .map(|p| {
                let followed = match p.how {
                    Placement::Position | Placement::Moved => Followed::Exactly,
                    Placement::Fuzzy { .. } => Followed::Approximately,
                };
                item(&p.annotation, followed)
            })
            .chain(anchors.orphaned.iter().map(|o| item(&o.annotation, Followed::Orphaned)))
            .collect();
        items.sort_by_key(|i| i.followed);
        FollowReport { items }
    }

    pub fn count(&self, followed: Followed) -> usize {
        self.items.iter().filter(|i| i.followed == followed).count()
    }

    /// "2 moved exactly, 1 re-found approximately, 0 orphaned".
    pub fn summary(&self) -> String {
        [Followed::Exactly, Followed::Approximately, Followed::Orphaned]
            .map(|f| format!("{} {}", self.count(f), f.label()))
            .join(", ")
    }
}
