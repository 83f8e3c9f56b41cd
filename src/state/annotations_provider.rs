//! Where the annotations state meets the browser: loading it at startup,
//! saving it when the store changes (one effect, reporting back with
//! `Saved`), merging what other tabs save, and the clock and random ids that
//! actions carry.

use std::rc::Rc;

use lector_annotations::{ArticleId, ArticleText, Body};
use lector_text::Span;
use yew::prelude::*;

use crate::browser::storage_events::use_storage_changes;
use crate::browser::{annotation_storage, clock, framing, random_id};
use crate::state::annotations::{AnnotationAction, Annotations, AnnotationsContext};
use crate::state::notices::NoticeKind;

impl Annotations {
    /// Loads the store from localStorage (see `annotation_storage`).
    pub fn load() -> Annotations {
        let now = clock::now();
        let state = Annotations::from_startup(annotation_storage::load_at_startup(now), now);
        if framing::framed_by_other_origin() {
            state.framed_by_another_site()
        } else {
            state
        }
    }
}

/// Saves what `state` has to save, and says how that went.
pub fn persist(state: &Annotations) -> Option<AnnotationAction> {
    let store = state.to_save()?;
    let result = annotation_storage::save(&store);
    Some(AnnotationAction::Saved { store, result })
}

/// Annotating `span` of `text` now, with a fresh id (or why there is none).
pub fn create(article: ArticleId, text: Rc<ArticleText>, span: Span, body: Body) -> AnnotationAction {
    match random_id::new_annotation_id() {
        Ok(id) => AnnotationAction::Create { id, article, text, span, body, at: clock::now() },
        Err(message) => {
            AnnotationAction::Notify(NoticeKind::Error { title: "The annotation was not made".into(), message })
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct AnnotationsProviderProps {
    pub children: Children,
    /// A state to start from instead of localStorage's (tests, benches).
    #[prop_or_default]
    pub initial: Option<Rc<Annotations>>,
}

/// Loads the annotations once, saves them after every change and merges
/// what other tabs save.
#[component(AnnotationsProvider)]
pub fn annotations_provider(props: &AnnotationsProviderProps) -> Html {
    let initial = props.initial.clone();
    let state = use_reducer(move || match initial {
        Some(state) => (*state).clone(),
        None => Annotations::load(),
    });
    {
        let dispatcher = state.dispatcher();
        let current = state.clone();
        // Keyed on the store (a change) and on whether it may be saved (the
        // backup was kept): a refused save is not retried until the next change.
        use_effect_with((state.shared_store(), state.to_save().is_some()), move |_| {
            if let Some(saved) = persist(&current) {
                dispatcher.dispatch(saved);
            }
        });
    }
    {
        let dispatcher = state.dispatcher();
        use_storage_changes(lector_annotations::STORAGE_KEY, move |value| {
            // A removed key (site data cleared elsewhere) is not a deletion of
            // every note: this tab keeps its copy and saves it on its next change.
            if let Some(raw) = value {
                dispatcher.dispatch(AnnotationAction::FromOtherTab(raw));
            }
        });
    }
    html! {
        <ContextProvider<AnnotationsContext> context={state}>
            { props.children.clone() }
        </ContextProvider<AnnotationsContext>>
    }
}
