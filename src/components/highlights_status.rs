//! What the reader is told while an article's highlights are on their way
//! (the analyzer's model streams in beside the app's code), or why they
//! never came. A fixed notice, so nothing in the text moves when it goes.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HighlightsStatusProps {
    /// Whether the article shown carries its highlights already.
    pub analyzed: bool,
    /// Why the analyzer's data could not be loaded, if it could not.
    pub failed: Option<String>,
}

#[component(HighlightsStatus)]
pub fn highlights_status(props: &HighlightsStatusProps) -> Html {
    match (&props.failed, props.analyzed) {
        (_, true) => html! {},
        (Some(reason), false) => html! {
            <div class="highlights-status" role="alert">
                <p>{ "Names and hedges cannot be highlighted right now." }</p>
                <details>
                    <summary>{ "Why" }</summary>
                    <p>{ reason }</p>
                </details>
            </div>
        },
        // `highlights-pending` also tells the boot script (web/boot.js) to
        // keep a pre-rendered copy, which has its highlights, on screen.
        (None, false) => html! {
            <p class="highlights-status highlights-pending" role="status">
                { "Highlights are coming…" }
            </p>
        },
    }
}
