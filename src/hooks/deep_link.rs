//! Deep links (`#/article/ID?annotation=UUID`): the article opens at the
//! annotation, once per link.

use std::rc::Rc;

use lector_annotations::{AnnotationId, ArticleAnchors};
use serde::Deserialize;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::browser::reveal;
use crate::hooks::annotations::use_annotations;
use crate::state::annotations::AnnotationAction;
use crate::state::notices::NoticeKind;

/// `?annotation=UUID` in the route.
#[derive(Deserialize)]
struct DeepLink {
    annotation: Option<String>,
}

#[hook]
pub fn use_deep_link(annotations: Rc<ArticleAnchors>) {
    let state = use_annotations();
    let location = use_location();
    let linked = location.and_then(|l| l.query::<DeepLink>().ok()).and_then(|q| q.annotation);
    let revealed = use_mut_ref(|| None::<String>);
    use_effect_with((linked, annotations), move |(linked, annotations)| {
        let Some(linked) = linked else { return };
        if revealed.borrow().as_ref() == Some(linked) {
            return;
        }
        *revealed.borrow_mut() = Some(linked.clone());
        let id = AnnotationId::parse(linked).ok();
        if id.as_ref().is_some_and(|id| annotations.placed(id).is_some()) {
            reveal::reveal_annotation(linked);
        } else if id.as_ref().is_some_and(|id| annotations.is_orphaned(id)) {
            reveal::scroll_to_id(&format!("orphan-{linked}"));
        } else {
            state.dispatch(AnnotationAction::Notify(NoticeKind::Error {
                title: "That link points to an annotation this browser does not have".into(),
                message: "Annotations live in the browser where they were made: ask for an export file and import \
                          it here (Export / import, beside the article)."
                    .into(),
            }));
        }
    });
}
