//! Annotations imported for articles the library does not have: listed by
//! the story they name and the words they quote, so the reader sees that
//! nothing was lost (export writes them back as they came).

use yew::prelude::*;

use crate::state::annotations::AnnotationsContext;

/// Shown at most; the rest are counted (a colleague's file may hold thousands).
const SHOWN: usize = 50;

#[component(ForeignList)]
pub fn foreign_list() -> Html {
    let state = use_context::<AnnotationsContext>().expect("rendered inside AnnotationsProvider");
    let foreign = state.store().foreign();
    if foreign.is_empty() {
        return Html::default();
    }
    let count = foreign.len();
    let plural = if count == 1 { "" } else { "s" };
    let more = count.saturating_sub(SHOWN);
    html! {
        <details class="foreign-annotations">
            <summary>{ format!("{count} annotation{plural} for articles you don't have") }</summary>
            <p class="panel-hint">
                { "Kept as they came: each attaches itself when you add its article (same address or same text), \
                   and exports write them back." }
            </p>
            <ul class="foreign-list">
                { for foreign.iter().take(SHOWN).map(|kept| html! {
                    <li class="foreign-item">
                        <span class="foreign-source"><span class="visually-hidden">{ "Article: " }</span>{ kept.source() }</span>
                        if let Some(quote) = kept.quote() {
                            <q class="foreign-quote">{ quote }</q>
                        }
                    </li>
                }) }
            </ul>
            if more > 0 {
                <p class="panel-hint">{ format!("and {more} more; Export all writes every one back.") }</p>
            }
        </details>
    }
}
