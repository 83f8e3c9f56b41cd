//! Deep links (`#/article/ID?annotation=UUID`): the article opens at the
//! annotation, once per link. `?at=START-END` (characters of the rendered
//! text: a search result's passage, an entity's mention) opens it at that
//! passage, flashed.

use std::rc::Rc;

use lector_annotations::{AnnotationId, ArticleAnchors};
use lector_text::Span;
use serde::{Deserialize, Serialize};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::browser::reveal;
use crate::hooks::annotations::use_annotations;
use crate::state::annotations::AnnotationAction;
use crate::state::notices::NoticeKind;

/// `?annotation=UUID` or `?at=START-END` in the route.
#[derive(Deserialize)]
struct DeepLink {
    annotation: Option<String>,
    at: Option<String>,
}

/// The query of a link to a passage: `?at=START-END`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PassageLink {
    pub at: String,
}

impl PassageLink {
    pub fn to(span: Span) -> PassageLink {
        PassageLink { at: format!("{}-{}", span.start, span.end) }
    }

    /// The span a link names; `None` for anything but two ordered numbers.
    pub fn span(at: &str) -> Option<Span> {
        let (start, end) = at.split_once('-')?;
        let (start, end) = (start.parse().ok()?, end.parse().ok()?);
        (start <= end).then_some(Span { start, end })
    }
}

/// Opens the article at the passage `?at=` names, once per link.
#[hook]
pub fn use_passage_link() {
    let location = use_location();
    let at = location.and_then(|l| l.query::<DeepLink>().ok()).and_then(|q| q.at).and_then(|at| PassageLink::span(&at));
    use_effect_with(at, |at| {
        if let Some(span) = at {
            reveal::reveal_passage(*span);
        }
    });
}

/// Shows the annotation a link names. Done again when the highlights arrive
/// (`analyzed`): they redraw the text, which would drop the flash and may
/// move the annotation.
#[hook]
pub fn use_deep_link(annotations: Rc<ArticleAnchors>, analyzed: bool) {
    let state = use_annotations();
    let location = use_location();
    let linked = location.and_then(|l| l.query::<DeepLink>().ok()).and_then(|q| q.annotation);
    let revealed = use_mut_ref(|| None::<(String, bool)>);
    use_effect_with((linked, annotations, analyzed), move |(linked, annotations, analyzed)| {
        let Some(linked) = linked else { return };
        let key = (linked.clone(), *analyzed);
        if revealed.borrow().as_ref() == Some(&key) {
            return;
        }
        let seen_before = revealed.borrow().as_ref().is_some_and(|(id, _)| id == linked);
        *revealed.borrow_mut() = Some(key);
        let id = AnnotationId::parse(linked).ok();
        if id.as_ref().is_some_and(|id| annotations.placed(id).is_some()) {
            reveal::reveal_annotation(linked);
        } else if id.as_ref().is_some_and(|id| annotations.is_orphaned(id)) {
            reveal::scroll_to_id(&format!("orphan-{linked}"));
        } else if !seen_before {
            state.dispatch(AnnotationAction::Notify(NoticeKind::Error {
                title: "That link points to an annotation this browser does not have".into(),
                message: "Annotations live in the browser where they were made: ask for an export file and import \
                          it here (Export / import, beside the article)."
                    .into(),
            }));
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passage_links_name_a_span_or_nothing() {
        let table: &[(&str, Option<(usize, usize)>)] = &[
            ("12-40", Some((12, 40))),
            ("0-0", Some((0, 0))),
            ("40-12", None),
            ("12", None),
            ("a-b", None),
            ("-3-4", None),
            ("", None),
        ];
        for &(at, span) in table {
            assert_eq!(PassageLink::span(at), span.map(|(start, end)| Span { start, end }), "{at:?}");
        }
        let span = Span { start: 3, end: 9 };
        assert_eq!(PassageLink::span(&PassageLink::to(span).at), Some(span));
    }
}
