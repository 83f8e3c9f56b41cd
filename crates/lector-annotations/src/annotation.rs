//! One annotation: who it is, what it says, where it points.

use serde::Serialize;

use crate::body::Body;
use crate::id::{AnnotationId, ArticleId};
use crate::selectors::Target;
use crate::time::Timestamp;

/// A reader's annotation. Built only from validated parts, so an
/// `Annotation` in hand is always one that can be stored and exported.
///
/// `modified` is what merging compares ("newer wins"); every change made
/// through [`crate::AnnotationStore`] moves it forward.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Annotation {
    id: AnnotationId,
    article: ArticleId,
    created: Timestamp,
    modified: Timestamp,
    body: Body,
    target: Target,
}

impl Annotation {
    /// A new annotation made `now`. Use [`crate::Target::from_selection`] for the target.
    pub fn new(id: AnnotationId, article: ArticleId, target: Target, body: Body, now: Timestamp) -> Self {
        Annotation { id, article, created: now, modified: now, body, target }
    }

    /// An annotation read from a file or from storage; `modified` must not be before `created`.
    pub(crate) fn from_parts(
        id: AnnotationId,
        article: ArticleId,
        created: Timestamp,
        modified: Timestamp,
        body: Body,
        target: Target,
    ) -> Self {
        debug_assert!(created <= modified);
        Annotation { id, article, created, modified, body, target }
    }

    pub fn id(&self) -> &AnnotationId {
        &self.id
    }

    pub fn article(&self) -> &ArticleId {
        &self.article
    }

    pub fn created(&self) -> Timestamp {
        self.created
    }

    pub fn modified(&self) -> Timestamp {
        self.modified
    }

    pub fn body(&self) -> &Body {
        &self.body
    }

    pub fn target(&self) -> &Target {
        &self.target
    }

    /// Replaces the body and stamps the change; returns false (and changes nothing) when it is the same body.
    pub(crate) fn set_body(&mut self, body: Body, now: Timestamp) -> bool {
        if self.body == body {
            return false;
        }
        self.body = body;
        self.touch(now);
        true
    }

    pub(crate) fn set_target(&mut self, target: Target, now: Timestamp) -> bool {
        if self.target == target {
            return false;
        }
        self.target = target;
        self.touch(now);
        true
    }

    /// Stamps a change at `now`, or just after the previous change if the
    /// clock says otherwise, so the change always wins a merge against the
    /// version it replaced.
    pub(crate) fn touch(&mut self, now: Timestamp) {
        self.modified = now.max(self.modified.next());
    }
}
