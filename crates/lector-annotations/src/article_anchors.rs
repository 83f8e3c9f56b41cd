//! One article's annotations as the reader sees them: placed in the current
//! text, in text order, and the orphans apart.

use lector_text::Span;

use crate::anchoring::{anchor, Anchoring, OrphanReason, Placement};
use crate::annotation::Annotation;
use crate::article_text::ArticleText;
use crate::id::ArticleId;
use crate::store::{text_order, AnnotationStore};

/// What the sidebar and the highlight renderer need for one article.
#[derive(Debug)]
pub struct ArticleAnchors<'a> {
    /// In text order of where they are now (start, then longer first).
    pub placed: Vec<Placed<'a>>,
    /// Kept, never dropped: listed under "Orphaned" with their quote, in the
    /// order of their stored positions.
    pub orphaned: Vec<Orphan<'a>>,
}

#[derive(Debug)]
pub struct Placed<'a> {
    pub annotation: &'a Annotation,
    /// Characters of the article's current rendered text.
    pub span: Span,
    pub how: Placement,
}

#[derive(Debug)]
pub struct Orphan<'a> {
    pub annotation: &'a Annotation,
    pub reason: OrphanReason,
}

impl AnnotationStore {
    /// Anchors every annotation of `article` in its current `text`.
    pub fn anchor_article<'a>(&'a self, article: &ArticleId, text: &ArticleText) -> ArticleAnchors<'a> {
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
