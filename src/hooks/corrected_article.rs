//! The opened article with the reader's corrections applied: anchored in its
//! text and applied to the analysis again only when the corrections or the
//! article change.

use std::rc::Rc;

use lector_annotations::{ArticleId, ArticleText};
use yew::prelude::*;

use crate::opened::OpenedArticle;
use crate::state::corrections::CorrectionsContext;

#[hook]
pub fn use_corrected_article(
    opened: Rc<OpenedArticle>,
    article: Rc<Option<ArticleId>>,
    text: Rc<ArticleText>,
) -> Rc<OpenedArticle> {
    let corrections = use_context::<CorrectionsContext>().expect("rendered inside CorrectionsProvider");
    let corrected = use_memo((corrections.set.clone(), opened), move |(set, opened)| match &*article {
        Some(id) => Rc::new(opened.with_corrections(set.0.anchor_article(id, &text))),
        None => opened.clone(),
    });
    (*corrected).clone()
}
