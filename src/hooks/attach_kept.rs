//! Annotations kept for a story the library did not have (imported before
//! it was added) attach themselves when that story is opened.

use std::rc::Rc;

use lector_annotations::{ArticleId, ArticleText};
use yew::prelude::*;

use crate::browser::clock;
use crate::opened::OpenedArticle;
use crate::state::annotations::{AnnotationAction, AnnotationsContext};
use crate::state::library::LibraryContext;

#[hook]
pub fn use_attach_kept(opened: Rc<OpenedArticle>, article: Option<ArticleId>, text: Rc<ArticleText>) {
    let annotations = use_context::<AnnotationsContext>().expect("rendered inside AnnotationsProvider");
    let library = use_context::<LibraryContext>().expect("rendered inside LibraryProvider");
    use_effect_with(opened, move |_| {
        if let Some(article) = article.filter(|_| annotations.store().has_foreign()) {
            let iri = library.stable_iri(article.as_str()).unwrap_or_default();
            annotations.dispatch(AnnotationAction::ArticleAdded { article, iri, text, at: clock::now() });
        }
    });
}
