//! One article's annotations as the reader shows them: placed in the text as
//! it is now, in text order, and the orphans apart. Owned copies, so that
//! views can hold them across renders without borrowing the store.

use lector_annotations::{Annotation, AnnotationId, AnnotationStore, ArticleId, ArticleText, OrphanReason, Placement};
use lector_text::Span;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct ArticleAnnotations {
    /// In text order of where they are now.
    pub placed: Vec<PlacedAnnotation>,
    /// Kept and listed, never drawn in the text.
    pub orphaned: Vec<OrphanedAnnotation>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct PlacedAnnotation {
    pub annotation: Annotation,
    /// Characters of the article's current rendered text.
    pub span: Span,
    pub how: Placement,
}

#[derive(Clone, Debug, PartialEq)]
pub struct OrphanedAnnotation {
    pub annotation: Annotation,
    pub reason: OrphanReason,
}

impl ArticleAnnotations {
    /// Anchors `article`'s annotations in its current `text`.
    pub fn anchor(store: &AnnotationStore, article: &ArticleId, text: &ArticleText) -> ArticleAnnotations {
        let anchors = store.anchor_article(article, text);
        ArticleAnnotations {
            placed: anchors
                .placed
                .into_iter()
                .map(|p| PlacedAnnotation { annotation: p.annotation.clone(), span: p.span, how: p.how })
                .collect(),
            orphaned: anchors
                .orphaned
                .into_iter()
                .map(|o| OrphanedAnnotation { annotation: o.annotation.clone(), reason: o.reason })
                .collect(),
        }
    }

    pub fn placed(&self, id: &AnnotationId) -> Option<&PlacedAnnotation> {
        self.placed.iter().find(|p| p.annotation.id() == id)
    }

    pub fn is_orphaned(&self, id: &AnnotationId) -> bool {
        self.orphaned.iter().any(|o| o.annotation.id() == id)
    }

    pub fn len(&self) -> usize {
        self.placed.len() + self.orphaned.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// What an orphan's reason means to a reader.
pub fn explain(reason: &OrphanReason) -> String {
    match reason {
        OrphanReason::NotFound => "The quoted words are no longer in the article.".to_string(),
        OrphanReason::Ambiguous { places } => {
            format!("The quoted words now appear in {} places and nothing tells which one was meant.", places.len())
        }
        OrphanReason::Weak { similarity, .. } => format!(
            "Similar words remain ({}% alike), but too little around them matches to be sure.",
            (similarity * 100.0).round()
        ),
    }
}

/// Places an orphan could be re-attached to, as the anchoring suggests them.
pub fn suggestions(reason: &OrphanReason) -> Vec<Span> {
    match reason {
        OrphanReason::NotFound => Vec::new(),
        OrphanReason::Ambiguous { places } => places.clone(),
        OrphanReason::Weak { suggestion, .. } => vec![*suggestion],
    }
}

/// An article's text indexed for anchoring, shared by the views of one
/// opened article. Equal when it is the same index: it is built once per
/// opened article, so pointer equality is content equality here, and views
/// do not compare whole texts on every render.
#[derive(Clone, Debug)]
pub struct SharedText(pub std::rc::Rc<ArticleText>);

impl PartialEq for SharedText {
    fn eq(&self, other: &Self) -> bool {
        std::rc::Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for SharedText {
    type Target = ArticleText;

    fn deref(&self) -> &ArticleText {
        &self.0
    }
}
