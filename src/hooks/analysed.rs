//! `use_analysed`: the analysed library (`state/analysed.rs`), asking for
//! it to be analysed the first time a view needs it.

use yew::prelude::*;

use crate::state::analysed::{AnalysedAction, AnalysedContext};

#[hook]
pub fn use_analysed() -> AnalysedContext {
    let analysed = use_context::<AnalysedContext>().expect("rendered inside AnalysedProvider");
    {
        let analysed = analysed.clone();
        use_effect_with((), move |_| analysed.dispatch(AnalysedAction::Want));
    }
    analysed
}
