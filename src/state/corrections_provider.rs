//! Where the corrections' state meets the browser: loaded at startup, saved
//! after every change (one effect, reporting back with `Saved`), merged
//! when another tab saves, and the ids and times that actions carry.

use std::rc::Rc;

use lector_annotations::corrections::{Fix, CORRECTIONS_KEY};
use lector_annotations::{ArticleId, ArticleText};
use lector_text::Span;
use yew::prelude::*;

use crate::browser::storage_events::use_storage_changes;
use crate::browser::{clock, correction_storage, random_id};
use crate::state::corrections::{Corrections, CorrectionsAction, CorrectionsContext};

/// Correcting `span` of `text` now, with a fresh id (or why there is none).
pub fn correct(article: ArticleId, text: Rc<ArticleText>, span: Span, fix: Fix) -> CorrectionsAction {
    match random_id::new_annotation_id() {
        Ok(id) => CorrectionsAction::Add { id, article, text, span, fix, at: clock::now() },
        Err(message) => CorrectionsAction::Failed(format!("Nothing was corrected: {message}.")),
    }
}

#[derive(Properties, PartialEq)]
pub struct CorrectionsProviderProps {
    pub children: Children,
}

#[component(CorrectionsProvider)]
pub fn corrections_provider(props: &CorrectionsProviderProps) -> Html {
    let state = use_reducer(|| Corrections::from_startup(correction_storage::load_at_startup(clock::now())));
    {
        let dispatcher = state.dispatcher();
        let current = state.clone();
        use_effect_with((current.set.clone(), current.to_save().is_some()), move |_| {
            if let Some(set) = current.to_save() {
                let result = correction_storage::save(&set.0);
                dispatcher.dispatch(CorrectionsAction::Saved { set, result });
            }
        });
    }
    {
        let dispatcher = state.dispatcher();
        use_storage_changes(CORRECTIONS_KEY, move |value| {
            if let Some(raw) = value {
                dispatcher.dispatch(CorrectionsAction::FromOtherTab(raw));
            }
        });
    }
    html! {
        <ContextProvider<CorrectionsContext> context={state}>
            { props.children.clone() }
        </ContextProvider<CorrectionsContext>>
    }
}
