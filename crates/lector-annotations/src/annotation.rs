//! One annotation: who it is, what it says, where it points.

use serde::Serialize;

use crate::body::Body;
use crate::id::AnnotationId;
use crate::selectors::Target;
use crate::time::Timestamp;
use crate::w3c_extra::W3cExtra;
use crate::ArticleId;

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
    /// Fields of a W3C annotation that Lector does not model, written back on export.
    /// Boxed and usually absent: most annotations are Lector's own.
    #[serde(rename = "w3c", skip_serializing_if = "Option::is_none")]
    extra: Option<Box<W3cExtra>>,
}

impl Annotation {
    /// A new annotation made `now`. Use [`crate::Target::from_selection`] for the target.
    pub fn new(id: AnnotationId, article: ArticleId, target: Target, body: Body, now: Timestamp) -> Self {
        Annotation { id, article, created: now, modified: now, body, target, extra: None }
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
        Annotation { id, article, created, modified, body, target, extra: None }
    }

    pub(crate) fn with_extra(self, extra: W3cExtra) -> Self {
        Annotation { extra: (!extra.is_empty()).then(|| Box::new(extra)), ..self }
    }

    pub(crate) fn extra(&self) -> Option<&W3cExtra> {
        self.extra.as_deref()
    }

    /// Names of the fields kept from another tool's file (e.g. `creator`,
    /// `target.selector[RangeSelector]`), which Lector does not show but writes back on export.
    pub fn kept_fields(&self) -> Vec<String> {
        let Some(extra) = self.extra() else { return Vec::new() };
        let mut names: Vec<String> = extra.annotation.keys().cloned().collect();
        names.extend(extra.target.keys().map(|k| format!("target.{k}")));
        names.extend(extra.selectors.iter().map(|s| {
            let kind = s.get("type").and_then(serde_json::Value::as_str).unwrap_or("selector");
            format!("target.selector[{kind}]")
        }));
        names.extend(extra.note.keys().map(|k| format!("body.{k}")));
        names
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
