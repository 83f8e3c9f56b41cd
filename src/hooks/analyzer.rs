//! `use_analyzer`: the analyzer's data for a component, which re-renders
//! when it arrives (`browser::analyzer_data`).

use yew::prelude::*;

use crate::browser::analyzer_data::{self, Loaded};

/// `None` while the model and word lists are on their way.
#[hook]
pub fn use_analyzer() -> Option<Loaded> {
    let loaded = use_state(analyzer_data::current);
    {
        let loaded = loaded.clone();
        use_effect_with((), move |_| {
            analyzer_data::when_loaded(move |data| loaded.set(Some(data)));
        });
    }
    (*loaded).clone()
}
