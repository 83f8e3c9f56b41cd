//! An opened article's text indexed for anchoring, shared by its views.

use std::rc::Rc;

use lector_annotations::ArticleText;

/// Equal when it is the same index: it is built once per opened article, so
/// pointer equality is content equality here, and views do not compare
/// whole texts on every render.
#[derive(Clone, Debug)]
pub struct SharedText(pub Rc<ArticleText>);

impl PartialEq for SharedText {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for SharedText {
    type Target = ArticleText;

    fn deref(&self) -> &ArticleText {
        &self.0
    }
}
