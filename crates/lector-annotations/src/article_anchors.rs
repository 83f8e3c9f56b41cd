//! One article's annotations as the reader sees them: placed in the current
//! text, in text order, and the orphans apart.
//!
//! One type in two forms: [`AnnotationStore::anchor_article`] borrows the
//! annotations from the store (nothing copied, for tools that look once),
//! and [`ArticleAnchors::into_owned`] gives the form a UI keeps across
//! renders while the store moves on (`ArticleAnchors` with no parameter).

use std::borrow::Borrow;

use lector_text::Span;

use crate::anchoring::{anchor, Anchoring, OrphanReason, Placement};
use crate::annotation::Annotation;
use crate::article_text::ArticleText;
use crate::id::AnnotationId;
use crate::store::{text_order, AnnotationStore};
use crate::ArticleId;

/// What the sidebar and the highlight renderer need for one article;
/// `A` is how each annotation is held (`&Annotation` or `Annotation`).
#[derive(Clone, Debug, PartialEq)]
pub struct ArticleAnchors<A = Annotation> {
    /// In text order of where they are now (start, then longer first).
    pub placed: Vec<Placed<A>>,
    /// Kept, never dropped: listed under "Orphaned" with their quote, in the
    /// order of their stored positions.
    pub orphaned: Vec<Orphan<A>>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Placed<A = Annotation> {
    pub annotation: A,
    /// Characters of the article's current rendered text.
    pub span: Span,
    pub how: Placement,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Orphan<A = Annotation> {
    pub annotation: A,
    pub reason: OrphanReason,
}

impl AnnotationStore {
    /// Anchors every annotation of `article` in its current `text`.
    pub fn anchor_article<'a>(&'a self, article: &ArticleId, text: &ArticleText) -> ArticleAnchors<&'a Annotation> {
        let mut placed = Vec::new();
        let mut orphaned = Vec::new();
        for annotation in self.for_article(article) {
            match anchor(text, annotation.target()) {
                Anchoring::Placed { span, how } => placed.push(Placed { annotation, span, how }),
                Anchoring::Orphaned(reason) => orphaned.push(Orphan { annotation, reason }),
            }
        }
        placed.sort_by(|a, b| {
            (a.span.start, std::cmp::Reverse(a.span.end), text_order(a.annotation)).cmp(&(
                b.span.start,
                std::cmp::Reverse(b.span.end),
                text_order(b.annotation),
            ))
        });
        ArticleAnchors { placed, orphaned }
    }
}

impl<A> Default for ArticleAnchors<A> {
    fn default() -> Self {
        ArticleAnchors { placed: Vec::new(), orphaned: Vec::new() }
    }
}

impl ArticleAnchors<&Annotation> {
    /// The same anchors holding copies of the annotations, to keep while the store changes.
    pub fn into_owned(self) -> ArticleAnchors {
        ArticleAnchors {
            placed: self
                .placed
                .into_iter()
                .map(|p| Placed { annotation: p.annotation.clone(), span: p.span, how: p.how })
                .collect(),
            orphaned: self
                .orphaned
                .into_iter()
                .map(|o| Orphan { annotation: o.annotation.clone(), reason: o.reason })
                .collect(),
        }
    }
}

impl<A: Borrow<Annotation>> ArticleAnchors<A> {
    /// Where annotation `id` is drawn, if it is placed.
    pub fn placed(&self, id: &AnnotationId) -> Option<&Placed<A>> {
        self.placed.iter().find(|p| p.annotation.borrow().id() == id)
    }

    pub fn is_orphaned(&self, id: &AnnotationId) -> bool {
        self.orphaned.iter().any(|o| o.annotation.borrow().id() == id)
    }

    /// Placed and orphaned together: every annotation of the article.
    pub fn len(&self) -> usize {
        self.placed.len() + self.orphaned.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}
