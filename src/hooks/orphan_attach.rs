//! Attaching an orphan to a place (a click on one offered, its key, or the
//! reader's selection), and where keyboard focus goes next: the attached
//! entry leaves the list, so focus moves to the next orphan, to fix one
//! after another, or, with none left, to the annotation's highlight in the
//! text, where the reader sees it landed (its card stays closed).

use std::cell::RefCell;
use std::rc::Rc;

use lector_annotations::{AnnotationId, ArticleAnchors};
use lector_text::Span;
use yew::prelude::*;

use crate::browser::{clock, dom, page_focus};
use crate::hooks::annotations::use_annotations;
use crate::hooks::card_opener;
use crate::shared_text::SharedText;
use crate::state::annotations::{AnnotationAction, AnnotationsContext};

/// An attachment waiting for the annotations to be anchored again.
struct Pending {
    attached: AnnotationId,
    /// The orphan listed after it (before it, when it was the last).
    next: Option<AnnotationId>,
}

#[derive(Clone)]
pub struct OrphanAttach {
    state: AnnotationsContext,
    text: SharedText,
    pending: Rc<RefCell<Option<Pending>>>,
    orphans: Vec<AnnotationId>,
}

impl OrphanAttach {
    /// Attaches orphan `id` to `span` of the current text.
    pub fn attach(&self, id: &AnnotationId, span: Span) {
        let at = self.orphans.iter().position(|o| o == id);
        let next =
            at.and_then(|i| self.orphans.get(i + 1).or_else(|| i.checked_sub(1).and_then(|j| self.orphans.get(j))));
        *self.pending.borrow_mut() = Some(Pending { attached: id.clone(), next: next.cloned() });
        let text = self.text.0.clone();
        self.state.dispatch(AnnotationAction::Reattach { id: id.clone(), text, span, at: clock::now() });
    }
}

/// The element id of orphan `id`'s entry in the sidebar.
pub fn entry_id(id: &AnnotationId) -> String {
    format!("orphan-{id}")
}

#[hook]
pub fn use_orphan_attach(annotations: Rc<ArticleAnchors>, text: SharedText) -> OrphanAttach {
    let pending: Rc<RefCell<Option<Pending>>> = use_mut_ref(|| None);
    {
        let pending = pending.clone();
        use_effect_with(annotations.clone(), move |anchors| {
            let Some(done) = pending.borrow_mut().take() else { return };
            if anchors.is_orphaned(&done.attached) {
                return;
            }
            match done.next.filter(|next| anchors.is_orphaned(next)) {
                Some(next) => dom::focus_id(&entry_id(&next)),
                None => {
                    page_focus::return_focus(&card_opener::mark_selector(&done.attached));
                }
            }
        });
    }
    let orphans = annotations.orphaned.iter().map(|o| o.annotation.id().clone()).collect();
    OrphanAttach { state: use_annotations(), text, pending, orphans }
}
