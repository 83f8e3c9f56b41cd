//! The annotations state from context, and the actions views dispatch most.

use lector_annotations::{ArticleId, Body};
use lector_text::Span;
use yew::prelude::*;

use crate::browser::clock;
use crate::shared_text::SharedText;
use crate::state::annotations::{AnnotationAction, AnnotationsContext};
use crate::state::annotations_provider;
use crate::state::notices::NoticeKind;

/// The annotations state (rendered inside `AnnotationsProvider`).
#[hook]
pub fn use_annotations() -> AnnotationsContext {
    use_context::<AnnotationsContext>().expect("rendered inside AnnotationsProvider")
}

/// Annotates `span` of the article now.
pub fn create(state: &AnnotationsContext, article: &ArticleId, text: &SharedText, span: Span, body: Body) {
    state.dispatch(annotations_provider::create(article.clone(), text.0.clone(), span, body));
}

/// Undoes the last delete or re-attachment, if there is one.
pub fn undo(state: &AnnotationsContext) {
    if state.can_undo() {
        state.dispatch(AnnotationAction::Undo { at: clock::now() });
    }
}

/// A shortcut with nothing selected says how to select, rather than doing nothing.
pub fn ask_to_select_first(state: &AnnotationsContext) {
    state.dispatch(AnnotationAction::Notify(NoticeKind::Info(
        "Select some words in the article first: drag over them, or press c and use Shift+arrows.".into(),
    )));
}
